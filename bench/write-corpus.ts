/**
 * Lays the benchmark corpus out as a repository on disk, as a user has it:
 * the articles, and three knowledge bases behind three config files (10
 * entities, 10,000 in one file, 10,000 in one file each), so that the very
 * same articles are checked against each.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus } from './corpus.js';
import { factsOneFile, factsPerEntity } from './corpus-facts.js';

export const CONFIGS = { small: '.factlint-10.yml', large: '.factlint-10k.yml', files: '.factlint-10k-files.yml' } as const;

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** `small` and `large` are corpora with the same articles; only their facts differ. */
export function writeCorpus(dir: string, small: Corpus, large: Corpus): void {
  rmSync(dir, { recursive: true, force: true });
  for (const a of small.articles) write(join(dir, a.file), a.text);
  write(join(dir, 'facts-10/entities.yml'), factsOneFile(small.entities));
  write(join(dir, 'facts-10k/entities.yml'), factsOneFile(large.entities));
  for (const [file, text] of factsPerEntity(large.entities)) write(join(dir, 'facts-10k-files', file), text);
  const config = (facts: string) => `articles: ["articles/**/*.md"]\nfacts: ["${facts}/**/*.yml"]\n`;
  write(join(dir, CONFIGS.small), config('facts-10'));
  write(join(dir, CONFIGS.large), config('facts-10k'));
  write(join(dir, CONFIGS.files), config('facts-10k-files'));
}
