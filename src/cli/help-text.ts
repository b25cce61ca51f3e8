/**
 * What `factlint --help`, `factlint help [COMMAND]` and `COMMAND --help`
 * print. Kept apart from the argument parser so that each command's page
 * can be read (and tested) as the user sees it.
 */

export const USAGE = `Usage: factlint <command> [options]

Commands:
  check [PATHS...]       Check articles (files, folders or globs; - reads standard input;
                         default: the config's articles)
  explain FILE           List every claim of one article with the verdict on it
  facts [PATHS...]       Coverage of the facts: what the articles agree with, contradict or
                         cannot verify, which statements no article mentions (--suggest:
                         the statements the articles support where the facts have none)
  test-rules [PATHS...]  Run the examples of rule files (default: the built-in rules and the
                         config's rules)
  init                   Write a starter .factlint.yml, facts, rule, article and GitHub workflow
                         (never overwrites a file)
  import wikidata Q123...
                         Write or update one facts file per Wikidata item
  merge FILES...         Join the JSON or SARIF reports of sharded runs into one
  help [COMMAND]         Show this help, or a command's

Options:
  -c, --config FILE      Configuration file (default: .factlint.yml in the current folder or
                         the nearest one above it)
  -f, --format FORMAT    Output of check: text, json, sarif or github; of facts and explain:
                         text or json (default: text)
      --fail-on LEVEL    Exit 1 on findings at or above: error, warning, notice or never (default: error)
      --color, --no-color
                         Colour the output or not (default: on a terminal, unless NO_COLOR is
                         set; FORCE_COLOR=1 forces it)
  -h, --help             Show this help
  -v, --version          Show the version

Run 'factlint help COMMAND' for a command's options.

Exit status: 0 nothing at or above --fail-on, 1 contradictions found (test-rules: examples
failed), 2 bad configuration or input.
`;

const CHECK = `Usage: factlint check [PATHS...] [options]

Checks articles against the facts and reports every contradiction. PATHS are files,
folders (every .md file under them) or globs; - reads one article from standard input.
Without PATHS, the config's articles. Files named by ignore: in .factlint.yml or by
.gitignore are left out of folders and globs.

Options:
  -c, --config FILE        Configuration file
  -f, --format FORMAT      text, json, sarif or github (default: text)
  -o, --output FILE        Write the report to FILE instead of standard output (nothing is
                           written when the run exits 2)
      --fail-on LEVEL      Exit 1 on findings at or above: error, warning, notice or never
      --stdin-filename F   The path the article read from standard input stands for
      --fix                Write each suggestion into its article (contradictions with one
                           clear expected value only)
      --fix-dry-run        Show what --fix would change, and change nothing
      --cache              Keep each article's findings in a cache and reuse them while the
                           article, the facts, the rules and factlint are unchanged
      --cache-location F   The cache file (default: .factlintcache)
      --shard I/N          Check the I-th of N stable shares of the articles (for a CI matrix)
      --concurrency N      Threads to check with (default: chosen from the run's size and
                           the machine's cores; 1 checks in this thread only)
      --color, --no-color  Colour the output or not
`;

const EXPLAIN = `Usage: factlint explain FILE [options]

Lists every claim factlint read in one article: attribute, entity, value as written,
the time it speaks of, and the verdict (contradiction, consistent, unverifiable,
suppressed) with its reason.

Options:
  -c, --config FILE        Configuration file
  -f, --format FORMAT      text or json (default: text)
      --color, --no-color  Colour the output or not
`;

const FACTS = `Usage: factlint facts [PATHS...] [options]

Coverage of the facts: per entity and attribute, how many claims agree, contradict or
cannot be verified; the statements no article mentions; the claims no statement judges.

With --suggest, the statements the articles support where the facts have none, as YAML
to paste under facts:: only where at least two articles agree and none disagrees; groups
that disagree are listed apart for you to settle.

Options:
  -c, --config FILE        Configuration file
  -f, --format FORMAT      text or json (default: text)
      --suggest            Suggest statements instead of showing coverage
`;

const IMPORT = `Usage: factlint import wikidata Q123 [Q456...] [options]

Writes or updates one facts file per Wikidata item: name and aliases, founded, founders,
headquarters, employees, revenue and ceo, each statement with its source. A re-import
replaces only the statements whose source starts with "Wikidata" and prints what changed.
The only command that uses the network (FACTLINT_WIKIDATA_URL points it at a mirror).

Options:
      --lang LANGS         Languages of names and aliases, first one preferred (default: fr,en)
      --out DIR            Folder of the facts files (default: facts)
      --from FILE          Saved entity JSON to read instead of the network; without ids,
                           every item in it that states something factlint reads
`;

const MERGE = `Usage: factlint merge FILES... [options]

Joins the JSON or SARIF reports of sharded runs (check --shard I/N) into one.

Options:
  -f, --format FORMAT      json or sarif (default: json)
`;

const TEST_RULES = `Usage: factlint test-rules [PATHS...] [options]

Runs the examples of rule files and reports each failure at its file:line. Without
PATHS, the built-in rules and the config's rules.

Options:
  -c, --config FILE        Configuration file
`;

const INIT = `Usage: factlint init

Writes .factlint.yml, facts/example.yml, rules/offices.yml, articles/example.md and
.github/workflows/factlint.yml in the current folder. Never overwrites a file.
`;

const HELP = `Usage: factlint help [COMMAND]

Shows the general help, or the help of COMMAND.
`;

export const COMMAND_HELP: Record<string, string> = {
  check: CHECK,
  explain: EXPLAIN,
  facts: FACTS,
  'test-rules': TEST_RULES,
  init: INIT,
  import: IMPORT,
  merge: MERGE,
  help: HELP,
};
