import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';

/**
 * Everything the Action says on the job log, behind one object so that each
 * part can be tested with a recording fake instead of module mocks.
 */
export interface Logger {
  /** A line of the log; workflow commands the Action means to issue go through here too. */
  info(message: string): void;
  debug(message: string): void;
  /** A problem of the Action itself (API down, missing history): never a finding. */
  warning(message: string): void;
  /**
   * Lines that carry text from the repository. They are printed with workflow
   * commands switched off (`::stop-commands::`), so that an article saying
   * `::error::` or `::add-mask::` is shown and never obeyed.
   */
  untrusted(lines: readonly string[]): void;
  /** Masks a value in every later line of the log. */
  secret(value: string): void;
}

/** The Logger of a real run, speaking the runner's workflow commands through @actions/core. */
export function coreLogger(): Logger {
  return {
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    warning: (message) => core.warning(message),
    untrusted(lines) {
      if (lines.length === 0) return;
      const token = randomUUID();
      core.info(`::stop-commands::${token}`);
      for (const line of lines) core.info(line);
      core.info(`::${token}::`);
    },
    secret: (value) => core.setSecret(value),
  };
}
