import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/database.js';
import { maakWereld } from '../../../../test/support/fixtures.js';
import type { Orm } from '../../db/orm.js';
import { Aanwezigheid } from '../aanwezigheid/aanwezigheid.entity.js';
import { eersteGeldigeBsnVanaf } from '../inburgeraar/bsn.js';
import { Inburgeraar } from '../inburgeraar/inburgeraar.entity.js';
import { Rapportage } from '../rapportage/rapportage.entity.js';
import type { Rapportagesoort } from '../rapportage/rapportage.codes.js';
import { teDoen, type TeDoenCode } from './te-doen.js';
import { sqlStatement } from '../../db/sql-transactie.js';
import type { Principal } from '../auth/principal.js';
import { emAls } from '../tenancy/database-principaal.js';
import { teDoenSql } from './te-doen.sql.js';
import { Traject } from './traject.entity.js';
import { trajectJsonSql, type TrajectJson } from './traject.sql.js';

// Wednesday 25 November 2026: last complete week ended Sunday 22 November; three months back is 25 August.
const NU = '2026-11-25';
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: Orm;
/**
 * Gemeente A, whose dossiers every case is: row-level security shows it every case's traject (the ended one too), so
 * what is selected is the SQL condition's doing, not the policies'.
 */
let gemeente: Principal;
/** Each case: a traject in a given state, and the codes the TS rules give it. */
const gevallen = new Map<string, { traject: Traject; verwacht: TeDoenCode[] }>();

beforeAll(async () => {
  db = await createTestDatabase();
  orm = db.orm;
  const wereld = await maakWereld(db.eigenaar);
  gemeente = wereld.principals.gemeenteA;
  const em = db.alles();
  const door = wereld.principals.school.gebruikerId!;
  let n = 0;
  const geval = (naam: string, verwacht: TeDoenCode[], traject: Partial<Traject>, weken: [string, string] | null, rapportages: [Rapportagesoort, string][] = []) => {
    const persoon = em.create(Inburgeraar, { gemeente: wereld.gemeenteA.id, bsn: eersteGeldigeBsnVanaf(456_000_000 + ++n * 20), voornamen: naam, achternaam: 'Geval', tussenvoegsel: null, geboortedatum: '1990-01-01', email: null, telefoon: null });
    const t = em.create(Traject, {
      inburgeraar: persoon, gemeente: wereld.gemeenteA.id, aanbieder: wereld.school.id, contract: wereld.trajectAmina.contract.id, soort: 'B1_ROUTE', cursusnaam: null,
      geplandeStart: '2026-06-01', geplandeEinde: '2027-06-01', geplandeUren: 600, status: 'ACTIEF', ...traject,
    });
    if (weken) {
      em.create(Aanwezigheid, { traject: t, periodeVan: weken[0], periodeTot: weken[1], versie: 1, urenIngeroosterd: 10, urenAanwezig: 10, urenGeoorloofdVerzuim: 0, redenGeoorloofdVerzuim: null,
        urenOngeoorloofdVerzuim: 0, redenOngeoorloofdVerzuim: null, ingediendDoorGebruiker: door, ingediendDoorToken: null, ingediendOp: new Date(`${weken[1]}T12:00:00Z`), vervangenOp: null });
    }
    for (const [soort, dag] of rapportages) {
      em.create(Rapportage, { traject: t, soort, sleutel: soort, versie: 1, gegevens: {}, ingediendOp: new Date(dag.includes('T') ? dag : `${dag}T10:00:00Z`), ingediendDoorGebruiker: door,
        ingediendDoorToken: null, vervangenOp: null, heropendOp: null, heropendDoor: null });
    }
    gevallen.set(naam, { traject: t, verwacht });
  };
  const bij = ['2026-06-01', '2026-11-22'] as [string, string];
  geval('alles binnen', [], {}, bij, [['VOORTGANG', '2026-10-01']]);
  geval('week mist', ['AANWEZIGHEID_ONTBREEKT'], {}, ['2026-06-01', '2026-11-15'], [['VOORTGANG', '2026-10-01']]);
  geval('niets gemeld', ['AANWEZIGHEID_ONTBREEKT', 'VOORTGANG_VERWACHT'], {}, null);
  geval('voortgang op de dag', ['VOORTGANG_VERWACHT'], {}, bij, [['VOORTGANG', '2026-08-25']]);
  geval('voortgang een dag eerder', [], {}, bij, [['VOORTGANG', '2026-08-26']]);
  // Sent at 00:30 Dutch summer time on 25 August, still 24 August in UTC: it counts on the Dutch day, so due today.
  geval('voortgang net na middernacht', ['VOORTGANG_VERWACHT'], {}, bij, [['VOORTGANG', '2026-08-24T22:30:00Z']]);
  geval('geen voortgang sinds start', ['VOORTGANG_VERWACHT'], { geplandeStart: '2026-08-25' }, ['2026-08-25', '2026-11-22']);
  geval('examen gehaald', [], { geplandeEinde: '2026-11-01' }, ['2026-06-01', '2026-11-01'], [['EXAMENRESULTAAT', '2026-10-30']]);
  geval('einde voorbij', ['RESULTAAT_VERWACHT'], { geplandeEinde: '2026-11-01' }, ['2026-06-01', '2026-11-01'], [['VOORTGANG', '2026-10-01']]);
  geval('map op de uiterste dag', [], { soort: 'MAP', geplandeEinde: '2026-10-31', uiterlijkeAfrondingsdatum: NU }, ['2026-06-01', '2026-10-31']);
  geval('map erna', ['RESULTAAT_VERWACHT'], { soort: 'MAP', geplandeEinde: '2026-10-31', uiterlijkeAfrondingsdatum: '2026-11-24' }, ['2026-06-01', '2026-10-31']);
  geval('map met resultaat', [], { soort: 'MAP', geplandeEinde: '2026-10-31', uiterlijkeAfrondingsdatum: '2026-11-24' }, ['2026-06-01', '2026-10-31'], [['MAP_RESULTAAT', '2026-11-20']]);
  geval('start deze week', [], { geplandeStart: '2026-11-23' }, null);
  geval('afgerond', [], { status: 'AFGEROND' }, null);
  await em.flush();
});
afterAll(() => db.drop());

