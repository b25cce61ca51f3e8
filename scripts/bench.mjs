#!/usr/bin/env node
// `npm run bench`: bundles the CLI as users get it (dist/), and the bare
// parse the benchmark compares it with, then runs bench/bench.ts. The
// timed programs run as child processes; see bench/bench.ts.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, stdio: 'inherit' });
mkdirSync(`${root}.bench`, { recursive: true });
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" },
};
await build({ ...common, entryPoints: ['bench/bare-parse.ts'], outfile: `${root}.bench/bare-parse.mjs` });
await build({ ...common, entryPoints: ['bench/bench.ts'], outfile: `${root}.bench/bench.mjs` });
process.chdir(root);
await import(pathToFileURL(`${root}.bench/bench.mjs`).href);
