import { describe, expect, it } from 'vitest';
import { compilePattern, ignoreClaims, type IgnoredCounts } from '../../src/process/index.js';
import type { Report } from '../../src/types.js';
import { sampleReport } from '../report/sample-report.js';

/** The sample report with a third claim on D1, so dropping one claim leaves a discrepancy of two. */
function threeClaims(): Report {
  const report = sampleReport();
  const d1 = report.discrepancies[0];
  if (!d1) throw new Error('sample report has no discrepancies');
  d1.claims.push({ ...d1.claims[1]!, text: 'Pescov' });
  return report;
}

describe('ignoreClaims', () => {
  it('drops matching claims, then discrepancies left with fewer than two, and recounts the summary', () => {
    const report = threeClaims();
    const heard: IgnoredCounts[] = [];
    const out = ignoreClaims(['Pescov', 'We are ready to continue,'], (c) => heard.push(c))(report);
    expect(heard).toEqual([{ claims: 2, discrepancies: 1 }]);
    expect(out.discrepancies.map((d) => d.id)).toEqual(report.discrepancies.map((d) => d.id).filter((id) => id !== 'D2'));
    expect(out.discrepancies[0]?.claims.map((c) => c.text)).toEqual(['Petrov', 'Peskov']);
    const counts = { high: 0, medium: 0, low: 0 };
    for (const d of out.discrepancies) counts[d.severity]++;
    expect(out.summary.discrepancies).toEqual(counts);
    expect(out.summary.discrepancies).not.toEqual(report.summary.discrepancies);
  });

  it('does not change the report it is given', () => {
    const report = threeClaims();
    const before = JSON.stringify(report);
    ignoreClaims(['Pescov', '/Pe/'])(report);
    expect(JSON.stringify(report)).toBe(before);
  });

  it('leaves a report without matches as it was, and says so', () => {
    const report = sampleReport();
    const heard: IgnoredCounts[] = [];
    expect(ignoreClaims(['nothing like any claim'], (c) => heard.push(c))(report)).toEqual(report);
    expect(heard).toEqual([{ claims: 0, discrepancies: 0 }]);
  });

  it('compiles its patterns when built: an invalid regex throws then, not per report', () => {
    expect(() => ignoreClaims(['/(/'])).toThrow(SyntaxError);
    expect(() => compilePattern('/(/')).toThrow(SyntaxError);
  });

  it.each([
    ['folded exact text', 'LÉNA  velasco', 'Lena Velasco', true],
    ['not a part', 'Velasco', 'Lena Velasco', false],
    ['a regex, flags kept', '/^lena/i', 'Lena Velasco', true],
    ['a regex, case-sensitive without i', '/^lena/', 'Lena Velasco', false],
  ] as const)('compilePattern: %s', (_name, pattern, text, expected) => {
    expect(compilePattern(pattern)(text)).toBe(expected);
  });
});
