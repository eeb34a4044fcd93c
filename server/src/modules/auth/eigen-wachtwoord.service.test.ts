import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { domeinfout } from '../../../../test/support/domeinfouten.js';
import { EigenWachtwoordService } from './eigen-wachtwoord.service.js';

describe('changing a password', () => {
  it('is refused for an API token, which has none, before the database is touched', async () => {
    const token = { soort: 'aanbieder' as const, aanbiederId: 'a', organisatieNaam: 'Taalhuis', rollen: ['MUTEREN' as const], tokenId: 't', naam: 'Roostersysteem' };
    const fout = await domeinfout(new EigenWachtwoordService({} as EntityManager).wijzig(token, 'ses_x', 'demo', 'twaalf tekens of meer'));
    expect([fout.soort, fout.code]).toEqual(['FORBIDDEN', 'ALLEEN_GEBRUIKER']);
  });
});