describe('what is due, in SQL and in TypeScript', () => {
  it('the TypeScript rules give each case the codes it was built for', async () => {
    const ids = [...gevallen.values()].map((g) => g.traject.id);
    const em = emAls(orm.em, gemeente);
    // Read back as the aanbieder pages read it (traject.sql.ts): the last reported day kept on the traject row by the
    // database, and the latest report per soort.
    const rijen = await sqlStatement<{ j: TrajectJson }>(em, `select ${trajectJsonSql('t')} as j from traject t where t.id = any($1::uuid[])`, [ids]);
    expect(rijen).toHaveLength(ids.length);
    const gemeldTot = new Map(rijen.map(({ j }) => [j.id, j.uren.gemeldTot]));
    const rapportages = new Map(rijen.map(({ j }) => [j.id, j.laatsteRapportage]));
    for (const [naam, { traject, verwacht }] of gevallen) {
      const codes = teDoen({ ...traject, uiterlijkeAfrondingsdatum: traject.uiterlijkeAfrondingsdatum ?? null, gemeldTot: gemeldTot.get(traject.id) ?? null, laatsteRapportage: rapportages.get(traject.id) ?? {} }, NU)
        .map((d) => d.code).sort();
      expect(codes, naam).toEqual([...verwacht].sort());
    }
  });

  it('the SQL condition selects exactly the trajecten with something due', async () => {
    const ids = [...gevallen.values()].map((g) => g.traject.id);
    const params: unknown[] = [ids];
    const sql = teDoenSql('t', NU, (waarde) => `$${params.push(waarde)}`);
    const rijen = await sqlStatement<{ id: string }>(emAls(orm.em, gemeente), `select t.id from traject t where t.id = any($1::uuid[]) and ${sql}`, params);
    const gekozen = new Set(rijen.map((r) => r.id));
    for (const [naam, { traject, verwacht }] of gevallen) expect(gekozen.has(traject.id), naam).toBe(verwacht.length > 0);
  });
});
