/**
 * The article's own facts about itself: its date (the "now" of its
 * claims), language and subject. A bad value is an author error at the
 * line and column where it is written, so the writer can fix it; keys that
 * factlint does not read are left alone, since articles carry many.
 */
import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { ArticleMeta, AuthorError } from '../types.js';
import { cleanString } from './clean-prose.js';
import { normalizeDate, normalizeLang } from './meta-values.js';
import { positionAt } from './line-starts.js';
import { readSimpleYaml, type SimplePair } from './simple-yaml.js';

export interface FrontMatter {
  meta: ArticleMeta;
  problems: AuthorError[];
}

/**
 * Reads the YAML `value` of a front matter block whose first character is
 * at `contentStart` in the article.
 */
export function readFrontMatter(value: string, contentStart: number, file: string, lineStarts: readonly number[]): FrontMatter {
  const meta: ArticleMeta = { about: [] };
  const problems: AuthorError[] = [];
  const report = (offset: number, message: string): void => {
    problems.push({ file, ...positionAt(lineStarts, contentStart + offset), message: `front matter: ${message}`, level: 'error' });
  };
  // A lone CR (old Mac line endings) is a line break to CommonMark but not to every YAML reader; an LF in its place keeps every offset.
  const yaml = value.replace(/\r(?!\n)/g, '\n');
  const pairs = readSimpleYaml(yaml) ?? readFullYaml(yaml, report);
  if (!pairs) return { meta, problems };
  for (const { key, value: raw, at } of pairs) {
    if (raw === null || raw === undefined) continue;
    switch (key) {
      case 'title':
        if (typeof raw === 'string' || typeof raw === 'number') meta.title = cleanString(String(raw));
        else report(at, '`title` must be text');
        break;
      case 'date': {
        const date = normalizeDate(raw);
        if (date) meta.date = date;
        else report(at, `\`date\` must be YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(raw)}`);
        break;
      }
      case 'lang': {
        const lang = normalizeLang(raw);
        if (lang) meta.lang = lang;
        else report(at, `\`lang\` must be fr or en, not ${JSON.stringify(raw)}`);
        break;
      }
      case 'about': {
        const ids = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : undefined;
        if (ids && ids.every((id) => typeof id === 'string')) meta.about = ids.map((id: string) => id.trim()).filter(Boolean);
        else report(at, '`about` must be an entity id or a list of entity ids');
        break;
      }
      default:
    }
  }
  return { meta, problems };
}

/** The full YAML parser, for front matter the fast path does not read; undefined after reporting a problem. */
function readFullYaml(value: string, report: (offset: number, message: string) => void): SimplePair[] | undefined {
  const doc = parseDocument(value, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    report(error.pos[0], `not valid YAML: ${error.message.split('\n')[0]}`);
    return undefined;
  }
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) {
    report(doc.contents.range?.[0] ?? 0, 'expected keys such as `date:` and `lang:`');
    return undefined;
  }
  return doc.contents.items.map((pair) => {
    const node = pair.value as YamlNode | null;
    return {
      key: isScalar(pair.key) ? String(pair.key.value) : '',
      value: node ? (node.toJSON() as unknown) : null,
      at: node?.range?.[0] ?? (pair.key as YamlNode | null)?.range?.[0] ?? 0,
    };
  });
}
