import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSdl } from './print-schema.js';
import { buildRoleSchema } from './schemas.js';

/** Writes schema/aanbieder.graphql and schema/gemeente.graphql; a test fails when they drift from the code. */
const schemaDir = resolve(import.meta.dirname, '..', '..', '..', 'schema');
for (const rol of ['aanbieder', 'gemeente'] as const) {
  const sdl = printSdl(await buildRoleSchema(rol));
  writeFileSync(resolve(schemaDir, `${rol}.graphql`), sdl);
  console.log(`schema/${rol}.graphql written`);
}
