import { randomUUID } from 'node:crypto';
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLInputType, type GraphQLInputObjectType,
} from 'graphql';
import type { Kans } from './prng.js';

/** Real ids per table: the user's own (to get past validation) and everyone's (other tenants, to be refused). */
export interface Ids {
  eigen: Record<string, string[]>;
  alle: Record<string, string[]>;
}

/** Strings that have broken servers: NUL, lone surrogates, RTL override, emoji, SQL and format strings, 100 kB. */
export const RARE_TEKSTEN: readonly string[] = [
  '', ' ', 'a\u0000b', '\u0000', '\uD800', 'x\uDC00y', '\u202Eabc', '\u200B', '👩‍👩‍👧‍👦🇳🇱', 'Zoë Ğüneş-Østergård',
  "'; drop table traject; --", '%s%n%x', '<script>alert(1)</script>', '\\', '"', 'null', 'NaN', '१२३', '\r\n\t',
  'x'.repeat(100_000), 'é'.repeat(5_001), '🙂'.repeat(3_000),
];

export const RARE_DATUMS: readonly string[] = [
  '0000-01-01', '2026-02-30', '9999-12-31', '', '2026-13-01', '2026-1-1', '31-02-2026', '2024-02-29', '2025-02-29',
  '1899-12-31', '2026-01-01T00:00:00Z', ' 2026-01-01', '+002026-01-01', '-0001-01-01', '2026-00-10', '20260101',
];

export const RARE_GETALLEN: readonly number[] = [
  2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e308, -1e308, -1, 0, 1.5, -0.0001, 1e-7, 99_999_999_999, 2_147_483_647, 20_000,
];

export const RARE_CURSORS: readonly string[] = [
  'onzin', '', Buffer.from('{"o":-1}').toString('base64'), Buffer.from('{"o":1e400}').toString('base64'),
  Buffer.from('999999999999999999999').toString('base64'), '====', 'YQ', Buffer.from('\u0000').toString('base64'),
  Buffer.from(JSON.stringify({ id: randomUUID(), t: 'x' })).toString('base64'), 'x'.repeat(10_000),
];

const VREEMDE_TEKENS = ['\u0000', '\uD800', '\uDFFF', '\u202E', '\u200F', '🙂', '\uFEFF', '\u0007', '\u00AD', 'ﷺ'];

/** A plausible string with an odd character put somewhere in it, or one of the classics. */
export function rareTekst(basis: string, kans: Kans): string {
  if (kans.soms(0.5)) return kans.kies(RARE_TEKSTEN);
  const plek = kans.int(0, basis.length);
  return `${basis.slice(0, plek)}${kans.kies(VREEMDE_TEKENS)}${basis.slice(plek)}`;
}

const RARE_IDS = (): unknown[] => [randomUUID(), 'geen-uuid', '', '00000000-0000-0000-0000-000000000000', 'x'.repeat(1_000), '\u0000', 42];

/** Any JSON value of the wrong kind. */
function verkeerdType(kans: Kans): unknown {
  return kans.kies<unknown>([true, false, 123, -7.25, 'tekst', {}, { a: 1 }, [], [1, 'a', null], null, '0', 'true']);
}

