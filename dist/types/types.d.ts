/**
 * The data that flows through factlint, in the order it flows:
 * config -> facts + rules -> markdown -> sentences -> claims -> verdicts -> findings.
 * Every stage is a pure function of the previous stage's data, so each can be
 * tested without touching the file system.
 */
export type Lang = 'fr' | 'en';
export declare const LANGS: readonly Lang[];
export type Severity = 'error' | 'warning' | 'notice';
export declare const SEVERITIES: readonly Severity[];
/** A name written with a letter of another alphabet that passes for a Latin one: a check of its own, not a rule. */
export declare const CONFUSABLE_NAME = "confusable-name";
/** Ids of the checks that are not rules, which `severity:` in .factlint.yml may name like an attribute. */
export declare const CHECK_IDS: readonly string[];
/** The kinds of value a rule's `type` (and so its main slot) can read. */
export type ValueType = 'year' | 'date' | 'count' | 'money' | 'percent' | 'person' | 'place';
export declare const VALUE_TYPES: readonly ValueType[];
/** A place in a YAML or Markdown file, 1-based, as editors and CI annotations count. */
export interface Position {
    file: string;
    line: number;
    column: number;
}
/** `5%` or an absolute number, as written in a statement or rule. */
export type Tolerance = {
    kind: 'relative';
    amount: number;
} | {
    kind: 'absolute';
    amount: number;
};
/** A half-open calendar interval [start, end], both ISO dates `YYYY-MM-DD`, inclusive. */
export interface Interval {
    start: string;
    end: string;
}
/** One statement of a fact: a value with when it holds and where it is declared. */
export interface Statement {
    value: number | string | string[];
    unit?: string;
    /** Point in time the value was true (counts such as headcount). */
    asOf?: string;
    /** Validity of a role or state (`ceo`). */
    from?: string;
    until?: string;
    /** What a flow figure covers (`revenue`). */
    period?: Interval;
    label?: string;
    source?: string;
    tolerance?: Tolerance;
    severity?: Severity;
    /** The value as written in the facts file ("275.3e6"), for `expected`. */
    raw?: string;
    /** Where the statement's value is written, for `factSource`. */
    declaredAt: Position;
}
export interface Entity {
    id: string;
    name: string;
    aliases: string[];
    /** attribute -> statements (a short-form fact is a single statement). */
    facts: Record<string, Statement[]>;
    /** The month (1-12) its fiscal year starts; undefined means January. */
    fiscalYearStart?: number;
    declaredAt: Position;
}
/** One example of a rule: text that must (or must not) yield a claim. */
export interface RuleExample {
    lang: Lang;
    text: string;
    /** For `match` examples: the value the rule must read, as written in YAML. */
    value?: string | number;
    match: boolean;
    /** For `match` examples that say so: the rest of the reading (owner, time, verdict, why not judged). */
    expect?: ExampleExpectation;
    /** The facts, `about` and date the example is read and judged with, when the rule's examples give them. */
    context?: ExampleContext;
    declaredAt: Position;
}
/** What an example says of its reading beyond the value; each key is checked only when given. */
export interface ExampleExpectation {
    /** Entity id, or null for "cannot be told". */
    entity?: string | null;
    /** A time label: 2024, 2024-03, Q1 2025, H1 2024, FY2024, article, none. */
    time?: string;
    verdict?: 'contradiction' | 'agrees' | 'not judged';
    /** Words the reason for not judging must contain. */
    reason?: string;
}
/** A small world for a rule's examples: only these entities are names, judged by their facts. */
export interface ExampleContext {
    entities: Entity[];
    about: string[];
    date?: string;
}
export interface Rule {
    /** Attribute id, kebab-case; equals the file name for built-ins. */
    attribute: string;
    type: ValueType;
    patterns: Partial<Record<Lang, {
        pattern: string;
        declaredAt: Position;
    }[]>>;
    tolerance?: Tolerance;
    severity?: Severity;
    examples: RuleExample[];
    /** True for the rules shipped in the project's own `rules/`. */
    builtin: boolean;
    declaredAt: Position;
}
export interface Config {
    /** Directory the config's paths are relative to. */
    root: string;
    /** The config file, when one was read. */
    file?: string;
    articles: string[];
    facts: string[];
    rules: string[];
    language?: Lang;
    /** Per-attribute severity overrides; `off` stops checking the attribute. */
    severity: Record<string, Severity | 'off'>;
    /** Attributes facts files may hold that no rule reads. */
    extraAttributes: string[];
    /** Globs of files never checked, relative to `root`. */
    ignore: string[];
    /** Leave out what `.gitignore` names (default true). */
    gitignore: boolean;
    /** False when `.factlint.yml` turns off checking articles against each other. */
    corpusConsistency?: boolean;
    /** The share that "about" allows and that caps a whole figure's rounding (`approximate:`, default 0.05). */
    approximate?: number;
}
/** An author error: a bad config, facts or rule file, always with its place. */
export interface AuthorError {
    file: string;
    line: number;
    column: number;
    message: string;
    /** `error` stops the run (exit 2); `warning` and `notice` (a file left unread, such as a link out of the repository) are reported and the run goes on. */
    level: 'error' | 'warning' | 'notice';
}
/** The front matter keys factlint reads from an article. */
export interface ArticleMeta {
    title?: string;
    /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD): the "now" of the article's claims. */
    date?: string;
    lang?: Lang;
    about: string[];
}
/**
 * A run of prose read from one Markdown block, split into a sentence.
 * `text` is what a reader reads (emphasis, links and soft line breaks
 * flattened); `offsets[i]` is the source offset of `text[i]`, so that any
 * span of the sentence maps back to the exact line and column.
 */
