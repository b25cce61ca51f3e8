/**
 * `--cache`: each article's findings and problems, kept in one JSON file
 * under the hash of the article's bytes, as eslint and cspell keep theirs.
 * The whole file is keyed by factlint's version and built-in rules, and
 * its entries by the digest of the config, facts and rules files they were
 * checked against: when any of it changes, every entry is dropped at once.
 * Beside them, the last project loaded without error (see project-recall),
 * so that a run whose articles all hit never parses the facts. A cache
 * that cannot be read or parsed is treated as empty, never as an error.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { GapClaim } from '../corpus/gap-claims.js';
import type { AuthorError, Finding } from '../types.js';
import type { ProjectRecord } from './project-recall.js';

const FORMAT = 'factlint-cache/4';

export interface CachedOutcome {
  findings: Finding[];
  problems: AuthorError[];
  /** The article's claims that no statement could judge: what other articles are compared with. */
  gaps?: GapClaim[];
  /** Claims the article read, for the run's files/claims line; absent when it could not be read. */
  claims?: number;
}

interface Entry extends CachedOutcome {
  hash: string;
}

interface CacheFile {
  format: typeof FORMAT;
  key: string;
  /** The digest of the config, facts and rules files that every entry was checked against. */
  knowledge?: string;
  /** How that project was loaded, for a later run to recall it; absent when loading it cannot be replayed. */
  project?: ProjectRecord;
  entries: Record<string, Entry>;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export class ArticleCache {
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly data: CacheFile,
  ) {}

  /** The cache at `path` if it was written under `key`, else an empty one. */
  static load(path: string, key: string): ArticleCache {
    let data: CacheFile = { format: FORMAT, key, entries: {} };
    try {
      const read = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
      if (read.format === FORMAT && read.key === key && typeof read.knowledge === 'string' && typeof read.entries === 'object' && read.entries !== null) {
        data = { format: FORMAT, key, knowledge: read.knowledge, entries: read.entries, ...(isProjectRecord(read.project) && { project: read.project }) };
      }
    } catch {
      // Absent or unreadable: start afresh, as if never cached.
    }
    return new ArticleCache(path, data);
  }

  /** The project recorded with the entries, if any. */
  get project(): ProjectRecord | undefined {
    return this.data.project;
  }

  /**
   * The entries are for the project whose files have this digest: those of
   * another are dropped. `project` is how it was loaded, kept for the next
   * run (or forgotten when undefined: that loading cannot be replayed).
   */
  useProject(knowledge: string, project: ProjectRecord | undefined): void {
    if (knowledge !== this.data.knowledge) this.data.entries = {};
    this.data.knowledge = knowledge;
    if (project) this.data.project = project;
    else delete this.data.project;
    this.changed = true;
  }

  get(file: string, hash: string): CachedOutcome | undefined {
    const entry = Object.hasOwn(this.data.entries, file) ? this.data.entries[file] : undefined;
    return entry && entry.hash === hash ? { findings: entry.findings, problems: entry.problems, ...(entry.gaps && { gaps: entry.gaps }), ...(entry.claims !== undefined && { claims: entry.claims }) } : undefined;
  }

  set(file: string, hash: string, outcome: CachedOutcome): void {
    this.data.entries[file] = { hash, findings: outcome.findings, problems: outcome.problems, ...(outcome.gaps && { gaps: outcome.gaps }), ...(outcome.claims !== undefined && { claims: outcome.claims }) };
    this.changed = true;
  }

  /** Writes the cache if anything changed, through a temporary file so that a killed run never leaves half a cache. */
  save(): void {
    if (!this.changed) return;
    mkdirSync(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.data));
    renameSync(temporary, this.path);
    this.changed = false;
  }
}

/** A project record of the right shape: one from a damaged or foreign file is left out, as if never recorded. */
function isProjectRecord(value: unknown): value is ProjectRecord {
  const record = value as Partial<ProjectRecord> | undefined;
  const summary = record?.summary;
  return (
    typeof record?.options === 'string' &&
    Array.isArray(record.calls) &&
    record.calls.every((c) => typeof c?.op === 'string' && typeof c.args === 'string' && typeof c.answer === 'string') &&
    typeof summary === 'object' &&
    summary !== null &&
    Array.isArray(summary.files) &&
    Array.isArray(summary.corpusFiles) &&
    Array.isArray(summary.problems) &&
    typeof summary.corpusConsistency === 'boolean' &&
    typeof summary.entities === 'number'
  );
}
