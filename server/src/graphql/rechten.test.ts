import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Authorized, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { guardVan, rechtenPagina, rechtenVan } from './rechten.js';
import { getMetadataStorage } from 'type-graphql';

const committed = () => readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'schema', 'rechten.md'), 'utf8');

describe('permission snapshot', () => {
  it('schema/rechten.md matches the resolvers\' guards (run `pnpm schema:emit` after a change of who may do what)', async () => {
    expect(await rechtenPagina()).toBe(committed());
  });

  it('lists every query and mutation of both schemas with its guard', async () => {
    for (const schema of ['aanbieder', 'gemeente'] as const) {
      const rechten = await rechtenVan(schema);
      expect(rechten.length).toBeGreaterThan(5);
      expect(rechten.filter((r) => !r.guard).map((r) => r.naam)).toEqual([]);
    }
    const gemeente = await rechtenVan('gemeente');
    const rij = (naam: string) => gemeente.find((r) => r.naam === naam);
    // A class guard alone, a method guard that narrows it, a BEHEER class: the three shapes the code uses.
    expect(rij('mij')).toMatchObject({ guard: { op: 'class', rollen: [] }, mag: { RAADPLEGEN: true, MUTEREN: true, BEHEER: true } });
    expect(rij('wijzigDoelgroep')).toMatchObject({ guard: { op: 'method', rollen: ['MUTEREN'] }, mag: { RAADPLEGEN: false, MUTEREN: true, BEHEER: false } });
    expect(rij('maakGebruiker')).toMatchObject({ guard: { op: 'class', rollen: ['BEHEER'] }, mag: { RAADPLEGEN: false, MUTEREN: false, BEHEER: true } });
  });

  it('reads the guard as type-graphql applies it: a method guard replaces its class guard, it does not add to it', async () => {
    @Authorized('BEHEER')
    @Resolver()
    class ProefResolver {
      @Query(() => String, { description: 'x' }) streng() { return ''; }
      @Authorized() @Query(() => String, { description: 'x' }) ruim() { return ''; }
    }
    const storage = getMetadataStorage();
    const handler = (naam: string) => storage.queries.find((h) => h.target === ProefResolver && h.methodName === naam)!;
    expect(guardVan(handler('streng'))).toEqual({ op: 'class', rollen: ['BEHEER'] });
    expect(guardVan(handler('ruim'))).toEqual({ op: 'method', rollen: [] });
    // And type-graphql agrees once it has built a schema with the class: the roles its middleware receives.
    const { buildSchema } = await import('type-graphql');
    await buildSchema({ resolvers: [ProefResolver], authChecker: () => true, validate: false });
    expect(handler('streng').roles).toEqual(['BEHEER']);
    expect(handler('ruim').roles).toEqual([]);
  });
});