export interface Sentence {
    text: string;
    offsets: Int32Array | number[];
    /**
     * Source end of `text[i]`, present only when some unit stands for more
     * than one source unit (a letter composed from a base and an accent, a
     * digit written as a surrogate pair); else `text[i]` ends at `offsets[i] + 1`.
     */
    ends?: Int32Array | number[];
    /** Block kind it came from: paragraph, heading, listItem, blockquote, footnoteDefinition, tableRow (one sentence per row). */
    block: string;
    /** Index of the block in the document, so neighbouring sentences are known. */
    blockIndex: number;
    /** For a table row: its cells, so a table can be read by its header row and first column (claims/table-claims.ts). */
    table?: TableRowCells;
}
/** The cells of one table row, each read as prose is and mapped to its source offsets. */
export interface TableRowCells {
    /** Source offset of the table's first row: rows with the same `at` are one table. */
    at: number;
    /** 0 for the header row. */
    row: number;
    /** One per header column, trimmed; an empty cell has an empty text. */
    cells: {
        text: string;
        offsets: Int32Array | number[];
        ends?: Int32Array | number[];
    }[];
}
export interface ParsedArticle {
    file: string;
    source: string;
    meta: ArticleMeta;
    /** Author errors in the article itself (bad front matter). */
    problems: AuthorError[];
    sentences: Sentence[];
    /** Start offset of each line, for offset -> line/column. */
    lineStarts: number[];
}
/** How a figure was qualified in the text; a range ("entre 400 et 500") has an upper end. */
export type Qualifier = 'exact' | 'atLeast' | 'atMost' | 'about' | 'range';
/** A number as written: its value and the rounding its digits state. */
export interface FigureEnd {
    value: number;
    /** Half the unit of the last digit that says something (see claims/numeral.ts). */
    precision: number;
    /** Written with decimals ("275,3"): the rounding is exactly the digits'; a whole figure's is capped. */
    decimals?: boolean;
}
/** A quantity read from the text: a figure with its qualifier; for a range, the value is the lower end. */
export interface Figure extends FigureEnd {
    qualifier: Qualifier;
    /** A range's upper end, with the text it is written in ("500 millions d'euros"). */
    upper?: FigureEnd & {
        raw?: string;
    };
}
/** A value read by a typed slot, with what is needed to compare it honestly. */
export type SlotValue = {
    type: 'year';
    value: number;
    raw: string;
} | {
    type: 'date';
    value: string;
    raw: string;
} | ({
    type: 'count' | 'percent';
    raw: string;
} & Figure) | ({
    type: 'money';
    currency?: string;
    raw: string;
} & Figure) | {
    type: 'person' | 'place';
    value: string;
    raw: string;
} | {
    type: 'entity';
    entity: string | null;
    raw: string;
};
/**
 * When a claim speaks, read from the sentence ("en 2019", "au premier
 * trimestre", "the quarter ended 30 November 2025") or else the article's date.
 */
