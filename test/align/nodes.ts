import type { AnalyzedSentence } from '../../src/analyze/types.js';
import type { Grouping, Node, NodeSimilarity } from '../../src/align/types.js';

/**
 * Hand-built inputs for the align passes: sentences with only what the passes read (text and
 * index for the headline test, line, tokens, terms), and similarity tables written out.
 */

export interface SentenceSpec {
  source: number;
  text: string;
  /** Place among its source's sentences; 0 with no final punctuation makes a headline. */
  index: number;
  /** Paragraph (line) it stands in; default 1 + index, one paragraph each. */
  line?: number;
  terms?: Record<string, number>;
}

export function nodesFrom(specs: readonly SentenceSpec[]): Node[] {
  return specs.map((spec) => {
    const words = spec.text.split(/\s+/).filter(Boolean);
    const sentence = {
      source: `S${spec.source + 1}`,
      index: spec.index,
      text: spec.text,
      span: { start: 0, end: spec.text.length, line: spec.line ?? 1 + spec.index, column: 1 },
      tokens: words.map((text) => ({ text })),
      terms: new Map(Object.entries(spec.terms ?? {})),
      clauses: [],
    } as unknown as AnalyzedSentence;
    return { sentence, sourceIndex: spec.source };
  });
}

/** A similarity lookup from a list of scored pairs; unlisted pairs score 0. */
export function table(pairs: ReadonlyArray<[number, number, number]>): NodeSimilarity {
  const scores = new Map(pairs.flatMap(([i, j, s]) => [[`${i}:${j}`, s] as const, [`${j}:${i}`, s] as const]));
  return (i, j) => scores.get(`${i}:${j}`) ?? 0;
}

/** The cross-source candidates of `pairs` at or above `threshold`, strongest first (as classifyPairs gives them). */
export function candidatesOf(nodes: readonly Node[], pairs: ReadonlyArray<[number, number, number]>, threshold: number): Array<{ i: number; j: number; score: number }> {
  return pairs
    .filter(([i, j, s]) => nodes[i]?.sourceIndex !== nodes[j]?.sourceIndex && s >= threshold)
    .map(([i, j, score]) => ({ i: Math.min(i, j), j: Math.max(i, j), score }))
    .sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
}

/** A grouping written as lists of node indices (the first of each list is the group id). */
export function groupingOf(n: number, groups: ReadonlyArray<readonly number[]>): Grouping {
  const groupOf = new Int32Array(n).map((_, i) => i);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) members.set(i, [i]);
  for (const list of groups) {
    const id = list[0] as number;
    for (const k of list) {
      members.delete(k);
      groupOf[k] = id;
    }
    members.set(id, [...list]);
  }
  return { groupOf, members };
}

/** Groups as sorted lists of node indices, sorted: an order-free view to compare. */
export function groupsOf(grouping: Grouping): number[][] {
  return [...grouping.members.values()].map((list) => [...list].sort((a, b) => a - b)).sort((a, b) => (a[0] as number) - (b[0] as number));
}
