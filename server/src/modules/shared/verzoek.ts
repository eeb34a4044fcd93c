import { AsyncLocalStorage } from 'node:async_hooks';

/** What the HTTP layer knows about the request being served, for code far below it (the access log). */
export interface Verzoek {
  id: string;
}

const huidig = new AsyncLocalStorage<Verzoek>();

/** Runs `werk` (and everything it awaits) as part of request `verzoek`. */
export function binnenVerzoek<T>(verzoek: Verzoek, werk: () => T): T {
  return huidig.run(verzoek, werk);
}

/**
 * The id of the request being served, or null outside one (a job, a script). Read from async context rather than
 * passed down, because it concerns every log line and no rule: threading it through every service would add an
 * argument to each signature for the benefit of one insert statement.
 */
export function huidigVerzoekId(): string | null {
  return huidig.getStore()?.id ?? null;
}
