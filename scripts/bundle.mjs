#!/usr/bin/env node
// Bundles the CLI (dist/cli.js), the worker threads a large check runs on
// (dist/check-worker.js, found beside dist/cli.js), the Action (dist/index.js)
// and the library (dist/lib.js, the package's main, with its type
// declarations in dist/types/).
// The output is committed and CI rebuilds it to check it is not stale, so it
// must be byte-for-byte reproducible: no timestamps, no source maps, paths
// relative to the repository whatever directory this runs from.

import { build } from 'esbuild';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// ESM output has no `require`; some CommonJS dependencies call it for node
// built-ins. Aliased so it cannot clash with an import esbuild emits.
const requireShim =
  "import { createRequire as __factlintCreateRequire } from 'module';\n" +
  'const require = __factlintCreateRequire(import.meta.url);';

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  // Unminified on purpose: without source maps, a crash report's stack is
  // only useful if the bundle's names and lines are readable.
  minify: false,
  logLevel: 'warning',
};

const targets = [
  { entry: 'src/cli/main.ts', out: 'dist/cli.js', banner: `#!/usr/bin/env node\n${requireShim}`, executable: true },
  { entry: 'src/cli/check-worker.ts', out: 'dist/check-worker.js', banner: requireShim },
  { entry: 'src/index.ts', out: 'dist/index.js', banner: requireShim, optional: true },
  { entry: 'src/lib.ts', out: 'dist/lib.js', banner: requireShim },
];

for (const target of targets) {
  if (target.optional && !existsSync(new URL(`../${target.entry}`, import.meta.url))) continue;
  await build({ ...common, entryPoints: [target.entry], outfile: target.out, banner: { js: target.banner } });
  if (target.executable) chmodSync(new URL(`../${target.out}`, import.meta.url), 0o755);
  console.log(`${target.entry} -> ${target.out}`);
}

// The library's types: declarations of the public entry and of the modules
// whose types it re-exports, and of nothing else, so dist/ stays small.
const PUBLIC_TYPES = ['src/lib.ts', 'src/types.ts', 'src/check-types.ts', 'src/host.ts'];
rmSync(new URL('../dist/types', import.meta.url), { recursive: true, force: true });
const program = ts.createProgram([`${root}src/lib.ts`], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: true,
  types: ['node'],
  declaration: true,
  emitDeclarationOnly: true,
  rootDir: `${root}src`,
  outDir: `${root}dist/types`,
  newLine: ts.NewLineKind.LineFeed,
});
for (const file of PUBLIC_TYPES) {
  const result = program.emit(program.getSourceFile(`${root}${file}`));
  if (result.emitSkipped) throw new Error(`cannot write the declarations of ${file}`);
}
console.log(`${PUBLIC_TYPES.join(', ')} -> dist/types/`);
