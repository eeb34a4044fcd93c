import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vandaag } from '../../server/src/modules/shared/datum.js';
import { Client, startTestPortal, type TestPortal } from '../support/portal.js';

/** Input the GraphQL layer and /auth refuse before any resolver, query or hash runs: coded, at its field, nothing written. */

let portal: TestPortal;
const statements: string[] = [];
beforeAll(async () => {
  portal = await startTestPortal({ onQuery: (sql) => statements.push(sql) });
});
afterAll(() => portal.stop());

/** SQL statements (not transaction control) issued while `werk` runs. */
async function telStatements<T>(werk: () => Promise<T>): Promise<{ resultaat: T; aantal: number }> {
  statements.length = 0;
  const resultaat = await werk();
  const aantal = statements.map((s) => s.replace(/\x1B\[[0-9;]*m/g, '')).filter((s) => /\[query\]\s*(select|insert|update|delete)\b/i.test(s)).length;
  return { resultaat, aantal };
}

const rijen = async (tabel: string) =>
  (await portal.alles().execute<{ n: number }[]>(`select count(*)::int as n from ${tabel}`))[0]!.n;

type Antwoord = Awaited<ReturnType<Client['graphql']>>;
const fouten = (res: Antwoord) => res.body.errors?.flatMap((e) => e.extensions.fouten.map((f: { domeinCode: string; veld: string }) => `${f.domeinCode} ${f.veld}`));

async function trajectVanSchool(school: Client): Promise<string> {
  const lijst = await school.graphql('aanbieder', '{ deelnemers(zoek: "Haddad") { nodes { trajecten { id } } } }');
  return lijst.body.data.deelnemers.nodes[0].trajecten[0].id;
}

const BATCH = `mutation($rijen: [AanwezigheidInput!]!, $proefdraai: Boolean) {
  registreerAanwezigheden(rijen: $rijen, proefdraai: $proefdraai) { rij resultaat fouten { veld } }
}`;

describe('variables GraphQL cannot coerce', () => {
  it('answer BAD_USER_INPUT in Dutch, per row and field (0-based, as the variable path), and nothing runs', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const trajectId = await trajectVanSchool(school);
    const goed = { trajectId, periodeVan: vandaag(), periodeTot: vandaag(), urenIngeroosterd: 4, urenAanwezig: 4, urenGeoorloofdVerzuim: 0, urenOngeoorloofdVerzuim: 0 };
    // A row without trajectId is no longer a variable error: it may name its traject by aanbiederReferentie instead.
    const { periodeTot: _, ...zonderTraject } = goed;
    const voor = await rijen('aanwezigheid');
    const res = await school.graphql('aanbieder', BATCH, { rijen: [
      goed, zonderTraject, { ...goed, kleur: 'rood' }, { ...goed, urenAanwezig: 'abc' }, { ...goed, urenIngeroosterd: null }, { ...goed, periodeVan: '2026-02-30' },
    ] });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'VELD_VERPLICHT', veld: 'rijen.1.periodeTot' });
    expect(fouten(res)).toEqual([
      'VELD_VERPLICHT rijen.1.periodeTot', 'VELD_ONBEKEND rijen.2.kleur', 'WAARDE_ONGELDIG rijen.3.urenAanwezig',
      'VELD_VERPLICHT rijen.4.urenIngeroosterd', 'DATUM_ONGELDIG rijen.5.periodeVan',
    ]);
    const meldingen = res.body.errors![0]!.extensions.fouten.map((f: { melding: string }) => f.melding);
    expect(meldingen[2]).toBe('Ongeldige waarde bij rijen.3.urenAanwezig (regel 4): "abc"; verwacht een getal.');
    expect(meldingen[1]).toMatch(/^Het veld rijen\.2\.kleur \(regel 3\) bestaat niet in AanwezigheidInput; velden zijn /);
    expect(meldingen[4]).toBe('rijen.5.periodeVan (regel 6): "2026-02-30" is geen bestaande datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-31.');
    expect(res.text).not.toMatch(/got invalid value|Expected type/);
    expect(await rijen('aanwezigheid')).toBe(voor);

    const proef = await school.graphql('aanbieder', BATCH, { rijen: [goed], proefdraai: true });
    expect(proef.body.errors).toBeUndefined();
    expect(proef.body.data.registreerAanwezigheden).toHaveLength(1);
  });

  it('an unknown enum value is CODE_ONBEKEND with the codes to choose from; a missing variable or null for non-null VELD_VERPLICHT', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const TOKEN = 'mutation($naam: String!, $rollen: [Rol!]!) { maakApiToken(naam: $naam, rollen: $rollen) { token } }';
    const voor = await rijen('api_token');
    const enumFout = await school.graphql('aanbieder', TOKEN, { naam: 'Systeem', rollen: ['RAADPLEGEN', 'ADMIN'] });
    expect(enumFout.status).toBe(400);
    expect(enumFout.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'CODE_ONBEKEND', veld: 'rollen.1' });
    expect(enumFout.body.errors![0]!.message).toBe('Onbekende code bij rollen.1 (regel 2): "ADMIN"; kies uit RAADPLEGEN, MUTEREN, BEHEER.');
    expect(fouten(await school.graphql('aanbieder', TOKEN, { rollen: ['RAADPLEGEN'] }))).toEqual(['VELD_VERPLICHT naam']);
    expect(fouten(await school.graphql('aanbieder', TOKEN, { naam: null, rollen: ['RAADPLEGEN'] }))).toEqual(['VELD_VERPLICHT naam']);
    expect(fouten(await school.graphql('aanbieder', TOKEN, { naam: 5, rollen: 'RAADPLEGEN' }))).toEqual(['WAARDE_ONGELDIG naam']);
    expect(await rijen('api_token')).toBe(voor);
  });
});

