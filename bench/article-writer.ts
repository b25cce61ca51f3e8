/**
 * Writes one Markdown article line by line and knows, for each planted
 * claim, the line and the columns it landed on.
 */
import { groupEn, groupFr, type Attribute, type Lang, type Value } from './corpus-claims.js';
import type { EntityFacts } from './corpus-facts.js';
import type { Dice } from './corpus-prose.js';

/** A planted value and the callback that records where it was written. */
export interface Planted {
  value: Value;
  add(line: number, from: number, to: number): void;
}

/** A sentence of a paragraph or list: plain text, or a planted claim. */
export type Piece = string | (Planted & { text: string });

const LABELS: Record<Lang, Partial<Record<Attribute, string>>> = {
  fr: { headquarters: 'Siège', employees: 'Salariés', founded: 'Création', ceo: 'Directeur général' },
  en: { headquarters: 'Headquarters', employees: 'Employees', founded: 'Founded', ceo: 'Chief executive' },
};

export class ArticleWriter {
  private lines: string[] = [];

  constructor(readonly file: string, readonly lang: Lang) {}

  frontMatter(main: EntityFacts, index: number): void {
    const title = this.lang === 'fr' ? `${main.stem} : les résultats de l'année` : `${main.stem}: the year's results`;
    this.lines.push('---', `title: "${title}"`, `date: 2024-${String(1 + (index % 9)).padStart(2, '0')}-${String(10 + (index % 18))}`, `lang: ${this.lang}`, `about: [${main.id}]`, '---', '');
  }

  heading(depth: number, text: string): void {
    this.lines.push(`${'#'.repeat(depth)} ${text}`, '');
  }

  /** Sentences joined on one line; each planted claim records its columns. */
  paragraph(pieces: Piece[]): void {
    this.lines.push(this.join(pieces, ''), '');
  }

  list(pieces: Piece[]): void {
    for (const piece of pieces) this.lines.push(this.join([piece], '- '));
    this.lines.push('');
  }

  /** An infobox of the article's company: one planted value per row. */
  keyFigures(planted: (attribute: Attribute) => Planted): void {
    const fr = this.lang === 'fr';
    this.lines.push(fr ? '| Indicateur | Valeur |' : '| Metric | Value |', '| --- | --- |');
    for (const [attribute, label] of Object.entries(LABELS[this.lang]) as [Attribute, string][]) {
      const p = planted(attribute);
      const value = attribute === 'founded' || typeof p.value === 'string' ? String(p.value) : (fr ? groupFr : groupEn)(p.value);
      const row = `| ${label} | ${value} |`;
      p.add(this.lines.length + 1, 1, row.length);
      this.lines.push(row);
    }
    this.lines.push('');
  }

  /** A table of market shares: figures about several companies, none a declared fact. */
  marketShares(names: string[], d: Dice): void {
    const fr = this.lang === 'fr';
    this.lines.push(fr ? '| Entreprise | Part de marché | Évolution sur un an |' : '| Company | Market share | Change over a year |', '| --- | ---: | ---: |');
    for (const name of names) {
      const share = fr ? `${d.int(2, 30)},${d.int(0, 9)} %` : `${d.int(2, 30)}.${d.int(0, 9)}%`;
      this.lines.push(`| ${name} | ${share} | ${d.next() < 0.5 ? '+' : '-'}${d.int(0, 4)}${fr ? ',' : '.'}${d.int(1, 9)} pt |`);
    }
    this.lines.push('');
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }

  private join(pieces: Piece[], lead: string): string {
    let line = lead;
    const line1 = this.lines.length + 1;
    for (const piece of pieces) {
      if (line.length > lead.length) line += ' ';
      const text = typeof piece === 'string' ? piece : piece.text;
      if (typeof piece !== 'string') piece.add(line1, line.length + 1, line.length + text.length);
      line += text;
    }
    return line;
  }
}
