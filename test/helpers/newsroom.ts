/**
 * A small repository on disk for the tests of the command line's own
 * running (threads, cache, shards): invented companies, their facts, and
 * articles that agree with them or contradict them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const COMPANIES = [
  { id: 'veloria', name: 'Veloria', founded: 1987, employees: 1450 },
  { id: 'nordwind', name: 'Nordwind', founded: 1994, employees: 820 },
  { id: 'cyclon', name: 'Cyclon', founded: 2003, employees: 2300 },
];

export function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** `count` articles, one in three contradicting a founding year, every other one in English. */
export function makeNewsroom(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'factlint-newsroom-'));
  write(root, '.factlint.yml', 'articles: ["articles/**/*.md"]\n');
  for (const c of COMPANIES) {
    write(root, `facts/${c.id}.yml`, `entity: ${c.id}\nname: ${c.name}\nfacts:\n  founded: ${c.founded}\n  employees:\n    - value: ${c.employees}\n      asOf: 2023-12\n`);
  }
  for (let i = 0; i < count; i++) {
    const c = COMPANIES[i % COMPANIES.length];
    const year = i % 3 === 0 ? c.founded + 4 : c.founded;
    const text =
      i % 2 === 0
        ? `---\nlang: fr\nabout: [${c.id}]\n---\n\n# Article ${i}\n\n${c.name} a été fondée en ${year}. Le marché progresse de 4 %.\n\n${c.name} emploie ${c.employees + (i % 4 === 1 ? 100 : 0)} salariés.\n`
        : `---\nlang: en\nabout: [${c.id}]\n---\n\n# Article ${i}\n\n${c.name} was founded in ${year}. The market grew 4%.\n\n${c.name} employs ${c.employees + (i % 4 === 1 ? 100 : 0)} people.\n`;
    write(root, `articles/${String(i).padStart(3, '0')}.md`, text);
  }
  return root;
}
