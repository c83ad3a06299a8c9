import { claimKey, withDiscrepancies } from '../report/fingerprint.js';
import type { Report } from '../types.js';
import type { ReportProcessor } from './processor.js';

/**
 * `ignore`: claim texts (folded exact match) or `/regex/flags` strings whose
 * claims are dropped from a report.
 */

const REGEX_RE = /^\/(.+)\/([a-z]*)$/su;

/** A matcher for one `ignore` entry; throws (SyntaxError) for an invalid regex. */
export function compilePattern(pattern: string): (text: string) => boolean {
  const m = REGEX_RE.exec(pattern);
  if (m) {
    // g and y make RegExp.test stateful (lastIndex), so one claim could match and the next not.
    const re = new RegExp(m[1] ?? '', (m[2] ?? '').replace(/[gy]/g, ''));
    return (text) => re.test(text);
  }
  const key = claimKey(pattern);
  return (text) => claimKey(text) === key;
}

/** One predicate for all `ignore` entries: does this claim text match any of them? */
export function ignoreMatcher(patterns: readonly string[]): (text: string) => boolean {
  const tests = patterns.map(compilePattern);
  return (text) => tests.some((t) => t(text));
}

/** What an `ignore` step removed. */
export interface IgnoredCounts {
  claims: number;
  discrepancies: number;
}

/**
 * Drops the claims whose text matches, then the discrepancies left with fewer
 * than two claims (nothing left to disagree with). Summary counts follow.
 */
export function applyIgnore(report: Report, matches: (text: string) => boolean): { report: Report } & IgnoredCounts {
  let claims = 0;
  const kept = report.discrepancies.flatMap((d) => {
    const remaining = d.claims.filter((c) => !matches(c.text));
    claims += d.claims.length - remaining.length;
    if (remaining.length === d.claims.length) return [d];
    return remaining.length >= 2 ? [{ ...d, claims: remaining }] : [];
  });
  return { report: withDiscrepancies(report, kept), claims, discrepancies: report.discrepancies.length - kept.length };
}

/**
 * The `ignore` step. Patterns are compiled once, here (an invalid regex
 * throws now, not per report); `onIgnored` hears what each run removed.
 */
export function ignoreClaims(patterns: readonly string[], onIgnored?: (counts: IgnoredCounts) => void): ReportProcessor {
  const matches = ignoreMatcher(patterns);
  return (report) => {
    const { report: kept, claims, discrepancies } = applyIgnore(report, matches);
    onIgnored?.({ claims, discrepancies });
    return kept;
  };
}
