import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../../bench/corpus.js';
import { scoreFindings, describeScore } from '../../bench/score.js';

describe('the benchmark corpus', () => {
  const corpus = makeCorpus(6, 10);

  it('is the same for the same seed, and names the same companies whatever the size of the knowledge base', () => {
    expect(makeCorpus(6, 10)).toEqual(corpus);
    const large = makeCorpus(30, 200);
    expect(large.articles).toEqual(makeCorpus(30, 10).articles);
    expect(large.plants).toEqual(makeCorpus(30, 10).plants);
  });

  it('records each plant where it stands: its line holds the planted value between its columns', () => {
    const contradictions = corpus.plants.filter((p) => p.kind === 'contradiction');
    expect(contradictions.length).toBeGreaterThan(5);
    expect(corpus.plants.length - contradictions.length).toBeGreaterThan(contradictions.length);
    for (const p of corpus.plants) {
      const line = corpus.articles.find((a) => a.file === p.file)!.text.split('\n')[p.line - 1];
      const written = line.slice(p.from - 1, p.to);
      const digits = (v: string | number) => String(v).replace(/\D/g, '');
      if (typeof p.value === 'number') expect(digits(written)).toContain(digits(p.value).slice(0, 3));
      else expect(written).toContain(p.value);
      if (p.kind === 'contradiction') expect(p.value).not.toEqual(p.expected);
      else expect(p.value).toEqual(p.expected);
    }
  });
});

describe('scoreFindings', () => {
  const plants = makeCorpus(4, 10).plants;
  const wrong = plants.find((p) => p.kind === 'contradiction')!;
  const right = plants.find((p) => p.kind === 'agreement')!;
  const at = (p: typeof wrong, column = p.from) => ({ file: p.file, line: p.line, column, attribute: p.attribute, entity: p.entity });

  it('matches a finding to the contradiction planted at its place, and counts the others as missed', () => {
    const score = scoreFindings(plants, [at(wrong, wrong.to)]);
    expect(score.found).toBe(1);
    expect(score.falseFindings).toEqual([]);
    expect(score.missed).toHaveLength(score.planted - 1);
    expect(score.missed).not.toContain(wrong);
  });

  it('counts as false a finding on an agreeing claim, outside the planted columns, or about another entity', () => {
    const score = scoreFindings(plants, [at(right), at(wrong, wrong.to + 1), { ...at(wrong), entity: 'someone-else' }]);
    expect(score.found).toBe(0);
    expect(score.falseFindings).toHaveLength(3);
    expect(describeScore(score).filter((line) => line.startsWith('false finding: '))).toHaveLength(3);
  });
});
