import { describe, expect, it } from 'vitest';
import { filterSeverity } from '../../src/process/index.js';
import type { Discrepancy, Report, Severity } from '../../src/types.js';
import { sampleReport } from '../report/sample-report.js';

/** The sample report with one discrepancy of each severity. */
function mixed(): Report {
  const report = sampleReport();
  const d = report.discrepancies[0];
  if (!d) throw new Error('sample report has no discrepancies');
  const discrepancies: Discrepancy[] = (['low', 'high', 'medium'] as const).map((severity, i) => ({ ...d, id: `D${i + 1}`, severity }));
  return { ...report, discrepancies, summary: { ...report.summary, discrepancies: { high: 1, medium: 1, low: 1 } } };
}

describe('filterSeverity', () => {
  it.each([
    ['high', ['D2'], { high: 1, medium: 0, low: 0 }],
    ['medium', ['D2', 'D3'], { high: 1, medium: 1, low: 0 }],
    ['low', ['D1', 'D2', 'D3'], { high: 1, medium: 1, low: 1 }],
  ] as const)('at %s keeps %j in order and recounts', (min: Severity, ids, counts) => {
    const out = filterSeverity(min)(mixed());
    expect(out.discrepancies.map((d) => d.id)).toEqual(ids);
    expect(out.summary.discrepancies).toEqual(counts);
  });

  it('leaves the rest of the report alone', () => {
    const report = mixed();
    const out = filterSeverity('high')(report);
    expect({ ...out, discrepancies: [], summary: { ...out.summary, discrepancies: {} } }).toEqual({
      ...report,
      discrepancies: [],
      summary: { ...report.summary, discrepancies: {} },
    });
    expect(report.discrepancies).toHaveLength(3);
  });
});
