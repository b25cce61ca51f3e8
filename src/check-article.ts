/**
 * One article through the pipeline: Markdown -> sentences -> claims ->
 * verdicts -> findings. Pure: the text comes in, data goes out.
 */
import type { ArticleReport } from './check-types.js';
import type { AuthorError, Config, Entity, Finding, Lang, Verdict } from './types.js';
import type { AliasIndex } from './entities/alias-index.js';
import { articleSubject } from './entities/subject.js';
import { foldText } from './text/fold.js';
import { extractClaims } from './claims/extract.js';
import { sectionPeriods, withSectionPeriod } from './claims/heading-period.js';
import type { RuleSet } from './claims/rule-set.js';
import { judge } from './compare/judge.js';
import { applySuppressions } from './findings/suppressions.js';
import { toFinding } from './findings/to-finding.js';
import { detectLanguage, parseArticle, positionAt } from './markdown/index.js';

export interface Knowledge {
  config: Config;
  entities: Map<string, Entity>;
  aliases: AliasIndex;
  ruleSet: RuleSet;
  knownPeople: Set<string>;
}

export interface ArticleOutcome {
  report: ArticleReport;
  findings: Finding[];
}

/** Front matter, else the config, else detection (the prose is joined only when it comes to that). */
function languageOf(declared: Lang | undefined, config: Config, prose: () => string): Lang | undefined {
  return declared ?? config.language ?? detectLanguage(prose());
}

export function checkArticle(file: string, source: string, k: Knowledge): ArticleOutcome {
  const article = parseArticle(file, source);
  const problems: AuthorError[] = [...article.problems];
  const where = (offset: number) => positionAt(article.lineStarts, offset);
  const lang = languageOf(article.meta.lang, k.config, () => article.sentences.map((s) => s.text).join(' '));
  if (!lang) {
    if (article.sentences.length > 0) {
      problems.push({ file, line: 1, column: 1, level: 'warning', message: 'the language of this article could not be told and no claim was read: set `lang` in its front matter or `language` in .factlint.yml' });
    }
    return { report: { file, verdicts: [], problems }, findings: [] };
  }
  for (const id of article.meta.about) {
    if (!k.entities.has(id)) problems.push({ file, line: 1, column: 1, level: 'warning', message: `front matter about: "${id}" is not an entity in the facts` });
  }
  const about = article.meta.about.filter((id) => k.entities.has(id));
  const subject = articleSubject(about, article.meta.title, article.sentences, k.aliases);
  const ctx = { ruleSet: k.ruleSet, aliases: k.aliases, knownPeople: k.knownPeople, subject, articleDate: article.meta.date };
  const judgeCtx = { entities: k.entities, articleDate: article.meta.date, severityOverrides: k.config.severity, approximate: k.config.approximate };
  const verdicts: Verdict[] = [];
  const sections = sectionPeriods(article.sentences, article.source, article.meta.title, article.meta.date);
  article.sentences.forEach((sentence, i) => {
    const previous = article.sentences[i - 1];
    const previousSubject = () =>
      previous && previous.blockIndex === sentence.blockIndex ? k.aliases.find(foldText(previous.text))[0]?.entity : undefined;
    for (const claim of extractClaims(sentence, lang, { ...ctx, previousSubject })) verdicts.push(judge(withSectionPeriod(claim, sections[i], article.meta.date), judgeCtx));
  });
  const made = verdicts.filter((v) => v.kind === 'contradiction').map((v) => toFinding(v, file, where));
  const { findings, problems: suppressionProblems, used } = applySuppressions(file, source, made, where);
  problems.push(...suppressionProblems);
  return { report: { file, verdicts, problems, suppressions: used }, findings };
}
