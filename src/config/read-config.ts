import type { Host } from '../host.js';
import type { AuthorError } from '../types.js';
import { OUTSIDE_LINK, admitFile } from './boundary.js';
import { defaultConfig, parseConfig } from './parse-config.js';
import type { ConfigDeclaration } from './parse-config.js';
import { directoryOf, fromCwd, normalizePath, under } from './project-paths.js';

export const CONFIG_FILE = '.factlint.yml';

/**
 * Finds and reads the configuration: `--config` when given (a file, or a
 * directory holding `.factlint.yml`), else `.factlint.yml` in the command's
 * directory or, with `searchUpward`, the nearest folder above it (as textlint
 * and cspell look, so that a run from `articles/` finds the repository's
 * file), else the defaults. A `--config` that names nothing is an error,
 * since the author clearly meant a file to be read. Its folder is the
 * repository root; a config that is a link out of it is an error, never
 * read (nor quoted in a parse error).
 */
export function readConfig(host: Host, cwd: string, configPath?: string, searchUpward = false): { declaration: ConfigDeclaration; problems: AuthorError[] } {
  if (configPath === undefined) {
    for (const dir of searchUpward ? foldersUpward(cwd, host) : ['.']) {
      const file = under(dir, CONFIG_FILE);
      const outside = linkOut(host, cwd, file);
      if (outside) return { declaration: defaults(dir), problems: [outside] };
      const text = host.readFile(file);
      if (text !== undefined) return parsed(text.toString('utf8'), file);
    }
    return { declaration: defaults('.'), problems: [] };
  }
  let file = fromCwd(cwd, configPath);
  if (host.isDirectory(file)) file = under(file, CONFIG_FILE);
  const outside = linkOut(host, cwd, file);
  if (outside) return { declaration: defaults(directoryOf(file)), problems: [outside] };
  const text = host.readFile(file);
  if (text === undefined) {
    const problem: AuthorError = { file, line: 1, column: 1, message: 'config file not found', level: 'error' };
    return { declaration: defaults(directoryOf(file)), problems: [problem] };
  }
  return parsed(text.toString('utf8'), file);
}

/** The error for a config file that is a link out of its own folder, if it is one. */
function linkOut(host: Host, cwd: string, file: string): AuthorError | undefined {
  const { problem } = admitFile(host, cwd, directoryOf(file), file);
  return problem?.message === OUTSIDE_LINK ? { ...problem, level: 'error' } : undefined;
}

function parsed(text: string, file: string): { declaration: ConfigDeclaration; problems: AuthorError[] } {
  const { value, problems } = parseConfig(text, file);
  return { declaration: value ?? { ...defaults(directoryOf(file)), config: { ...defaultConfig(directoryOf(file)), file } }, problems };
}

function defaults(root: string): ConfigDeclaration {
  return { config: defaultConfig(root), written: {}, severityAt: {} };
}

/**
 * `.`, `..`, `../..` ... up to the top of the repository (the first folder
 * holding `.git`) or of the file system, whichever comes first: a config
 * outside the repository is not the repository's.
 */
function foldersUpward(cwd: string, host: Host): string[] {
  const depth = normalizePath(cwd).split('/').filter(Boolean).length;
  const folders: string[] = [];
  for (let up = 0; up <= depth; up++) {
    const dir = up === 0 ? '.' : Array.from({ length: up }, () => '..').join('/');
    folders.push(dir);
    if (host.isDirectory(under(dir, '.git')) || host.readFile(under(dir, '.git')) !== undefined) break;
  }
  return folders;
}
