import * as core from '@actions/core';
import { readBuiltinRules } from '../cli/builtin-rules.js';
import { readPackageInfo } from '../cli/package-root.js';
import { check } from '../check.js';
import { act } from './act.js';
import { coreLogger } from './logger.js';
import { InputError } from './prepare.js';

/**
 * The Action's entry: one run, caught once. Input mistakes fail the step
 * with the whole list; anything else thrown is a bug (or an outage that
 * left nothing to report) and fails the step with its stack in the log.
 */
export async function run(): Promise<void> {
  const logger = coreLogger();
  try {
    await act({
      env: process.env,
      logger,
      check,
      builtinRules: () => readBuiltinRules(),
      packageInfo: () => readPackageInfo(),
      setOutput: (name, value) => core.setOutput(name, value),
      setFailed: (message) => core.setFailed(message),
    });
  } catch (error) {
    if (error instanceof InputError) {
      for (const message of error.errors) core.error(message);
      core.setFailed(`factlint: ${error.errors.length} bad input${error.errors.length === 1 ? '' : 's'}.`);
      return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    if (err.stack) core.debug(err.stack);
    core.setFailed(`factlint: ${err.message}`);
  }
}
