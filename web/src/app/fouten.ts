import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

export interface VeldFout {
  veld: string;
  melding: string;
}

/** Every violation the server returned, with the field it belongs to (`input.urenAanwezig` → `urenAanwezig`). */
export function veldFouten(error: unknown): VeldFout[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const fouten = (e.extensions?.fouten as { veld: string; melding: string }[] | undefined) ?? [{ veld: String(e.extensions?.veld ?? ''), melding: e.message }];
    return fouten.map((f) => ({ veld: f.veld.replace(/^input\./, ''), melding: f.melding }));
  });
}

/** The server is restarting (HTTP 503 PORTAAL_STOPT, or a proxy in front of it): nothing is lost, try again soon. */
export const PORTAAL_STOPT_MELDING = 'Het portaal wordt even herstart. Probeer het over enkele seconden opnieuw.';

/** A message a person can read; never a stack trace or a technical error. */
export function foutMelding(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED') return 'Uw sessie is verlopen. Log opnieuw in.';
    if (code === 'INTERNAL_SERVER_ERROR') return 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';
    return error.errors.map((e) => e.message).join(' ');
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return 'Uw sessie is verlopen. Log opnieuw in.';
    if (error.statusCode === 403) return 'U heeft geen toegang tot deze gegevens.';
    if (error.statusCode === 503) return PORTAAL_STOPT_MELDING;
    return 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';
  }
  return 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.';
}
