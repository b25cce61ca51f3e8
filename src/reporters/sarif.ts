import { fingerprints } from '../findings/fingerprint.js';
import { PROJECT_URL } from '../findings/docs-url.js';
import type { Finding, Severity } from '../types.js';
import { sarifRule, type SarifRule } from './sarif-rules.js';

/**
 * SARIF 2.1.0, the format GitHub code scanning and most IDE viewers read.
 * Only the subset factlint fills is typed here; the tests validate the
 * whole log against the published schema.
 */

export interface SarifOptions {
  /** factlint's own version, from its package.json. */
  version: string;
  /** Where users read about factlint (package.json `homepage`); the project's page when not given. */
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
  properties: Record<string, string | number>;
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
        informationUri: string;
        rules: SarifRule[];
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
  const informationUri = options.informationUri ?? PROJECT_URL;
  const firsts = new Map<string, Finding>();
  for (const f of findings) if (!firsts.has(f.ruleId)) firsts.set(f.ruleId, f);
  const ids = [...firsts.keys()].sort();
  const rules = ids.map((id) => sarifRule(firsts.get(id)!));
  const prints = fingerprints(findings, 32);
  const results = findings.map((f, i) => toResult(f, ids.indexOf(f.ruleId), prints[i]));
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
            informationUri,
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
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation, region } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: { kind: f.kind, attribute: f.attribute, entity: f.entity, found: f.found, expected: f.expected, factSource: f.factSource },
  };
  if (f.factFile !== undefined && f.factLine !== undefined) {
    const factRegion: Region = { startLine: f.factLine, ...(f.factColumn !== undefined ? { startColumn: f.factColumn } : {}) };
    result.relatedLocations = [
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: toUri(f.factFile), uriBaseId: SRCROOT }, region: factRegion },
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
