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
    });
  });

  it('falls back to the defaults of action.yml', () => {
    const { inputs } = readInputs({});
    expect(inputs).toMatchObject({ scope: 'added-lines', failOn: 'error', annotations: 'auto', reviewComments: false, summary: true });
  });

  it('reports every bad input at once', () => {
    const { errors } = readInputs({ INPUT_SCOPE: 'lines', 'INPUT_FAIL-ON': 'fatal', 'INPUT_REVIEW-COMMENTS': 'yes' });
    expect(errors).toHaveLength(3);
    expect(errors[0]).toBe('Input "scope" is "lines"; expected one of: added-lines, changed-files, all.');
  });
});
