import { withDiscrepancies } from '../report/fingerprint.js';
import { SEVERITIES, type Severity } from '../types.js';
import type { ReportProcessor } from './processor.js';

/** The severity step: keeps the discrepancies at or above `min`; summary counts follow. */
export function filterSeverity(min: Severity): ReportProcessor {
  const limit = SEVERITIES.indexOf(min);
  return (report) => withDiscrepancies(report, report.discrepancies.filter((d) => SEVERITIES.indexOf(d.severity) <= limit));
}
