import { availableParallelism } from 'node:os';
import type { AnalyzedSentence, AnalyzedSource } from '../analyze/types.js';
import { attachSplitStatements, attachToCarriers } from './attach.js';
import { originOf, type ClauseRange } from '../analyze/clauses.js';
import { CLAUSE_SUPPORT, clauseAt, clauseIndexOf, clauseMatchOf, clauseSimilarityOf, scoreClauses, strongerOf, type ClauseIndex } from './clauses.js';
import { collectGroups, nodeIndexOf, orderEchoes } from './collect.js';
import { groupHeadlines } from './headlines.js';
import { attachNearLeftovers, pairLeftovers } from './leftovers.js';
import { linkStatements } from './links.js';
import { mergeGroups } from './merge.js';
import { classifyPairs, emitOptions } from './pairs.js';
import { scoreInWorker, workerAvailable } from './parallel.js';
import { concatPairs, scoreRange, similarityOf, type ScoredPairs, type SimilarityIndex } from './similarity.js';
import type { AlignOptions, Alignment, Node } from './types.js';
import { indexOf, nodesOf, weightsOf } from './vectors.js';

export type { AlignedGroup, Alignment, AlignOptions, SentencePair } from './types.js';

/**
 * The align stage: groups sentences that report the same statement across
 * sources, in any order. Candidate pairs come from an inverted index over
 * informative terms, so the work grows with shared vocabulary rather than
 * with all pairs of sentences.
 *
 * It runs as passes, each a function of the previous ones' results:
 * vectors.ts (nodes and the similarity index) → similarity.ts (pair scores)
 * → pairs.ts (candidates, echoes) → merge.ts (groups) → attach.ts (split
 * statements, then sentences a longer one carries) → links.ts (n:1 links)
 * → leftovers.ts (near pairs both ways, then a leftover near two members of a group) → headlines.ts (the sources'
 * headlines as one statement) → collect.ts (groups and unmatched sentences
 * in input order).
 */

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = { threshold: 0.2 };

/**
 * Groups sentences that report the same statement (single thread). See
 * `alignAsync` for the same result computed on two cores.
 */
export function align(sources: readonly AnalyzedSource[], options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Alignment {
  const { nodes, index, clauses } = indexes(sources, options);
  return group(nodes, index, clauses, scoreRange(index, 0, nodes.length, emitOptions(options)), options);
}

/** Nodes, the sentence index and the clause index, over one set of term weights. */
function indexes(sources: readonly AnalyzedSource[], options: AlignOptions): { nodes: Node[]; index: SimilarityIndex; clauses: ClauseIndex } {
  const nodes = nodesOf(sources);
  const weights = weightsOf(nodes);
  return { nodes, index: indexOf(sources, nodes, options, weights), clauses: clauseIndexOf(nodes, weights, sources.length, options) };
}

/** Below this many sentences a worker costs more than it saves. */
export const PARALLEL_MIN_SENTENCES = 2000;

/**
 * The same alignment as `align`, with the pair scoring (the costly part on
 * large clusters) split between a worker thread and this one. Pairs come
 * back in the same order, so the output is identical.
 */
export async function alignAsync(
  sources: readonly AnalyzedSource[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  parallelMin = PARALLEL_MIN_SENTENCES,
): Promise<Alignment> {
  const { nodes, index, clauses } = indexes(sources, options);
  const n = nodes.length;
  if (n < parallelMin || availableParallelism() < 2 || !workerAvailable()) {
    return group(nodes, index, clauses, scoreRange(index, 0, n, emitOptions(options)), options);
  }
  // Row i scores against rows after it, so early rows cost more: this split halves the pairs.
  const split = Math.round(n * (1 - Math.SQRT1_2));
  const emit = emitOptions(options);
  const [head, tail] = await Promise.all([scoreInWorker(index, 0, split, emit), Promise.resolve(scoreRange(index, split, n, emit))]);
  return group(nodes, index, clauses, concatPairs(head, tail), options);
}

/** The passes after scoring, shared by `align` and `alignAsync`. */
function group(nodes: readonly Node[], index: SimilarityIndex, clauses: ClauseIndex, sentencePairs: ScoredPairs, options: AlignOptions): Alignment {
  const scored = strongerOf(sentencePairs, scoreClauses(clauses, index, options, emitOptions(options).perRow));
  const { candidates, echoes, near } = classifyPairs(nodes, scored, options);
  // Any pair's score when a pass asks, with scoring's own arithmetic: nothing stored per pair.
  const simOf = (i: number, j: number): number => {
    const whole = similarityOf(index, i, j);
    return Math.max(whole, clauseSimilarityOf(clauses, i, j, whole, options));
  };
  const merged = mergeGroups(nodes, candidates, simOf, options);
  const withSplits = attachSplitStatements(nodes, merged, simOf, options);
  const carried = attachToCarriers(nodes, withSplits, candidates, simOf, options);
  const links = linkStatements(nodes, candidates, carried, simOf, options);
  // After links: a sentence another source's long sentence carries is not left over.
  const paired = pairLeftovers(nodes, carried, links, near);
  // Then a leftover near two members of a group joins it, as a guess (see leftovers.ts).
  const attached = attachNearLeftovers(nodes, paired.grouping, links, near);
  // Last: headlines join whatever group holds the most headlines (see headlines.ts).
  const headed = groupHeadlines(nodes, attached.grouping, links);
  const weak = new Set([...paired.weak, ...headed.weak]);
  const nodeIndex = nodeIndexOf(nodes);
  const { groups, unmatched } = collectGroups(nodes, headed.grouping, headed.links, simOf, nodeIndex, weak, attached.near);
  // A sentence or a clause view of it (detectors compare views) by its node index.
  const nodeOf = (s: AnalyzedSentence): number | undefined => nodeIndex.get(originOf(s));
  // Every detector asks about the same member pairs, and the report again: worked out once a pair.
  const matches = new Map<number, [ClauseRange[], ClauseRange[]] | undefined>();
  const clauseMatch = (i: number, j: number): [ClauseRange[], ClauseRange[]] | undefined => {
    const key = Math.min(i, j) * nodes.length + Math.max(i, j);
    if (!matches.has(key)) matches.set(key, clauseMatchOf(nodes, clauses, Math.min(i, j), Math.max(i, j), similarityOf(index, i, j), options));
    const match = matches.get(key);
    return match && i > j ? [match[1], match[0]] : match;
  };
  return {
    groups,
    unmatched,
    echoes: orderEchoes(echoes, nodeIndex),
    similarity: (a, b) => {
      const i = nodeOf(a);
      const j = nodeOf(b);
      return i === undefined || j === undefined ? 0 : i === j ? 1 : simOf(i, j);
    },
    clauseSimilarity: (a, tokenA, b, tokenB) => {
      const i = nodeOf(a);
      const j = nodeOf(b);
      return i === undefined || j === undefined ? undefined : clauseAt(clauses, nodes, i, tokenA, j, tokenB);
    },
    clauseMatch: (a, b) => {
      const i = nodeOf(a);
      const j = nodeOf(b);
      return i === undefined || j === undefined || i === j ? undefined : clauseMatch(i, j);
    },
    partialMatch: (a, tokenA, b, tokenB) => {
      const i = nodeOf(a);
      const j = nodeOf(b);
      if (i === undefined || j === undefined || i === j || a.source === b.source) return false;
      if (clauseMatch(i, j)) return true;
      const apart = clauseAt(clauses, nodes, i, tokenA, j, tokenB);
      return apart !== undefined && apart < options.threshold * CLAUSE_SUPPORT;
    },
  };
}
