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

/** Members of a group a leftover must score near to before it joins: one could be chance. */
const NEAR_MEMBERS = 2;

/**
 * After leftovers pair: a sentence still alone that scores just below the threshold (see
 * `NEAR_FACTOR`) against at least two members of one group, from sources other than its own
 * and with none of its source's sentences in the group, joins that group ("The people of
 * Urzelina, Manadas and Santo Amaro spent Saturday night away from home" against two sources'
 * "Residents of Urzelina, Manadas and Santo Amaro were woken / were taken …"). Each group takes
 * one such sentence per source, the best placed first. Joined sentences are returned per group:
 * findings on them are guesses (low), the group's own findings keep their weight.
 */
export function attachNearLeftovers(nodes: readonly Node[], input: Grouping, links: Links, near: readonly CandidatePair[]): { grouping: Grouping; near: Map<number, Set<number>> } {
  const grouping: Grouping = { groupOf: input.groupOf.slice(), members: new Map([...input.members].map(([g, list]) => [g, [...list]])) };
  const { groupOf, members } = grouping;
  const sourceOf = (k: number): number => (nodes[k] as Node).sourceIndex;
  const alone = (k: number): boolean => (members.get(groupOf[k] as number)?.length ?? 0) === 1 && !links.has(groupOf[k] as number);
  // A source's sentence in the group already, at home or linked into it.
  const holdsSource = (g: number, source: number): boolean => [...(members.get(g) ?? []), ...(links.get(g) ?? [])].some((m) => sourceOf(m) === source);
  // Per leftover, per group: the members it scores near to, and their summed score.
  const tallies = new Map<number, Map<number, { count: number; sum: number }>>();
  const tally = (leftover: number, member: number, score: number): void => {
    if (!alone(leftover) || alone(member)) return;
    const g = groupOf[member] as number;
    const perGroup = tallies.get(leftover) ?? new Map<number, { count: number; sum: number }>();
    const t = perGroup.get(g) ?? { count: 0, sum: 0 };
    perGroup.set(g, { count: t.count + 1, sum: t.sum + score });
    tallies.set(leftover, perGroup);
  };
  for (const { i, j, score } of near) {
    tally(i, j, score);
    tally(j, i, score);
  }
  // The best group per leftover, strongest offers first, in node order on ties: the same whatever the input order of equal offers.
  const offers: Array<{ leftover: number; group: number; count: number; sum: number }> = [];
  for (const [leftover, perGroup] of [...tallies].sort((a, b) => a[0] - b[0])) {
    let best: { group: number; count: number; sum: number } | undefined;
    for (const [group, t] of [...perGroup].sort((a, b) => a[0] - b[0])) {
      if (t.count < NEAR_MEMBERS) continue;
      if (holdsSource(group, sourceOf(leftover))) continue;
      if (!best || t.count > best.count || (t.count === best.count && t.sum > best.sum)) best = { group, ...t };
    }
    if (best) offers.push({ leftover, ...best });
  }
  offers.sort((a, b) => b.count - a.count || b.sum - a.sum || a.leftover - b.leftover);
  const joined = new Map<number, Set<number>>();
  for (const { leftover, group } of offers) {
    const list = members.get(group) ?? [];
    if (holdsSource(group, sourceOf(leftover))) continue;
    list.push(leftover);
    members.delete(groupOf[leftover] as number);
    groupOf[leftover] = group;
    joined.set(group, (joined.get(group) ?? new Set()).add(leftover));
  }
  return { grouping, near: joined };
}
