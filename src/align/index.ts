import type { AnalyzedSentence, AnalyzedSource } from '../analyze/index.js';

/**
 * The align stage: groups sentences that report the same statement across
 * sources, in any order. Candidate pairs come from an inverted index over
 * informative terms, so the work grows with shared vocabulary rather than
 * with all pairs of sentences.
 */

export interface AlignOptions {
  /**
   * Minimum similarity (0–1, IDF-weighted cosine of content terms) for two
   * sentences from different sources to be taken as the same statement.
   */
  threshold: number;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = { threshold: 0.22 };

export interface AlignedGroup {
  /** Mean pairwise similarity of the members. */
  score: number;
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
}

/** Echoes must be closer than cross-source matches: a source repeats itself more literally. */
const ECHO_FACTOR = 1.5;

interface Node {
  sentence: AnalyzedSentence;
  sourceIndex: number;
  weights: Map<string, number>;
  norm: number;
}

function pairKey(i: number, j: number): number {
  return i < j ? i * 0x100000 + j : j * 0x100000 + i;
}

export function align(sources: readonly AnalyzedSource[], options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Alignment {
  const nodes: Node[] = [];
  sources.forEach((source, sourceIndex) => {
    for (const sentence of source.sentences) {
      nodes.push({ sentence, sourceIndex, weights: new Map(), norm: 0 });
    }
  });

  // IDF over the sentences being compared: words every source repeats say little.
  const df = new Map<string, number>();
  for (const node of nodes) for (const term of node.sentence.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = nodes.length;
  for (const node of nodes) {
    let sq = 0;
    for (const [term, count] of node.sentence.terms) {
      // Repeated words count sub-linearly; soft features (weight < 1) keep their reduced weight.
      const tf = count >= 1 ? 1 + Math.log(count) : count;
      const w = tf * Math.log(1 + n / (df.get(term) ?? 1));
      node.weights.set(term, w);
      sq += w * w;
    }
    node.norm = Math.sqrt(sq) || 1;
  }

  // Sparse dot products through postings lists.
  const postings = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    for (const term of node.weights.keys()) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(i);
    }
  });
  const dots = new Map<number, number>();
  for (const [term, list] of postings) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      const i = list[x] as number;
      const wi = nodes[i]?.weights.get(term) ?? 0;
      for (let y = x + 1; y < list.length; y++) {
        const j = list[y] as number;
        const wj = nodes[j]?.weights.get(term) ?? 0;
        const key = pairKey(i, j);
        dots.set(key, (dots.get(key) ?? 0) + wi * wj);
      }
    }
  }
  const sim = new Map<number, number>();
  const cross: Array<{ i: number; j: number; score: number }> = [];
  const echoes: SentencePair[] = [];
  for (const [key, dot] of dots) {
    const i = Math.floor(key / 0x100000);
    const j = key % 0x100000;
    const ni = nodes[i];
    const nj = nodes[j];
    if (!ni || !nj) continue;
    const score = dot / (ni.norm * nj.norm);
    sim.set(key, score);
    if (ni.sourceIndex !== nj.sourceIndex) {
      if (score >= options.threshold) cross.push({ i, j, score });
    } else if (score >= Math.min(0.9, options.threshold * ECHO_FACTOR)) {
      echoes.push({ a: ni.sentence, b: nj.sentence, score });
    }
  }
  // Strongest evidence first; index order breaks ties so output is deterministic.
  cross.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);

  const groupOf = new Int32Array(n).map((_, i) => i);
  const members = new Map<number, number[]>(nodes.map((_, i) => [i, [i]]));
  const simOf = (i: number, j: number): number => sim.get(pairKey(i, j)) ?? 0;

  for (const { i, j } of cross) {
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) continue;
    const a = members.get(gi) ?? [];
    const b = members.get(gj) ?? [];
    // At most one sentence per source in a group.
    const sourcesA = new Set(a.map((k) => nodes[k]?.sourceIndex));
    if (b.some((k) => sourcesA.has(nodes[k]?.sourceIndex))) continue;
    // Average linkage keeps chains of loosely related sentences from fusing.
    let total = 0;
    for (const x of a) for (const y of b) total += simOf(x, y);
    if (total / (a.length * b.length) < options.threshold * 0.75) continue;
    const merged = [...a, ...b];
    members.set(gi, merged);
    members.delete(gj);
    for (const k of b) groupOf[k] = gi;
  }

  // A statement one source splits over two sentences: an unmatched sentence next to a member of its
  // own source joins that group when it matches the other sources' members on its own.
  for (let i = 0; i < n; i++) {
    if ((members.get(groupOf[i] as number)?.length ?? 0) > 1) continue;
    const node = nodes[i] as Node;
    let best: { group: number; score: number } | undefined;
    for (const neighbour of [i - 1, i + 1]) {
      const other = nodes[neighbour];
      if (!other || other.sourceIndex !== node.sourceIndex) continue;
      const g = groupOf[neighbour] as number;
      const list = members.get(g) ?? [];
      const foreign = list.filter((k) => nodes[k]?.sourceIndex !== node.sourceIndex);
      if (foreign.length === 0 || list.length - foreign.length > 1) continue;
      const score = foreign.reduce((sum, k) => sum + simOf(i, k), 0) / foreign.length;
      if (score >= options.threshold && (!best || score > best.score)) best = { group: g, score };
    }
    if (best) {
      members.get(best.group)?.push(i);
      members.delete(groupOf[i] as number);
      groupOf[i] = best.group;
    }
  }

  const groups: AlignedGroup[] = [];
  const unmatched: AnalyzedSentence[] = [];
  for (const list of members.values()) {
    list.sort((x, y) => x - y);
    if (list.length === 1) {
      const only = nodes[list[0] as number];
      if (only) unmatched.push(only.sentence);
      continue;
    }
    let total = 0;
    let pairs = 0;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        total += simOf(list[x] as number, list[y] as number);
        pairs++;
      }
    }
    groups.push({ score: total / pairs, members: list.map((k) => (nodes[k] as Node).sentence) });
  }
  const order = (s: AnalyzedSentence): number => (nodeIndex.get(s) ?? 0);
  const nodeIndex = new Map(nodes.map((node, i) => [node.sentence, i]));
  groups.sort((g, h) => order(g.members[0] as AnalyzedSentence) - order(h.members[0] as AnalyzedSentence));
  unmatched.sort((s, t) => order(s) - order(t));
  echoes.sort((p, q) => order(p.a) - order(q.a) || order(p.b) - order(q.b));

  return {
    groups,
    unmatched,
    echoes,
    similarity: (a, b) => {
      const i = nodeIndex.get(a);
      const j = nodeIndex.get(b);
      return i === undefined || j === undefined ? 0 : i === j ? 1 : simOf(i, j);
    },
  };
}
