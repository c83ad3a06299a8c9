import { clauseView } from '../analyze/clauses.js';
import { isHeadline, type AnalyzedSentence } from '../analyze/index.js';
import type { AlignedGroup } from '../align/index.js';
import type { DetectionContext, Finding } from './types.js';

/** Up to this many members, every pair in a group is compared; beyond it, each member against the medoid. */
export const PAIRWISE_LIMIT = 8;
const MEDOID_SAMPLE = 24;

/**
 * The member pairs a detector compares within one group: members of
 * different sources (two halves of one source's split statement are not a
 * disagreement). Large groups compare each member with the medoid — the
 * member most like all others — so the work grows linearly with sources;
 * a member that differs from the medoid is still reported against it.
 */
export function memberPairs(group: AlignedGroup, context: DetectionContext): Array<[AnalyzedSentence, AnalyzedSentence]> {
  const { members } = group;
  const pairs: Array<[AnalyzedSentence, AnalyzedSentence]> = [];
  if (members.length <= PAIRWISE_LIMIT) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = members[x] as AnalyzedSentence;
        const b = members[y] as AnalyzedSentence;
        if (a.source !== b.source && !crossesHeadline(a, b, members) && !halvesApart(a, b, members, context)) pairs.push(oriented(a, b));
      }
    }
    return pairs;
  }
  // The medoid among an even spread of members, measured against that spread: linear in group size.
  const step = Math.max(1, Math.floor(members.length / MEDOID_SAMPLE));
  const spread = members.filter((_, k) => k % step === 0);
  let medoid = members[0] as AnalyzedSentence;
  let best = -Infinity;
  for (const m of spread) {
    let total = 0;
    for (const o of spread) if (o !== m) total += context.alignment.similarity(m, o);
    if (total > best) {
      best = total;
      medoid = m;
    }
  }
  for (const m of members) if (m.source !== medoid.source) pairs.push(oriented(medoid, m));
  return pairs;
}

/**
 * The skeleton of a pairwise detector: `find` runs on every member pair of every aligned group
 * (see `memberPairs`), and its findings are returned in group, then pair order.
 */
export function pairFindings(
  context: DetectionContext,
  find: (x: AnalyzedSentence, y: AnalyzedSentence, group: AlignedGroup) => readonly Finding[],
): Finding[] {
  const findings: Finding[] = [];
  for (const group of context.alignment.groups) {
    for (const [x, y] of memberPairs(group, context)) {
      // Sentences that match through one clause are compared on that clause alone: the rest of a
      // long sentence reports other statements, whose numbers and names are not this one's.
      const match = context.alignment.clauseMatch(x, y);
      findings.push(...(match ? find(clauseView(x, match[0]), clauseView(y, match[1]), group) : find(x, y, group)));
    }
  }
  return findings;
}

/**
 * Two sources that both give a statement as headline and body sentence: the headline is read
 * against the other headline and the body against the other body, never a terse headline
 * against a full sentence of another source (or of a source's own copy).
 */
function crossesHeadline(a: AnalyzedSentence, b: AnalyzedSentence, members: readonly AnalyzedSentence[]): boolean {
  if (isHeadline(a) === isHeadline(b)) return false;
  const twoFrom = (source: string): boolean => members.filter((m) => m.source === source).length > 1;
  return twoFrom(a.source) && twoFrom(b.source);
}

/** Below this similarity two sentences share next to nothing (half the default alignment threshold). */
const SPLIT_PAIR_MIN = 0.1;

/**
 * Where a source gives the statement in two sentences ("11 people were rescued. Two are still
 * missing."), each half is compared with what it shares with another source's sentence, not with
 * the other half's words: a half that shares next to nothing with that sentence is a different
 * part of the statement.
 */
function halvesApart(a: AnalyzedSentence, b: AnalyzedSentence, members: readonly AnalyzedSentence[], context: DetectionContext): boolean {
  const split = (s: AnalyzedSentence): boolean => members.some((m) => m !== s && m.source === s.source);
  return (split(a) || split(b)) && context.alignment.similarity(a, b) < SPLIT_PAIR_MIN;
}

/**
 * A pair in an order fixed by the sentences' own text, so that what a detector reports for it
 * (which words it claims) does not depend on where the sentences stand in their sources.
 */
function oriented(a: AnalyzedSentence, b: AnalyzedSentence): [AnalyzedSentence, AnalyzedSentence] {
  return a.text < b.text || (a.text === b.text && a.source < b.source) ? [a, b] : [b, a];
}

/**
 * A finding's confidence from how well its group aligns: `base` for a bare match, growing with
 * the group's mean similarity, never above `cap` (alignment alone never makes a finding certain).
 */
export function alignedConfidence(base: number, group: Pick<AlignedGroup, 'score'>, cap = 0.9): number {
  return Math.min(cap, base + 0.5 * group.score);
}
