import { isHeadline } from '../analyze/index.js';
import { linkageSample } from './pairs.js';
import type { AlignOptions, CandidatePair, Grouping, Node, NodeSimilarity } from './types.js';

/**
 * Third pass of alignment: groups grown from candidate pairs, strongest first. Two groups merge
 * when they share no source (a headline and its lede excepted) and their average linkage
 * reaches three quarters of the threshold.
 */
export function mergeGroups(
  nodes: readonly Node[],
  candidates: readonly CandidatePair[],
  simOf: NodeSimilarity,
  options: AlignOptions,
): Grouping {
  const sourceOf = (k: number): number => (nodes[k] as Node).sourceIndex;
  const groupOf = new Int32Array(nodes.length).map((_, i) => i);
  const members = new Map<number, number[]>(nodes.map((_, i) => [i, [i]]));
  const groupSources = new Map<number, Set<number>>(nodes.map((node, i) => [i, new Set([node.sourceIndex])]));
  // Linkage checks that failed, by group pair and sizes: unchanged groups fail again.
  const failed = new Set<string>();

  const headlineCount = new Map<number, number>();
  nodes.forEach((node, k) => {
    if (isHeadline(node.sentence)) headlineCount.set(k, 1);
  });
  // A headline restates a sentence of its story (usually the lede): the two may share a group as
  // one statement said twice. Where that sentence stands does not matter, so paragraph order cannot.
  const headlineAndLede = (a: readonly number[], b: readonly number[], src: number): boolean => {
    const x = a.filter((k) => sourceOf(k) === src);
    const y = b.filter((k) => sourceOf(k) === src);
    if (x.length !== 1 || y.length !== 1) return false;
    return isHeadline((nodes[x[0] as number] as Node).sentence) !== isHeadline((nodes[y[0] as number] as Node).sentence);
  };

  for (const { i, j } of candidates) {
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) continue;
    const a = members.get(gi) ?? [];
    const b = members.get(gj) ?? [];
    // At most one sentence per source in a group.
    const sa = groupSources.get(gi) ?? new Set<number>();
    const sb = groupSources.get(gj) ?? new Set<number>();
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    let conflict = false;
    // Only a headline may share its source with another member; without one, any overlap conflicts.
    const headlines = (headlineCount.get(gi) ?? 0) + (headlineCount.get(gj) ?? 0) > 0;
    for (const src of small) {
      if (large.has(src) && !(headlines && headlineAndLede(a, b, src))) {
        conflict = true;
        break;
      }
    }
    if (conflict) continue;
    const attempt = `${Math.min(gi, gj)}:${Math.max(gi, gj)}:${a.length}:${b.length}`;
    if (failed.has(attempt)) continue;
    // Average linkage keeps chains of loosely related sentences from fusing; for large groups it
    // is estimated on an even, deterministic sample of members, which bounds the work per merge.
    const sa2 = linkageSample(a);
    const sb2 = linkageSample(b);
    let total = 0;
    for (const x of sa2) for (const y of sb2) total += simOf(x, y);
    if (total / (sa2.length * sb2.length) < options.threshold * 0.75) {
      failed.add(attempt);
      continue;
    }
    for (const k of b) a.push(k);
    members.delete(gj);
    for (const src of sb) sa.add(src);
    groupSources.delete(gj);
    headlineCount.set(gi, (headlineCount.get(gi) ?? 0) + (headlineCount.get(gj) ?? 0));
    headlineCount.delete(gj);
    for (const k of b) groupOf[k] = gi;
  }
  return { groupOf, members };
}
