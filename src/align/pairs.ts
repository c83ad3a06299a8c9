import type { ScoredPairs } from './similarity.js';
import type { AlignOptions, CandidatePair, Node, NodeSimilarity, SentencePair } from './types.js';

/**
 * Second pass of alignment: the scored pairs sorted into evidence. Pairs across sources at or
 * above the threshold become candidates, strongest first; close pairs inside one source are
 * echoes; every score stays available as a lookup.
 */

/** Echoes must be closer than cross-source matches: a source repeats itself more literally. */
const ECHO_FACTOR = 1.5;

export interface ClassifiedPairs {
  /** Strongest first; index order breaks ties so output is deterministic. */
  candidates: CandidatePair[];
  /** In scoring order (the caller orders them for the report). */
  echoes: SentencePair[];
  simOf: NodeSimilarity;
}

function pairKey(i: number, j: number): number {
  return i < j ? i * 0x100000 + j : j * 0x100000 + i;
}

export function classifyPairs(nodes: readonly Node[], scored: ScoredPairs, options: AlignOptions): ClassifiedPairs {
  const echoFloor = Math.min(0.9, options.threshold * ECHO_FACTOR);
  const sim = new Map<number, number>();
  const candidates: CandidatePair[] = [];
  const echoes: SentencePair[] = [];
  for (let p = 0; p < scored.score.length; p++) {
    const i = scored.i[p] as number;
    const j = scored.j[p] as number;
    const score = scored.score[p] as number;
    sim.set(pairKey(i, j), score);
    const a = nodes[i] as Node;
    const b = nodes[j] as Node;
    if (a.sourceIndex !== b.sourceIndex) {
      if (score >= options.threshold) candidates.push({ i, j, score });
    } else if (score >= echoFloor) {
      echoes.push({ a: a.sentence, b: b.sentence, score });
    }
  }
  candidates.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  return { candidates, echoes, simOf: (i, j) => sim.get(pairKey(i, j)) ?? 0 };
}

/** Members used to estimate average linkage: all of a small group, an even spread of a large one. */
const LINKAGE_SAMPLE = 16;

export function linkageSample(list: readonly number[]): readonly number[] {
  if (list.length <= LINKAGE_SAMPLE) return list;
  const step = list.length / LINKAGE_SAMPLE;
  return Array.from({ length: LINKAGE_SAMPLE }, (_, k) => list[Math.floor(k * step)] as number);
}
