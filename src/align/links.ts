import { linkageSample } from './pairs.js';
import type { AlignOptions, CandidatePair, Grouping, Links, Node, NodeSimilarity } from './types.js';

/** A sentence may stand for this many statements besides its own group's (clauses of a long sentence). */
const MAX_LINKS = 2;

/**
 * Sixth pass of alignment: n:1 statements. Grouping gives each sentence one home, so a sentence
 * that merges what another source says in two sentences can join only one of them. Here a
 * sentence that already has a home joins a second group as a linked member when it matches that
 * group as well as members match each other, and the group has no sentence of its source yet; an
 * unmatched sentence of another source whose statement such a sentence carries gets a group of
 * its own this way. Strongest pairs first, so the result does not depend on input order beyond
 * the pair order.
 */
export function linkStatements(
  nodes: readonly Node[],
  candidates: readonly CandidatePair[],
  grouping: Grouping,
  simOf: NodeSimilarity,
  options: AlignOptions,
): Links {
  const { groupOf, members } = grouping;
  const links: Links = new Map();
  const linkCount = new Map<number, number>();
  // Sources present in each group, home members and links alike, kept up to date as links are made.
  const sourcesIn = new Map<number, Set<number>>();
  for (const [g, list] of members) sourcesIn.set(g, new Set(list.map((k) => (nodes[k] as Node).sourceIndex)));
  const tryLink = (i: number, j: number): boolean => {
    const home = groupOf[i] as number;
    const target = groupOf[j] as number;
    if (home === target || (members.get(home)?.length ?? 0) < 2 || (linkCount.get(i) ?? 0) >= MAX_LINKS) return false;
    const source = (nodes[i] as Node).sourceIndex;
    if (sourcesIn.get(target)?.has(source)) return false;
    const sampled = linkageSample(members.get(target) ?? []);
    const linkage = sampled.reduce((sum, k) => sum + simOf(i, k), 0) / sampled.length;
    if (linkage < options.threshold * 0.75) return false;
    const list = links.get(target);
    if (list) list.push(i);
    else links.set(target, [i]);
    sourcesIn.get(target)?.add(source);
    linkCount.set(i, (linkCount.get(i) ?? 0) + 1);
    return true;
  };
  for (const { i, j } of candidates) {
    if (groupOf[i] === groupOf[j]) continue;
    if (!tryLink(i, j)) tryLink(j, i);
  }
  return links;
}
