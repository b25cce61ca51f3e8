/**
 * `factlint merge`: the reports of a sharded audit joined into the report
 * one unsharded run would have written. Shards split the articles, so the
 * findings are joined, sorted as a run sorts them and written again: the
 * merged JSON or SARIF is the same text as the unsharded run's.
 */
import { sortFindings } from '../findings/to-finding.js';
import { docsUrl } from '../findings/docs-url.js';
import type { Finding, FindingKind, Severity } from '../types.js';
import { formatJson } from './json.js';
import { formatSarif, type SarifLog, type SarifResult } from './sarif.js';

export interface MergeInput {
  file: string;
  text: string;
}

export type Merged = { text: string } | { error: string };

const SEVERITIES: Severity[] = ['error', 'warning', 'notice'];

function parse(input: MergeInput): unknown {
  try {
    return JSON.parse(input.text);
  } catch (error) {
    return { invalid: (error as Error).message };
  }
}

function isFinding(value: unknown): value is Finding {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  const strings = ['file', 'attribute', 'entity', 'found', 'expected', 'message', 'factSource'].every((k) => typeof f[k] === 'string');
  const numbers = ['line', 'column', 'endLine', 'endColumn'].every((k) => Number.isInteger(f[k]));
  return strings && numbers && SEVERITIES.includes(f.severity as Severity);
}

export function mergeJson(inputs: readonly MergeInput[]): Merged {
  const findings: Finding[] = [];
  for (const input of inputs) {
    const data = parse(input);
    if (!Array.isArray(data) || !data.every(isFinding)) return { error: `${input.file}:1:1 error: not a factlint JSON report (an array of findings)` };
    findings.push(...data);
  }
  return { text: formatJson(sortFindings(findings)) };
}

function uriToPath(uri: string): string {
  return uri.split('/').map(decodeURIComponent).join('/');
}

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', note: 'notice' };

/** A SARIF result back to the finding it was written from. */
function fromResult(result: SarifResult, run: SarifLog['runs'][number]): Finding | undefined {
  const location = result.locations?.[0]?.physicalLocation;
  const region = location?.region;
  const severity = LEVELS[result.level];
  const p = (result.properties ?? {}) as Record<string, unknown>;
  if (!location || !region || !severity) return undefined;
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : '');
  const kind = (text('kind') || 'contradiction') as FindingKind;
  const attribute = text('attribute') || result.ruleId;
  const finding: Finding = {
    file: uriToPath(location.artifactLocation.uri),
    line: region.startLine,
    column: region.startColumn ?? 1,
    endLine: region.endLine ?? region.startLine,
    endColumn: region.endColumn ?? region.startColumn ?? 1,
    attribute,
    entity: text('entity'),
    severity,
    found: text('found'),
    expected: text('expected'),
    message: result.message.text,
    factSource: text('factSource'),
    ruleId: result.ruleId,
    kind,
    url: run.tool.driver.rules?.[result.ruleIndex ?? -1]?.helpUri ?? docsUrl(kind, attribute),
  };
  if (typeof p.suggestion === 'string') finding.suggestion = p.suggestion;
  const fact = result.relatedLocations?.[0]?.physicalLocation;
  if (fact?.region) {
    finding.factFile = uriToPath(fact.artifactLocation.uri);
    finding.factLine = fact.region.startLine;
    if (fact.region.startColumn !== undefined) finding.factColumn = fact.region.startColumn;
  }
  return isFinding(finding) ? finding : undefined;
}

export function mergeSarif(inputs: readonly MergeInput[]): Merged {
  const findings: Finding[] = [];
  let driver: SarifLog['runs'][number]['tool']['driver'] | undefined;
  for (const input of inputs) {
    const log = parse(input) as Partial<SarifLog>;
    const run = Array.isArray(log?.runs) && log.runs.length === 1 ? log.runs[0] : undefined;
    const results = run?.tool?.driver?.name === 'factlint' && Array.isArray(run.results) ? run.results.map((r) => fromResult(r, run)) : undefined;
    if (!run || !results || results.some((r) => r === undefined)) return { error: `${input.file}:1:1 error: not a factlint SARIF report` };
    if (driver && driver.version !== run.tool.driver.version) {
      return { error: `${input.file}:1:1 error: written by factlint ${run.tool.driver.version}, the others by ${driver.version}` };
    }
    driver ??= run.tool.driver;
    findings.push(...(results as Finding[]));
  }
  const options = { version: driver!.version, ...(driver!.informationUri ? { informationUri: driver!.informationUri } : {}) };
  return { text: formatSarif(sortFindings(findings), options) };
}
