import { isHeadline } from '../analyze/index.js';
import type { Grouping, Links, Node } from './types.js';

/** Sentences a source needs for its first line to count as a headline over an article. */
const MIN_ARTICLE_SENTENCES = 3;

/**
 * Eighth pass of alignment (after leftovers): the sources' headlines are one statement, the story
 * in a line, however differently each outlet words it ("Cascade Ridge Bancorp: what we know about
 * the run on the Spokane lender" / "Anxious customers line up as Cascade Ridge stock sinks").
 * Across the development events, editors aligned 212 of 231 headline pairs; word overlap found
 * fewer than half of them, since headlines are short and written for effect.
 *
 * A headline alone joins the group holding the most headlines; a headline already in another
 * group (with another source's lede) is linked into it and keeps its home. A group of headlines
 * only is returned as weak: a difference between two headlines alone is a guess (low), since a
 * headline may tell another part of the story.
 */
export function groupHeadlines(nodes: readonly Node[], input: Grouping, links: Links): { grouping: Grouping; links: Links; weak: Set<number> } {
  const weak = new Set<number>();
  const headlines: number[] = [];
  const seen = new Set<number>();
  const length = new Map<number, number>();
  for (const node of nodes) length.set(node.sourceIndex, (length.get(node.sourceIndex) ?? 0) + 1);
  nodes.forEach((node, k) => {
    // A first line without a full stop heads an article only when an article follows it.
    if (!seen.has(node.sourceIndex) && (length.get(node.sourceIndex) ?? 0) >= MIN_ARTICLE_SENTENCES && isHeadline(node.sentence)) {
      seen.add(node.sourceIndex);
      headlines.push(k);
    }
  });
  if (headlines.length < 2) return { grouping: input, links, weak };
  const grouping: Grouping = { groupOf: input.groupOf.slice(), members: new Map([...input.members].map(([g, list]) => [g, [...list]])) };
  const out: Links = new Map([...links].map(([g, list]) => [g, [...list]]));
  const { groupOf, members } = grouping;
  const holds = (g: number, k: number): boolean => groupOf[k] === g || (out.get(g)?.includes(k) ?? false);
  // The group holding the most headlines; on a tie the one whose headline text sorts first, so
  // the order the sources were given in decides nothing.
  const textOf = (g: number): string =>
    headlines
      .filter((k) => holds(g, k))
      .map((k) => (nodes[k] as Node).sentence.text)
      .sort()[0] ?? '';
  let target = groupOf[headlines[0] as number] as number;
  let most = 0;
  for (const h of headlines) {
    const g = groupOf[h] as number;
    const count = headlines.filter((k) => holds(g, k)).length;
    if (count > most || (count === most && textOf(g) < textOf(target))) {
      most = count;
      target = g;
    }
  }
  if (most === headlines.length) return { grouping: input, links, weak };
  const sourceOf = (k: number): number => (nodes[k] as Node).sourceIndex;
  for (const h of headlines) {
    if (holds(target, h)) continue;
    // A group holds one statement per source: a source already there (its lede, say) keeps its
    // place. (Letting a headline join its own lede there aligned a few more pairs and cost more in
    // false findings between a headline and another source's body.)
    if ([...(members.get(target) ?? []), ...(out.get(target) ?? [])].some((k) => sourceOf(k) === sourceOf(h))) continue;
    const home = groupOf[h] as number;
    const alone = (members.get(home)?.length ?? 0) === 1 && !out.has(home);
    if (alone) {
      members.get(target)?.push(h);
      members.delete(home);
      groupOf[h] = target;
    } else {
      out.set(target, [...(out.get(target) ?? []), h]);
    }
  }
  // Headlines alone are a guess; a group that also holds a body sentence stood on its own evidence.
  if ([...(members.get(target) ?? []), ...(out.get(target) ?? [])].every((k) => headlines.includes(k))) weak.add(target);
  return { grouping, links: out, weak };
}
