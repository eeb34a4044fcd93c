import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const web = resolve(import.meta.dirname, '..', '..');

describe('generated GraphQL operations', () => {
  it('match the committed files (run `pnpm codegen` after changing an operation or schema/*.graphql)', async () => {
    const uitvoer = (await generate({ ...config, cwd: web, silent: true }, false)) as { filename: string; content: string }[];
    expect(uitvoer.length).toBeGreaterThanOrEqual(6);
    for (const bestand of uitvoer) {
      expect(readFileSync(resolve(web, bestand.filename), 'utf8'), bestand.filename).toBe(bestand.content);
    }
  }, 60_000);
});