export interface ClaimTime {
    /** Where it was read: the sentence, the heading of its section or the title (a flow figure's period), the article's date, or nowhere. */
    source: 'sentence' | 'heading' | 'article' | 'none';
    /** The span of time meant: a day, a month or a year as an interval. */
    span?: Interval;
    /** A period named by its kind and rank: quarter 1, half 2, a (fiscal) year, the first 9 months (0: months that start elsewhere). */
    periodKind?: 'quarter' | 'half' | 'year' | 'months';
    periodIndex?: number;
    fiscalYear?: number;
    /** A calendar year written with a quarter or half ("premier semestre 2024", "Q1 2025"). */
    periodYear?: number;
    /** The end of the period meant ("quarter ended 30 November 2025"), YYYY-MM or YYYY-MM-DD. */
    periodEnd?: string;
    /** The words that named it, for explain. */
    text?: string;
}
export interface Claim {
    attribute: string;
    rule: Rule;
    lang: Lang;
    /** Entity id, or null when it could not be told. */
    entity: string | null;
    entityReason: string;
    value: SlotValue;
    /** Source offsets of the figure itself [start, end). */
    start: number;
    end: number;
    /** The whole matched text, for explain. */
    matchedText: string;
    sentence: Sentence;
    time: ClaimTime;
    /** The period its section's heading or the article's title names, for a figure given by period whose sentence names none. */
    sectionTime?: ClaimTime;
    /** Why this is not a claim to judge (negated, target, conditional, quoted rumour); undefined when it is. */
    hedge?: string;
    /** A word after a named holder saying they are leaving ("quitte", "stepped"): judged only against a role held for a time. */
    leaving?: string;
    /** How the claim was read: its clause, its owner and the other candidates, its time, its mood; `explain` shows it. */
    evidence?: string[];
}
export type VerdictKind = 'contradiction' | 'consistent' | 'unverifiable';
export interface Verdict {
    claim: Claim;
    kind: VerdictKind;
    reason: string;
    statement?: Statement;
    expected?: string;
    severity?: Severity;
    /** For a contradiction with one clear expected value: the fix, written as the article writes numbers. */
    suggestion?: string;
    /** True when a directive in the article silences this contradiction: check, explain and facts all leave it out. */
    suppressed?: boolean;
}
/**
 * What a finding reports: a contradiction with the facts, or a notice about
 * the article itself (a suppression that silences nothing, a language that
 * could not be told). Only contradictions count as contradictions anywhere.
 */
export type FindingKind = 'contradiction' | 'unused-suppression' | 'undetermined-language' | 'corpus-consistency' | 'new-suppression' | 'confusable-name';
/** The JSON finding of contract section 3, with the structured fields every reporter renders from. */
export interface Finding {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    attribute: string;
    entity: string;
    severity: Severity;
    found: string;
    expected: string;
    message: string;
    factSource: string;
    suggestion?: string;
    /** The rule: the attribute for a contradiction, else the notice's kind. */
    ruleId: string;
    kind: FindingKind;
    /** Where the fact is declared, as fields (`factSource` is the same place as text). */
    factFile?: string;
    factLine?: number;
    factColumn?: number;
    /** The documentation of this kind of finding. */
    url: string;
}
