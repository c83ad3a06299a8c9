import type { AnalyzedSentence, NameMention } from '../analyze/index.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { nameTokens, sameEntity } from '../analyze/names.js';
import type { DetectionContext } from './types.js';

/** Name mentions and the slots they fill, shared by the entity and attribution detectors. */

export interface Mention {
  sentence: AnalyzedSentence;
  name: NameMention;
}

/** Names this close are likely one person misnamed rather than two people. */
export const MISNAME_SIMILARITY = 0.72;

/**
 * How alike two different names look (Jaro–Winkler of their last words, 0–1):
 * high for a misspelt or confused name (Petrov/Peskov), low for two people.
 */
export function nameSimilarity(a: string, b: string): number {
  const last = (s: string): string => nameTokens(s).at(-1) ?? '';
  return JaroWinklerDistance(last(a), last(b));
}

export interface Substitution {
  a: Mention;
  b: Mention;
  /** What makes them one slot: a shared role, the same surrounding word, or speaking the same remark. */
  via: 'role' | 'context' | 'speaker';
}

const WEAK_NEIGHBOURS = /^(and|or|of|the|a|an|in|on|at|to|by|for|with|from)$/;

function slotLink(a: Mention, b: Mention): Substitution['via'] | undefined {
  if (a.name.role && a.name.role === b.name.role) return 'role';
  if (a.sentence.speaker === a.name && b.sentence.speaker === b.name) return 'speaker';
  const before = (m: Mention): string | undefined => m.sentence.tokens[m.name.from - 1]?.fold;
  const after = (m: Mention): string | undefined => m.sentence.tokens[m.name.to]?.fold;
  const bA = before(a);
  const aA = after(a);
  if (bA !== undefined && bA === before(b) && !WEAK_NEIGHBOURS.test(bA)) return 'context';
  if (aA !== undefined && aA === after(b) && !WEAK_NEIGHBOURS.test(aA)) return 'context';
  return undefined;
}

/** Names present in one sentence without a counterpart in the other, standing in the same place. */
export function substitutions(a: AnalyzedSentence, b: AnalyzedSentence, context: DetectionContext): Substitution[] {
  const unmatched = (x: AnalyzedSentence, y: AnalyzedSentence): Mention[] =>
    x.names
      .filter((n) => !y.names.some((o) => sameEntity(n.text, o.text, context.aliases)))
      .map((name) => ({ sentence: x, name }));
  const ua = unmatched(a, b);
  const ub = unmatched(b, a);
  const pairs: Substitution[] = [];
  for (const ma of ua) {
    for (const mb of ub) {
      const via = slotLink(ma, mb);
      if (via) {
        pairs.push({ a: ma, b: mb, via });
        break;
      }
    }
  }
  return pairs;
}

/** Does the source mention this entity anywhere? */
export function sourceMentions(context: DetectionContext, sourceId: string, name: string): boolean {
  const source = context.sources.find((s) => s.id === sourceId);
  return (source?.sentences ?? []).some((s) => s.names.some((n) => sameEntity(n.text, name, context.aliases)));
}

/**
 * A remark's speaker differs between sources. Look-alike names are one
 * person misnamed (an entity discrepancy: Petrenko/Pavlenko); unlike names
 * are the remark put in another person's mouth (attribution).
 */
export function isMisattribution(a: Mention, b: Mention): boolean {
  return nameSimilarity(a.name.text, b.name.text) < MISNAME_SIMILARITY;
}
