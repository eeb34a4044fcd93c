import { describe, expect, it } from 'vitest';
import { metWereld } from '../../../../test/support/wereld.js';
import { emAls } from '../../modules/tenancy/database-principaal.js';
import { Traject } from '../../modules/traject/traject.entity.js';
import { Migration20261202090000TrajectEenLopend } from './Migration20261202090000-traject-een-lopend.js';

// Replays the migration's clean-up and index on data as it could be before the rule: double clicks.
const t = metWereld();

async function herhaalMigratie(): Promise<void> {
  // As the owner, as migrations run: the portal role may not create or drop an index.
  const migratie = new Migration20261202090000TrajectEenLopend(t.eigenaar.em.getDriver(), t.eigenaar.config);
  await migratie.up();
  const [, ...opruimenEnIndex] = migratie.getQueries(); // the columns exist already
  // Replayed after row-level security: a migration that changes rows sets the owner's `inrichting` first, in its transaction.
  await t.eigenaar.em.fork().transactional(async (em) => {
    await em.execute(`select set_config('portaal.systeem', 'inrichting', true)`);
    for (const sql of opruimenEnIndex) await em.execute(sql as string);
  });
}

function kopie(van: Traject, toegewezenOp: Date): Traject {
  return t.orm.em.fork().create(Traject, {
    inburgeraar: van.inburgeraar.id, gemeente: van.gemeente.id, aanbieder: van.aanbieder.id, contract: van.contract.id, soort: van.soort,
    cursusnaam: null, geplandeStart: van.geplandeStart, geplandeEinde: van.geplandeEinde, geplandeUren: van.geplandeUren, status: 'ACTIEF', toegewezenOp,
  });
}

describe('the migration to one running traject per soort and aanbieder', () => {
  it('withdraws copies without reports as DUBBELE_TOEWIJZING, keeps the one with attendance, then enforces the index', async () => {
    const verbinding = t.eigenaar.em.fork().getConnection();
    await verbinding.execute('drop index if exists "traject_een_lopend_per_soort"');
    const em = t.alles();
    const origineel = await em.findOneOrFail(Traject, { id: t.wereld.trajectAmina.id });
    const eerder = kopie(origineel, new Date('2026-01-01T10:00:00Z')); // older, but nothing reported on it
    const later = kopie(origineel, new Date('2026-01-01T10:00:01Z'));
    await em.persist([eerder, later]).flush();
    await t.alles().execute(`insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig, uren_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, ingediend_op, ingediend_door_gebruiker, op_tijd)
      values (gen_random_uuid(), ?, '2026-01-05', '2026-01-11', 1, 12, 12, 0, 0, now(), ?, true)`, [origineel.id, t.wereld.principals.school.gebruikerId]);

    await herhaalMigratie();
    const na = await t.alles().find(Traject, { inburgeraar: t.wereld.amina.id }, { orderBy: { toegewezenOp: 'asc' } });
    expect(na.map((x) => [x.id, x.status, x.redenIntrekking ?? null])).toEqual(expect.arrayContaining([
      [origineel.id, 'ACTIEF', null], [eerder.id, 'INGETROKKEN', 'DUBBELE_TOEWIJZING'], [later.id, 'INGETROKKEN', 'DUBBELE_TOEWIJZING'],
    ]));
    // The gemeente assigning the same traject again, as the portal does it: refused by the index.
    await expect(emAls(t.orm.em, t.wereld.principals.gemeenteA).persist(kopie(origineel, new Date())).flush()).rejects.toThrow(/traject_een_lopend_per_soort/);
  });

  it('stops with the names when two running copies both carry reports, rather than guess', async () => {
    const verbinding = t.eigenaar.em.fork().getConnection();
    await verbinding.execute('drop index if exists "traject_een_lopend_per_soort"');
    const em = t.alles();
    const origineel = await em.findOneOrFail(Traject, { id: t.wereld.trajectFaridAnder.id });
    const tweede = kopie(origineel, new Date());
    await em.persist(tweede).flush();
    for (const id of [origineel.id, tweede.id]) {
      await t.alles().execute(`insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig, uren_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, ingediend_op, ingediend_door_gebruiker, op_tijd)
        values (gen_random_uuid(), ?, '2026-02-02', '2026-02-08', 1, 6, 6, 0, 0, now(), ?, true)`, [id, t.wereld.principals.andereSchool.gebruikerId]);
    }
    await expect(herhaalMigratie()).rejects.toThrow(new RegExp(`${t.wereld.farid.id} B1_ROUTE`));
  });
});