describe('every String and ID argument', () => {
  const NUL = 'a\u0000b';
  const HELFT = 'naam \uD800';

  it('with a NUL or a lone surrogate is TEKEN_ONGELDIG at its field, on every mutation and search, and nothing is written', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const regisseur = await Client.login(portal.url, 'regisseur@utrecht.demo');
    const beheer = await Client.login(portal.url, 'beheer@utrecht.demo');
    const trajectId = await trajectVanSchool(school);
    const voortgang = { trajectId, peildatum: vandaag(), voortgang: 'ACHTER', belemmeringen: [], examenvoorbereiding: 'BEZIG', toetsresultaten: [], advies: 'GEEN', adviesGronden: [] };
    const inburgeraar = { bsn: '123456782', voornamen: 'Nur', achternaam: NUL, geboortedatum: '1990-01-01', doelgroep: 'GEZINSMIGRANT', doelgroepBegindatum: '2026-01-01' };
    const gevallen: [Client, 'aanbieder' | 'gemeente', string, Record<string, unknown>, string, string | null][] = [
      [school, 'aanbieder', 'query($z: String) { deelnemers(zoek: $z) { totalCount } }', { z: NUL }, 'zoek', null],
      [school, 'aanbieder', 'mutation($n: String!) { maakApiToken(naam: $n, rollen: [RAADPLEGEN]) { token } }', { n: NUL }, 'naam', 'api_token'],
      [school, 'aanbieder', 'mutation($n: String!) { maakApiToken(naam: $n, rollen: [RAADPLEGEN]) { token } }', { n: HELFT }, 'naam', 'api_token'],
      [school, 'aanbieder', 'mutation($i: MaakGebruikerInput!) { maakGebruiker(input: $i) { initieelWachtwoord } }', { i: { naam: NUL, email: 'x@taalhuis.demo', rollen: ['RAADPLEGEN'] } }, 'input.naam', 'gebruiker'],
      [school, 'aanbieder', 'mutation($i: VoortgangInput!) { meldVoortgang(input: $i) { resultaat } }', { i: { ...voortgang, adviesToelichting: NUL } }, 'input.adviesToelichting', 'rapportage'],
      [school, 'aanbieder', 'mutation($i: VoortgangInput!) { meldVoortgang(input: $i) { resultaat } }', { i: { ...voortgang, belemmeringToelichting: HELFT } }, 'input.belemmeringToelichting', 'rapportage'],
      [regisseur, 'gemeente', 'query($z: String) { zoekDossiers(zoek: $z) { totalCount } }', { z: NUL }, 'zoek', null],
      [regisseur, 'gemeente', 'mutation($i: RegistreerInburgeraarInput!) { registreerInburgeraar(input: $i) { id } }', { i: inburgeraar }, 'input.achternaam', 'inburgeraar'],
      [beheer, 'gemeente', 'mutation($i: MaakGebruikerInput!) { maakGebruiker(input: $i) { initieelWachtwoord } }', { i: { naam: 'Nina', email: `n${NUL}@utrecht.demo`, rollen: ['RAADPLEGEN'] } }, 'input.email', 'gebruiker'],
    ];
    for (const [client, endpoint, query, variables, veld, tabel] of gevallen) {
      const voor = tabel ? await rijen(tabel) : 0;
      const res = await client.graphql(endpoint, query, variables);
      expect(res.status, query).toBe(400);
      expect(res.body.errors![0]!.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'TEKEN_ONGELDIG', veld });
      if (tabel) expect(await rijen(tabel), query).toBe(voor);
    }
    // In a literal too, and a row of a batch names its row.
    const literaal = await school.graphql('aanbieder', '{ deelnemers(zoek: "a\\u0000b") { totalCount } }');
    expect(fouten(literaal)).toEqual(['TEKEN_ONGELDIG zoek']);
    const rij = { trajectId, periodeVan: vandaag(), periodeTot: vandaag(), urenIngeroosterd: 4, urenAanwezig: 2, urenGeoorloofdVerzuim: 2, urenOngeoorloofdVerzuim: 0 };
    const batch = await school.graphql('aanbieder', BATCH, { rijen: [{ ...rij, redenGeoorloofdVerzuim: 'ZIEKTE' }, { ...rij, redenGeoorloofdVerzuim: NUL }] });
    expect(fouten(batch)).toEqual(['TEKEN_ONGELDIG rijen.1.redenGeoorloofdVerzuim']);
  });

  it('accepts ordinary text, with accents and an emoji (a surrogate pair)', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const res = await school.graphql('aanbieder', 'mutation($n: String!) { maakApiToken(naam: $n, rollen: [RAADPLEGEN]) { token } }', { n: 'Roosterkoppeling café 🚀' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.maakApiToken.token).toMatch(/^apt_/);
    expect((await school.graphql('aanbieder', '{ deelnemers(zoek: "Haddad") { totalCount } }')).body.data.deelnemers.totalCount).toBe(1);
  });

  it('longer than its documented maximum is TEKST_TE_LANG before any work; at the maximum it is accepted', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const TOKEN = 'mutation($n: String!) { maakApiToken(naam: $n, rollen: [RAADPLEGEN]) { token } }';
    const voor = await rijen('api_token');
    const lang = await school.graphql('aanbieder', TOKEN, { n: 'x'.repeat(101) });
    expect(lang.status).toBe(400);
    expect(lang.body.errors![0]).toMatchObject({ message: 'naam: deze tekst is te lang: hoogstens 100 tekens.', extensions: { code: 'BAD_USER_INPUT', domeinCode: 'TEKST_TE_LANG', veld: 'naam' } });
    expect(await rijen('api_token')).toBe(voor);
    expect((await school.graphql('aanbieder', TOKEN, { n: 'é'.repeat(100) })).body.errors).toBeUndefined();
    expect(fouten(await school.graphql('aanbieder', `{ deelnemers(zoek: "${'x'.repeat(201)}") { totalCount } }`))).toEqual(['TEKST_TE_LANG zoek']);
    expect(fouten(await school.graphql('aanbieder', '{ traject(id: $id) { id } }'.replace('$id', `"${'1'.repeat(65)}"`)))).toEqual(['TEKST_TE_LANG id']);
  });

  it('a 1.5 MB search string costs no statement beyond finding the session; 5 MB is over the body limit (413)', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const leeg = await telStatements(() => school.graphql('aanbieder', '{ __typename }'));
    const groot = await telStatements(() => school.graphql('aanbieder', 'query($z: String) { deelnemers(zoek: $z) { totalCount } }', { z: 'a'.repeat(1_500_000) }));
    expect(fouten(groot.resultaat)).toEqual(['TEKST_TE_LANG zoek']);
    expect(groot.aantal).toBe(leeg.aantal); // the session lookup only
    const teGroot = await telStatements(() => school.post('/graphql/aanbieder', { query: 'query($z: String) { deelnemers(zoek: $z) { totalCount } }', variables: { z: 'a'.repeat(5_000_000) } }));
    expect(teGroot.resultaat.status).toBe(413);
    expect(await teGroot.resultaat.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', domeinCode: 'ONGELDIG_VERZOEK' } }] });
    expect(teGroot.aantal).toBe(0);
  });
});