/** The table an ID argument probably points at, from its name and the operation's name. */
export function tabelVoorId(veld: string, operatie: string, ids: Ids): string | undefined {
  const naam = veld.replace(/Ids?$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  const kandidaten = naam === 'id' || naam === 'organisatie' || naam === 'portaal_referentie'
    ? Object.keys(ids.alle).filter((t) => operatie.toLowerCase().includes(t.replace('_', '')))
    : [naam === 'dossier' ? 'inburgeraar' : naam === 'token' ? 'api_token' : naam];
  if (naam === 'dossier' || operatie.toLowerCase().includes('dossier')) kandidaten.push('inburgeraar');
  if (naam === 'portaal_referentie') kandidaten.push('traject');
  return kandidaten.find((t) => (ids.alle[t]?.length ?? 0) > 0);
}

export interface Omgeving {
  kans: Kans;
  ids: Ids;
  operatie: string;
  /** A counter for values that must be unique (e-mail addresses, names). */
  volgnummer: () => number;
}

function plausibeleTekst(veld: string, o: Omgeving): string {
  const v = veld.toLowerCase();
  const n = o.volgnummer();
  if (v.includes('email')) return `fuzz${n}@voorbeeld.invalid`;
  if (v === 'bsn') return o.kans.kies(['999990019', '123456782', '111222333', String(100_000_000 + n)]);
  if (v.includes('gemeentecode')) return o.kans.kies(['0344', '0307', '9999']);
  if (v.includes('kvk')) return String(90_000_000 + (n % 10_000_000));
  if (v.includes('postcode')) return '3511AB';
  if (v.includes('telefoon')) return '0612345678';
  if (v === 'after' || v === 'before' || v.includes('cursor')) return o.kans.kies(RARE_CURSORS);
  if (v.includes('wachtwoord') || v === 'password') return 'een lange zin van fuzz';
  return o.kans.kies(['Fuzz', 'Amina', 'B1 intensief', 'ha', `Fuzz ${n}`, 'ziek', 'druk met werk']);
}

function plausibeleDatum(o: Omgeving): string {
  const dag = new Date(Date.UTC(2024, 0, 1) + o.kans.int(0, 365 * 3) * 86_400_000);
  // Half of them on a Monday or a Sunday, so attendance weeks line up.
  if (o.kans.soms(0.5)) dag.setUTCDate(dag.getUTCDate() - ((dag.getUTCDay() + 6) % 7) + (o.kans.soms(0.5) ? 6 : 0));
  return dag.toISOString().slice(0, 10);
}

/** A value that fits the type, drawn from the fixture where it can be (real ids), so the call reaches the resolver. */
export function plausibel(type: GraphQLInputType, veld: string, o: Omgeving, diepte = 0): unknown {
  if (isNonNullType(type)) return plausibel(type.ofType, veld, o, diepte);
  if (isListType(type)) {
    const lengte = o.kans.int(diepte > 2 ? 0 : 1, 3);
    return Array.from({ length: lengte }, () => plausibel(type.ofType, veld, o, diepte + 1));
  }
  if (isEnumType(type)) return o.kans.kies(type.getValues()).name;
  if (isInputObjectType(type)) return plausibelObject(type, o, diepte);
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID': {
        const tabel = tabelVoorId(veld, o.operatie, o.ids);
        const bron = tabel ? (o.kans.soms(0.85) ? o.ids.eigen[tabel] : o.ids.alle[tabel]) : undefined;
        return bron && bron.length > 0 ? o.kans.kies(bron) : randomUUID();
      }
      case 'Int': return veld.toLowerCase().includes('intensiteit') ? o.kans.int(1, 40) : o.kans.int(0, 40);
      case 'Float': return o.kans.int(0, 24) / 2;
      case 'Boolean': return o.kans.soms(0.5);
      case 'LocalDate': return plausibeleDatum(o);
      case 'DateTimeISO': return `${plausibeleDatum(o)}T10:00:00.000Z`;
      default: return plausibeleTekst(veld, o);
    }
  }
  return null;
}

function plausibelObject(type: GraphQLInputObjectType, o: Omgeving, diepte: number): Record<string, unknown> {
  const waarde: Record<string, unknown> = {};
  for (const veld of Object.values(type.getFields())) {
    if (isNonNullType(veld.type) || o.kans.soms(0.5)) waarde[veld.name] = plausibel(veld.type, veld.name, o, diepte + 1);
  }
  return waarde;
}

/** A value chosen to break things, for this type: the classics for its scalar, or any wrong shape at all. */
export function kapot(type: GraphQLInputType, veld: string, o: Omgeving, diepte = 0): unknown {
  const { kans } = o;
  if (kans.soms(0.05)) return verkeerdType(kans);
  if (isNonNullType(type)) return kans.soms(0.08) ? null : kapot(type.ofType, veld, o, diepte);
  if (isListType(type)) {
    const r = kans.getal();
    if (r < 0.15) return [];
    if (r < 0.25 && diepte === 0) {
      // A bulk batch past any sane size, of plausible rows.
      return Array.from({ length: kans.kies([2_001, 5_000]) }, () => plausibel(type.ofType, veld, o, diepte + 1));
    }
    // Good and garbage rows mixed, as a spreadsheet import would send them.
    return Array.from({ length: kans.int(1, 6) }, () =>
      kans.soms(0.5) ? plausibel(type.ofType, veld, o, diepte + 1) : kapot(type.ofType, veld, o, diepte + 1));
  }
  if (isEnumType(type)) return kans.kies<unknown>(['ONBEKEND', type.getValues()[0]!.name.toLowerCase(), '', 7, ` ${type.getValues()[0]!.name}`]);
  if (isInputObjectType(type)) {
    const waarde = plausibelObject(type, o, diepte);
    const velden = Object.values(type.getFields());
    const r = kans.getal();
    if (r < 0.05) waarde.onbekendVeld = 'x';
    else if (r < 0.1) { const verplicht = velden.filter((v) => isNonNullType(v.type)); if (verplicht.length) delete waarde[kans.kies(verplicht).name]; }
    // One or two fields broken, the rest plausible: the case most likely to reach the rules.
    for (let i = kans.int(1, 2); i > 0; i--) { const v = kans.kies(velden); waarde[v.name] = kapot(v.type, v.name, o, diepte + 1); }
    return waarde;
  }
  const naam = getNamedType(type).name;
  if (naam === 'ID') return kans.soms(0.4) ? kans.kies(Object.values(o.ids.alle).flat()) : kans.kies(RARE_IDS());
  if (naam === 'Int' || naam === 'Float') return kans.kies(RARE_GETALLEN);
  if (naam === 'Boolean') return kans.kies<unknown>(['true', 0, 1, 'ja']);
  if (naam === 'LocalDate' || naam === 'DateTimeISO') return kans.kies(RARE_DATUMS);
  if (veld === 'after' || veld === 'before') return kans.kies(RARE_CURSORS);
  return rareTekst(plausibeleTekst(veld, o), kans);
}
