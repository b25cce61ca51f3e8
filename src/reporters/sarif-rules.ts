/**
 * The SARIF description of each kind of finding, as GitHub code scanning
 * wants it (its rules GH2010-GH2012 in Microsoft's SARIF validator): a
 * `name` that is not the id, a short and a full description, help in text
 * and Markdown saying what the finding means and how to fix it, and a link
 * to the documentation.
 */
import { nounOf } from '../compare/wording.js';
import { docsUrl } from '../findings/docs-url.js';
import type { Finding } from '../types.js';

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  properties: { tags: string[]; precision: 'high' };
}

/** `public-cloud-revenue` -> `PublicCloudRevenue`. */
function pascal(id: string): string {
  return id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

export function sarifRule(finding: Finding): SarifRule {
  const id = finding.ruleId;
  if (finding.kind === 'unused-suppression') {
    return rule(id, 'UnusedSuppression', 'A factlint-disable comment silences nothing.', [
      'A `factlint-disable`, `factlint-disable-line` or `factlint-disable-next-line` comment covers no contradiction any more: the text or the facts have changed since it was written.',
      'Fix: delete the comment, so that a later contradiction at that place is not hidden.',
    ], finding);
  }
  if (finding.kind === 'undetermined-language') {
    return rule(id, 'UndeterminedLanguage', 'The language of an article could not be told.', [
      'The article is too short or too mixed to tell French from English, so its sentences were read in both languages and the readings merged.',
      'Fix: set `lang: fr` or `lang: en` in the article\'s front matter, or `language:` in `.factlint.yml`.',
    ], finding);
  }
  if (finding.kind === 'confusable-name') {
    return rule(id, 'ConfusableName', 'A name is written with a letter of another alphabet that looks Latin.', [
      'A known name is spelt with a lookalike letter (a Cyrillic А, a Greek Ο): readers take it for the name, but search, links and spell checkers do not, which is how a lookalike name slips past review.',
      'Fix: retype the name in Latin letters (the suggested fix does).',
    ], finding);
  }
  if (finding.kind === 'new-suppression') {
    return rule(id, 'NewSuppression', 'A pull request adds a factlint-disable comment that silences findings.', [
      'A suppression comment on a line the pull request adds silences one or more findings, which would otherwise be reported: the message lists them.',
      'Fix: correct the silenced claims instead, or have a reviewer accept the comment. With `allow-new-suppressions: false` the Action reports it as an error.',
    ], finding);
  }
  if (finding.kind === 'corpus-consistency') {
    return rule(id, 'CorpusConsistency', 'A claim contradicts what other articles agree on, where the facts have no statement.', [
      'The facts declare nothing for this entity, attribute and time, but at least two other articles of the repository state it, agree with each other, and disagree with this claim. The message names them.',
      'Fix: check the figure against a source. If this article is wrong, correct it; if the others are, correct them; either way, consider declaring the fact (`factlint facts --suggest` writes the statement). Silence it with `<!-- factlint-disable-next-line corpus-consistency -->`, or turn the check off with `corpusConsistency: false`.',
    ], finding);
  }
  const noun = nounOf(id);
  return rule(id, `${pascal(id)}Contradiction`, `A claim (${noun}) contradicts the declared facts.`, [
    `The article states a ${noun} for an entity that differs from the statement its facts file declares for the same time or period. The result's message gives the value the facts declare and where; its related location points at the statement.`,
    'Fix: correct the figure in the article (the suggested fix writes the fact the way the article writes numbers). If the facts are out of date, correct the statement in the facts file instead. If the sentence is not a claim of fact, silence it with `<!-- factlint-disable-next-line ' + id + ' -->` on the line above.',
  ], finding);
}

function rule(id: string, name: string, short: string, paragraphs: string[], finding: Finding): SarifRule {
  const url = finding.url || docsUrl(finding.kind, id);
  return {
    id,
    name,
    shortDescription: { text: short },
    fullDescription: { text: paragraphs[0].replace(/`/g, '') },
    help: {
      text: paragraphs.map((p) => p.replace(/`/g, '')).join('\n\n') + `\n\nSee ${url}`,
      markdown: `${paragraphs.join('\n\n')}\n\n[Documentation](${url})`,
    },
    helpUri: url,
    properties: { tags: ['factlint', finding.kind === 'contradiction' ? 'contradiction' : 'maintenance'], precision: 'high' },
  };
}