describe('cursors', () => {
  const PAGINA = 'query($after: String) { deelnemers(first: 1, after: $after) { nodes { achternaam } pageInfo { endCursor hasNextPage } } }';
  const b64 = (waarde: unknown) => Buffer.from(JSON.stringify(waarde)).toString('base64url');

  it('one the portal did not make is CURSOR_ONGELDIG at after, never a 500; its own lead to the next page', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const eerste = await school.graphql('aanbieder', PAGINA);
    const { pageInfo: { endCursor, hasNextPage }, nodes } = eerste.body.data.deelnemers;
    expect(hasNextPage).toBe(true);
    const tweede = await school.graphql('aanbieder', PAGINA, { after: endCursor });
    expect(tweede.body.errors).toBeUndefined();
    expect(tweede.body.data.deelnemers.nodes[0].achternaam).not.toBe(nodes[0].achternaam);

    const [achternaam, voornamen, id] = JSON.parse(Buffer.from(endCursor, 'base64url').toString()) as [string, string, string];
    for (const after of ['abc', '!!!', b64('garbage'), b64([1, 2, 3]), b64([achternaam, voornamen]), b64([achternaam, voornamen, 'geen-uuid']),
      b64([achternaam, 5, id]), b64([`${achternaam}\u0000`, voornamen, id]), b64([achternaam, voornamen, id, 'extra']), `${endCursor}=`, b64({ a: 1 })]) {
      const res = await school.graphql('aanbieder', PAGINA, { after });
      expect(res.body.errors?.[0]?.extensions, after).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: 'CURSOR_ONGELDIG', veld: 'after' });
    }
  });
});

