import type { AnalyzedSource } from '../analyze/types.js';
import { buildIndex, type SimilarityIndex } from './similarity.js';
import type { AlignOptions, Node } from './types.js';

/** First pass of alignment: sentences as nodes, and the similarity index their pairs are scored on. */

interface Vector {
  /** Term ids, ascending. */
  terms: number[];
  weights: number[];
}

/** Sentences of all sources in one list; a node's index is its position. */
export function nodesOf(sources: readonly AnalyzedSource[]): Node[] {
  const nodes: Node[] = [];
  sources.forEach((source, sourceIndex) => {
    for (const sentence of source.sentences) nodes.push({ sentence, sourceIndex });
  });
  return nodes;
}

/** TF-IDF vectors over integer term ids; IDF over the sentences being compared, so words every source repeats say little. */
export function weigh(nodes: readonly Node[]): { vectors: Vector[]; norms: Float64Array } {
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const node of nodes) {
    for (const term of node.sentence.terms.keys()) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        df.push(0);
      }
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const n = nodes.length;
  const norms = new Float64Array(n);
  const vectors = nodes.map((node, i) => {
    const entries: Array<[number, number]> = [];
    let sq = 0;
    for (const [term, count] of node.sentence.terms) {
      const id = ids.get(term) as number;
      // Repeated words count sub-linearly; soft features (weight < 1) keep their reduced weight.
      const tf = count >= 1 ? 1 + Math.log(count) : count;
      const w = tf * Math.log(1 + n / (df[id] ?? 1));
      entries.push([id, w]);
      sq += w * w;
    }
    entries.sort((a, b) => a[0] - b[0]);
    norms[i] = Math.sqrt(sq) || 1;
    return { terms: entries.map((e) => e[0]), weights: entries.map((e) => e[1]) };
  });
  return { vectors, norms };
}

/** The similarity index: weighted vectors and postings in typed arrays (shareable with a worker). */
export function indexOf(sources: readonly AnalyzedSource[], nodes: readonly Node[], options: AlignOptions): SimilarityIndex {
  const { vectors, norms } = weigh(nodes);
  return buildIndex(
    vectors,
    norms,
    Int32Array.from(nodes, (node) => node.sourceIndex),
    // A term in more sentences than twice the number of sources recurs across statements within
    // sources: a near-stopword at this scale, it neither proposes candidates nor adds to scores.
    // Below 64 sentences nothing is capped, so small comparisons are exact.
    Math.max(64, 2 * sources.length),
    Math.min(options.threshold * 0.25, 0.05),
  );
}
