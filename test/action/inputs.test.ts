import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';

describe('readInputs', () => {
  it('reads dashed names as the runner passes them', () => {
    const { inputs, errors } = readInputs({
      'INPUT_FAIL-ON': 'warning',
      'INPUT_REVIEW-COMMENTS': 'true',
      INPUT_SCOPE: 'changed-files',
      INPUT_ANNOTATIONS: 'commands',
      INPUT_TOKEN: ' t0k3n ',
      INPUT_SARIF: 'out/factlint.sarif',
      INPUT_SUMMARY: 'False',
      'INPUT_ALLOW-NEW-SUPPRESSIONS': 'false',
      'INPUT_API-TIMEOUT': '5',
      'INPUT_RATE-LIMIT-WAIT': '0',
    });
    expect(errors).toEqual([]);
    expect(inputs).toEqual({
      config: undefined,
      token: 't0k3n',
      scope: 'changed-files',
      failOn: 'warning',
      annotations: 'commands',
      reviewComments: true,
      sarif: 'out/factlint.sarif',
      summary: false,
      allowNewSuppressions: false,
      apiTimeout: 5,
      rateLimitWait: 0,
    });
  });

  it('falls back to the defaults of action.yml', () => {
    const { inputs } = readInputs({});
    expect(inputs).toMatchObject({ scope: 'added-lines', failOn: 'error', annotations: 'auto', reviewComments: false, summary: true, allowNewSuppressions: true, apiTimeout: 30, rateLimitWait: 60 });
  });

  it('reports every bad input at once', () => {
    const { errors } = readInputs({ INPUT_SCOPE: 'lines', 'INPUT_FAIL-ON': 'fatal', 'INPUT_REVIEW-COMMENTS': 'yes' });
    expect(errors).toHaveLength(3);
    expect(errors[0]).toBe('Input "scope" is "lines"; expected one of: added-lines, changed-files, all.');
  });

  const badSeconds: [string, string, string][] = [
    ['api-timeout', '0', 'Input "api-timeout" is "0"; expected a number of seconds, at least 1.'],
    ['api-timeout', 'forever', 'Input "api-timeout" is "forever"; expected a number of seconds, at least 1.'],
    ['rate-limit-wait', '-5', 'Input "rate-limit-wait" is "-5"; expected a number of seconds.'],
    ['rate-limit-wait', '1e9x', 'Input "rate-limit-wait" is "1e9x"; expected a number of seconds.'],
  ];
  it.each(badSeconds)('refuses %s: "%s"', (name, value, message) => {
    expect(readInputs({ [`INPUT_${name.toUpperCase()}`]: value }).errors).toEqual([message]);
  });
});
