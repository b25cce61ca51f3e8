/**
 * What `factlint init` writes: a working starter repository, so that
 * `factlint check` and `factlint test-rules` pass the moment it is made
 * (an example article too: a check that reads no article is an error).
 * The YAML files name their JSON Schema where `npm install -D factlint`
 * puts it, relative to each file, for editors with the YAML language server.
 */

export interface StarterFile {
  path: string;
  text: string;
}

const schema = (depth: number, name: string) =>
  `# yaml-language-server: $schema=${'../'.repeat(depth)}node_modules/factlint/schemas/${name}.schema.json\n`;

const CONFIG = `${schema(0, 'config')}# factlint configuration. Every key is optional; paths are relative to this file.
# articles: ["articles/**/*.md"]   # default: every .md file, minus node_modules and dot-folders
# facts: ["facts/**/*.yml"]        # default: facts/**/*.{yml,yaml}
# rules: ["rules/**/*.yml"]        # default: rules/**/*.{yml,yaml}, added to the built-in rules
# language: fr                     # language of an article that names none; default: detected
# severity:                        # per attribute; beats the rule's and the statement's
#   offices: notice
`;

const FACTS = `${schema(1, 'facts')}# One entity per file: its id, the names articles use, and its facts.
# A fact is a value (founded: 2010) or a list of statements that say when
# each value holds (asOf, from/until, period). See docs/writing-facts.md.
entity: example-corp
name: Example Corp
aliases: [ExampleCorp]
facts:
  founded: 2010
  headquarters: Lyon
  employees:
    - value: 120
      asOf: 2024-12
      source: "Annual report 2024"
  offices: 4
`;

const RULE = `${schema(1, 'rule')}# A rule of this repository: how articles state an attribute the built-in
# rules do not know. Its examples are its tests: run \`factlint test-rules\`.
# See docs/writing-rules.md.
attribute: offices
type: count
patterns:
  fr:
    - "{entity} (compte|possède|exploite) {count} bureaux"
    - "{count} bureaux"
  en:
    - "{entity} (has|runs|operates) {count} offices"
    - "{count} offices"
tolerance: 0
severity: warning
examples:
  fr:
    match:
      - text: "Example Corp compte quatre bureaux en Europe."
        value: 4
    noMatch:
      - "Example Corp n'a jamais eu dix bureaux."
  en:
    match:
      - text: "Example Corp has 4 offices in Europe."
        value: 4
    noMatch:
      - "Example Corp has never had 10 offices."
`;

const ARTICLE = `---
title: Example Corp opens a fourth office
date: 2025-01-15
lang: en
about: [example-corp]
---

# Example Corp opens a fourth office

Example Corp, founded in 2010 and based in Lyon, now has 4 offices in Europe.
`;

const WORKFLOW = `# Checks the articles of every pull request against the facts (docs/action.md).
name: factlint
on: pull_request

permissions:
  contents: read
  checks: write
  # pull-requests: write   # only with review-comments: true

jobs:
  factlint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: OWNER/factlint@v1
        # with:
        #   fail-on: warning
        #   review-comments: true
        #   sarif: factlint.sarif
`;

export const STARTER_FILES: readonly StarterFile[] = [
  { path: '.factlint.yml', text: CONFIG },
  { path: 'facts/example.yml', text: FACTS },
  { path: 'rules/offices.yml', text: RULE },
  { path: 'articles/example.md', text: ARTICLE },
  { path: '.github/workflows/factlint.yml', text: WORKFLOW },
];
