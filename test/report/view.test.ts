import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/format/html.js';
import { formatMarkdown } from '../../src/report/format/markdown.js';
import { formatStylish } from '../../src/report/format/stylish.js';
import type { FormatOptions } from '../../src/report/options.js';
import {
  atLeast,
  claimEnd,
  countBySeverity,
  locate,
  plural,
  sentenceLookup,
  severityRank,
  unmatchedBySource,
} from '../../src/report/view.js';
import type { Claim, Discrepancy, Report, Severity } from '../../src/types.js';
import { WIRE, sampleReport, spanOf } from './sample-report.js';

const plain: FormatOptions = { color: false, width: 100 };

const SENTENCE = 'Kremlin spokesman Dmitry Petrov said talks would resume on Monday.';
const ref = { text: SENTENCE, span: spanOf(WIRE, SENTENCE) };
const claim = (text: string, at: string): Claim => ({ source: 'S1', text, sentence: 0, span: spanOf(WIRE, at) });

/** The sample report with the first claim's text changed so it no longer matches its offsets. */
function driftedReport(): Report {
  const r = sampleReport();
  const first = r.discrepancies[0]!.claims[0]!;
  r.discrepancies[0]!.claims[0] = { ...first, text: 'Dmitry' };
  return r;
}

describe('locate', () => {
  it('uses the offsets when the sentence is a verbatim slice holding the claim', () => {
    expect(locate(claim('Petrov', 'Petrov'), ref)).toEqual({ from: 25, to: 31 });
  });

  it('looks for the words when the claim no longer matches its slice', () => {
    // Offsets point at "Petrov", the text says "Dmitry": the text wins.
    const at = locate(claim('Dmitry', 'Petrov'), ref);
    expect(at).toEqual({ from: 18, to: 24 });
    expect(SENTENCE.slice(at!.from, at!.to)).toBe('Dmitry');
  });

  it('looks for the words when the sentence text is not a verbatim slice', () => {
    const normalised = { text: 'Kremlin  spokesman Dmitry Petrov said talks would resume on Monday.', span: ref.span };
    expect(locate(claim('Petrov', 'Petrov'), normalised)).toEqual({ from: 26, to: 32 });
  });

  it('gives undefined when the words are not in the sentence', () => {
    expect(locate(claim('Peskov', 'Petrov'), ref)).toBeUndefined();
    expect(locate({ ...claim('', 'Petrov'), span: { ...ref.span, start: -5, end: -5 } }, ref)).toBeUndefined();
  });

  it('ignores offsets that are not whole numbers', () => {
    const c = claim('Petrov', 'Petrov');
    expect(locate({ ...c, span: { ...c.span, start: c.span.start + 0.5 } }, ref)).toEqual({ from: 25, to: 31 });
  });

  it('is what every format marks: the drifted claim is shown at its words', () => {
    const r = driftedReport();
    expect(formatMarkdown(r, plain)).toContain('Kremlin spokesman <b>Dmitry</b> Petrov said');
    expect(formatStylish(r, plain)).toContain('Kremlin spokesman [-Dmitry-]');
    expect(formatHtml(r, plain)).toMatch(/Kremlin spokesman <mark class="claim sev-high"[^>]*>Dmitry<\/mark> Petrov/);
  });
});

describe('plural', () => {
  it('uses the singular only for exactly one', () => {
    expect(plural(0, 'source')).toBe('0 sources');
    expect(plural(1, 'source')).toBe('1 source');
    expect(plural(2, 'source')).toBe('2 sources');
    expect(plural(1, 'discrepancy', 'discrepancies')).toBe('1 discrepancy');
    expect(plural(3, 'discrepancy', 'discrepancies')).toBe('3 discrepancies');
  });
});

describe('severity', () => {
  const withSeverities = (...list: string[]): Pick<Report, 'discrepancies'> => ({
    discrepancies: list.map((severity, i) => ({ ...sampleReport().discrepancies[0]!, id: `D${i}`, severity: severity as Severity })),
  });
  const ids = (list: readonly Discrepancy[]): string[] => list.map((d) => d.id);

  it('ranks high before medium before low, anything else last', () => {
    expect(['low', 'high', 'bogus', 'medium'].sort((a, b) => severityRank(a as Severity) - severityRank(b as Severity))).toEqual([
      'high',
      'medium',
      'low',
      'bogus',
    ]);
  });

  it('keeps discrepancies at or above the minimum, in report order', () => {
    const report = withSeverities('low', 'high', 'medium', 'bogus', 'high');
    expect(ids(atLeast(report, undefined))).toEqual(['D0', 'D1', 'D2', 'D3', 'D4']);
    expect(ids(atLeast(report, 'low'))).toEqual(['D0', 'D1', 'D2', 'D4']);
    expect(ids(atLeast(report, 'medium'))).toEqual(['D1', 'D2', 'D4']);
    expect(ids(atLeast(report, 'high'))).toEqual(['D1', 'D4']);
  });

  it('counts known severities only', () => {
    expect(countBySeverity(withSeverities('low', 'high', 'bogus', 'high').discrepancies)).toEqual({ high: 2, medium: 0, low: 1 });
  });
});

describe('sentenceLookup', () => {
  it('finds group members first, then unmatched sentences', () => {
    const r = sampleReport();
    // The same (source, sentence) as a member, with other text: the member wins.
    r.unmatched.push({ ...r.unmatched[0]!, sentence: 0, text: 'not this one' });
    const find = sentenceLookup(r);
    expect(find('S1', 0)?.text).toBe(SENTENCE);
    expect(find('S2', 3)?.text).toBe('Markets fell sharply after the news.');
    expect(find('S2', 3)?.span).toEqual(r.unmatched[2]!.span);
  });

  it('gives undefined for an unknown source or sentence', () => {
    const find = sentenceLookup(sampleReport());
    expect(find('S3', 0)).toBeUndefined();
    expect(find('S1', 42)).toBeUndefined();
  });

  it('lists unmatched sentences per listed source, then sources the report does not list', () => {
    const r = sampleReport();
    r.unmatched.unshift({ ...r.unmatched[0]!, source: 'S9' });
    const bySource = unmatchedBySource(r);
    expect([...bySource.keys()]).toEqual(['S1', 'S2', 'S9']);
    expect(bySource.get('S1')?.map((u) => u.sentence)).toEqual([3, 4]);
  });
});

describe('claimEnd', () => {
  it('counts the lines inside the claim', () => {
    const span = { start: 0, end: 0, line: 3, column: 5 };
    expect(claimEnd(span, 'abc')).toEqual({ line: 3, column: 8 });
    expect(claimEnd(span, 'ab\r\ncd\ne')).toEqual({ line: 5, column: 2 });
  });
});

describe('module structure', () => {
  it('no format imports another format or the registry', () => {
    const dir = join(import.meta.dirname, '../../src/report/format');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/\bfrom\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map(
        (m) => m[1] ?? m[2] ?? '',
      );
      const offending = imports.filter((path) => path.startsWith('./') || /\/formats?\.js$|\/formatters\.js$/.test(path));
      expect(offending, file).toEqual([]);
    }
  });
});
