import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { metWereld } from '../../../../test/support/wereld.js';
import { eersteGeldigeBsnVanaf } from '../inburgeraar/bsn.js';

// A role like the portal's: DML on the access log, owner of nothing. Where the tests connect as a superuser (one role
// for everything) it is made here, cluster-wide, so with a name of this run's own; where they already connect as the
// portal role (two database roles), that role is the one, granted EXECUTE by the migration.
const APP = `retentie_app_${randomBytes(4).toString('hex')}`;
let apart = false;
let verlopen = '';

const t = metWereld({}, async (orm, wereld) => {
  const sql = (tekst: string, waarden: unknown[] = []) => orm.em.fork().getConnection().execute(tekst, waarden);
  verlopen = randomUUID();
  await sql(`insert into inburgeraar (id, gemeente_id, bsn, voornamen, achternaam, geboortedatum, email, datum_einde_inburgeringsplicht, reden_einde_inburgeringsplicht, status)
             values (?, ?, ?, 'Oud', 'Dossier', '1970-01-01', 'oud@voorbeeld.nl', '2015-01-01', 'OVERIG', 'PLICHT_BEEINDIGD')`, [verlopen, wereld.gemeenteA.id, eersteGeldigeBsnVanaf(781_000_000)]);
  await sql(`insert into doelgroep_periode (id, inburgeraar_id, doelgroep, begindatum) values (?, ?, 'GEZINSMIGRANT', '2012-01-01')`, [randomUUID(), verlopen]);
  await sql(`insert into inzage (organisatie_soort, organisatie_id, gebruiker_id, actie, inburgeraar_ids) values ('gemeente', ?, ?, 'DOSSIER_GELEZEN', ?::uuid[])`,
    [wereld.gemeenteA.id, wereld.principals.gemeenteA.gebruikerId, `{${verlopen}}`]);
  const [ik] = await orm.em.fork().getConnection().execute<{ rolsuper: boolean }[]>('select rolsuper from pg_roles where rolname = current_user');
  apart = ik!.rolsuper;
  if (!apart) return;
  await sql(`create role ${APP} nologin`);
  await sql(`grant select, insert, update, delete on inzage, inburgeraar, doelgroep_periode to ${APP}`);
});
afterAll(async () => {
  if (!t.orm || !apart) return;
  await t.orm.em.fork().getConnection().execute(`drop owned by ${APP}; drop role ${APP}`);
});

/** Runs `tekst` as the portal-like role in a transaction of its own; returns its rows or throws PostgreSQL's refusal. */
async function alsApp<T>(...statements: string[]): Promise<T[]> {
  return t.orm.em.fork().transactional(async (em) => {
    if (apart) await em.execute(`set local role ${APP}`);
    let rijen: T[] = [];
    for (const tekst of statements) rijen = await em.execute<T[]>(tekst);
    return rijen;
  });
}

const aantal = async (tabel: string) => Number((await t.orm.em.fork().getConnection().execute<{ n: string }[]>(`select count(*) as n from ${tabel}`))[0]!.n);

describe('the one owner function retention runs through', () => {
  it('is SECURITY DEFINER with a fixed search_path, owned by the tables\' owner, and not executable by PUBLIC', async () => {
    const [f] = await t.orm.em.fork().getConnection().execute<{ definer: boolean; config: string[]; eigenaar: string; tabeleigenaar: string; publiek: boolean }[]>(
      `select p.prosecdef as definer, p.proconfig as config, pg_get_userbyid(p.proowner) as eigenaar,
              (select pg_get_userbyid(relowner) from pg_class where oid = 'inburgeraar'::regclass) as tabeleigenaar,
              has_function_privilege('public', p.oid, 'execute') as publiek
         from pg_proc p where p.proname = 'retentie_toepassen'`);
    expect(f).toMatchObject({ definer: true, publiek: false });
    expect(f!.eigenaar).toBe(f!.tabeleigenaar);
    expect(f!.config).toEqual(['search_path=pg_catalog, public, pg_temp']);
  });

  it('the access log refuses a delete to a role that sets the retention flag itself: only the owner function is exempt', async () => {
    // A role granted DELETE meets the trigger; the portal role of the two-role setup has no DELETE to begin with.
    await expect(alsApp("select set_config('portaal.retentie', 'aan', true)", 'delete from inzage')).rejects.toThrow(apart ? /append-only/ : /permission denied/);
    expect(await aantal('inzage')).toBe(1);
  });

  it('a role without EXECUTE cannot run it', async (ctx) => {
    if (!apart) ctx.skip(); // the portal role holds EXECUTE; nobody else but the owner does (checked above: not PUBLIC)
    await expect(alsApp("select * from retentie_toepassen(current_date, true)")).rejects.toThrow(/permission denied/);
  });

  it('with EXECUTE only, the role runs it and it deletes as the owner what expired, the flag off again afterwards', async () => {
    if (apart) await t.orm.em.fork().getConnection().execute(`grant execute on function retentie_toepassen(date, boolean) to ${APP}`);
    const proef = await alsApp<{ tabel: string; aantal: string }>('select tabel, aantal from retentie_toepassen(current_date, true) order by tabel');
    expect(proef.map((r) => [r.tabel, Number(r.aantal)])).toEqual([['doelgroep_periode', 1], ['inburgeraar', 1]]);
    expect(await aantal('doelgroep_periode')).toBeGreaterThan(0);
    const [na] = await alsApp<{ vlag: string | null }>('select * from retentie_toepassen(current_date, false)', "select current_setting('portaal.retentie', true) as vlag");
    expect(na!.vlag ?? '').toBe('');
    expect(Number((await t.orm.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from doelgroep_periode where inburgeraar_id = ?', [verlopen]))[0]!.n)).toBe(0);
    const [persoon] = await t.orm.em.fork().getConnection().execute<{ email: string | null; bsn: string }[]>('select email, bsn from inburgeraar where id = ?', [verlopen]);
    expect(persoon).toMatchObject({ email: null, bsn: eersteGeldigeBsnVanaf(781_000_000) });
  });
});
