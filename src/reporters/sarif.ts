import { CORPUS_CONSISTENCY } from '../corpus/corpus-consistency.js';
import { ruleIdOf } from '../findings/rule-id.js';
import { fingerprints } from '../findings/fingerprint.js';
import type { Finding, Severity } from '../types.js';

/**
 * SARIF 2.1.0, the format GitHub code scanning and most IDE viewers read.
 * Only the subset factlint fills is typed here; the tests validate the
 * whole log against the published schema.
 */

export interface SarifOptions {
  /** factlint's own version, from its package.json. */
  version: string;
  /** Where users read about factlint (package.json `homepage`); left out when unknown. */
  informationUri?: string;
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

type SarifLevel = 'error' | 'warning' | 'note';

interface ArtifactLocation {
  uri: string;
  uriBaseId: string;
}

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface Location {
  id?: number;
  physicalLocation: { artifactLocation: ArtifactLocation; region: Region };
  message?: { text: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Location[];
  relatedLocations?: Location[];
  partialFingerprints: Record<string, string>;
  fixes?: {
    description: { text: string };
    artifactChanges: {
      artifactLocation: ArtifactLocation;
      replacements: { deletedRegion: Region; insertedContent: { text: string } }[];
    }[];
  }[];
  properties: Record<string, string>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        semanticVersion: string;
        informationUri?: string;
        rules: { id: string; name: string; shortDescription: { text: string }; helpUri?: string }[];
      };
    };
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

/** Key of the fingerprint in `partialFingerprints`; bump the suffix if its recipe changes. */
export const FINGERPRINT_KEY = 'factlintFinding/v1';

/** The SARIF log as an object, for callers that add to it (the Action uploads it). */
export function toSarif(findings: readonly Finding[], options: SarifOptions): SarifLog {
  const informationUri = options.informationUri;
  const attributes = [...new Set(findings.map(ruleIdOf))].sort();
  const rules = attributes.map((id) => ({
    id,
    name: id,
    shortDescription: { text: id === CORPUS_CONSISTENCY ? 'A claim contradicts what other articles agree on, where the facts have no statement.' : `A claim about ${id} contradicts the declared facts.` },
    ...(informationUri ? { helpUri: informationUri } : {}),
  }));
  const prints = fingerprints(findings, 32);
  const results = findings.map((f, i) => toResult(f, attributes.indexOf(ruleIdOf(f)), prints[i]));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factlint',
            version: options.version,
            semanticVersion: options.version,
            ...(informationUri ? { informationUri } : {}),
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(findings: readonly Finding[], options: SarifOptions): string {
  return `${JSON.stringify(toSarif(findings, options), null, 2)}\n`;
}

function toResult(f: Finding, ruleIndex: number, fingerprint: string): SarifResult {
  const artifactLocation = { uri: toUri(f.file), uriBaseId: SRCROOT };
  const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
  const result: SarifResult = {
    ruleId: ruleIdOf(f),
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation, region } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: { entity: f.entity, found: f.found, expected: f.expected, factSource: f.factSource },
  };
  const source = parseFactSource(f.factSource);
  if (source) {
    result.relatedLocations = [
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: toUri(source.file), uriBaseId: SRCROOT }, region: { startLine: source.line } },
        message: { text: 'The fact is declared here.' },
      },
    ];
  }
  if (f.suggestion !== undefined) {
    result.properties.suggestion = f.suggestion;
    result.fixes = [
      {
        description: { text: `Replace "${f.found}" with "${f.suggestion}".` },
        artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: f.suggestion } }] }],
      },
    ];
  }
  return result;
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function toUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

/** `facts/ovhcloud.yml:5` (or `:5:3`) -> file and line; anything else has no location. */
function parseFactSource(factSource: string): { file: string; line: number } | undefined {
  const match = /^(.+?):(\d+)(?::\d+)?$/.exec(factSource);
  if (!match || Number(match[2]) < 1) return undefined;
  return { file: match[1], line: Number(match[2]) };
}

