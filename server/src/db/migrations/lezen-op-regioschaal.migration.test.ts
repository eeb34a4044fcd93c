import { describe, expect, it } from 'vitest';
import { metWereld } from '../../../../test/support/wereld.js';
import type { Principal } from '../../modules/auth/principal.js';
import { AanwezigheidService } from '../../modules/aanwezigheid/aanwezigheid.service.js';
import { emAls } from '../../modules/tenancy/database-principaal.js';

// The columns the reads depend on are kept by PostgreSQL itself, so every write path (ORM, bulk SQL, a fix by hand) keeps them.
// The writes run as the portal role under a principal that may make them; what the triggers kept is read with the test's own eye.
const t = metWereld();

/** SQL by hand as the portal role, under `principal` (row-level security applies as it does to the portal). */
const sqlAls = (principal: Principal) => async <T = Record<string, unknown>>(tekst: string, params: unknown[] = []) =>
  emAls(t.orm.em, principal).execute<T[]>(tekst, params);
const school = () => sqlAls(t.wereld.principals.school);
const gemeenteA = () => sqlAls(t.wereld.principals.gemeenteA);
/** The test's own eye: every row. */
const alles = async <T = Record<string, unknown>>(tekst: string, params: unknown[] = []) => t.alles().execute<T[]>(tekst, params);

async function gemeldTot(trajectId: string): Promise<string | null> {
  const [rij] = await alles<{ tot: string | null }>(`select to_char(gemeld_tot, 'YYYY-MM-DD') as tot from traject where id = ?`, [trajectId]);
  return rij!.tot;
}

const week = (trajectId: string, van: string, tot: string, versie = 1) =>
  school()(`insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig, uren_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op, op_tijd)
       values (gen_random_uuid(), ?, ?, ?, ?, 10, 10, 0, 0, ?, now(), true)`, [trajectId, van, tot, versie, t.wereld.principals.school.gebruikerId]);

describe('traject.gemeld_tot, the last day of current attendance', () => {
  it('follows inserts, corrections that shorten a period, and deletes; stays empty without attendance', async () => {
    const traject = t.wereld.trajectAmina.id;
    expect(await gemeldTot(traject)).toBeNull();
    await week(traject, '2026-11-02', '2026-11-08');
    await week(traject, '2026-11-09', '2026-11-15');
    expect(await gemeldTot(traject)).toBe('2026-11-15');
    // A correction replaces the current version of the last week with a shorter period: the maximum goes down.
    await school()(`update aanwezigheid set vervangen_op = now() where traject_id = ? and periode_van = '2026-11-09' and vervangen_op is null`, [traject]);
    expect(await gemeldTot(traject)).toBe('2026-11-08');
    await week(traject, '2026-11-09', '2026-11-12', 2);
    expect(await gemeldTot(traject)).toBe('2026-11-12');
    // Only the owner deletes attendance (retention); the portal role cannot.
    await t.alles().execute(`delete from aanwezigheid where traject_id = ?`, [traject]);
    expect(await gemeldTot(traject)).toBeNull();
  });

  it('is set once per statement for every traject a multi-row insert touches, and leaves other trajecten alone', async () => {
    const { trajectYonasAfgerond: a, trajectFaridAnder: b, trajectOlenaVerlopen: ander } = t.wereld;
    // A fix by hand over two aanbieders' trajecten: the gemeente of both is the principal that may write it.
    await gemeenteA()(`insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig, uren_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op, op_tijd)
      select gen_random_uuid(), r.traject_id::uuid, r.van::date, r.van::date + 6, 1, 10, 10, 0, 0, ?, now(), true
        from (values (?, '2026-10-05'), (?, '2026-10-12'), (?, '2026-09-07')) as r(traject_id, van)`, [t.wereld.principals.school.gebruikerId, a.id, a.id, b.id]);
    expect([await gemeldTot(a.id), await gemeldTot(b.id), await gemeldTot(ander.id)]).toEqual(['2026-10-18', '2026-09-13', null]);
  });
});

describe('traject.gemeld_tot through the portal', () => {
  it("follows the bulk path's batch of new weeks, and its correction of a week in place", async () => {
    const traject = t.wereld.trajectAmina.id;
    const rij = (periodeVan: string, periodeTot: string, urenAanwezig: number) => ({
      trajectId: traject, periodeVan, periodeTot, urenIngeroosterd: 10, urenAanwezig, urenGeoorloofdVerzuim: 0, redenGeoorloofdVerzuim: null, urenOngeoorloofdVerzuim: 0,
    });
    const service = () => new AanwezigheidService(emAls(t.orm.em, t.wereld.principals.school));
    const eerste = await service().registreerReeks(t.wereld.principals.school, [rij('2026-11-02', '2026-11-08', 8), rij('2026-11-09', '2026-11-15', 9)], { vandaag: '2026-11-25' });
    expect(eerste.flatMap((r) => r.fouten)).toEqual([]);
    expect(await gemeldTot(traject)).toBe('2026-11-15');
    const correctie = await service().registreerReeks(t.wereld.principals.school, [rij('2026-11-09', '2026-11-15', 7)], { vandaag: '2026-11-25' });
    expect(correctie.flatMap((r) => r.fouten)).toEqual([]);
    expect(await gemeldTot(traject)).toBe('2026-11-15');
  });
});

describe('inburgeraar.zoeknaam, the name as the search reads it', () => {
  it('is lowered and without accents, so a plain search finds Çelik and Yılmaz', async () => {
    const [rij] = await gemeenteA()<{ zoeknaam: string }>(`select portal_zoektekst('Ayşe Çelik-Yılmaz') as zoeknaam`);
    expect(rij!.zoeknaam).toBe('ayse celik-yilmaz');
    const [amina] = await gemeenteA()<{ zoeknaam: string }>(`select zoeknaam from inburgeraar where id = ?`, [t.wereld.amina.id]);
    expect(amina!.zoeknaam).toBe('amina haddad');
  });

  it('follows a change of name, tussenvoegsel included', async () => {
    await gemeenteA()(`update inburgeraar set tussenvoegsel = 'de', achternaam = 'Él Haddad' where id = ?`, [t.wereld.amina.id]);
    const [amina] = await alles<{ zoeknaam: string }>(`select zoeknaam from inburgeraar where id = ?`, [t.wereld.amina.id]);
    expect(amina!.zoeknaam).toBe('amina de el haddad');
  });
});
