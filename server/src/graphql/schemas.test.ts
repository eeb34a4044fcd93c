import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { printSdl } from './print-schema.js';
import { AANBIEDER_RESOLVERS, buildRoleSchema, GEMEENTE_RESOLVERS } from './schemas.js';

const committed = (rol: string) => readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'schema', `${rol}.graphql`), 'utf8');

describe('committed SDL', () => {
  for (const rol of ['aanbieder', 'gemeente'] as const) {
    it(`schema/${rol}.graphql matches the code (run \`pnpm schema:emit\` after an API change)`, async () => {
      expect(printSdl(await buildRoleSchema(rol))).toBe(committed(rol));
    });
  }

  it('the aanbieder schema offers no BSN: no field, argument or type mentions it', async () => {
    const sdl = printSdl(await buildRoleSchema('aanbieder'));
    expect(sdl).not.toMatch(/bsn|burgerservicenummer/i);
    expect(committed('aanbieder')).not.toMatch(/bsn|burgerservicenummer/i);
  });

  it('every type, field and argument of both schemas has a description (Query and Mutation themselves excepted, not their fields)', async () => {
    for (const rol of ['aanbieder', 'gemeente'] as const) {
      const schema = await buildRoleSchema(rol);
      const zonder: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
        if (!type.description && !['Query', 'Mutation', 'Subscription'].includes(type.name)) zonder.push(type.name);
        if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
        for (const field of Object.values(type.getFields())) {
          if (!field.description) zonder.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) zonder.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      expect(zonder, `${rol}: types, fields and arguments without a description`).toEqual([]);
    }
  });
});

describe('every resolver is guarded', () => {
  it('each query and mutation of both schemas has @Authorized on its class or itself', () => {
    const storage = getMetadataStorage();
    const guardedClasses = new Set(storage.authorizedResolver.map((a) => a.target));
    const guardedFields = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
    const resolvers = new Set([...AANBIEDER_RESOLVERS, ...GEMEENTE_RESOLVERS]);
    const handlers = [...storage.queries, ...storage.mutations].filter((h) => resolvers.has(h.target as never));
    expect(handlers.length).toBeGreaterThan(5);
    const unguarded = handlers
      .filter((h) => !guardedClasses.has(h.target) && !guardedFields.has(`${h.target.name}.${h.methodName}`))
      .map((h) => `${h.target.name}.${h.methodName}`);
    expect(unguarded).toEqual([]);
  });
});
