import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { IMPORTED_PREFIX } from '../import/imported-entity.js';
import { mergeFactsFile } from '../import/merge-facts-file.js';
import { lookupOf, referencedIds } from '../import/referenced-items.js';
import { ITEM_ID, PROPERTIES } from '../import/wikidata-json.js';
import { wikidataToEntity } from '../import/wikidata-to-entity.js';
import type { Command } from './args.js';
import type { CliDeps, CliIo, ExitCode } from './run.js';
import { WIKIDATA_URL, fileSource, httpSource, type EntitySource } from './wikidata-client.js';

type ImportCommand = Extract<Command, { name: 'import' }>;

const READ_PROPERTIES = [PROPERTIES.founded, PROPERTIES.founders, PROPERTIES.headquarters, PROPERTIES.employees, PROPERTIES.revenue, PROPERTIES.ceo];

/**
 * `factlint import wikidata Q123 ...`: the one command that reaches the
 * network. Each item becomes (or updates) one facts file in `--out`; what
 * changed is printed, and anything that fails (an unknown id, a server
 * error, no answer) is an error on stderr with exit 2, after every other
 * item has been written.
 */
export async function runImport(command: ImportCommand, io: CliIo, deps: CliDeps): Promise<ExitCode> {
  const bad = command.ids.find((id) => !ITEM_ID.test(id));
  if (bad !== undefined) return usage(io, `'${bad}' is not a Wikidata item id (Q followed by digits)`);
  let source: EntitySource;
  let ids = command.ids;
  if (command.from !== undefined) {
    const opened = fileSource(resolve(io.cwd, command.from));
    if ('error' in opened) return usage(io, opened.error);
    source = opened;
    if (ids.length === 0) ids = opened.stating(READ_PROPERTIES);
  } else {
    if (ids.length === 0) return usage(io, 'import wikidata needs at least one item id (Q123), or --from FILE');
    source = httpSource(io.env.FACTLINT_WIKIDATA_URL || WIKIDATA_URL, `factlint/${deps.packageInfo().version} (facts import)`);
  }

  const errors: string[] = [];
  const asked = await source.items(ids);
  errors.push(...asked.errors);
  const refs = await source.referenced(referencedIds(asked.entities), command.langs);
  errors.push(...refs.errors);
  const lookup = lookupOf(refs.entities, command.langs);

  const outDir = resolve(io.cwd, command.out);
  mkdirSync(outDir, { recursive: true });
  const earlier = importedFiles(outDir);
  for (const entity of asked.entities) {
    const imported = wikidataToEntity(entity, command.langs, lookup);
    if ('error' in imported) {
      errors.push(imported.error);
      continue;
    }
    const path = earlier.get(imported.item) ?? join(outDir, `${imported.id}.yml`);
    const shown = relative(io.cwd, path).split('\\').join('/');
    const merged = mergeFactsFile(existsSync(path) ? readFileSync(path, 'utf8') : undefined, imported, shown);
    if ('error' in merged) {
      errors.push(merged.error);
      continue;
    }
    writeFileSync(path, merged.text);
    io.stdout(`${shown} (${imported.item}, ${imported.name}): ${summary(merged.changes)}\n`);
    for (const line of merged.changes) io.stdout(`  ${line}\n`);
    for (const line of imported.skipped) io.stdout(`  skipped ${line}\n`);
  }
  for (const error of errors) io.stderr(`factlint: ${error}\n`);
  return errors.length > 0 ? 2 : 0;
}

/** item -> the file an earlier import of it wrote, wherever its name came from; each file read once. */
function importedFiles(dir: string): Map<string, string> {
  const marker = new RegExp(`${IMPORTED_PREFIX}(Q\\d+) `);
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const path = join(dir, name);
    const item = marker.exec(readFileSync(path, 'utf8'))?.[1];
    if (item && !files.has(item)) files.set(item, path);
  }
  return files;
}

function summary(changes: readonly string[]): string {
  const count = (mark: string) => changes.filter((c) => c.startsWith(mark)).length;
  const parts = [`${count('+')} added`, `${count('~')} changed`, `${count('-')} removed`];
  const kept = count('=');
  if (kept > 0) parts.push(`${kept} kept as you wrote them`);
  return changes.length === 0 ? 'up to date' : parts.join(', ');
}

function usage(io: CliIo, error: string): ExitCode {
  io.stderr(`factlint: ${error}\nRun 'factlint --help' for usage.\n`);
  return 2;
}
