import type { Logger } from '../../../src/action/logger.js';

/** What a recording Logger kept, in order. */
export interface LogEntry {
  kind: 'info' | 'debug' | 'warning' | 'untrusted' | 'secret';
  message: string;
}

/** A Logger that only records. */
export function memoryLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  return {
    entries,
    info: (message) => entries.push({ kind: 'info', message }),
    debug: (message) => entries.push({ kind: 'debug', message }),
    warning: (message) => entries.push({ kind: 'warning', message }),
    untrusted: (lines) => lines.forEach((message) => entries.push({ kind: 'untrusted', message })),
    secret: (message) => entries.push({ kind: 'secret', message }),
  };
}
