import type { AnalyzedSentence } from '../analyze/types.js';
import type { AlignedGroup, Grouping, Links, Node, NodeSimilarity, SentencePair } from './types.js';
import { LINKAGE_SAMPLE, linkageSample } from './pairs.js';

/**
 * Last pass of alignment: groups of two or more sentences (home members and links) with their
 * mean pairwise similarity, and the sentences no group holds, in the order of the input.
 */

export interface Collected {
  /** Ordered by their first member's place in the input. */
  groups: AlignedGroup[];
  /** In input order. */
  unmatched: AnalyzedSentence[];
}

/** Each sentence's node index, which is its place in the input. */
export function nodeIndexOf(nodes: readonly Node[]): Map<AnalyzedSentence, number> {
  return new Map(nodes.map((node, i) => [node.sentence, i]));
}

export function collectGroups(
  nodes: readonly Node[],
  grouping: Grouping,
  links: Links,
  simOf: NodeSimilarity,
  nodeIndex: ReadonlyMap<AnalyzedSentence, number>,
  weak: ReadonlySet<number> = new Set(),
  near: ReadonlyMap<number, ReadonlySet<number>> = new Map(),
): Collected {
  const groups: AlignedGroup[] = [];
  const unmatched: AnalyzedSentence[] = [];
  for (const [g, list] of grouping.members) {
    const linked = links.get(g) ?? [];
    if (list.length === 1 && linked.length === 0) {
      const only = nodes[list[0] as number];
      if (only) unmatched.push(only.sentence);
      continue;
    }
    const all = [...list, ...linked].sort((x, y) => x - y);
    // Mean over all pairs; over an even sample of a very large group, so the work stays linear.
    const spread = all.length > 2 * LINKAGE_SAMPLE ? linkageSample(all) : all;
    let total = 0;
    let pairs = 0;
    for (let x = 0; x < spread.length; x++) {
      for (let y = x + 1; y < spread.length; y++) {
        total += simOf(spread[x] as number, spread[y] as number);
        pairs++;
      }
    }
    groups.push({
      score: total / pairs,
      members: all.map((k) => (nodes[k] as Node).sentence),
      linked: new Set(linked.map((k) => (nodes[k] as Node).sentence)),
      ...(weak.has(g) ? { weak: true as const } : {}),
      ...(near.has(g) ? { near: new Set([...(near.get(g) ?? [])].filter((k) => list.includes(k)).map((k) => (nodes[k] as Node).sentence)) } : {}),
    });
  }
  const order = (s: AnalyzedSentence): number => nodeIndex.get(s) ?? 0;
  groups.sort((g, h) => order(g.members[0] as AnalyzedSentence) - order(h.members[0] as AnalyzedSentence));
  unmatched.sort((s, t) => order(s) - order(t));
  return { groups, unmatched };
}

/** Echoes in input order: by the first sentence, then the second. */
export function orderEchoes(echoes: readonly SentencePair[], nodeIndex: ReadonlyMap<AnalyzedSentence, number>): SentencePair[] {
  const order = (s: AnalyzedSentence): number => nodeIndex.get(s) ?? 0;
  return [...echoes].sort((p, q) => order(p.a) - order(q.a) || order(p.b) - order(q.b));
}
