import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Writes a file only when none exists at that path, creating its folders.
 * The check and the write are one system call (O_EXCL), so a file that
 * appears in between is still never overwritten.
 */
export function writeNewFile(cwd: string, path: string, text: string): 'written' | 'kept' {
  const target = resolve(cwd, path);
  mkdirSync(dirname(target), { recursive: true });
  try {
    writeFileSync(target, text, { flag: 'wx' });
    return 'written';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'kept';
    throw error;
  }
}
