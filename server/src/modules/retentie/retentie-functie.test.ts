import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { metWereld } from '../../../../test/support/wereld.js';
import { PORTAAL, SESSIEROLLEN } from '../../db/rollen.js';
import { eersteGeldigeBsnVanaf } from '../inburgeraar/bsn.js';
import { emAls } from '../tenancy/database-principaal.js';

// Tests connect as the portal role (t.orm), which owns nothing; t.eigenaar is the owner the migrations ran as. Rows are
// set up and counted by the test's own eye (t.alles()): row-level security shows a connection without a principal nothing.
let verlopen = '';

const t = metWereld({}, async (_orm, wereld) => {
  const sql = (tekst: string, waarden: unknown[] = []) => t.alles().execute(tekst, waarden);
  verlopen = randomUUID();
  await sql(`insert into inburgeraar (id, gemeente_id, bsn, voornamen, achternaam, geboortedatum, email, datum_einde_inburgeringsplicht, reden_einde_inburgeringsplicht, status)
             values (?, ?, ?, 'Oud', 'Dossier', '1970-01-01', 'oud@voorbeeld.nl', '2015-01-01', 'OVERIG', 'PLICHT_BEEINDIGD')`, [verlopen, wereld.gemeenteA.id, eersteGeldigeBsnVanaf(781_000_000)]);
  await sql(`insert into doelgroep_periode (id, inburgeraar_id, doelgroep, begindatum) values (?, ?, 'GEZINSMIGRANT', '2012-01-01')`, [randomUUID(), verlopen]);
  await sql(`insert into inzage (organisatie_soort, organisatie_id, gebruiker_id, actie, inburgeraar_ids) values ('gemeente', ?, ?, 'DOSSIER_GELEZEN', ?::uuid[])`,
    [wereld.gemeenteA.id, wereld.principals.gemeenteA.gebruikerId, `{${verlopen}}`]);
});

/**
 * Runs statements as the portal role in one transaction, under gemeente A's principal (which sees the dossier and its
 * access log line, so a refusal comes from the grant or trigger at hand, not from row-level security hiding the row);
 * returns the last one's rows or throws PostgreSQL's refusal.
 */
async function alsPortaal<T>(...statements: string[]): Promise<T[]> {
  return emAls(t.orm.em, t.wereld.principals.gemeenteA).transactional(async (em) => {
    let rijen: T[] = [];
    for (const tekst of statements) rijen = await em.execute<T[]>(tekst);
    return rijen;
  });
}

/** The portal role and the roles it becomes per kind (db/rollen.ts): a grant or revoke for the test names them all. */
const PORTAAL_ROLLEN = [PORTAAL, ...SESSIEROLLEN].join(', ');
const alsEigenaar = (tekst: string) => t.eigenaar.em.fork().getConnection().execute(tekst);
const aantal = async (tabel: string, waar = 'true') => Number((await t.alles().execute<{ n: string }[]>(`select count(*) as n from ${tabel} where ${waar}`))[0]!.n);

describe('the one owner function retention runs through', () => {
  it('is SECURITY DEFINER with a fixed search_path, owned by the tables\' owner, executable by the portal role and not by PUBLIC', async () => {
    const [f] = await t.orm.em.fork().getConnection().execute<{ definer: boolean; config: string[]; eigenaar: string; tabeleigenaar: string; publiek: boolean; portaal: boolean }[]>(
      `select p.prosecdef as definer, p.proconfig as config, pg_get_userbyid(p.proowner) as eigenaar,
              (select pg_get_userbyid(relowner) from pg_class where oid = 'inburgeraar'::regclass) as tabeleigenaar,
              has_function_privilege('public', p.oid, 'execute') as publiek, has_function_privilege(?, p.oid, 'execute') as portaal
         from pg_proc p where p.proname = 'retentie_toepassen'`, [PORTAAL]);
    expect(f).toMatchObject({ definer: true, publiek: false, portaal: true, config: ['search_path=pg_catalog, public, pg_temp'] });
    expect(f!.eigenaar).toBe(f!.tabeleigenaar);
  });

  it('the portal role cannot delete from the access log, flag or not', async () => {
    await expect(alsPortaal("select set_config('portaal.retentie', 'aan', true)", 'delete from inzage')).rejects.toThrow(/permission denied/);
    expect(await aantal('inzage')).toBe(1);
  });

  it('even granted DELETE, a role that sets the retention flag itself meets the trigger: only the owner function is exempt', async () => {
    // Row-level security gives the portal role no delete policy on the access log, so a DELETE would find no row and the
    // trigger would never be asked. Granted DELETE and a policy letting it reach the line, the trigger is what refuses.
    await alsEigenaar(`grant delete on inzage to ${PORTAAL_ROLLEN}`);
    await alsEigenaar(`create policy "proef_verwijderen" on inzage for delete to ${PORTAAL_ROLLEN} using (true)`);
    try {
      await expect(alsPortaal("select set_config('portaal.retentie', 'aan', true)", 'delete from inzage')).rejects.toThrow(/append-only/);
    } finally {
      await alsEigenaar('drop policy "proef_verwijderen" on inzage');
      await alsEigenaar(`revoke delete on inzage from ${PORTAAL_ROLLEN}`);
    }
    expect(await aantal('inzage')).toBe(1);
  });

  it('without EXECUTE the portal role cannot run it', async () => {
    await alsEigenaar(`revoke execute on function retentie_toepassen(date, boolean) from ${PORTAAL_ROLLEN}`);
    try {
      await expect(alsPortaal('select * from retentie_toepassen(current_date, true)')).rejects.toThrow(/permission denied/);
    } finally {
      await alsEigenaar(`grant execute on function retentie_toepassen(date, boolean) to ${PORTAAL_ROLLEN}`);
    }
  });

  it('with EXECUTE only, the portal role runs it and it deletes as the owner what expired, the flag off again afterwards', async () => {
    const proef = await alsPortaal<{ tabel: string; aantal: string }>('select tabel, aantal from retentie_toepassen(current_date, true) order by tabel');
    expect(proef.map((r) => [r.tabel, Number(r.aantal)])).toEqual([['doelgroep_periode', 1], ['inburgeraar', 1]]);
    expect(await aantal('doelgroep_periode', `inburgeraar_id = '${verlopen}'`)).toBe(1);
    const [na] = await alsPortaal<{ vlag: string | null }>('select * from retentie_toepassen(current_date, false)', "select current_setting('portaal.retentie', true) as vlag");
    expect(na!.vlag ?? '').toBe('');
    expect(await aantal('doelgroep_periode', `inburgeraar_id = '${verlopen}'`)).toBe(0);
    const [persoon] = await t.alles().execute<{ email: string | null; bsn: string }[]>('select email, bsn from inburgeraar where id = ?', [verlopen]);
    expect(persoon).toMatchObject({ email: null, bsn: eersteGeldigeBsnVanaf(781_000_000) });
  });
});
