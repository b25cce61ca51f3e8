#!/usr/bin/env node
// Bundles bench/bench.ts with the same esbuild the project builds with, then runs it.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${root}.bench`, { recursive: true });
const outfile = `${root}.bench/bench.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ['bench/bench.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" },
});
process.chdir(root);
await import(pathToFileURL(outfile).href);
