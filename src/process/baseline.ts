import { reportFingerprints, subtractBaseline } from '../report/fingerprint.js';
import type { Report } from '../types.js';
import type { ReportProcessor } from './processor.js';

/**
 * Discrepancies already known: their fingerprints, or the earlier report
 * they are in (parsed; reading the file is the caller's business).
 */
export type Baseline = ReadonlySet<string> | Pick<Report, 'sources' | 'discrepancies'>;

/**
 * The baseline step: drops the discrepancies whose fingerprint is in the
 * baseline; summary counts follow. `onSuppressed` hears how many each run dropped.
 */
export function suppressBaseline(baseline: Baseline, onSuppressed?: (count: number) => void): ReportProcessor {
  const known = 'discrepancies' in baseline ? reportFingerprints(baseline) : baseline;
  return (report) => {
    const { report: fresh, suppressed } = subtractBaseline(report, known);
    onSuppressed?.(suppressed);
    return fresh;
  };
}
