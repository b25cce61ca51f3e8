import type { Finding } from '../types.js';
import { docsUrl } from './docs-url.js';

export const UNDETERMINED_LANGUAGE = 'undetermined-language';

/**
 * The notice an article gets when its language could not be told and its
 * claims were read as French and as English. A finding rather than a log
 * line, so that it reaches every output (text, JSON, SARIF, workflow
 * commands) the way the article's contradictions do; a notice, and not a
 * contradiction, everywhere they are counted.
 */
export function undeterminedLanguage(file: string): Finding {
  return {
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    attribute: UNDETERMINED_LANGUAGE,
    entity: '',
    severity: 'notice',
    found: '',
    expected: '',
    message: 'The language of this article could not be told, so it was read as French and as English: set lang in its front matter, or language in .factlint.yml',
    factSource: '',
    ruleId: UNDETERMINED_LANGUAGE,
    kind: UNDETERMINED_LANGUAGE,
    url: docsUrl(UNDETERMINED_LANGUAGE, UNDETERMINED_LANGUAGE),
  };
}