describe('dates', () => {
  const TRAJECT = 'query($ids: [ID!]!, $van: LocalDate!) { aanwezighedenInPeriode(trajectIds: $ids, periodeVan: $van) { trajectId } }';

  it('a day that does not exist is DATUM_ONGELDIG, one outside 1900–2199 DATUM_BUITEN_BEREIK, in variables and in literals', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const trajectId = await trajectVanSchool(school);
    for (const [van, code] of [['2026-02-30', 'DATUM_ONGELDIG'], ['abc', 'DATUM_ONGELDIG'], ['0000-01-01', 'DATUM_BUITEN_BEREIK'], ['2200-01-01', 'DATUM_BUITEN_BEREIK']] as const) {
      const variabele = await school.graphql('aanbieder', TRAJECT, { ids: [trajectId], van });
      expect(variabele.status, van).toBe(400);
      expect(variabele.body.errors![0]!.extensions, van).toMatchObject({ code: 'BAD_USER_INPUT', domeinCode: code, veld: 'van' });
      const literaal = await school.graphql('aanbieder', `{ aanwezighedenInPeriode(trajectIds: ["${trajectId}"], periodeVan: "${van}") { trajectId } }`);
      expect(literaal.status, van).toBe(400);
      expect(literaal.body.errors![0]!.extensions, van).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', domeinCode: code, veld: 'periodeVan' });
    }
    const goed = await school.graphql('aanbieder', TRAJECT, { ids: [trajectId], van: '2026-01-05' });
    expect(goed.body.errors).toBeUndefined();
  });
});

