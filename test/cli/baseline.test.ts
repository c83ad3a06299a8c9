import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineFingerprints } from '../../src/cli/baseline.js';
import { InputError } from '../../src/load/index.js';
import { fingerprint, subtractBaseline } from '../../src/report/fingerprint.js';
import type { Discrepancy, Report } from '../../src/types.js';
import { sampleReport } from '../report/sample-report.js';
import { runCli, STORY, tempDir } from '../helpers/io.js';

const { dir, file } = tempDir('storydiff-baseline-');
const wire = file('wire.txt', STORY.wire);
const same = file('same.txt', STORY.same);
const renamed = file('renamed.txt', STORY.renamed);
const reworded = file('reworded.txt', STORY.reworded);

function first(report: Report): Discrepancy {
  const d = report.discrepancies[0];
  if (!d) throw new Error('no discrepancy');
  return d;
}

describe('fingerprint', () => {
  const report = sampleReport();
  const d = first(report);
  const base = fingerprint(d, report);

  it('is a sha256 hex digest', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses labels, not ids: the same sources in another order match', () => {
    const swapped: Report = { ...report, sources: report.sources.map((s) => ({ ...s, id: s.id === 'S1' ? 'S2' : 'S1' })) };
    const moved = { ...d, claims: d.claims.map((c) => ({ ...c, source: c.source === 'S1' ? 'S2' : 'S1' })) };
    expect(fingerprint(moved, swapped)).toBe(base);
  });

  it('ignores claim order, case, diacritics, whitespace, and everything but kind and claims', () => {
    const variant: Discrepancy = {
      ...d,
      id: 'D99',
      severity: 'low',
      confidence: 0.1,
      group: null,
      message: 'something else',
      claims: [...d.claims].reverse().map((c) => ({ ...c, text: ` ${c.text.toUpperCase().replace('E', 'É')} `, span: { start: 0, end: 1, line: 9, column: 9 } })),
    };
    expect(fingerprint(variant, report)).toBe(base);
  });

  it.each([
    ['another kind', (x: Discrepancy): Discrepancy => ({ ...x, kind: 'quote' })],
    ['another claim text', (x: Discrepancy): Discrepancy => ({ ...x, claims: x.claims.map((c, i) => (i === 0 ? { ...c, text: 'Ivanov' } : c)) })],
    ['a claim from another source', (x: Discrepancy): Discrepancy => ({ ...x, claims: x.claims.map((c) => ({ ...c, source: 'S1' })) })],
    ['a claim fewer', (x: Discrepancy): Discrepancy => ({ ...x, claims: x.claims.slice(1) })],
  ])('changes with %s', (_name, change) => {
    expect(fingerprint(change(d), report)).not.toBe(base);
  });

  it('changes when a source is relabelled', () => {
    const relabelled: Report = { ...report, sources: report.sources.map((s) => ({ ...s, label: `${s.label}!` })) };
    expect(fingerprint(d, relabelled)).not.toBe(base);
  });

  it('subtractBaseline keeps the rest and recounts the summary', () => {
    const known = new Set([base]);
    const { report: rest, suppressed } = subtractBaseline(report, known);
    expect(suppressed).toBe(1);
    expect(rest.discrepancies.map((x) => x.id)).toEqual(report.discrepancies.slice(1).map((x) => x.id));
    const counts = { high: 0, medium: 0, low: 0 };
    for (const x of rest.discrepancies) counts[x.severity]++;
    expect(rest.summary.discrepancies).toEqual(counts);
  });
});

describe('baselineFingerprints', () => {
  it('reads a report', () => {
    const report = sampleReport();
    const set = baselineFingerprints(JSON.parse(JSON.stringify(report)), 'b.json');
    expect(set).toEqual(new Set(report.discrepancies.map((d) => fingerprint(d, report))));
  });

  it.each([
    ['an array', []],
    ['no version', { sources: [], discrepancies: [] }],
    ['another version', { version: 2, sources: [], discrepancies: [] }],
    ['no sources', { version: 1, discrepancies: [] }],
    ['a source without label', { version: 1, sources: [{ id: 'S1' }], discrepancies: [] }],
    ['no discrepancies', { version: 1, sources: [] }],
    ['a claim without text', { version: 1, sources: [], discrepancies: [{ kind: 'entity', claims: [{ source: 'S1' }] }] }],
  ])('rejects %s with a one-line error naming the file', (_name, data) => {
    expect(() => baselineFingerprints(data, 'b.json')).toThrow(InputError);
    expect(() => baselineFingerprints(data, 'b.json')).toThrow(/^b\.json: not a storydiff JSON report \([^\n]+\)$/);
  });
});

describe('--baseline', () => {
  const record = async (name: string, inputs: string[]): Promise<string> => {
    const path = join(dir, name);
    await runCli(['--format', 'json', '--output', path, ...inputs]);
    return path;
  };

  it('suppresses what the baseline holds, says how many on stderr, recounts the summary', async () => {
    const baseline = await record('entity-only.json', [wire, renamed]);
    const result = await runCli(['--format', 'json', '--baseline', baseline, wire, renamed, reworded]);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.discrepancies.map((d) => d.kind)).toEqual(['quote']);
    expect(report.summary.discrepancies).toEqual({ high: 0, medium: 1, low: 0 });
    expect(result.stderr).toBe(`storydiff: 1 discrepancy already in the baseline ${baseline} suppressed\n`);
    expect(result.code).toBe(1);
  });

  it('exits 0 when the baseline covers everything', async () => {
    const baseline = await record('all.json', [wire, renamed, reworded]);
    const result = await runCli(['--baseline', baseline, wire, renamed, reworded]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/2 discrepancies already in the baseline/);
  });

  it('matches when inputs are reordered (labels, not ids)', async () => {
    const baseline = await record('ordered.json', [wire, renamed]);
    const result = await runCli(['--format', 'json', '--baseline', baseline, renamed, wire]);
    expect(JSON.parse(result.stdout).discrepancies).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('does not match when a source gets another label', async () => {
    const baseline = await record('labelled.json', [wire, renamed]);
    const result = await runCli(['--baseline', baseline, '--label', 'wire', '--label', 'blog', wire, renamed]);
    expect(result.code).toBe(1);
  });

  it('--quiet hides the note', async () => {
    const baseline = await record('quiet.json', [wire, same]);
    const result = await runCli(['--quiet', '--baseline', baseline, wire, renamed]);
    expect(result.stderr).toBe('');
  });

  it.each([
    ['missing', () => join(dir, 'missing.json'), /: no such file\n$/],
    ['invalid JSON', () => file('bad.json', '{"version": 1,'), /: invalid JSON \(.+\)\n$/],
    ['not a report', () => file('list.json', '[1, 2]'), /: not a storydiff JSON report \(.+\)\n$/],
    ['binary', () => file('bin.json', Buffer.from([0xff, 0xfe, 0x00])), /: is not valid UTF-8 text\n$/],
  ])('a %s baseline is a one-line error naming it, exit 2, before any input is read', async (_name, make, pattern) => {
    const path = make();
    const result = await runCli(['--baseline', path, wire, join(dir, 'no-such-input.txt')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`storydiff: ${path}: `)).toBe(true);
    expect(result.stderr).toMatch(pattern);
  });
});
