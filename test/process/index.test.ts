import { describe, expect, it } from 'vitest';
import { applyProcessors, filterSeverity, processorsFor, type ReportProcessor } from '../../src/process/index.js';
import { reportFingerprints } from '../../src/report/fingerprint.js';
import type { Report } from '../../src/types.js';
import { sampleReport } from '../report/sample-report.js';

/** A step that records the discrepancy ids it saw, under a name. */
function spy(name: string, seen: string[]): ReportProcessor {
  return (report) => {
    seen.push(`${name}:${report.discrepancies.map((d) => d.id).join(',')}`);
    return report;
  };
}

describe('applyProcessors', () => {
  it('is the report itself with no steps', () => {
    const report = sampleReport();
    expect(applyProcessors(report, [])).toBe(report);
  });

  it('runs the steps in order, each on the last one’s result', () => {
    const seen: string[] = [];
    const dropFirst: ReportProcessor = (r) => ({ ...r, discrepancies: r.discrepancies.slice(1) });
    const report = sampleReport();
    const ids = report.discrepancies.map((d) => d.id);
    applyProcessors(report, [spy('a', seen), dropFirst, spy('b', seen)]);
    expect(seen).toEqual([`a:${ids.join(',')}`, `b:${ids.slice(1).join(',')}`]);
  });
});

describe('processorsFor', () => {
  it('builds nothing when nothing is asked for (an empty ignore list included)', () => {
    expect(processorsFor({})).toEqual([]);
    expect(processorsFor({ ignore: [], baseline: undefined, minSeverity: undefined })).toEqual([]);
  });

  it('chains ignore → baseline → minSeverity → custom steps, and reports the counts', () => {
    const report: Report = sampleReport();
    const [d1, d2] = report.discrepancies;
    if (!d1 || !d2) throw new Error('sample report needs two discrepancies');
    const events: string[] = [];
    const steps = processorsFor(
      {
        // Ignoring one of D1's two claims removes D1 before the baseline sees it.
        ignore: [d1.claims[0]!.text],
        baseline: reportFingerprints({ sources: report.sources, discrepancies: [d1, d2] }),
        minSeverity: 'high',
        processors: [spy('custom', events)],
      },
      { onIgnored: (c) => events.push(`ignored:${c.claims}/${c.discrepancies}`), onSuppressed: (n) => events.push(`suppressed:${n}`) },
    );
    const out = applyProcessors(report, steps);
    const expected = filterSeverity('high')({ ...report, discrepancies: report.discrepancies.filter((d) => d !== d1 && d !== d2) });
    expect(out).toEqual(expected);
    expect(events).toEqual(['ignored:1/1', 'suppressed:1', `custom:${expected.discrepancies.map((d) => d.id).join(',')}`]);
  });
});
