import type { AlignOptions, CandidatePair, Grouping, Node, NodeSimilarity } from './types.js';

/**
 * Fourth and fifth passes of alignment: sentences left alone by merging join a group in two
 * shapes one statement takes across sources. Each pass returns a new grouping; its input is
 * left as it was.
 */

/** How much longer a sentence must be than two of another source's to carry both of them. */
const FAN_OUT_LENGTH = 1.4;

function copyGrouping(grouping: Grouping): Grouping {
  return {
    groupOf: grouping.groupOf.slice(),
    members: new Map([...grouping.members].map(([g, list]) => [g, [...list]])),
  };
}

/** Moves node `i`, alone in its group, into group `target`. */
function join(grouping: Grouping, i: number, target: number): void {
  const { groupOf, members } = grouping;
  members.get(target)?.push(i);
  members.delete(groupOf[i] as number);
  groupOf[i] = target;
}

/** Two sentences of one source in one paragraph (a line of text: no line break between them). */
function sameParagraph(a: Node, b: Node): boolean {
  return a.sentence.span.line === b.sentence.span.line;
}

/**
 * A statement one source splits over two sentences: an unmatched sentence next to a member of its
 * own source joins that group when it matches the other sources' members on its own.
 */
export function attachSplitStatements(nodes: readonly Node[], input: Grouping, simOf: NodeSimilarity, options: AlignOptions): Grouping {
  const grouping = copyGrouping(input);
  const { groupOf, members } = grouping;
  for (let i = 0; i < nodes.length; i++) {
    if ((members.get(groupOf[i] as number)?.length ?? 0) > 1) continue;
    const node = nodes[i] as Node;
    let best: { group: number; score: number } | undefined;
    for (const neighbour of [i - 1, i + 1]) {
      const other = nodes[neighbour];
      // Only within a paragraph: which paragraphs stand next to each other is the layout's choice.
      if (!other || other.sourceIndex !== node.sourceIndex || !sameParagraph(other, node)) continue;
      const g = groupOf[neighbour] as number;
      const list = members.get(g) ?? [];
      const foreign = list.filter((k) => nodes[k]?.sourceIndex !== node.sourceIndex);
      if (foreign.length === 0 || list.length - foreign.length > 1) continue;
      const score = foreign.reduce((sum, k) => sum + simOf(i, k), 0) / foreign.length;
      if (score >= options.threshold && (!best || score > best.score)) best = { group: g, score };
    }
    if (best) join(grouping, i, best.group);
  }
  return grouping;
}

/**
 * A long sentence (a lede) may carry what another source says in two separate sentences. An
 * unmatched sentence joins the group of its best match when that match is clearly longer, the
 * group holds one sentence of its source that says something else, and nothing else fits it.
 */
export function attachToCarriers(
  nodes: readonly Node[],
  input: Grouping,
  candidates: readonly CandidatePair[],
  simOf: NodeSimilarity,
  options: AlignOptions,
): Grouping {
  const grouping = copyGrouping(input);
  const { groupOf, members } = grouping;
  const alone = (k: number): boolean => (members.get(groupOf[k] as number)?.length ?? 0) === 1;
  const partners = new Map<number, Array<{ j: number; score: number }>>();
  const partner = (k: number, j: number, score: number): void => {
    const list = partners.get(k);
    if (list) list.push({ j, score });
    else partners.set(k, [{ j, score }]);
  };
  // Strongest first, as the candidates are sorted.
  for (const { i, j, score } of candidates) {
    if (alone(i)) partner(i, j, score);
    if (alone(j)) partner(j, i, score);
  }
  const sourceOf = (k: number): number => (nodes[k] as Node).sourceIndex;
  const length = (k: number): number => (nodes[k] as Node).sentence.tokens.length;
  for (let i = 0; i < nodes.length; i++) {
    if ((members.get(groupOf[i] as number)?.length ?? 0) > 1) continue;
    const source = sourceOf(i);
    const best = (partners.get(i) ?? []).find(({ j }) => {
      const list = members.get(groupOf[j] as number) ?? [];
      const own = list.filter((k) => sourceOf(k) === source);
      return own.length === 1 && simOf(i, own[0] as number) < options.threshold && length(j) >= FAN_OUT_LENGTH * Math.max(length(i), length(own[0] as number));
    });
    if (best) join(grouping, i, groupOf[best.j] as number);
  }
  return grouping;
}
