import Ajv2020 from 'ajv/dist/2020.js';
import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { DETECTORS } from '../../src/detect/registry.js';
import { fingerprint } from '../../src/report/fingerprint.js';
import { FINGERPRINT_KEY, formatSarif, pathToUri, sarifMessage } from '../../src/report/format/sarif.js';
import type { FormatOptions } from '../../src/report/formatters.js';
import type { DiscrepancyKind, Report } from '../../src/types.js';
import { HOSTILE, HOSTILE_CLAIM, hostileReport } from './hostile-report.js';
import { PAPER, WIRE, sampleReport } from './sample-report.js';

const plain: FormatOptions = { color: false, width: 100 };

/** The subset of SARIF 2.1.0 this formatter writes, with what a consumer relies on made required. */
const MESSAGE = { type: 'object', required: ['text'], properties: { text: { type: 'string' } }, additionalProperties: false };
const POSITIVE = { type: 'integer', minimum: 1 };
const SARIF_SUBSET = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['$schema', 'version', 'runs'],
  additionalProperties: false,
  properties: {
    $schema: { const: 'https://json.schemastore.org/sarif-2.1.0.json' },
    version: { const: '2.1.0' },
    runs: { type: 'array', minItems: 1, maxItems: 1, items: { $ref: '#/$defs/run' } },
  },
  $defs: {
    level: { enum: ['error', 'warning', 'note'] },
    message: MESSAGE,
    run: {
      type: 'object',
      required: ['tool', 'columnKind', 'artifacts', 'results'],
      additionalProperties: false,
      properties: {
        tool: {
          type: 'object',
          required: ['driver'],
          additionalProperties: false,
          properties: {
            driver: {
              type: 'object',
              required: ['name', 'version', 'rules'],
              additionalProperties: false,
              properties: {
                name: { const: 'storydiff' },
                version: { type: 'string', minLength: 1 },
                rules: { type: 'array', items: { $ref: '#/$defs/rule' } },
              },
            },
          },
        },
        columnKind: { const: 'utf16CodeUnits' },
        artifacts: { type: 'array', items: { $ref: '#/$defs/artifact' } },
        results: { type: 'array', items: { $ref: '#/$defs/result' } },
        properties: { type: 'object' },
      },
    },
    rule: {
      type: 'object',
      required: ['id', 'shortDescription', 'defaultConfiguration'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', minLength: 1 },
        shortDescription: { $ref: '#/$defs/message' },
        defaultConfiguration: {
          type: 'object',
          required: ['level'],
          additionalProperties: false,
          properties: { level: { $ref: '#/$defs/level' } },
        },
      },
    },
    artifactLocation: {
      type: 'object',
      required: ['uri'],
      additionalProperties: false,
      properties: { uri: { type: 'string', minLength: 1 }, index: { type: 'integer', minimum: 0 } },
    },
    artifact: {
      type: 'object',
      required: ['location'],
      additionalProperties: false,
      properties: {
        location: { $ref: '#/$defs/artifactLocation' },
        description: { $ref: '#/$defs/message' },
        properties: { type: 'object' },
      },
    },
    result: {
      type: 'object',
      required: ['ruleId', 'ruleIndex', 'level', 'message', 'locations', 'partialFingerprints', 'properties'],
      additionalProperties: false,
      properties: {
        ruleId: { type: 'string', minLength: 1 },
        ruleIndex: { type: 'integer', minimum: 0 },
        level: { $ref: '#/$defs/level' },
        message: { $ref: '#/$defs/message' },
        locations: { type: 'array', minItems: 1, items: { $ref: '#/$defs/location' } },
        partialFingerprints: {
          type: 'object',
          required: [FINGERPRINT_KEY],
          properties: { [FINGERPRINT_KEY]: { type: 'string', pattern: '^[0-9a-f]{32}$' } },
          additionalProperties: false,
        },
        properties: {
          type: 'object',
          required: ['severity', 'confidence', 'group', 'id'],
          additionalProperties: false,
          properties: {
            severity: { enum: ['high', 'medium', 'low'] },
            confidence: { type: 'number', minimum: 0, maximum: 1 },
            group: { type: ['string', 'null'] },
            id: { type: 'string' },
          },
        },
      },
    },
    location: {
      type: 'object',
      required: ['physicalLocation'],
      additionalProperties: false,
      properties: {
        physicalLocation: {
          type: 'object',
          required: ['artifactLocation', 'region'],
          additionalProperties: false,
          properties: {
            artifactLocation: { $ref: '#/$defs/artifactLocation' },
            region: {
              type: 'object',
              required: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'snippet'],
              additionalProperties: false,
              properties: {
                startLine: POSITIVE,
                startColumn: POSITIVE,
                endLine: POSITIVE,
                endColumn: POSITIVE,
                charOffset: { type: 'integer', minimum: 0 },
                charLength: { type: 'integer', minimum: 0 },
                snippet: MESSAGE,
              },
            },
          },
        },
      },
    },
  },
};

