import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOUTBESTANDEN, NOG_NIET_OMGEZET } from './fouten.js';
import { alleFoutcodes } from './modules/shared/domain-error.js';

const SRC = import.meta.dirname;

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.isDirectory()) return bronbestanden(pad);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [relative(SRC, pad)] : [];
  });
}

/** The string-enum objects an errors file exports (constants beside them, like MAX_PERIODE_DAGEN, are no codes). */
function enums(bestand: Readonly<Record<string, unknown>>): Record<string, string>[] {
  return Object.values(bestand).filter((w): w is Record<string, string> =>
    typeof w === 'object' && w !== null && Object.values(w).every((v) => typeof v === 'string'));
}

const gecatalogiseerd = new Set(alleFoutcodes().map((f) => f.code));

/** A throw site that decides a code or a category by hand instead of through the catalogue. */
const HANDWERK: [string, RegExp][] = [
  ['a string-literal code in add()', /\.add\(\s*'[A-Z][A-Z0-9_]*'/],
  ['a string-literal code in DomainError.van()', /DomainError\.van\(\s*'/],
  ['a category chosen at the throw site', /new DomainError\(\s*'/],
  ['a category chosen at throwIfAny()', /throwIfAny\(\s*'/],
  ['a string-literal code in a DomainError', /new DomainError\([^;]*?\bcode:\s*'/s],
  ['a string-literal domeinCode', /domeinCode:\s*'/],
];

function handwerk(tekst: string): string[] {
  return HANDWERK.filter(([, patroon]) => patroon.test(tekst)).map(([wat]) => wat);
}

/**
 * Codes a file passes to DomainError.van / add / `code:` as `Enum.LID`, resolved through its imports of errors files;
 * `onleesbaar` collects the calls whose code is not such a reference, which this test cannot check.
 */
function gebruikteCodes(bestand: string, tekst: string): { codes: string[]; onleesbaar: string[] } {
  const lokaal = new Map<string, Record<string, string>>();
  for (const [, namen, van] of tekst.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+\.errors\.js)'/g)) {
    const doel = relative(SRC, resolve(SRC, bestand, '..', van!)).replace(/\.js$/, '.ts');
    const exports = FOUTBESTANDEN[doel];
    if (!exports) continue;
    for (const naam of namen!.split(',').map((n) => n.trim()).filter(Boolean)) {
      const [origineel, alias] = naam.split(/\s+as\s+/).map((n) => n.trim()) as [string, string | undefined];
      const waarde = exports[origineel];
      if (typeof waarde === 'object' && waarde !== null) lokaal.set(alias ?? origineel, waarde as Record<string, string>);
    }
  }
  const codes: string[] = [];
  const onleesbaar: string[] = [];
  // DomainError.van(code, veld…), Overtredingen.add(code, veld…) (a Set's add takes one argument), `code:` in a DomainError.
  const aanroepen = [
    ...tekst.matchAll(/(DomainError\.van|\.add)\(\s*([^,()\s]+)\s*,/g),
    ...tekst.matchAll(/(new DomainError\(… code: )[^;]*?\bcode:\s*([^,\s}]+)/gs),
  ];
  for (const [, aanroep, argument] of aanroepen) {
    const [, naam, lid] = /^(\w+)\.(\w+)$/.exec(argument!) ?? [];
    const codeEnum = naam ? lokaal.get(naam) : undefined;
    if (codeEnum && lid && lid in codeEnum) codes.push(codeEnum[lid]!);
    else onleesbaar.push(`${aanroep}${aanroep!.endsWith(' ') ? '' : '('}${argument}`);
  }
  return { codes, onleesbaar };
}

describe('the error catalogue', () => {
  it('fouten.ts imports every errors file, so the published page is complete', () => {
    const opSchijf = bronbestanden(SRC).filter((b) => b.endsWith('.errors.ts')).sort();
    expect(Object.keys(FOUTBESTANDEN).sort()).toEqual(opSchijf);
  });

  it('every code of every errors file is in the catalogue (except the files still to convert)', () => {
    const ontbrekend = Object.entries(FOUTBESTANDEN)
      .filter(([bestand]) => !NOG_NIET_OMGEZET.includes(bestand))
      .flatMap(([bestand, exports]) => enums(exports).flatMap((e) => Object.values(e)).filter((c) => !gecatalogiseerd.has(c)).map((c) => `${bestand}: ${c}`));
    expect(ontbrekend).toEqual([]);
  });

  it('no converted file has a string-literal code or a hand-chosen category at a throw site, and every code it uses is catalogued', () => {
    const fout: string[] = [];
    for (const bestand of bronbestanden(SRC).filter((b) => !NOG_NIET_OMGEZET.includes(b) && !b.endsWith('.errors.ts'))) {
      if (bestand === 'modules/shared/domain-error.ts') continue; // defines the calls, raises nothing
      const tekst = readFileSync(join(SRC, bestand), 'utf8');
      for (const wat of handwerk(tekst)) fout.push(`${bestand}: ${wat}`);
      const { codes, onleesbaar } = gebruikteCodes(bestand, tekst);
      for (const code of codes.filter((c) => !gecatalogiseerd.has(c))) fout.push(`${bestand}: ${code} is in no foutcatalogus`);
      for (const aanroep of onleesbaar) fout.push(`${bestand}: "${aanroep}" does not name its code as Enum.MEMBER of an errors file`);
    }
    expect(fout, 'convert these (or, for a file not yet converted, list it in NOG_NIET_OMGEZET in fouten.ts)').toEqual([]);
  });

  it('the list of files still to convert only shrinks: each entry exists and still needs converting', () => {
    const alles = new Set(bronbestanden(SRC));
    const klaar = NOG_NIET_OMGEZET.filter((bestand) => {
      if (!alles.has(bestand)) return true;
      const exports = FOUTBESTANDEN[bestand];
      if (exports) return enums(exports).every((e) => Object.values(e).every((c) => gecatalogiseerd.has(c)));
      const tekst = readFileSync(join(SRC, bestand), 'utf8');
      const { codes, onleesbaar } = gebruikteCodes(bestand, tekst);
      return handwerk(tekst).length === 0 && onleesbaar.length === 0 && codes.every((c) => gecatalogiseerd.has(c));
    });
    expect(klaar, 'these are converted: remove them from NOG_NIET_OMGEZET').toEqual([]);
  });

  it('recognises each kind of hand-made code, and passes catalogue calls', () => {
    expect(handwerk(`fouten.add('DATUM_ONGELDIG', 'input.x', 'm');`)).toEqual(['a string-literal code in add()']);
    expect(handwerk(`throw new DomainError('NOT_FOUND', [{ code: F.X, veld: 'id', melding: 'm' }]);`)).toEqual(['a category chosen at the throw site']);
    expect(handwerk(`throw new DomainError(soort, [{\n  code: 'X', veld: 'id', melding: 'm' }]);`)).toEqual(['a string-literal code in a DomainError']);
    expect(handwerk(`res.json({ extensions: { code: 'FORBIDDEN', domeinCode: 'X' } });`)).toEqual(['a string-literal domeinCode']);
    expect(handwerk(`throw DomainError.van(F.X, 'id'); fouten.add(F.Y, veld, \`\${n} is te veel\`); dagen.add(\`\${jaar}-05-05\`);`)).toEqual([]);
  });
});
