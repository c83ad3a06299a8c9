import { describe, it, expect } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../src/report/schema.json' with { type: 'json' };
import { formatJson } from '../../src/report/format/json.js';
import type { Report } from '../../src/types.js';
import { sampleReport } from './sample-report.js';

// ajv is CommonJS; its module object and its `.default` are both the class at
// runtime, and `.default` is what TypeScript's NodeNext view can construct.
const ajv = new Ajv2020.default({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

/** Round-trips through the formatter, as a consumer would see it. */
const output = (report: unknown): unknown => JSON.parse(formatJson(report as Report));

/**
 * The sample, altered. Not sent through the formatter: its input type rules
 * these shapes out, so this exercises the schema alone.
 */
function broken(mutate: (r: any) => void): unknown {
  const r = structuredClone(sampleReport()) as any;
  mutate(r);
  return JSON.parse(JSON.stringify(r));
}

describe('json formatter', () => {
  it('is JSON.stringify with two-space indent and a final newline', () => {
    const report = sampleReport();
    expect(formatJson(report)).toBe(JSON.stringify(report, null, 2) + '\n');
  });

  it('writes keys in contract order however the report was built', () => {
    const r = sampleReport();
    const shuffled = {
      summary: { discrepancies: { low: 0, medium: 2, high: 1 }, unrelated: [], alignedShare: 0.667, sameEvent: true, unmatched: 3, groups: 3, sentences: 9, sources: 2 },
      boilerplate: r.boilerplate.map(({ reason, span, text, source }) => ({ reason, span, text, source })),
      unmatched: r.unmatched,
      discrepancies: r.discrepancies.map(({ claims, message, group, confidence, severity, kind, id }) => ({
        claims: claims.map(({ span: { column, line, end, start }, sentence, text, source }) => ({
          span: { column, line, end, start },
          sentence,
          text,
          source,
        })),
        message,
        group,
        confidence,
        severity,
        kind,
        id,
      })),
      groups: r.groups,
      sources: r.sources,
      tool: { version: '0.1.0', name: 'storydiff' },
      version: 1,
    } as unknown as Report;
    expect(formatJson(shuffled)).toBe(formatJson(r));
    expect(Object.keys(JSON.parse(formatJson(shuffled)))).toEqual([
      'version', 'tool', 'sources', 'groups', 'discrepancies', 'unmatched', 'boilerplate', 'summary',
    ]);
  });

  it('keeps fields the contract does not name, after the known ones', () => {
    const r = sampleReport();
    const withExtra = { ...r, summary: { topics: 3, ...r.summary } } as Report;
    const summary = (JSON.parse(formatJson(withExtra)) as { summary: object }).summary;
    expect(Object.keys(summary)).toEqual(['sources', 'sentences', 'groups', 'unmatched', 'sameEvent', 'alignedShare', 'unrelated', 'discrepancies', 'topics']);
  });

  it('escapes C1 controls and bidi overrides but keeps the value', () => {
    const r = sampleReport();
    const message = 'x\u009b31m\u202e\u0085y\u001b[0m';
    r.discrepancies[0]!.message = message;
    const json = formatJson(r);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(json).toContain('\\u009b31m\\u202e\\u0085y\\u001b[0m');
    expect((JSON.parse(json) as Report).discrepancies[0]!.message).toBe(message);
  });
});

describe('schema.json', () => {
  it('accepts the sample report', () => {
    expect(validate(output(sampleReport())), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('accepts what version 1 leaves open', () => {
    const ok = [
      output({ ...sampleReport(), summary: { ...sampleReport().summary, sameEvent: true } }),
      broken((r) => (r.summary.sameEvent = true)), // summary may grow
      broken((r) => delete r.boilerplate[0].reason), // reason is an allowed extension
      broken((r) => (r.discrepancies[0].group = null)),
      broken((r) => (r.discrepancies[0].claims = r.discrepancies[0].claims.slice(0, 1))),
      broken((r) => ((r.groups = []), (r.discrepancies = []), (r.unmatched = []), (r.boilerplate = []))),
    ];
    for (const report of ok) expect(validate(report), ajv.errorsText(validate.errors)).toBe(true);
  });

  const bad: Record<string, (r: any) => void> = {
    'missing summary': (r) => delete r.summary,
    'missing discrepancy message': (r) => delete r.discrepancies[0].message,
    'missing span column': (r) => delete r.unmatched[0].span.column,
    'unknown kind': (r) => (r.discrepancies[0].kind = 'rumour'),
    'unknown severity': (r) => (r.discrepancies[0].severity = 'critical'),
    'span line 0': (r) => (r.discrepancies[0].claims[0].span.line = 0),
    'span column 0': (r) => (r.groups[0].members[0].span.column = 0),
    'negative span start': (r) => (r.boilerplate[0].span.start = -1),
    'fractional offset': (r) => (r.groups[0].members[0].span.end = 3.5),
    'extra span field': (r) => (r.unmatched[0].span.length = 4),
    'extra discrepancy field': (r) => (r.discrepancies[0].note = 'x'),
    'extra top-level field': (r) => (r.extra = 1),
    'extra boilerplate field': (r) => (r.boilerplate[0].score = 1),
    'confidence above 1': (r) => (r.discrepancies[0].confidence = 1.5),
    'negative score': (r) => (r.groups[0].score = -0.1),
    'bad source id': (r) => (r.sources[0].id = 'source1'),
    'bad group id': (r) => (r.groups[0].id = 'g1'),
    'bad discrepancy id': (r) => (r.discrepancies[0].id = 'X1'),
    'group reference not an id': (r) => (r.discrepancies[0].group = 1),
    'no claims': (r) => (r.discrepancies[0].claims = []),
    'version 2': (r) => (r.version = 2),
    'other tool': (r) => (r.tool.name = 'otherdiff'),
    'severity counts missing low': (r) => delete r.summary.discrepancies.low,
  };
  for (const [name, mutate] of Object.entries(bad)) {
    it(`rejects: ${name}`, () => {
      expect(validate(broken(mutate))).toBe(false);
    });
  }
});
