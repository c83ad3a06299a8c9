import { SEVERITIES, sourceNumber, type Claim, type ClaimValue, type Discrepancy } from '../types.js';
import type { ReportProcessor } from './processor.js';

/**
 * The deterministic order of a report's discrepancies: claims by source (as
 * given) then position; discrepancies by their first claim, then severity,
 * kind, rule, the claims themselves and the values read in them — data, never
 * message text. `compare` orders its findings with these comparators, so
 * the sort step changes nothing in a report fresh from it, and puts back in
 * order one a custom step has added to.
 */

type Located = Pick<Claim, 'source' | 'span'>;
type Ordered = Pick<Discrepancy, 'severity' | 'kind' | 'rule'> & { claims: readonly (Located & { span: { end: number } })[]; values?: readonly ClaimValue[] | undefined };

/** Claims: by source, then position. */
export function claimOrder(a: Located, b: Located): number {
  return sourceNumber(a.source) - sourceNumber(b.source) || a.span.start - b.span.start;
}

/** Discrepancies whose claims are already in `claimOrder`: by the first claim, then severity, kind, rule, claims and values. */
export function discrepancyOrder(x: Ordered, y: Ordered): number {
  const a = x.claims[0];
  const b = y.claims[0];
  return (
    (a ? sourceNumber(a.source) : 0) - (b ? sourceNumber(b.source) : 0) ||
    (a ? a.span.start : 0) - (b ? b.span.start : 0) ||
    SEVERITIES.indexOf(x.severity) - SEVERITIES.indexOf(y.severity) ||
    x.kind.localeCompare(y.kind) ||
    compareText(x.rule ?? '', y.rule ?? '') ||
    byClaims(x.claims, y.claims) ||
    compareText(JSON.stringify(x.values ?? []), JSON.stringify(y.values ?? []))
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Claim lists in order compared claim by claim: source, start, end; a shorter list first. */
function byClaims(a: Ordered['claims'], b: Ordered['claims']): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const p = a[i] as Ordered['claims'][number];
    const q = b[i] as Ordered['claims'][number];
    const d = sourceNumber(p.source) - sourceNumber(q.source) || p.span.start - q.span.start || p.span.end - q.span.end;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * The sort step. Ids are kept, not renumbered (as the filters keep them), so
 * an id names the same finding before and after.
 */
export const sortDiscrepancies: ReportProcessor = (report) => ({
  ...report,
  discrepancies: report.discrepancies.map(inClaimOrder).sort(discrepancyOrder),
});

/** A discrepancy or finding with its claims, and the values read in them, by source then position. */
export function inClaimOrder<T extends { claims: readonly Claim[]; values?: readonly ClaimValue[] | undefined }>(d: T): T {
  const read = d.claims.map((claim, i) => ({ claim, value: d.values?.[i] })).sort((p, q) => claimOrder(p.claim, q.claim));
  const values = read.map((r) => r.value).filter((v): v is ClaimValue => v !== undefined);
  return { ...d, claims: read.map((r) => r.claim), ...(d.values && values.length === read.length ? { values } : {}) };
}
