import { ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { foutMelding, PORTAAL_STOPT_MELDING } from './fouten';

const serverFout = (status: number) => new ServerError('status', { response: new Response('{}', { status }), bodyText: '{}' });

describe('foutMelding', () => {
  it('says in Dutch that the portal is restarting when the server answers 503', () => {
    expect(foutMelding(serverFout(503))).toBe(PORTAAL_STOPT_MELDING);
  });

  it('keeps the general message for another server error', () => {
    expect(foutMelding(serverFout(500))).toBe('Er ging iets mis aan onze kant. Probeer het later opnieuw.');
  });
});
