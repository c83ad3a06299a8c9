import { descendingOrder } from './order.js';
import type { EmitOptions, ScoredPairs } from './similarity.js';
import type { AlignOptions, CandidatePair, Node, SentencePair } from './types.js';

/**
 * Second pass of alignment: the scored pairs sorted into evidence. Pairs across sources at or
 * above the threshold become candidates, strongest first; close pairs inside one source are
 * echoes. Any other pair's score is computed when a pass asks (`similarityOf`), not stored.
 */

/** Echoes must be closer than cross-source matches: a source repeats itself more literally. */
const ECHO_FACTOR = 1.5;

/** Cross-source pairs a sentence proposes at most (see `EmitOptions.perRow`). */
export const PAIRS_PER_ROW = 128;

/**
 * Pairs of two sentences left alone by every other pass may still pair at this fraction of the
 * threshold, when each is the other's best match (see `pairLeftovers`).
 */
export const NEAR_FACTOR = 0.75;

/** What scoring hands to this pass: the pairs it acts on, and no others. */
export function emitOptions(options: AlignOptions): EmitOptions {
  return { cross: options.threshold * NEAR_FACTOR, echo: Math.min(0.9, options.threshold * ECHO_FACTOR), perRow: PAIRS_PER_ROW };
}

export interface ClassifiedPairs {
  /** Strongest first; index order breaks ties so output is deterministic. */
  candidates: CandidatePair[];
  /** In scoring order (the caller orders them for the report). */
  echoes: SentencePair[];
  /** Cross-source pairs just below the threshold, strongest first: material for `pairLeftovers`. */
  near: CandidatePair[];
}

export function classifyPairs(nodes: readonly Node[], scored: ScoredPairs, options: AlignOptions): ClassifiedPairs {
  const echoFloor = emitOptions(options).echo;
  const echoes: SentencePair[] = [];
  const candidateAt: number[] = [];
  const nearAt: number[] = [];
  for (let p = 0; p < scored.score.length; p++) {
    const score = scored.score[p] as number;
    const a = nodes[scored.i[p] as number] as Node;
    const b = nodes[scored.j[p] as number] as Node;
    if (a.sourceIndex !== b.sourceIndex) {
      if (score >= options.threshold) candidateAt.push(p);
      else if (score >= options.threshold * NEAR_FACTOR) nearAt.push(p);
    } else if (score >= echoFloor) {
      echoes.push({ a: a.sentence, b: b.sentence, score });
    }
  }
  return { candidates: strongestFirst(scored, candidateAt), echoes, near: strongestFirst(scored, nearAt) };
}

/**
 * The pairs at `positions`, strongest first. Scored pairs come ordered by row, then column, and
 * the sort is stable, so ties break by index order and the output is the same every run.
 */
function strongestFirst(scored: ScoredPairs, positions: readonly number[]): CandidatePair[] {
  const scores = new Float64Array(positions.length);
  for (let k = 0; k < positions.length; k++) scores[k] = scored.score[positions[k] as number] as number;
  const order = descendingOrder(scores);
  const pairs: CandidatePair[] = new Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const p = positions[order[k] as number] as number;
    pairs[k] = { i: scored.i[p] as number, j: scored.j[p] as number, score: scored.score[p] as number };
  }
  return pairs;
}

/** Members used to estimate average linkage: all of a small group, an even spread of a large one. */
export const LINKAGE_SAMPLE = 16;

export function linkageSample(list: readonly number[]): readonly number[] {
  if (list.length <= LINKAGE_SAMPLE) return list;
  const step = list.length / LINKAGE_SAMPLE;
  return Array.from({ length: LINKAGE_SAMPLE }, (_, k) => list[Math.floor(k * step)] as number);
}
