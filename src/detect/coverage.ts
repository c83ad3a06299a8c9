import type { AnalyzedSentence, Token } from '../analyze/index.js';
import { sameEntity } from '../analyze/names.js';
import { areSynonyms } from '../analyze/synonyms.js';
import type { AlignedGroup } from '../align/index.js';
import type { DetectionContext } from './types.js';

/**
 * Coverage inside aligned statements: details one member carries that the
 * other sources' members lack ("… at a depth of 10 km, AFAD said" against
 * sentences without the depth). Not a contradiction: reported as the
 * member's `extras`.
 */

export interface ExtraSpan {
  start: number;
  end: number;
}

/** At most this many other members are checked for a detail; beyond, an even spread of them. */
const REFERENCE_MEMBERS = 8;

const PREPOSITIONS = new Set(['at', 'in', 'on', 'of', 'for', 'with', 'from', 'by', 'near', 'after', 'before', 'during', 'until', 'to', 'about', 'since']);

/** Is this word of `m` said, in some form, by the other member? */
function covered(m: AnalyzedSentence, k: number, other: AnalyzedSentence, context: DetectionContext): boolean {
  const t = m.tokens[k] as Token;
  const name = m.names.find((n) => k >= n.from && k < n.to);
  if (name && other.names.some((o) => sameEntity(name.text, o.text, context.aliases))) return true;
  const number = m.numbers.find((n) => k >= n.from && k < n.to);
  if (number && other.numbers.some((o) => o.values.some((v) => number.values.includes(v)))) return true;
  return other.tokens.some((u) => u.stem === t.stem || (!u.stop && u.fold.length > 2 && areSynonyms(t.fold, u.fold)));
}

/** A detail worth listing: a number, a name, two content words, or a phrase a preposition introduces ("by midday"). */
function salient(m: AnalyzedSentence, from: number, to: number, introduced: boolean): boolean {
  let content = 0;
  for (let k = from; k < to; k++) {
    const t = m.tokens[k] as Token;
    if (t.num || m.names.some((n) => k >= n.from && k < n.to)) return true;
    if (!t.stop) content++;
  }
  return content >= 2 || (introduced && content >= 1);
}

/** Spans of `member` that the member of at least one other source does not carry. */
export function extrasOf(member: AnalyzedSentence, group: AlignedGroup, context: DetectionContext): ExtraSpan[] {
  // Large groups: compare with a few members spread over the group rather than all (linear work).
  const all = group.members.filter((o) => o.source !== member.source);
  const step = Math.max(1, Math.floor(all.length / REFERENCE_MEMBERS));
  const others = all.length <= REFERENCE_MEMBERS ? all : all.filter((_, k) => k % step === 0).slice(0, REFERENCE_MEMBERS);
  if (others.length === 0) return [];
  const text = context.sources.find((s) => s.id === member.source)?.text ?? '';
  const { tokens } = member;
  // Missing from at least one other source's member: the contract's "details some other sources lack".
  const missing = tokens.map((t, k) => !t.stop && others.some((o) => !covered(member, k, o, context)));
  const spans: ExtraSpan[] = [];
  let k = 0;
  while (k < tokens.length) {
    if (!missing[k]) {
      k++;
      continue;
    }
    // A run of missing content words, bridging function words but not punctuation or covered words.
    let end = k + 1;
    let last = k;
    while (end < tokens.length) {
      const t = tokens[end] as Token;
      if (/[,;:()"“”]/.test(text.slice((tokens[end - 1] as Token).end, t.start))) break;
      if (missing[end]) last = end;
      else if (!t.stop) break;
      end++;
    }
    let from = k;
    // Take in the preposition that introduces the detail ("at a depth of 10 km").
    for (let b = k - 1; b >= Math.max(0, k - 2); b--) {
      const t = tokens[b] as Token;
      if (!t.stop || /[,;:()]/.test(text.slice(t.end, (tokens[b + 1] as Token).start))) break;
      if (PREPOSITIONS.has(t.fold)) {
        from = b;
        break;
      }
    }
    if (salient(member, k, last + 1, from < k)) spans.push({ start: (tokens[from] as Token).start, end: (tokens[last] as Token).end });
    k = last + 1;
  }
  return spans;
}
