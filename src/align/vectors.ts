import type { AnalyzedSource } from '../analyze/types.js';
import { buildIndex, type SimilarityIndex } from './similarity.js';
import type { AlignOptions, Node } from './types.js';

/** First pass of alignment: sentences as nodes, and the similarity index their pairs are scored on. */

export interface Vector {
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

/** Term ids and document frequencies over the sentences being compared: what weighs any bag of terms. */
export interface Weights {
  ids: Map<string, number>;
  df: number[];
  /** Number of sentences. */
  n: number;
}

export function weightsOf(nodes: readonly Node[]): Weights {
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
  return { ids, df, n: nodes.length };
}

/**
 * One bag of terms as a TF-IDF vector over the weights' term ids (terms they do not know are
 * left out), with its norm. IDF is over the sentences being compared, so words every source
 * repeats say little.
 */
export function vectorOf(terms: ReadonlyMap<string, number>, { ids, df, n }: Weights): { vector: Vector; norm: number } {
  const entries: Array<[number, number]> = [];
  let sq = 0;
  for (const [term, count] of terms) {
    const id = ids.get(term);
    if (id === undefined) continue;
    // Repeated words count sub-linearly; soft features (weight < 1) keep their reduced weight.
    const tf = count >= 1 ? 1 + Math.log(count) : count;
    const w = tf * Math.log(1 + n / (df[id] ?? 1));
    entries.push([id, w]);
    sq += w * w;
  }
  entries.sort((a, b) => a[0] - b[0]);
  return { vector: { terms: entries.map((e) => e[0]), weights: entries.map((e) => e[1]) }, norm: Math.sqrt(sq) || 1 };
}

/** TF-IDF vectors of the sentences, with their norms. */
export function weigh(nodes: readonly Node[], weights: Weights = weightsOf(nodes)): { vectors: Vector[]; norms: Float64Array } {
  const norms = new Float64Array(nodes.length);
  const vectors = nodes.map((node, i) => {
    const { vector, norm } = vectorOf(node.sentence.terms, weights);
    norms[i] = norm;
    return vector;
  });
  return { vectors, norms };
}

/** A term in more sentences than this recurs across statements within sources (see `indexOf`). */
export function dfCapOf(sourceCount: number): number {
  return Math.max(64, 2 * sourceCount);
}

/** Pairs scoring below this are not worth keeping (a fraction of the threshold). */
export function floorOf(options: AlignOptions): number {
  return Math.min(options.threshold * 0.25, 0.05);
}

/** The similarity index: weighted vectors and postings in typed arrays (shareable with a worker). */
export function indexOf(sources: readonly AnalyzedSource[], nodes: readonly Node[], options: AlignOptions, weights: Weights = weightsOf(nodes)): SimilarityIndex {
  const { vectors, norms } = weigh(nodes, weights);
  return buildIndex(
    vectors,
    norms,
    Int32Array.from(nodes, (node) => node.sourceIndex),
    // A term in more sentences than twice the number of sources recurs across statements within
    // sources: a near-stopword at this scale, it neither proposes candidates nor adds to scores.
    // Below 64 sentences nothing is capped, so small comparisons are exact.
    dfCapOf(sources.length),
    floorOf(options),
  );
}
