import type pg from 'pg';
import { DOSSIER_MET_66_WEKEN, PEILDATUM, REGISSEUR_EMAIL, SCHOOL_EMAIL, WEKEN_VAN_HET_DOSSIER, type Omvang } from './omvang.js';

/**
 * Writes the bench data set into a migrated, empty database: set-based SQL only (generate_series, no row loop in
 * Node), ids derived from md5 so every run makes the same rows, BSNs that pass the elfproef in the 90000000x range
 * (no real BSN is issued there by this portal's demo or tests), names with accents. Every choice comes from
 * `pg_temp.h(text)`, the first 28 bits of an md5, mirrored in omvang.ts so the counts can be checked from outside.
 */
export async function genereer(client: pg.Client, omvang: Omvang, wachtwoordHash: string, log: (regel: string) => void): Promise<void> {
  const { gemeenten: G, aanbieders: A, dossiers: D, trajecten: T, schoolPromille } = omvang;
  const stap = async (naam: string, sql: string, params: unknown[] = []) => {
    const start = performance.now();
    const r = await client.query(sql, params);
    log(`  ${naam}: ${r.rowCount ?? 0} rijen, ${((performance.now() - start) / 1000).toFixed(1)} s`);
  };
  await client.query(`set synchronous_commit = off; set maintenance_work_mem = '512MB'; set work_mem = '64MB'`);
  await client.query(`
    create function pg_temp.h(t text) returns int language sql immutable as $$ select ('x' || substr(md5(t), 1, 7))::bit(28)::int $$;
    create function pg_temp.uid(t text) returns uuid language sql immutable as $$ select md5(t)::uuid $$;
    create function pg_temp.elf(p bigint) returns int language sql immutable as $$
      select ((9 * (p / 10000000 % 10) + 8 * (p / 1000000 % 10) + 7 * (p / 100000 % 10) + 6 * (p / 10000 % 10)
             + 5 * (p / 1000 % 10) + 4 * (p / 100 % 10) + 3 * (p / 10 % 10) + 2 * (p % 10)) % 11)::int $$;
    -- An 8-digit prefix whose weighted sum is 10 has no check digit; its neighbour (sum + 2) always has one.
    create function pg_temp.bsn(n int) returns text language sql immutable as $$
      select case when pg_temp.elf(90000000 + 10 * n::bigint) <> 10
        then ((90000000 + 10 * n::bigint) * 10 + pg_temp.elf(90000000 + 10 * n::bigint))::text
        else ((90000001 + 10 * n::bigint) * 10 + pg_temp.elf(90000001 + 10 * n::bigint))::text end $$;
    -- The gemeente of dossier i: a quarter in gemeente 1 (the bench's gemeente), the rest spread over the others.
    create function pg_temp.gem(i int) returns int language sql immutable as $$
      select case when i % 4 = 0 then 1 else 2 + (i % (${G} - 1)) end $$;
    -- An aanbieder k >= 2 has its one contract with gemeente ((k - 2) % G) + 1: pick one of those for gemeente g.
    create function pg_temp.aanbieder_in(g int, sleutel text) returns int language sql immutable as $$
      select 2 + (g - 1) + ${G} * (pg_temp.h(sleutel) % ((${A} - 2 - (g - 1)) / ${G} + 1)) $$;
  `);
  const peil = `date '${PEILDATUM}'`;
  // The tables load without indexes and key constraints (whatever the migrations made them); they are rebuilt
  // afterwards, in one pass each, and every foreign key and unique rule is checked then, set-based.
  const herstel: (() => Promise<void>)[] = [];
  for (const tabel of [...GEVULDE_TABELLEN].reverse()) herstel.unshift(await zonderIndexen(client, tabel));

  await stap('gemeente', `insert into gemeente (id, naam, gemeentecode)
    select pg_temp.uid('gemeente' || g), (array['Utrecht', 'Súdwest-Fryslân', 'Nijmegen', 'Zoetermeer', 'Den Haag', 'Almere', 'Groningen', 'Enschede',
      'Tilburg', 'Zwolle', 'Leeuwarden', 'Haarlem', 'Arnhem', 'Breda', 'Apeldoorn', 'Amersfoort', 'Maastricht', 'Dordrecht', 'Leiden', 'Ede',
      'Emmen', 'Venlo', 'Delft', 'Deventer', 'Helmond', 'Oss', 'Sittard-Geleen', 'Hilversum', 'Heerlen', 'Purmerend'])[1 + (g - 1) % 30]
      || case when g > 30 then ' ' || g else '' end,
      lpad((100 + g)::text, 4, '0')
    from generate_series(1, ${G}) g`);
  await stap('aanbieder', `insert into aanbieder (id, naam, kvk_nummer)
    select pg_temp.uid('aanbieder' || k),
      case when k = 1 then 'Taalschool Landelijk' else (array['Taalcentrum', 'Werkplaats Taal', 'Inburgering Één', 'Taalhuis', 'Participatie & Werk',
        'Crèche en Taal', 'Stichting Brücke', 'Leerhuis'])[1 + pg_temp.h('an' || k) % 8] || ' ' || k end,
      lpad((80000000 + k)::text, 8, '0')
    from generate_series(1, ${A}) k`);
  const soorten = `array['B1_ROUTE', 'TAALSCHAKELTRAJECT', 'ONDERWIJSROUTE', 'Z_ROUTE', 'Z_ROUTE_PARTICIPATIE', 'MAP', 'PVT']`;
  await stap('contract', `insert into contract (id, gemeente_id, aanbieder_id, trajectsoorten, ingangsdatum, einddatum, datum_verwerkersovereenkomst)
    select pg_temp.uid('contract-1-' || g), pg_temp.uid('gemeente' || g), pg_temp.uid('aanbieder1'), ${soorten}, ${peil} - 1000, null::date, ${peil} - 1000
      from generate_series(1, ${G}) g
    union all
    select pg_temp.uid('contract-' || k), pg_temp.uid('gemeente' || ((k - 2) % ${G} + 1)), pg_temp.uid('aanbieder' || k), ${soorten}, ${peil} - 1000, null::date, ${peil} - 1000
      from generate_series(2, ${A}) k`);
  await stap('gebruiker', `insert into gebruiker (id, email, naam, wachtwoord_hash, gemeente_id, aanbieder_id, rollen, actief)
    select pg_temp.uid('gebruiker-g' || g), 'regisseur@gemeente-' || g || '.bench.invalid', 'Regisseur ' || g, $1, pg_temp.uid('gemeente' || g), null,
      array['MUTEREN', 'BEHEER'], true from generate_series(1, ${G}) g
    union all
    select pg_temp.uid('gebruiker-a' || k), 'school@aanbieder-' || k || '.bench.invalid', 'Medewerker ' || k, $1, null, pg_temp.uid('aanbieder' || k),
      array['MUTEREN', 'BEHEER'], true from generate_series(1, ${A}) k`, [wachtwoordHash]);

  await stap('inburgeraar', `insert into inburgeraar (id, gemeente_id, bsn, voornamen, tussenvoegsel, achternaam, geboortedatum, email, telefoon,
      geslacht, straat, huisnummer, postcode, woonplaats, regime, begindatum_inburgeringsplicht, datum_vestiging, lbt_resultaat, lbt_datum_afname,
      recht_maatschappelijke_begeleiding, opleidingsniveau, alfabetisering, status)
    select pg_temp.uid('dossier' || i), pg_temp.uid('gemeente' || pg_temp.gem(i)), pg_temp.bsn(i),
      (array['José', 'Zoë', 'Aïsha', 'Mehmet', 'Fatma', 'Ángel', 'Thị Lan', 'Đức', 'Noëlle', 'Björn', 'Chloé', 'Ali', 'Yusuf', 'Ayşe', 'Oğuz',
        'François', 'Małgorzata', 'Łukasz', 'Ana María', 'Jürgen', 'Hélène', 'Amira', 'Omar', 'Samira', 'Tesfaye', 'Selam', 'Dawit', 'Mariam',
        'Ahmad', 'Nour', 'Rania', 'Karim', 'Léa', 'Inès', 'Renée', 'Søren', 'Zeynep', 'Emre', 'Hüseyin', 'Gülşen', 'Nguyễn Văn', 'Ngọc',
        'Olena', 'Dmytro', 'Oksana', 'Taras', 'Anastasiia', 'Mykola', 'Priya', 'Rāhul', 'João', 'Conceição', 'Siobhán', 'Ciarán', 'Zoltán',
        'Ágnes', 'Miloš', 'Jiří', 'Tomáš', 'Eszter'])[1 + pg_temp.h('vn' || i) % 60],
      case when pg_temp.h('tv' || i) % 6 = 0 then (array['van', 'de', 'van der', 'van den', 'ter', 'el'])[1 + pg_temp.h('tw' || i) % 6] end,
      (array['Öztürk', 'Çelik', 'Yılmaz', 'Şahin', 'Doğan', 'Müller', 'García', 'Núñez', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Kowalski', 'Wiśniewski',
        'Dąbrowski', 'Łuczak', 'Haile', 'Tesfamariam', 'Gebremedhin', 'Bekele', 'Al-Hassan', 'Haddad', 'Khoury', 'Mansour', 'Azizi', 'Ahmadi',
        'Rahimi', 'Hosseini', 'Karimi', 'Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks',
        'Dijkstra', 'Kuipers', 'Brouwer', 'Schröder', 'Fischer', 'Lefèvre', 'Dubois', 'Gonçalves', 'Fernández', 'Ramírez', 'Shevchenko',
        'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Horváth', 'Novák', 'Dvořák', 'Svoboda', 'Černý', 'Popescu', 'Ionescu',
        'Sânchez', 'Ólafsson', 'Østergaard', 'Ærøe', 'Åberg', 'Ekström', 'Ngô', 'Hoàng', 'Đặng', 'Bùi', 'Ademi', 'Krasniqi', 'Berisha',
        'Hoxha', 'Gashi', 'Aydın', 'Kılıç', 'Arslan'])[1 + pg_temp.h('an' || i) % 80],
      date '1960-01-01' + pg_temp.h('gb' || i) % 15000,
      'persoon' || i || '@voorbeeld.invalid', '06-' || (10000000 + pg_temp.h('tel' || i) % 89999999),
      (array['MAN', 'VROUW', 'ONBEKEND'])[1 + i % 3], 'Stationsstraat', (1 + i % 180)::text,
      (1000 + pg_temp.h('pc' || i) % 8999)::text || chr(65 + i % 26) || chr(65 + (i / 26) % 26), 'Woonplaats ' || pg_temp.gem(i), 'WI2021',
      ${peil} - 500, ${peil} - 520, 'B1_ROUTE_HAALBAAR', ${peil} - 480, true,
      (array['GEEN', 'BASISONDERWIJS', 'VOORTGEZET_ONDERWIJS', 'MBO', 'HBO_WO', 'ONBEKEND'])[1 + i % 6], 'NVT',
      case when i % 40 = 1 then 'PLICHT_BEEINDIGD' else 'ACTIEF' end
    from generate_series(1, ${D}) i`);
  await stap('doelgroep_periode', `insert into doelgroep_periode (id, inburgeraar_id, doelgroep, begindatum, einddatum)
    select pg_temp.uid('doelgroep' || i), pg_temp.uid('dossier' || i),
      (array['ASIELSTATUSHOUDER', 'GEZINSMIGRANT', 'OVERIGE_MIGRANT'])[1 + i % 3], ${peil} - 500, null from generate_series(1, ${D}) i`);

  // One row per traject with what its rows are derived from; trajecten 1..D are language trajecten, D+1..T MAP/PVT.
  await stap('trajectplan', `create temp table plan as
    select t, i, pg_temp.gem(i) as g,
      case when t <= ${D} and i % 1000 < ${schoolPromille} then 1
           else pg_temp.aanbieder_in(pg_temp.gem(i), (case when t <= ${D} then 'ta' else 'tb' end) || i) end as k,
      case when t > ${D} then (case when i % 2 = 0 then 'MAP' else 'PVT' end)
           else (array['Z_ROUTE', 'Z_ROUTE', 'ONDERWIJSROUTE', 'B1_ROUTE', 'B1_ROUTE', 'B1_ROUTE', 'B1_ROUTE', 'B1_ROUTE', 'B1_ROUTE', 'B1_ROUTE'])[1 + pg_temp.h('s' || i) % 10] end as soort,
      case when i % 1000 = ${DOSSIER_MET_66_WEKEN} then ${WEKEN_VAN_HET_DOSSIER}
           when t > ${D} then 2 + pg_temp.h('w' || t) % 60 else 2 + pg_temp.h('w' || t) % 63 end as weken,
      i % 1000 <> ${DOSSIER_MET_66_WEKEN} and pg_temp.h('gat' || t) % 3 = 0 as gat,
      i % 40 = 1 as afgerond
    from (select t, case when t <= ${D} then t else t - ${D} end as i from generate_series(1, ${T}) t) n`);
  await client.query(`alter table plan add column traject_id uuid, add column indiener uuid;
    update plan set traject_id = pg_temp.uid('traject' || t), indiener = pg_temp.uid('gebruiker-a' || k)`);
  await stap('pip_versie', `insert into pip_versie (id, inburgeraar_id, gemeente_id, versie, dagtekening_pip, leerroute, niveau,
      geschatte_intensiteit_b1_route, indicator_alfabetiseringsonderwijs, datum_inburgeringsaanbod, eenzijdig_vastgesteld, vastgesteld_door, vastgesteld_op)
    select pg_temp.uid('pip' || i), pg_temp.uid('dossier' || i), pg_temp.uid('gemeente' || g), 1, ${peil} - 480,
      case soort when 'Z_ROUTE' then 'Z' when 'ONDERWIJSROUTE' then 'O' else 'B' end,
      case when soort = 'Z_ROUTE' then null else 'B1' end, case when soort = 'B1_ROUTE' then 600 end, 'NVT', ${peil} - 470, false,
      pg_temp.uid('gebruiker-g' || g), (${peil} - 480)::timestamptz
    from plan where t <= ${D}`);
  await stap('traject', `insert into traject (id, inburgeraar_id, gemeente_id, aanbieder_id, contract_id, soort, cursusnaam, geplande_start,
      geplande_einde, geplande_uren, status, einddatum, toegewezen_door, toegewezen_op)
    select traject_id, pg_temp.uid('dossier' || i), pg_temp.uid('gemeente' || g), pg_temp.uid('aanbieder' || k),
      case when k = 1 then pg_temp.uid('contract-1-' || g) else pg_temp.uid('contract-' || k) end,
      soort, case soort when 'B1_ROUTE' then 'Nederlands B1 intensief' when 'Z_ROUTE' then 'Z-route Nederlands en participatie'
        when 'ONDERWIJSROUTE' then 'Taalschakeltraject' end,
      ${peil} - 7 * weken, ${peil} - 7 * weken + 7 * 78 - 1,
      case soort when 'Z_ROUTE' then 800 when 'MAP' then 80 when 'PVT' then 120 else 600 end,
      case when afgerond then 'AFGEROND' else 'ACTIEF' end, case when afgerond then ${peil} - 1 end,
      pg_temp.uid('gebruiker-g' || g), (${peil} - 7 * weken - 14)::timestamptz
    from plan`);
  // Weekly attendance from the start up to the week before PEILDATUM (one in three lacks that last week). A report 2 days
  // after the period is always within the meldtermijn (5 working days), one 14 days after never is: op_tijd follows.
  await stap('aanwezigheid', `insert into aanwezigheid (id, traject_id, periode_van, periode_tot, versie, uren_ingeroosterd, uren_aanwezig,
      uren_geoorloofd_verzuim, reden_geoorloofd_verzuim, uren_ongeoorloofd_verzuim, reden_ongeoorloofd_verzuim, ingediend_door_gebruiker, ingediend_op, op_tijd)
    select m::uuid, traject_id, van, van + 6, 1, uren,
      uren - case when r % 10 = 0 then 3 else 0 end - case when r % 20 = 1 then 1.5 else 0 end,
      case when r % 10 = 0 then 3 else 0 end, case when r % 10 = 0 then (case when r % 3 = 0 then 'AFSPRAAK_INSTANTIE' else 'ZIEKTE' end) end,
      case when r % 20 = 1 then 1.5 else 0 end, case when r % 20 = 1 then 'ZONDER_BERICHT' end,
      indiener, (van + 6 + case when r % 8 = 0 then 14 else 2 end + time '10:00')::timestamptz, r % 8 <> 0
    from (select m, traject_id, indiener, van, uren, ('x' || substr(m, 8, 7))::bit(28)::int as r
          from (select md5('aw' || p.t || '-' || w) as m, p.traject_id, p.indiener, ${peil} - 7 * (p.weken - w) as van,
                       case when p.soort in ('MAP', 'PVT') then 4 else 12 end as uren
                  from plan p, generate_series(0, p.weken - 1 - case when p.gat then 1 else 0 end) w) g) rijen`);
  await client.query('drop table plan');
  const start = performance.now();
  for (const terug of herstel) await terug();
  log(`  indexen en sleutels terug (en gecontroleerd): ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

/** What the generator fills, parents before children. */
const GEVULDE_TABELLEN = ['gemeente', 'aanbieder', 'contract', 'gebruiker', 'inburgeraar', 'doelgroep_periode', 'pip_versie', 'traject', 'aanwezigheid'];

/**
 * Drops a table's indexes and key constraints (whatever the migrations made them) and returns how to put them back.
 * A constraint another table depends on (a referenced key) stays.
 */
async function zonderIndexen(client: pg.Client, tabel: string): Promise<() => Promise<void>> {
  const constraints = (await client.query<{ naam: string; def: string }>(`select c.conname as naam, pg_get_constraintdef(c.oid) as def
      from pg_constraint c where c.conrelid = $1::regclass and c.contype in ('p', 'u', 'f', 'x')
       and not exists (select 1 from pg_constraint r where r.confrelid = c.conrelid and r.conindid = c.conindid and r.contype = 'f')
     order by c.contype = 'f', c.conname`, [tabel])).rows;
  const indexen = (await client.query<{ naam: string; def: string }>(`select i.indexname as naam, i.indexdef as def from pg_indexes i
      where i.tablename = $1 and i.schemaname = 'public'
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.conrelid = $1::regclass)`, [tabel])).rows;
  for (const c of [...constraints].reverse()) await client.query(`alter table "${tabel}" drop constraint "${c.naam}"`);
  for (const i of indexen) await client.query(`drop index "${i.naam}"`);
  return async () => {
    for (const c of constraints.filter((c) => !c.def.startsWith('FOREIGN'))) await client.query(`alter table "${tabel}" add constraint "${c.naam}" ${c.def}`);
    for (const i of indexen) await client.query(i.def);
    for (const c of constraints.filter((c) => c.def.startsWith('FOREIGN'))) await client.query(`alter table "${tabel}" add constraint "${c.naam}" ${c.def}`);
  };
}

/** Logins the sections use; both exist in every generated data set. */
export const BENCH_LOGINS = { school: SCHOOL_EMAIL, regisseur: REGISSEUR_EMAIL };
