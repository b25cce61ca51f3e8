import type { Severity } from '../types.js';

export const SCOPES = ['added-lines', 'changed-files', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

export const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = Severity | 'never';

export const ANNOTATION_MODES = ['auto', 'check-run', 'commands', 'none'] as const;
export type AnnotationMode = (typeof ANNOTATION_MODES)[number];

/** The Action's inputs, validated; the defaults equal those of action.yml. */
export interface ActionInputs {
  config?: string;
  token: string;
  scope: Scope;
  failOn: FailOn;
  annotations: AnnotationMode;
  reviewComments: boolean;
  sarif?: string;
  summary: boolean;
  /** False: a suppression comment the change adds that silences a finding fails the step. */
  allowNewSuppressions: boolean;
  /** Seconds an API request may go unanswered. */
  apiTimeout: number;
  /** Seconds of rate-limit waits allowed in all. */
  rateLimitWait: number;
}

/**
 * The runner passes input `fail-on` as `INPUT_FAIL-ON`: spaces become
 * underscores, dashes stay. Reading the environment directly keeps this pure.
 */
export function getInput(env: Record<string, string | undefined>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function oneOf<T extends string>(
  env: Record<string, string | undefined>,
  name: string,
  allowed: readonly T[],
  fallback: T,
  errors: string[],
): T {
  const raw = getInput(env, name);
  if (raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  errors.push(`Input "${name}" is "${raw}"; expected one of: ${allowed.join(', ')}.`);
  return fallback;
}

/** The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function bool(env: Record<string, string | undefined>, name: string, fallback: boolean, errors: string[]): boolean {
  const raw = getInput(env, name);
  if (raw === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  errors.push(`Input "${name}" is "${raw}"; expected true or false.`);
  return fallback;
}

/** A number of seconds, at least `min`. */
function seconds(env: Record<string, string | undefined>, name: string, fallback: number, min: number, errors: string[]): number {
  const raw = getInput(env, name);
  if (raw === '') return fallback;
  const value = Number(raw);
  if (/^\d+(?:\.\d+)?$/.test(raw) && value >= min) return value;
  errors.push(`Input "${name}" is "${raw}"; expected a number of seconds${min > 0 ? `, at least ${min}` : ''}.`);
  return fallback;
}

/**
 * Reads every input and collects every mistake, so that a user fixes all of
 * them after one failed run rather than one per run.
 */
export function readInputs(env: Record<string, string | undefined>): { inputs: ActionInputs; errors: string[] } {
  const errors: string[] = [];
  const inputs: ActionInputs = {
    config: getInput(env, 'config') || undefined,
    token: getInput(env, 'token'),
    scope: oneOf(env, 'scope', SCOPES, 'added-lines', errors),
    failOn: oneOf(env, 'fail-on', FAIL_ON, 'error', errors),
    annotations: oneOf(env, 'annotations', ANNOTATION_MODES, 'auto', errors),
    reviewComments: bool(env, 'review-comments', false, errors),
    sarif: getInput(env, 'sarif') || undefined,
    summary: bool(env, 'summary', true, errors),
    allowNewSuppressions: bool(env, 'allow-new-suppressions', true, errors),
    apiTimeout: seconds(env, 'api-timeout', 30, 1, errors),
    rateLimitWait: seconds(env, 'rate-limit-wait', 60, 0, errors),
  };
  return { inputs, errors };
}
