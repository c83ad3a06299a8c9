/**
 * The view layer every output format shares: severity order and filtering,
 * counting words, finding a claim's sentence and the claim inside it, and
 * where a claim ends. Pure functions of the report; no format-specific text.
 */
import type { Claim, Discrepancy, Report, Severity, Span } from '../types.js';

// ---------------------------------------------------------------------------
// Severity

/** Most severe first: high 0, medium 1, low 2. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = Object.freeze({ high: 0, medium: 1, low: 2 });

/** Rank of a severity; anything a hand-edited report might hold sorts after low. */
export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity] ?? 3;
}

/** The discrepancies at `min` or more severe, in report order (all of them when `min` is undefined). */
export function atLeast(report: Pick<Report, 'discrepancies'>, min: Severity | undefined): readonly Discrepancy[] {
  if (min === undefined) return report.discrepancies;
  return report.discrepancies.filter((d) => severityRank(d.severity) <= SEVERITY_RANK[min]);
}

/** How many discrepancies of each known severity (unknown severities are not counted). */
export function countBySeverity(discrepancies: readonly Discrepancy[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const d of discrepancies) if (d.severity in counts) counts[d.severity]++;
  return counts;
}

// ---------------------------------------------------------------------------
// Words

/** "1 source", "2 sources"; `many` for irregular plurals ("discrepancies"). */
export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** HTML entities for the five characters that can open markup or end an attribute. */
export const HTML_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
});

// ---------------------------------------------------------------------------
// Sentences and claims

export interface SentenceRef {
  text: string;
  span: Span;
}

/** Unmatched sentences per source, in report order, then any source the report does not list. */
export function unmatchedBySource(report: Report): Map<string, Report['unmatched']> {
  const bySource = new Map<string, Report['unmatched']>();
  for (const s of report.sources) bySource.set(s.id, []);
  for (const u of report.unmatched) {
    const list = bySource.get(u.source) ?? [];
    list.push(u);
    bySource.set(u.source, list);
  }
  return bySource;
}

/**
 * Finds a content sentence's text and span by (source id, sentence index),
 * looking through group members and then unmatched sentences. Built once per
 * report; claims only carry offsets, the sentence around them lives here.
 */
export function sentenceLookup(report: Report): (source: string, sentence: number) => SentenceRef | undefined {
  const index = new Map<string, SentenceRef>();
  const add = (source: string, sentence: number, ref: SentenceRef): void => {
    const key = sentenceKey(source, sentence);
    if (!index.has(key)) index.set(key, ref);
  };
  for (const g of report.groups) for (const m of g.members) add(m.source, m.sentence, m);
  for (const u of report.unmatched) add(u.source, u.sentence, u);
  return (source, sentence) => index.get(sentenceKey(source, sentence));
}

function sentenceKey(source: string, sentence: number): string {
  return `${source}\u0000${sentence}`;
}

/**
 * Where in `sentence.text` the claim's words are, or undefined if they
 * cannot be found. The claim's offsets are used when the sentence text is a
 * verbatim slice of the input and the slice they name holds the claim's text;
 * otherwise (normalised text, a hand-edited report whose claim no longer
 * matches its offsets) the first occurrence of the claim's text is taken.
 */
export function locate(claim: Claim, sentence: SentenceRef): { from: number; to: number } | undefined {
  const { text, span } = sentence;
  const from = claim.span.start - span.start;
  const to = claim.span.end - span.start;
  const inRange = Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to >= from && to <= text.length;
  const verbatim = text.length === span.end - span.start;
  if (inRange && verbatim && text.slice(from, to) === claim.text) return { from, to };
  const found = claim.text === '' ? -1 : text.indexOf(claim.text);
  return found >= 0 ? { from: found, to: found + claim.text.length } : undefined;
}

/** Where a claim ends. */
export interface End {
  /** 1-based line of the claim's last character. */
  line: number;
  /**
   * 1-based column (UTF-16 units) of the character after the claim, as SARIF
   * counts (its `endColumn` is exclusive). GitHub's is inclusive: subtract 1.
   */
  column: number;
}

/**
 * The end of a claim, from its start and its text: the report has offsets
 * but no end line/column, and claims are verbatim slices of the input, so the
 * line breaks inside the text (`\r\n`, `\r`, `\n`) say how far it runs.
 */
export function claimEnd(span: Span, text: string): End {
  const breaks = [...text.matchAll(/\r\n|\r|\n/g)];
  const last = breaks[breaks.length - 1];
  if (last === undefined) return { line: span.line, column: span.column + text.length };
  const tail = text.length - (last.index + last[0].length);
  return { line: span.line + breaks.length, column: tail + 1 };
}
