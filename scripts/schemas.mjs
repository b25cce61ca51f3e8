#!/usr/bin/env node
// Writes schemas/{config,facts,rule}.schema.json from the zod schemas in
// src/config, for editors (yaml-language-server) and other validators.
// `--check` writes nothing and exits 1 when a file is missing or stale.
// The TypeScript is bundled in memory so this runs on plain Node.

import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

const bundled = await build({
  absWorkingDir: root,
  stdin: { contents: "export * from './src/config/json-schema.ts';", resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const { SCHEMA_NAMES, schemaFileText, schemaPath } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

let stale = 0;
mkdirSync(new URL('../schemas', import.meta.url), { recursive: true });
for (const name of SCHEMA_NAMES) {
  const path = schemaPath(name);
  const file = new URL(`../${path}`, import.meta.url);
  const text = schemaFileText(name);
  let current;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (check) {
    console.error(`${path} is ${current === undefined ? 'missing' : 'stale'}: run npm run schemas`);
    stale++;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${path}`);
  }
}
if (stale > 0) process.exitCode = 1;
