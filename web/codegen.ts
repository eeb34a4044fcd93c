import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * One project per role-scoped schema: operations in `*.aanbieder.ts(x)` are checked against what an aanbieder
 * may ask, `*.gemeente.ts(x)` against the gemeente schema. Output is committed; a test fails when it drifts.
 */
const clientPreset = { preset: 'client' as const, presetConfig: { fragmentMasking: false }, config: { useTypeImports: true, enumsAsTypes: true, scalars: { LocalDate: 'string', DateTimeISO: 'string' } } };

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    './src/gql/aanbieder/': { ...clientPreset, schema: '../schema/aanbieder.graphql', documents: ['src/**/*.aanbieder.ts', 'src/**/*.aanbieder.tsx'] },
    './src/gql/gemeente/': { ...clientPreset, schema: '../schema/gemeente.graphql', documents: ['src/**/*.gemeente.ts', 'src/**/*.gemeente.tsx'] },
  },
};

export default config;
