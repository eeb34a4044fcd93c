import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foutcodesPagina } from './foutcodes.js';

const committed = () => readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'schema', 'foutcodes.md'), 'utf8');

describe('published error catalogue', () => {
  it('schema/foutcodes.md matches the catalogues (run `pnpm schema:emit` after changing an errors file)', () => {
    expect(foutcodesPagina()).toBe(committed());
  });

  it('lists each code once with its category, module and default message, and the HTTP status where it travels over /auth', () => {
    const pagina = foutcodesPagina();
    expect(pagina).toContain('| `INLOG_ONJUIST` | UNAUTHENTICATED | HTTP 401 on POST /auth/login | auth | Deze combinatie van e-mailadres en wachtwoord kennen we niet. |');
    expect(pagina).toContain('| `AANBIEDER_ONBEKEND` | NOT_FOUND |  | algemeen (used by aanbieder-overzicht, inburgeraar, organisatie) |');
    expect(pagina.match(/^\| `AANBIEDER_ONBEKEND` /gm)).toHaveLength(1);
  });
});
