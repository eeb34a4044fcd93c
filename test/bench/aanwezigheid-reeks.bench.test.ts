import { describe, it } from 'vitest';
import { plusDagen } from '../../server/src/modules/shared/datum.js';
import { Client, startTestPortal } from '../support/portal.js';

/**
 * How long a CSV upload of attendance takes on the server: one request of 500 rows (the web client's portion),
 * as a dry run and for real, through real HTTP and PostgreSQL. Prints its figures; asserts nothing about time.
 * Run with `pnpm bench`; skipped in `npm test`.
 */
describe.runIf(process.env.PORTAL_BENCH)('benchmark: attendance in bulk (registreerAanwezigheden)', () => {
  it('prints milliseconds per request and per row', async () => {
    const portal = await startTestPortal();
    try {
      const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
      const trajecten = await portal.orm.em.fork().execute<{ id: string }[]>(
        "select t.id from traject t join aanbieder a on a.id = t.aanbieder_id where a.naam like 'Taalhuis%' order by t.id");
      const MUTATIE = 'mutation($rijen: [AanwezigheidInput!]!, $proefdraai: Boolean) { registreerAanwezigheden(rijen: $rijen, proefdraai: $proefdraai) { rij resultaat } }';
      // Week after week back from a fixed Monday, every traject in turn: a mix of accepted and refused rows, as real files are.
      const rijen = Array.from({ length: 500 }, (_, i) => {
        const van = plusDagen('2026-11-23', -7 * (1 + Math.floor(i / trajecten.length)));
        return { trajectId: trajecten[i % trajecten.length]!.id, periodeVan: van, periodeTot: plusDagen(van, 6), urenIngeroosterd: 4, urenAanwezig: 4, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0 };
      });
      for (const proefdraai of [true, false]) {
        const start = performance.now();
        const antwoord = await school.graphql('aanbieder', MUTATIE, { rijen, proefdraai });
        const ms = performance.now() - start;
        const goed = antwoord.body.data!.registreerAanwezigheden.filter((r: { resultaat: string | null }) => r.resultaat).length;
        console.log(`[bench] ${proefdraai ? 'proefdraai' : 'opslaan   '} 500 regels (${goed} goed): ${Math.round(ms)} ms, ${(ms / 500).toFixed(1)} ms per regel`);
      }
    } finally {
      await portal.stop();
    }
  }, 300_000);
});
