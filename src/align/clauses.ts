import type { ClauseRange } from '../analyze/clauses.js';
import { buildIndex, scoreRange, similarityOf, type ScoredPairs, type SimilarityIndex } from './similarity.js';
import type { AlignOptions, Node } from './types.js';
import { dfCapOf, floorOf, vectorOf, type Vector, type Weights } from './vectors.js';

/**
 * Clause-level similarity, a pass beside sentence scoring. A sentence that carries two or three
 * statements ("… buried a village, killing 23 people and leaving 40 missing") scores low against
 * another source's one-statement sentence ("At least 32 people are dead") because its other
 * clauses dilute the cosine. Here each clause of such a sentence is a row of its own, scored
 * against the clauses and one-clause sentences of the other sources; a pair of sentences is as
 * similar as their best-matching clauses, discounted by `CLAUSE_WEIGHT`, when that beats the
 * whole-sentence score. Only across sources: a source's own sentences keep their literal scores.
 */

/**
 * A clause match counts for this much of a sentence match: a clause is short, and short vectors
 * agree by chance more often. Chosen on the development set (`npm run eval`).
 */
export const CLAUSE_WEIGHT = 0.8;

/**
 * A clause match lifts only a pair whose whole sentences already share this fraction of the
 * threshold: two short clauses that share a name and a verb, in sentences that otherwise say
 * different things, are no statement in common.
 */
export const CLAUSE_SUPPORT = 0.5;

export interface ClauseIndex {
  index: SimilarityIndex;
  /** Node i's rows are [rowStart[i], rowStart[i + 1]). */
  rowStart: Int32Array;
  ownerOf: Int32Array;
  /** 1 when the row is a whole one-clause sentence (a pair of two such rows is the sentence pair itself). */
  whole: Uint8Array;
}

export function clauseIndexOf(nodes: readonly Node[], weights: Weights, sourceCount: number, options: AlignOptions): ClauseIndex {
  const cap = dfCapOf(sourceCount);
  const vectors: Vector[] = [];
  const norms: number[] = [];
  const owners: number[] = [];
  const whole: number[] = [];
  const rowStart = new Int32Array(nodes.length + 1);
  nodes.forEach((node, i) => {
    const clauses = node.sentence.clauses;
    const bags = clauses.length >= 2 ? clauses.map((c) => c.terms) : [node.sentence.terms];
    for (const bag of bags) {
      const { vector, norm } = vectorOf(bag, weights);
      // Terms past the cap count in the norm but never in a dot product, as in sentence scoring.
      const keep = vector.terms.map((t) => (weights.df[t] ?? 0) <= cap);
      vectors.push({ terms: vector.terms.filter((_, k) => keep[k]), weights: vector.weights.filter((_, k) => keep[k]) });
      norms.push(norm);
      owners.push(i);
      whole.push(clauses.length >= 2 ? 0 : 1);
    }
    rowStart[i + 1] = vectors.length;
  });
  const ownerOf = Int32Array.from(owners);
  const sourceOf = Int32Array.from(owners, (i) => (nodes[i] as Node).sourceIndex);
  return {
    index: buildIndex(vectors, Float64Array.from(norms), sourceOf, Number.MAX_SAFE_INTEGER, floorOf(options)),
    rowStart,
    ownerOf,
    whole: Uint8Array.from(whole),
  };
}

/**
 * Sentence pairs (i < j, across sources) whose best clause pair reaches the threshold once
 * discounted, with that discounted score; ordered by i then j.
 */
export function scoreClauses(clauses: ClauseIndex, sentences: SimilarityIndex, options: AlignOptions, perRow: number): ScoredPairs {
  const { index, ownerOf, whole } = clauses;
  // Same-source rows never pair here (their echo floor is out of reach).
  const rows = scoreRange(index, 0, index.n, { cross: options.threshold / CLAUSE_WEIGHT, echo: Infinity, perRow });
  const best = new Map<number, number>();
  const n = clauses.rowStart.length - 1;
  for (let p = 0; p < rows.score.length; p++) {
    const r = rows.i[p] as number;
    const q = rows.j[p] as number;
    if (whole[r] && whole[q]) continue;
    const a = ownerOf[r] as number;
    const b = ownerOf[q] as number;
    const key = Math.min(a, b) * n + Math.max(a, b);
    const score = (rows.score[p] as number) * CLAUSE_WEIGHT;
    if (score > (best.get(key) ?? 0)) best.set(key, score);
  }
  const support = options.threshold * CLAUSE_SUPPORT;
  const keys = [...best.keys()].filter((k) => similarityOf(sentences, Math.floor(k / n), k % n) >= support).sort((x, y) => x - y);
  return {
    i: Int32Array.from(keys, (k) => Math.floor(k / n)),
    j: Int32Array.from(keys, (k) => k % n),
    score: Float64Array.from(keys, (k) => best.get(k) as number),
  };
}

/**
 * Visits each pair of a row of node a and a row of node b with its score, except two whole
 * sentences (their pair is the sentence pair itself); none within one source or below the
 * support. A loop, not a list: `clauseSimilarityOf` runs for every pair the passes ask about.
 */