const ajv = new Ajv2020.default({ allErrors: true, strict: true });
const validate = ajv.compile(SARIF_SUBSET);
function schemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
  snippet: { text: string };
}
interface Location {
  physicalLocation: { artifactLocation: { uri: string; index?: number }; region: Region };
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Location[];
  partialFingerprints: Record<string, string>;
  properties: { severity: string; confidence: number; group: string | null; id: string };
}
interface Run {
  tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }> } };
  artifacts: Array<{ location: { uri: string }; description: { text: string } }>;
  results: Result[];
  properties: Record<string, unknown>;
}

function run(report: Report, options: FormatOptions = plain): Run {
  const log = JSON.parse(formatSarif(report, options)) as { runs: Run[] };
  expect(schemaErrors(log)).toEqual([]);
  return log.runs[0]!;
}

const fingerprints = (r: Run): string[] => r.results.map((x) => x.partialFingerprints[FINGERPRINT_KEY] ?? '');

describe('sarif formatter', () => {
  it('writes a log that matches the SARIF subset schema', () => {
    const out = formatSarif(sampleReport(), plain);
    expect(schemaErrors(JSON.parse(out))).toEqual([]);
    expect(schemaErrors(JSON.parse(formatSarif(hostileReport(), plain)))).toEqual([]);
    // The schema itself rejects what it should.
    const bad = JSON.parse(out) as { runs: Array<{ results: Array<{ level: string }> }> };
    bad.runs[0]!.results[0]!.level = 'fatal';
    expect(schemaErrors(bad).length).toBeGreaterThan(0);
  });

  it('is deterministic: 2-space JSON ending in a newline, same bytes every time', () => {
    const out = formatSarif(sampleReport(), plain);
    expect(formatSarif(sampleReport(), plain)).toBe(out);
    expect(out).toBe(JSON.stringify(JSON.parse(out), null, 2) + '\n');
    expect(out.startsWith('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n')).toBe(true);
  });

  it('has one rule per detector, in registry order, with its description', () => {
    const rules = run(sampleReport()).tool.driver.rules;
    const known = rules.slice(0, DETECTORS.length);
    expect(known.map((r) => r.id)).toEqual(DETECTORS.map((d) => d.kind));
    expect(known.map((r) => r.shortDescription.text)).toEqual(DETECTORS.map((d) => sarifMessage(d.description)));
    expect(known.every((r) => r.defaultConfiguration.level === 'warning')).toBe(true);
  });

  it('adds a rule for a kind the registry does not have, so every ruleIndex resolves', () => {
    const report = sampleReport();
    report.discrepancies[2]!.kind = 'rumour' as DiscrepancyKind;
    const r = run(report);
    expect(r.tool.driver.rules.at(-1)).toEqual({
      id: 'rumour',
      shortDescription: { text: 'rumour discrepancy' },
      defaultConfiguration: { level: 'warning' },
    });
    for (const result of r.results) expect(r.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('has one result per discrepancy with level, message and properties', () => {
    const r = run(sampleReport());
    expect(r.tool.driver.name).toBe('storydiff');
    expect(r.tool.driver.version).toBe('0.1.0');
    expect(r.results.map((x) => [x.ruleId, x.level, x.properties.id])).toEqual([
      ['entity', 'error', 'D1'],
      ['quote', 'warning', 'D2'],
      ['number', 'warning', 'D3'],
    ]);
    for (const x of r.results) expect(r.tool.driver.rules[x.ruleIndex]?.id).toBe(x.ruleId);
    expect(r.results[0]?.message.text).toBe('Sources name different spokesmen: "Petrov" vs "Peskov".');
    expect(r.results[0]?.properties).toEqual({ severity: 'high', confidence: 0.9, group: 'G1', id: 'D1' });
    expect(r.results[2]?.properties.group).toBeNull();
    const low = sampleReport();
    low.discrepancies[1]!.severity = 'low';
    expect(run(low).results[1]?.level).toBe('note');
  });

  it('locates each claim: uri, index, 1-based lines/columns (end exclusive), offsets and snippet', () => {
    const r = run(sampleReport());
    const [w, p] = r.results[0]!.locations;
    expect(w?.physicalLocation).toEqual({
      artifactLocation: { uri: 'wire.txt', index: 0 },
      region: {
        startLine: 3,
        startColumn: 26,
        endLine: 3,
        endColumn: 32,
        charOffset: WIRE.indexOf('Petrov'),
        charLength: 6,
        snippet: { text: 'Petrov' },
      },
    });
    expect(p?.physicalLocation.artifactLocation).toEqual({ uri: 'paper.txt', index: 1 });
    expect(PAPER.slice(p!.physicalLocation.region.charOffset).startsWith('Peskov')).toBe(true);
    expect(r.artifacts.map((a) => [a.location.uri, a.description.text])).toEqual([
      ['wire.txt', 'wire.txt'],
      ['paper.txt', 'Daily Paper'],
    ]);
  });

  it('gives a multi-line claim its end line and the column after its last character', () => {
    const region = run(hostileReport()).results[0]!.locations[1]!.physicalLocation.region;
    const lastLine = HOSTILE_CLAIM.split('\n').at(-1)!;
    expect(region).toMatchObject({ startLine: 2, endLine: 3, endColumn: lastLine.length + 1, charLength: HOSTILE_CLAIM.length });
  });

  it('turns paths into URI references, and standard input into its label', () => {
    expect(pathToUri('fixtures/example/wire.txt')).toBe('fixtures/example/wire.txt');
    expect(pathToUri('..\\news\\a b#1?.txt')).toBe('../news/a%20b%231%3F.txt');
    expect(pathToUri('C:\\news\\a.txt')).toBe('file:///C:/news/a.txt');
    expect(pathToUri('/tmp/é.txt')).toBe('/tmp/%C3%A9.txt');
    const report = sampleReport();
    report.sources[1] = { ...report.sources[1]!, path: '-' };
    expect(run(report).results[0]?.locations[1]?.physicalLocation.artifactLocation.uri).toBe('Daily%20Paper');
  });

  it('fingerprints by kind and claim words per source label: stable across ids, order, offsets and case', () => {
    const base = fingerprints(run(sampleReport()));
    expect(new Set(base).size).toBe(3);
    for (const f of base) expect(f).toMatch(/^[0-9a-f]{32}$/);

    // Same inputs given in the other order: ids and offsets change, the fingerprints do not.
    const swapped = sampleReport();
    swapped.sources = [
      { ...swapped.sources[1]!, id: 'S1' },
      { ...swapped.sources[0]!, id: 'S2' },
    ];
    for (const d of swapped.discrepancies) {
      d.claims = d.claims.map((c) => ({ ...c, source: c.source === 'S1' ? 'S2' : 'S1', span: { ...c.span, start: c.span.start + 7 } })).reverse();
    }
    swapped.discrepancies[0]!.claims[0]!.text = '  PESKOV ';
    expect(fingerprints(run(swapped))).toEqual(base);

    // Different words or kind: a different finding.
    const changed = sampleReport();
    changed.discrepancies[0]!.claims[1]!.text = 'Pescov';
    changed.discrepancies[1]!.kind = 'attribution';
    const after = fingerprints(run(changed));
    expect(after[0]).not.toBe(base[0]);
    expect(after[1]).not.toBe(base[1]);
    expect(after[2]).toBe(base[2]);
  });

  it('fingerprints with the --baseline hash: sha256 of the kind and sorted (label, folded text) pairs', () => {
    const report = sampleReport();
    expect(fingerprints(run(report))).toEqual(report.discrepancies.map((d) => fingerprint(d, report).slice(0, 32)));
    const expected = createHash('sha256')
      .update(JSON.stringify(['entity', [['Daily Paper', 'peskov'], ['wire.txt', 'petrov']]]))
      .digest('hex')
      .slice(0, 32);
    expect(fingerprints(run(sampleReport()))[0]).toBe(expected);
  });

  it('hides discrepancies below minSeverity and records how many', () => {
    const r = run(sampleReport(), { ...plain, minSeverity: 'high' });
    expect(r.results.map((x) => x.properties.id)).toEqual(['D1']);
    expect(r.properties).toEqual({ sameEvent: true, alignedShare: 0.667, unrelated: [], hidden: 2 });
    expect(formatSarif(sampleReport(), { ...plain, minSeverity: 'low' })).toBe(formatSarif(sampleReport(), plain));
  });

  describe('hostile input', () => {
    const out = formatSarif(hostileReport(), plain);
    const r = run(hostileReport());

    it('escapes [ ] and \\ in messages, so no embedded link can be formed', () => {
      expect(sarifMessage('[x](javascript:alert(1)) a\\b')).toBe('\\[x\\](javascript:alert(1)) a\\\\b');
      const text = r.results[0]!.message.text;
      expect(text).toContain('\\[x\\](javascript:alert(1))');
      expect(text).not.toMatch(/(?<!\\)\[/);
    });

    it('strips terminal controls and keeps the rest as data', () => {
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(out).not.toContain('\\u001b');
      expect(out).not.toContain('\\u009b');
      expect(r.results[0]!.message.text).toContain('<script>alert(1)</script> %0A :: , \n::error::pwned');
      expect(r.results[0]!.locations[1]!.physicalLocation.region.snippet.text).toBe(HOSTILE_CLAIM);
      expect(HOSTILE).toContain('\u001b');
    });

    it('percent-encodes hostile paths and labels in URIs', () => {
      expect(r.artifacts.map((a) => a.location.uri)).toEqual(['dir%2Cx%3Ay/my%20file%20%231.txt', '%3Cstdin%3E%20%7C%20*']);
    });

    it('records the same-event check in the run properties', () => {
      expect(r.properties).toEqual({ sameEvent: false, alignedShare: 0.667, unrelated: ['S2'], hidden: 0 });
    });
  });
});
