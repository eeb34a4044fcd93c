import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foutcodesPagina } from './foutcodes.js';
import { printSdl } from './print-schema.js';
import { rechtenPagina } from './rechten.js';
import { buildRoleSchema } from './schemas.js';

/** Writes schema/aanbieder.graphql, schema/gemeente.graphql, schema/foutcodes.md and schema/rechten.md; a test fails when they drift from the code. */
const schemaDir = resolve(import.meta.dirname, '..', '..', '..', 'schema');
for (const rol of ['aanbieder', 'gemeente'] as const) {
  const sdl = printSdl(await buildRoleSchema(rol));
  writeFileSync(resolve(schemaDir, `${rol}.graphql`), sdl);
  console.log(`schema/${rol}.graphql written`);
}
writeFileSync(resolve(schemaDir, 'foutcodes.md'), foutcodesPagina());
console.log('schema/foutcodes.md written');
writeFileSync(resolve(schemaDir, 'rechten.md'), await rechtenPagina());
console.log('schema/rechten.md written');
