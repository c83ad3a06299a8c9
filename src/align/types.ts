import type { ClauseRange } from '../analyze/clauses.js';
import type { AnalyzedSentence } from '../analyze/types.js';

/** Types of the align stage: its options and result, and the data its passes hand on. */

export interface AlignOptions {
  /**
   * Minimum similarity (0–1, IDF-weighted cosine of content terms) for two
   * sentences from different sources to be taken as the same statement.
   */
  threshold: number;
}

export interface AlignedGroup {
  /** Mean pairwise similarity of the members. */
  score: number;
  /**
   * Members whose home is another group: a sentence that carries this statement among others
   * ("… cut 3,200 jobs and closed two plants", where another source gives each in a sentence).
   */
  linked: ReadonlySet<AnalyzedSentence>;
  /** Formed from two leftovers scoring just below the threshold (see leftovers.ts): a guess. */
  weak?: true;
  /** Members that joined scoring just below the threshold against two others (see leftovers.ts): guesses. */
  near?: ReadonlySet<AnalyzedSentence>;
  /**
   * Ordered by source order, then sentence index. At most one sentence per
   * source, except two adjacent ones where a source splits the statement.
   */
  members: AnalyzedSentence[];
}

export interface SentencePair {
  a: AnalyzedSentence;
  b: AnalyzedSentence;
  score: number;
}

export interface Alignment {
  groups: AlignedGroup[];
  unmatched: AnalyzedSentence[];
  /** Near-restatements inside one source (a lede and its body): where a source can contradict itself. */
  echoes: SentencePair[];
  /** Pairwise similarity lookup for detectors that need it. */
  similarity(a: AnalyzedSentence, b: AnalyzedSentence): number;
  /**
   * The clauses (token ranges of a, then of b) through which two sentences of different sources
   * match, when that is only part of one of them; undefined when they match as wholes.
   */
  clauseMatch(a: AnalyzedSentence, b: AnalyzedSentence): [ClauseRange[], ClauseRange[]] | undefined;
  /**
   * Similarity of the clause of a holding token `tokenA` and the clause of b holding `tokenB`;
   * undefined when neither sentence has clauses.
   */
  clauseSimilarity(a: AnalyzedSentence, tokenA: number, b: AnalyzedSentence, tokenB: number): number | undefined;
  /**
   * Do two sentences of different sources report the statement holding these tokens only in part:
   * they match through one clause only, or the clauses holding the tokens share next to nothing?
   */
  partialMatch(a: AnalyzedSentence, tokenA: number, b: AnalyzedSentence, tokenB: number): boolean;
}

/** A sentence and the index of its source. The passes name sentences by their node's index in one list of all sources. */
export interface Node {
  sentence: AnalyzedSentence;
  sourceIndex: number;
}

/** Two nodes of different sources (i < j) scoring at least the threshold: evidence of one statement. */
export interface CandidatePair {
  i: number;
  j: number;
  score: number;
}

/** Similarity of two nodes by index (either order); 0 for a pair that was not scored. */
export type NodeSimilarity = (i: number, j: number) => number;

/**
 * Sentences in groups. Every node has one home group; a group's id is the index of a node that
 * was in it first, and `members` lists its nodes (a group of one is an unmatched sentence).
 */
export interface Grouping {
  groupOf: Int32Array;
  members: Map<number, number[]>;
}

/** Per group id, nodes whose home is another group but which also carry this group's statement. */
export type Links = Map<number, number[]>;
