import { describe, expect, it } from 'vitest';
import { suppressBaseline } from '../../src/process/index.js';
import { fingerprint, reportFingerprints } from '../../src/report/fingerprint.js';
import { sampleReport } from '../report/sample-report.js';

describe('suppressBaseline', () => {
  const report = sampleReport();
  const [d1, d2] = report.discrepancies;
  if (!d1 || !d2) throw new Error('sample report needs two discrepancies');

  it('drops discrepancies whose fingerprint is known, keeps ids, recounts the summary', () => {
    const heard: number[] = [];
    const out = suppressBaseline(new Set([fingerprint(d1, report)]), (n) => heard.push(n))(report);
    expect(heard).toEqual([1]);
    expect(out.discrepancies.map((d) => d.id)).toEqual(report.discrepancies.slice(1).map((d) => d.id));
    expect(out.summary.discrepancies[d1.severity]).toBe(report.summary.discrepancies[d1.severity] - 1);
  });

  it('takes an earlier report as well as fingerprints', () => {
    const earlier = { ...report, discrepancies: [d2] };
    expect(suppressBaseline(earlier)(report)).toEqual(suppressBaseline(new Set([fingerprint(d2, report)]))(report));
    expect(suppressBaseline(earlier)(report).discrepancies.map((d) => d.id)).not.toContain(d2.id);
  });

  it('matches by labels, so a baseline from the same sources given in another order still applies', () => {
    const reordered = {
      sources: report.sources.map((s) => ({ ...s, id: s.id === 'S1' ? 'S2' : 'S1' })),
      discrepancies: report.discrepancies.map((d) => ({ ...d, claims: d.claims.map((c) => ({ ...c, source: c.source === 'S1' ? 'S2' : 'S1' })) })),
    };
    expect(reportFingerprints(reordered)).toEqual(reportFingerprints(report));
    expect(suppressBaseline(reordered)(report).discrepancies).toEqual([]);
  });

  it('an empty baseline suppresses nothing and says 0', () => {
    const heard: number[] = [];
    expect(suppressBaseline(new Set(), (n) => heard.push(n))(report)).toEqual(report);
    expect(heard).toEqual([0]);
  });
});