describe('requests the GraphQL layer refuses', () => {
  it('each has its code, in the one shape, and never a 500', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const gevallen: [string, Promise<Response>, number, string, string][] = [
      ['unparsable', school.post('/graphql/aanbieder', { query: '{ deelnemers(' }), 400, 'GRAPHQL_PARSE_FAILED', 'VRAAG_ONLEESBAAR'],
      ['unknown field', school.post('/graphql/aanbieder', { query: '{ bsn }' }), 400, 'GRAPHQL_VALIDATION_FAILED', 'VRAAG_ONGELDIG'],
      ['no query', school.post('/graphql/aanbieder', {}), 400, 'BAD_REQUEST', 'VERZOEK_ONGELDIG'],
      ['a mutation over GET', school.get(`/graphql/aanbieder?query=${encodeURIComponent('mutation { trekApiTokenIn(id: "x") { id } }')}`), 405, 'BAD_REQUEST', 'VERZOEK_ONGELDIG'],
      ['two operations, no name', school.post('/graphql/aanbieder', { query: 'query A { __typename } query B { __typename }' }), 400, 'OPERATION_RESOLUTION_FAILURE', 'OPERATIE_ONBEKEND'],
      ['a persisted query hash', school.post('/graphql/aanbieder', { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }), 200, 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPGESLAGEN_VRAAG_NIET_ONDERSTEUND'],
      ['a malformed persisted query', school.post('/graphql/aanbieder', { query: '{ __typename }', extensions: { persistedQuery: { version: 2 } } }), 200, 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPGESLAGEN_VRAAG_NIET_ONDERSTEUND'],
      ['a subscription', school.post('/graphql/aanbieder', { query: 'subscription { __typename }' }), 400, 'BAD_USER_INPUT', 'ABONNEMENT_NIET_ONDERSTEUND'],
      ['the other endpoint', school.post('/graphql/gemeente', { query: '{ __typename }' }), 403, 'FORBIDDEN', 'VERKEERD_ENDPOINT'],
      ['no session', fetch(`${portal.url}/graphql/aanbieder`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }), 401, 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
      ['an unknown route', school.post('/graphql/nergens', {}), 404, 'NOT_FOUND', 'ROUTE_ONBEKEND'],
      ['an unknown /auth route', school.get('/auth/nergens'), 404, 'NOT_FOUND', 'ROUTE_ONBEKEND'],
      ['broken JSON', fetch(`${portal.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' }), 400, 'BAD_USER_INPUT', 'ONGELDIG_VERZOEK'],
    ];
    for (const [wat, verzoek, status, code, domeinCode] of gevallen) {
      const res = await verzoek;
      const body = await res.json() as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(res.status, wat).toBe(status);
      expect(body.errors[0]!.extensions, wat).toMatchObject({ code, domeinCode, veld: expect.any(String), fouten: expect.any(Array) });
      expect(body.errors[0]!.message, wat).not.toBe('');
    }
  });

  it('a bad literal in the query names its argument path', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const res = await school.graphql('aanbieder', 'mutation { registreerAanwezigheden(rijen: [{ urenAanwezig: "abc" }]) { rij } }');
    expect(res.status).toBe(400);
    const velden = res.body.errors!.map((e) => `${e.extensions.domeinCode} ${e.extensions.veld}`);
    expect(velden).toContain('VRAAG_ONGELDIG rijen.0.urenAanwezig');
    expect(velden).toContain('VRAAG_ONGELDIG rijen.0.periodeVan'); // a missing required field (trajectId may be left out for aanbiederReferentie)
    const argument = await school.graphql('aanbieder', 'mutation { maakApiToken(rollen: [RAADPLEGEN]) { token } }');
    expect(argument.body.errors![0]!.extensions).toMatchObject({ domeinCode: 'VRAAG_ONGELDIG', veld: 'naam' });
  });
});

describe('/auth', () => {
  it('refuses a huge or NUL e-mail address before any statement or password hash', async () => {
    const login = (body: unknown) => fetch(`${portal.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const groot = await telStatements(() => login({ email: `${'a'.repeat(1_500_000)}@taalhuis.demo`, password: 'demo' }));
    expect(groot.resultaat.status).toBe(400);
    expect(await groot.resultaat.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', domeinCode: 'TEKST_TE_LANG', veld: 'email' } }] });
    expect(groot.aantal).toBe(0);
    const nul = await telStatements(() => login({ email: 'taalschool@taalhuis.demo\u0000', password: 'demo' }));
    expect(await nul.resultaat.json()).toMatchObject({ errors: [{ extensions: { domeinCode: 'TEKEN_ONGELDIG', veld: 'email' } }] });
    expect(nul.aantal).toBe(0);
    const wachtwoord = await telStatements(() => login({ email: 'taalschool@taalhuis.demo', password: 'x'.repeat(129) }));
    expect(await wachtwoord.resultaat.json()).toMatchObject({ errors: [{ extensions: { domeinCode: 'TEKST_TE_LANG', veld: 'password' } }] });
    expect(wachtwoord.aantal).toBe(0);
    const teGroot = await telStatements(() => login({ email: `${'a'.repeat(5_000_000)}@x.nl`, password: 'demo' }));
    expect(teGroot.resultaat.status).toBe(413);
    expect(await teGroot.resultaat.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', domeinCode: 'ONGELDIG_VERZOEK' } }] });
    expect(teGroot.aantal).toBe(0);
    expect((await login({ email: 'taalschool@taalhuis.demo', password: 'demo' })).status).toBe(200);
  });

  it('POST /auth/wachtwoord refuses a NUL before the current password is hashed', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const res = await school.post('/auth/wachtwoord', { huidig: 'demo\u0000', nieuw: 'een lange nieuwe zin' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { domeinCode: 'TEKEN_ONGELDIG', veld: 'huidig' } }] });
  });
});

describe('the 2 MB body limit', () => {
  it('reads a batch of 2,000 attendance rows and answers a larger body 413 in the coded shape', async () => {
    const school = await Client.login(portal.url, 'taalschool@taalhuis.demo');
    const trajectId = await trajectVanSchool(school);
    const rij = { trajectId, periodeVan: '2026-01-05', periodeTot: '2026-01-11', urenIngeroosterd: 12, urenAanwezig: 10, urenGeoorloofdVerzuim: 2, redenGeoorloofdVerzuim: 'ZIEKTE', urenOngeoorloofdVerzuim: 0 };
    // The last row is broken on purpose: the answer names it, so the whole body was read (and the dry run of 2,000
    // rows, the attendance service's work, stays out of this test).
    const rijen2000 = [...Array.from({ length: 1999 }, () => rij), { ...rij, urenAanwezig: 'tien' }];
    const body = { query: BATCH, variables: { rijen: rijen2000, proefdraai: true } };
    expect(JSON.stringify(body).length).toBeLessThan(1_000_000);
    const res = await school.graphql('aanbieder', BATCH, body.variables);
    expect(res.status).toBe(400);
    expect(fouten(res)).toEqual(['WAARDE_ONGELDIG rijen.1999.urenAanwezig']);

    for (const pad of ['/graphql/aanbieder', '/graphql/gemeente', '/auth/login']) {
      const groot = await school.post(pad, { query: `# ${'x'.repeat(2_200_000)}\n{ __typename }` });
      expect(groot.status, pad).toBe(413);
      expect(await groot.json(), pad).toMatchObject({ errors: [{ message: 'Het verzoek kon niet worden gelezen.', extensions: { code: 'BAD_USER_INPUT', domeinCode: 'ONGELDIG_VERZOEK' } }] });
    }
  });
});
