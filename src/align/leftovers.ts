import type { CandidatePair, Grouping, Links, Node } from './types.js';

/**
 * Seventh pass of alignment (after links): two sentences of different sources that every other pass left
 * alone, scoring just below the threshold (see `NEAR_FACTOR`), pair when each is the other's best
 * such match in the other's source. Paraphrase and translation ("seized 12 laptops" / "carted off
 * 21 laptops") often score there; requiring the match both ways keeps two unrelated leftovers
 * apart. The groups it forms are returned as weak: findings on them are guesses (low).
 */
export function pairLeftovers(nodes: readonly Node[], input: Grouping, links: Links, near: readonly CandidatePair[]): { grouping: Grouping; weak: Set<number> } {
  const grouping: Grouping = { groupOf: input.groupOf.slice(), members: new Map([...input.members].map(([g, list]) => [g, [...list]])) };
  const { groupOf, members } = grouping;
  // A sentence alone in its group, and no other source's sentence linked into that group.
  const alone = (k: number): boolean => (members.get(groupOf[k] as number)?.length ?? 0) === 1 && !links.has(groupOf[k] as number);
  const sourceOf = (k: number): number => (nodes[k] as Node).sourceIndex;
  // Each leftover's best near pair per other source (near is strongest first, so the first seen wins).
  const best = new Map<string, number>();
  for (const { i, j } of near) {
    if (!alone(i) || !alone(j)) continue;
    const ki = `${i}:${sourceOf(j)}`;
    const kj = `${j}:${sourceOf(i)}`;
    if (!best.has(ki)) best.set(ki, j);
    if (!best.has(kj)) best.set(kj, i);
  }
  const weak = new Set<number>();
  for (const { i, j } of near) {
    if (!alone(i) || !alone(j)) continue;
    if (best.get(`${i}:${sourceOf(j)}`) !== j || best.get(`${j}:${sourceOf(i)}`) !== i) continue;
    const target = groupOf[i] as number;
    members.get(target)?.push(j);
    members.delete(groupOf[j] as number);
    groupOf[j] = target;
    weak.add(target);
  }
  return { grouping, weak };
}
