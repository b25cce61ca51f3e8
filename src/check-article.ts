/**
 * One article through the pipeline: Markdown -> sentences -> claims ->
 * verdicts -> findings. Pure: the text comes in, data goes out.
 */
import type { ArticleReport } from './check-types.js';
import { CONFUSABLE_NAME, LANGS, type AuthorError, type Claim, type Config, type Entity, type Finding, type Lang, type Sentence, type Verdict } from './types.js';
import { undeterminedLanguage } from './findings/undetermined-language.js';
import type { AliasIndex } from './entities/alias-index.js';
import { articleSubject } from './entities/subject.js';
import type { ArticleSubject } from './entities/resolve.js';
import { sectionSubjects } from './entities/section-subject.js';
import { foldText } from './text/fold.js';
import { extractClaims, type ExtractContext } from './claims/extract.js';
import { sectionPeriods, withSectionPeriod } from './claims/heading-period.js';
import { tableClaims, withTableClaims } from './claims/table-claims.js';
import { roleClaims } from './claims/role-in-parentheses.js';
import type { RuleSet } from './claims/rule-set.js';
import { judge } from './compare/judge.js';
import { gapClaims } from './corpus/gap-claims.js';
import { confusableNames } from './findings/confusable-names.js';
import { applySuppressions } from './findings/suppressions.js';
import { toFinding } from './findings/to-finding.js';
import { detectLanguage, parseArticle, positionAt } from './markdown/index.js';
import { appendAll } from './lists.js';

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
  for (const id of article.meta.about) {
    if (!k.entities.has(id)) problems.push({ file, line: 1, column: 1, level: 'warning', message: `front matter about: "${id}" is not an entity in the facts` });
  }
  const about = article.meta.about.filter((id) => k.entities.has(id));
  const subject = articleSubject(about, article.meta.title, article.sentences, k.aliases);
  // One object of one shape for every read, written out: a spread of a shared context per sentence was the costliest line of the loop below.
  const contextOf = (own: ArticleSubject, previousSubject?: () => string | undefined): ExtractContext => ({
    ruleSet: k.ruleSet, aliases: k.aliases, knownPeople: k.knownPeople, subject: own, articleDate: article.meta.date, previousSubject,
  });
  const judgeCtx = { entities: k.entities, articleDate: article.meta.date, severityOverrides: k.config.severity, approximate: k.config.approximate };
  const verdicts: Verdict[] = [];
  const sections = sectionPeriods(article.sentences, article.source, article.meta.title, article.meta.date);
  const subjects = sectionSubjects(subject, article.sentences, article.source, k.aliases);
  // A table with no owner column, in a section with no single subject, is the company the article's title names first.
  const read = (sentence: Sentence, at: number, owner?: string) => {
    const own = subjects[at];
    const c = contextOf(owner && own.about.length === 0 && !own.plain ? { about: [], plain: owner } : own);
    return lang ? extractClaims(sentence, lang, c) : bothReadings(sentence, c);
  };
  const title = article.meta.title ?? article.sentences.find((s) => s.block === 'heading')?.text;
  const mayHoldClaim = (text: string) => (lang ? k.ruleSet.guards[lang].admits(text) : LANGS.some((l) => k.ruleSet.guards[l].admits(text)));
  const tables = tableClaims(article.sentences, { aliases: k.aliases, articleDate: article.meta.date, lang, title, read, mayHoldClaim });
  article.sentences.forEach((sentence, i) => {
    const previous = article.sentences[i - 1];
    const previousSubject = () =>
      previous && previous.blockIndex === sentence.blockIndex ? k.aliases.find(foldText(previous.text))[0]?.entity : undefined;
    const sentenceCtx = contextOf(subjects[i], previousSubject);
    const prose = lang ? extractClaims(sentence, lang, sentenceCtx) : bothReadings(sentence, sentenceCtx);
    const fromTable = tables.get(i) ?? [];
    const roles = roleClaims(sentence, (s) => read(s, i));
    const claims = withTableClaims(prose, roles.length === 0 ? fromTable : [...fromTable, ...roles], sentence);
    for (const claim of claims) verdicts.push(judge(withSectionPeriod(claim, sections[i], article.meta.date), judgeCtx));
  });
  const contradictions = verdicts.filter((v) => v.kind === 'contradiction');
  const made = contradictions.map((v) => toFinding(v, file, where));
  const lookalikes = { file, aliases: k.aliases, entities: k.entities, where, severity: k.config.severity[CONFUSABLE_NAME] };
  made.push(...confusableNames(article.sentences, lookalikes));
  const { findings, problems: suppressionProblems, used } = applySuppressions(file, source, made, where);
  const kept = new Set(findings);
  contradictions.forEach((v, i) => {
    if (!kept.has(made[i])) v.suppressed = true;
  });
  appendAll(problems, suppressionProblems);
  if (!lang && verdicts.length > 0) findings.push(undeterminedLanguage(file));
  return { report: { file, verdicts, problems, suppressions: used, gaps: gapClaims(file, verdicts, k.entities, where) }, findings };
}

/**
 * An article too short to tell its language ("Acme employs 150,000
 * people.") is read in both: a figure read in both keeps the first reading,
 * so a claim is judged once.
 */
function bothReadings(sentence: Sentence, ctx: Parameters<typeof extractClaims>[2]): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (const lang of LANGS) {
    for (const claim of extractClaims(sentence, lang, ctx)) {
      const key = `${claim.start}:${claim.end}:${claim.attribute}`;
      if (seen.has(key)) continue;
      seen.add(key);
      claims.push(claim);
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}
