import { SEVERITIES, type Claim, type Discrepancy } from '../types.js';
import type { ReportProcessor } from './processor.js';

/**
 * The deterministic order of a report's discrepancies: claims by source (as
 * given) then position; discrepancies by their first claim, then severity,
 * kind and message. `compare` orders its findings with these comparators, so
 * the sort step changes nothing in a report fresh from it, and puts back in
 * order one a custom step has added to.
 */

type Located = Pick<Claim, 'source' | 'span'>;
type Ordered = Pick<Discrepancy, 'severity' | 'kind' | 'message'> & { claims: readonly Located[] };

const sourceNumber = (id: string): number => Number(id.slice(1));

/** Claims: by source, then position. */
export function claimOrder(a: Located, b: Located): number {
  return sourceNumber(a.source) - sourceNumber(b.source) || a.span.start - b.span.start;
}

/** Discrepancies whose claims are already in `claimOrder`: by the first claim, then severity, kind and message. */
export function discrepancyOrder(x: Ordered, y: Ordered): number {
  const a = x.claims[0];
  const b = y.claims[0];
  return (
    (a ? sourceNumber(a.source) : 0) - (b ? sourceNumber(b.source) : 0) ||
    (a ? a.span.start : 0) - (b ? b.span.start : 0) ||
    SEVERITIES.indexOf(x.severity) - SEVERITIES.indexOf(y.severity) ||
    x.kind.localeCompare(y.kind) ||
    x.message.localeCompare(y.message)
  );
}

/**
 * The sort step. Ids are kept, not renumbered (as the filters keep them), so
 * an id names the same finding before and after.
 */
export const sortDiscrepancies: ReportProcessor = (report) => ({
  ...report,
  discrepancies: report.discrepancies.map((d) => ({ ...d, claims: [...d.claims].sort(claimOrder) })).sort(discrepancyOrder),
});
