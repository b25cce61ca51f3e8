import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOneFile, prepare } from '../../src/check.js';
import { readBuiltinRules } from '../../src/cli/builtin-rules.js';
import { createNodeHost } from '../../src/cli/node-host.js';
import { packKnowledge, unpackKnowledge } from '../../src/cli/portable-knowledge.js';
import { makeNewsroom, write } from '../helpers/newsroom.js';

const root = makeNewsroom(12);
afterAll(() => rmSync(root, { recursive: true, force: true }));
// A rule turned off is left out of the rule set, yet its holders still count as known people.
write(root, '.factlint.yml', 'articles: ["articles/**/*.md"]\nseverity:\n  employees: off\n');
write(root, 'facts/zentara.yml', 'entity: zentara\nname: Zentara Labs\naliases: [Zentara]\nfacts:\n  ceo:\n    - value: Ilse Varnholt\n      from: 2019-03\n');

describe('packKnowledge / unpackKnowledge', () => {
  const host = createNodeHost(root);
  const { knowledge, files } = prepare({ cwd: root, host, builtinRules: readBuiltinRules() });

  it('gives back the entities, rules, config and known people the main thread loaded', () => {
    const unpacked = unpackKnowledge(packKnowledge(knowledge!));
    expect([...unpacked.entities.keys()]).toEqual(['cyclon', 'nordwind', 'veloria', 'zentara']);
    expect(unpacked.entities.get('zentara')).toEqual(knowledge!.entities.get('zentara'));
    expect(unpacked.ruleSet.rules.map((r) => r.attribute)).toEqual(knowledge!.ruleSet.rules.map((r) => r.attribute));
    expect(unpacked.ruleSet.rules.some((r) => r.attribute === 'employees')).toBe(false);
    expect(unpacked.knownPeople).toEqual(new Set(['varnholt']));
    expect(unpacked.config).toEqual(knowledge!.config);
  });

  it('checks every article as the knowledge it was packed from does', () => {
    const unpacked = unpackKnowledge(packKnowledge(knowledge!));
    const outcomes = (k: typeof knowledge) => files.map((file) => {
      const { findings, problems, gaps, claims } = checkOneFile(file, host, k!);
      return { findings, problems, gaps, claims };
    });
    const original = outcomes(knowledge);
    expect(original.filter((o) => o.findings.length > 0).length).toBeGreaterThan(2);
    expect(outcomes(unpacked)).toEqual(original);
  });
});
