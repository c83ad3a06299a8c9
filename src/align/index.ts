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
}

interface Vector {
  /** Term ids, ascending. */
  terms: number[];
  weights: number[];
}

/** TF-IDF vectors over integer term ids; IDF over the sentences being compared, so words every source repeats say little. */
function weigh(nodes: readonly Node[]): { vectors: Vector[]; norms: Float64Array } {
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

/** A line without final punctuation at the top of a source: a headline. */
function isHeadline(sentence: AnalyzedSentence): boolean {
  return sentence.index === 0 && !/[.!?…"”’)\]]$/u.test(sentence.text);
}

/** Members used to estimate average linkage: all of a small group, an even spread of a large one. */
const LINKAGE_SAMPLE = 48;

function sample(list: readonly number[]): readonly number[] {
  if (list.length <= LINKAGE_SAMPLE) return list;
  const step = list.length / LINKAGE_SAMPLE;
  return Array.from({ length: LINKAGE_SAMPLE }, (_, k) => list[Math.floor(k * step)] as number);
}

function pairKey(i: number, j: number): number {
  return i < j ? i * 0x100000 + j : j * 0x100000 + i;
}

export function align(sources: readonly AnalyzedSource[], options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Alignment {
  const nodes: Node[] = [];
  sources.forEach((source, sourceIndex) => {
    for (const sentence of source.sentences) nodes.push({ sentence, sourceIndex });
  });
  const n = nodes.length;
  const { vectors, norms } = weigh(nodes);
  const sourceOf = Int32Array.from(nodes, (node) => node.sourceIndex);

  // Postings in compressed rows: term -> (sentence, weight), sentences ascending.
  const termCount = vectors.reduce((m, v) => Math.max(m, ...v.terms.map((t) => t + 1)), 0);
  const postStart = new Int32Array(termCount + 1);
  for (const v of vectors) for (const t of v.terms) postStart[t + 1] = (postStart[t + 1] ?? 0) + 1;
  for (let t = 0; t < termCount; t++) postStart[t + 1] = (postStart[t + 1] ?? 0) + (postStart[t] ?? 0);
  const fill = postStart.slice(0, termCount);
  const postNode = new Int32Array(postStart[termCount] ?? 0);
  const postWeight = new Float64Array(postStart[termCount] ?? 0);
  vectors.forEach((v, i) => {
    v.terms.forEach((t, k) => {
      const at = fill[t] ?? 0;
      postNode[at] = i;
      postWeight[at] = v.weights[k] ?? 0;
      fill[t] = at + 1;
    });
  });

  // A term in more sentences than twice the number of sources recurs across statements within
  // sources: a near-stopword at this scale, it neither proposes candidates nor adds to scores.
  // Below 64 sentences nothing is capped, so small comparisons are exact.
  const dfCap = Math.max(64, 2 * sources.length);
  const floor = Math.min(options.threshold * 0.25, 0.05);
  const echoFloor = Math.min(0.9, options.threshold * ECHO_FACTOR);
  const sim = new Map<number, number>();
  const cross: Array<{ i: number; j: number; score: number }> = [];
  const echoes: SentencePair[] = [];
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let count = 0;
    const v = vectors[i] as Vector;
    v.terms.forEach((t, k) => {
      const from = postStart[t] ?? 0;
      const to = postStart[t + 1] ?? 0;
      if (to - from > dfCap) return;
      const wi = v.weights[k] ?? 0;
      for (let p = from; p < to; p++) {
        const j = postNode[p] ?? 0;
        if (j <= i) continue;
        if (acc[j] === 0) touched[count++] = j;
        acc[j] = (acc[j] ?? 0) + wi * (postWeight[p] ?? 0);
      }
    });
    // Visit candidates in index order so ties break the same way every run.
    const candidates = touched.subarray(0, count).sort();
    for (const j of candidates) {
      const score = (acc[j] ?? 0) / ((norms[i] ?? 1) * (norms[j] ?? 1));
      acc[j] = 0;
      if (score < floor) continue;
      sim.set(pairKey(i, j), score);
      if (sourceOf[i] !== sourceOf[j]) {
        if (score >= options.threshold) cross.push({ i, j, score });
      } else if (score >= echoFloor) {
        echoes.push({ a: (nodes[i] as Node).sentence, b: (nodes[j] as Node).sentence, score });
      }
    }
  }
  // Strongest evidence first; index order breaks ties so output is deterministic.
  cross.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);

  const groupOf = new Int32Array(n).map((_, i) => i);
  const members = new Map<number, number[]>(nodes.map((_, i) => [i, [i]]));
  const groupSources = new Map<number, Set<number>>(nodes.map((node, i) => [i, new Set([node.sourceIndex])]));
  const simOf = (i: number, j: number): number => sim.get(pairKey(i, j)) ?? 0;
  // Linkage checks that failed, by group pair and sizes: unchanged groups fail again.
  const failed = new Set<string>();

  // A headline restates its lede: the two may share a group as one statement split in two.
  const headlineAndLede = (a: readonly number[], b: readonly number[], src: number): boolean => {
    const x = a.filter((k) => sourceOf[k] === src);
    const y = b.filter((k) => sourceOf[k] === src);
    if (x.length !== 1 || y.length !== 1) return false;
    const [p, q] = [x[0] as number, y[0] as number].sort((m, n) => m - n) as [number, number];
    return q === p + 1 && isHeadline((nodes[p] as Node).sentence);
  };

  for (const { i, j } of cross) {
    const gi = groupOf[i] as number;
    const gj = groupOf[j] as number;
    if (gi === gj) continue;
    const a = members.get(gi) ?? [];
    const b = members.get(gj) ?? [];
    // At most one sentence per source in a group.
    const sa = groupSources.get(gi) ?? new Set<number>();
    const sb = groupSources.get(gj) ?? new Set<number>();
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    let conflict = false;
    for (const src of small) if (large.has(src) && !headlineAndLede(a, b, src)) conflict = true;
    if (conflict) continue;
    const attempt = `${Math.min(gi, gj)}:${Math.max(gi, gj)}:${a.length}:${b.length}`;
    if (failed.has(attempt)) continue;
    // Average linkage keeps chains of loosely related sentences from fusing; for large groups it
    // is estimated on an even, deterministic sample of members, which bounds the work per merge.
    const sa2 = sample(a);
    const sb2 = sample(b);
    let total = 0;
    for (const x of sa2) for (const y of sb2) total += simOf(x, y);
    if (total / (sa2.length * sb2.length) < options.threshold * 0.75) {
      failed.add(attempt);
      continue;
    }
    for (const k of b) a.push(k);
    members.delete(gj);
    for (const src of sb) sa.add(src);
    groupSources.delete(gj);
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