function forEachRowPair(clauses: ClauseIndex, a: number, b: number, sentenceScore: number, options: AlignOptions, visit: (r: number, q: number, score: number) => void): void {
  const { index, rowStart, whole } = clauses;
  if (sentenceScore < options.threshold * CLAUSE_SUPPORT || index.sourceOf[rowStart[a] as number] === index.sourceOf[rowStart[b] as number]) return;
  for (let r = rowStart[a] as number; r < (rowStart[a + 1] as number); r++) {
    for (let q = rowStart[b] as number; q < (rowStart[b + 1] as number); q++) {
      if (!(whole[r] && whole[q])) visit(r, q, similarityOf(index, r, q));
    }
  }
}

/** Nodes a and b as similar as their best clause pair, discounted; 0 within one source. */
export function clauseSimilarityOf(clauses: ClauseIndex, a: number, b: number, sentenceScore: number, options: AlignOptions): number {
  let best = 0;
  forEachRowPair(clauses, a, b, sentenceScore, options, (_r, _q, score) => {
    if (score > best) best = score;
  });
  return best * CLAUSE_WEIGHT;
}

/**
 * The clauses through which a pair of sentences of different sources matches, when that is only
 * part of one of them: each side's clauses that match a clause of the other (at the candidate
 * bar), in order. Undefined when the whole sentences reach the threshold on their own, match at
 * least as well as any clause pair, or every clause of both takes part.
 */
export function clauseMatchOf(nodes: readonly Node[], clauses: ClauseIndex, a: number, b: number, sentenceScore: number, options: AlignOptions): [ClauseRange[], ClauseRange[]] | undefined {
  const { rowStart } = clauses;
  // Sentences that match as wholes are compared as wholes: the clauses that match less well are
  // where their wording differs (a quote reworded), not other statements.
  if (sentenceScore >= options.threshold) return undefined;
  const bar = options.threshold / CLAUSE_WEIGHT;
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let best = 0;
  forEachRowPair(clauses, a, b, sentenceScore, options, (r, q, score) => {
    best = Math.max(best, score);
    if (score >= bar) {
      usedA.add(r);
      usedB.add(q);
    }
  });
  if (best * CLAUSE_WEIGHT <= sentenceScore) return undefined;
  const side = (node: number, used: ReadonlySet<number>): ClauseRange[] => {
    const sentence = (nodes[node] as Node).sentence;
    const rows = (rowStart[node + 1] as number) - (rowStart[node] as number);
    if (used.size === 0 || used.size === rows) return [{ from: 0, to: sentence.tokens.length }];
    return [...used].sort((x, y) => x - y).map((row) => sentence.clauses[row - (rowStart[node] as number)] as ClauseRange);
  };
  const sides: [ClauseRange[], ClauseRange[]] = [side(a, usedA), side(b, usedB)];
  const full = (ranges: readonly ClauseRange[], node: number): boolean => ranges.length === 1 && ranges[0]?.from === 0 && ranges[0]?.to === (nodes[node] as Node).sentence.tokens.length;
  return full(sides[0], a) && full(sides[1], b) ? undefined : sides;
}

/**
 * How alike the clauses holding two positions are (token indices into each sentence), with the
 * arithmetic of clause scoring; undefined when neither sentence has clauses (the sentences'
 * own score says it all).
 */
export function clauseAt(clauses: ClauseIndex, nodes: readonly Node[], a: number, tokenA: number, b: number, tokenB: number): number | undefined {
  const { index, rowStart, whole } = clauses;
  const rowOf = (node: number, token: number): number => {
    const first = rowStart[node] as number;
    if (whole[first]) return first;
    const k = (nodes[node] as Node).sentence.clauses.findIndex((c) => token >= c.from && token < c.to);
    return first + Math.max(0, k);
  };
  const r = rowOf(a, tokenA);
  const q = rowOf(b, tokenB);
  return whole[r] && whole[q] ? undefined : similarityOf(index, r, q);
}

/** The stronger score of each pair found by either scoring; both inputs and the output ordered by i then j. */
export function strongerOf(a: ScoredPairs, b: ScoredPairs): ScoredPairs {
  const outI: number[] = [];
  const outJ: number[] = [];
  const outS: number[] = [];
  let p = 0;
  let q = 0;
  const push = (i: number, j: number, s: number): void => {
    outI.push(i);
    outJ.push(j);
    outS.push(s);
  };
  while (p < a.score.length || q < b.score.length) {
    const ai = a.i[p] ?? Infinity;
    const aj = a.j[p] ?? Infinity;
    const bi = b.i[q] ?? Infinity;
    const bj = b.j[q] ?? Infinity;
    if (ai === bi && aj === bj) {
      push(ai, aj, Math.max(a.score[p] as number, b.score[q] as number));
      p++;
      q++;
    } else if (ai < bi || (ai === bi && aj < bj)) {
      push(ai, aj, a.score[p] as number);
      p++;
    } else {
      push(bi, bj, b.score[q] as number);
      q++;
    }
  }
  return { i: Int32Array.from(outI), j: Int32Array.from(outJ), score: Float64Array.from(outS) };
}
