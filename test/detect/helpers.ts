import { compare } from '../../src/compare.js';
import type { Discrepancy, DiscrepancyKind, Report } from '../../src/types.js';

/** Compares small texts given inline. */
export function compareTexts(...texts: string[]): Report {
  return compare(texts.map((text, i) => ({ label: `s${i + 1}.txt`, path: `s${i + 1}.txt`, text })));
}

export function ofKind(report: Report, kind: DiscrepancyKind): Discrepancy[] {
  return report.discrepancies.filter((d) => d.kind === kind);
}

export function claimTexts(d: Discrepancy | undefined): string[] {
  return (d?.claims ?? []).map((c) => `${c.source}:${c.text}`);
}
