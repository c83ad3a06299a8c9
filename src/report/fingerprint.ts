import { createHash } from 'node:crypto';
import { foldText } from '../normalize/index.js';
import type { Discrepancy, Report, Severity } from '../types.js';

/**
 * Stable identities for discrepancies, so a later run can recognise findings
 * already seen in an earlier report (`--baseline`), and a helper to narrow a
 * report while keeping its summary truthful. Pure: no I/O.
 */

/** Claim text as compared: folded (case, diacritics, apostrophes) with whitespace runs collapsed. */
export function claimKey(text: string): string {
  return foldText(text).replace(/\s+/gu, ' ').trim();
}

/**
 * sha256 (hex) of the discrepancy's kind and the sorted list of
 * (source label, folded claim text) pairs.
 *
 * Labels, not ids: ids (S1, S2…) follow the order of the inputs, so the same
 * articles given in another order would otherwise get new fingerprints.
 * Severity, confidence, message, group and spans are left out on purpose: they
 * move when the text around a claim or the tuning changes, while the finding
 * stays the same one.
 */
export function fingerprint(discrepancy: Discrepancy, report: Pick<Report, 'sources'>): string {
  const labels = new Map(report.sources.map((s) => [s.id, s.label]));
  const pairs = discrepancy.claims
    .map((c): [string, string] => [labels.get(c.source) ?? c.source, claimKey(c.text)])
    // Code-unit order, not localeCompare: the hash must not depend on the machine's locale.
    .sort((a, b) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]));
  // JSON keeps the pieces unambiguous (a label containing a separator cannot collide).
  return createHash('sha256').update(JSON.stringify([discrepancy.kind, pairs])).digest('hex');
}

/** The fingerprints of every discrepancy in a report (an earlier one, used as a baseline). */
export function reportFingerprints(report: Pick<Report, 'sources' | 'discrepancies'>): Set<string> {
  return new Set(report.discrepancies.map((d) => fingerprint(d, report)));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The report with only `discrepancies` (a subset of its own, in its order)
 * and `summary.discrepancies` recounted to match. Ids are kept, not
 * renumbered, so D7 means the same finding in a filtered and a full report.
 */
export function withDiscrepancies(report: Report, discrepancies: Discrepancy[]): Report {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const d of discrepancies) counts[d.severity]++;
  return { ...report, discrepancies, summary: { ...report.summary, discrepancies: counts } };
}

/** Splits a report into what an earlier report (the baseline) did not contain, and how many it did. */
export function subtractBaseline(report: Report, known: ReadonlySet<string>): { report: Report; suppressed: number } {
  const fresh = report.discrepancies.filter((d) => !known.has(fingerprint(d, report)));
  return { report: withDiscrepancies(report, fresh), suppressed: report.discrepancies.length - fresh.length };
}
