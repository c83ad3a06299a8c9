import { availableParallelism } from 'node:os';
import { isHeadline, type AnalyzedSentence, type AnalyzedSource } from '../analyze/index.js';
import { buildIndex, concatPairs, scoreRange, similarityOf, type EmitOptions, type ScoredPairs, type SimilarityIndex } from './similarity.js';
import { scoreInWorker, workerAvailable } from './parallel.js';

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

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = { threshold: 0.2 };

export interface AlignedGroup {
  /** Mean pairwise similarity of the members. */
  score: number;
  /**
   * Members whose home is another group: a sentence that carries this statement among others
   * ("… cut 3,200 jobs and closed two plants", where another source gives each in a sentence).
   */
  linked: ReadonlySet<AnalyzedSentence>;
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


/** Two sentences of one source in one paragraph (a line of text: no line break between them). */
function sameParagraph(a: AnalyzedSentence, b: AnalyzedSentence): boolean {
  return a.span.line === b.span.line;
}

/** How much longer a sentence must be than two of another source's to carry both of them. */
const FAN_OUT_LENGTH = 1.4;

/** A sentence may stand for this many statements besides its own group's (clauses of a long sentence). */
const MAX_LINKS = 2;

/**
 * n:1 statements. Grouping gives each sentence one home, so a sentence that merges what another
 * source says in two sentences can join only one of them. Here a sentence that already has a
 * home joins a second group as a linked member when it matches that group as well as members
 * match each other, and the group has no sentence of its source yet; an unmatched sentence of
 * another source whose statement such a sentence carries gets a group of its own this way.
 * Strongest pairs first, so the result does not depend on input order beyond the pair order.
 */
function linkStatements(
  nodes: readonly Node[],
  cross: ReadonlyArray<{ i: number; j: number; score: number }>,
  groupOf: Int32Array,
  members: ReadonlyMap<number, number[]>,
  simOf: (i: number, j: number) => number,
  options: AlignOptions,
): Map<number, number[]> {
  const links = new Map<number, number[]>();
  const linkCount = new Map<number, number>();
  // Sources present in each group, home members and links alike, kept up to date as links are made.
  const sourcesIn = new Map<number, Set<number>>();
  for (const [g, list] of members) sourcesIn.set(g, new Set(list.map((k) => (nodes[k] as Node).sourceIndex)));
  const tryLink = (i: number, j: number): boolean => {
    const home = groupOf[i] as number;
    const target = groupOf[j] as number;
    if (home === target || (members.get(home)?.length ?? 0) < 2 || (linkCount.get(i) ?? 0) >= MAX_LINKS) return false;
    const source = (nodes[i] as Node).sourceIndex;
    if (sourcesIn.get(target)?.has(source)) return false;
    const sampled = sample(members.get(target) ?? []);
    const linkage = sampled.reduce((sum, k) => sum + simOf(i, k), 0) / sampled.length;
    if (linkage < options.threshold * 0.75) return false;
    const list2 = links.get(target);
    if (list2) list2.push(i);
    else links.set(target, [i]);
    sourcesIn.get(target)?.add(source);
    linkCount.set(i, (linkCount.get(i) ?? 0) + 1);
    return true;
  };
  for (const { i, j } of cross) {
    if (groupOf[i] === groupOf[j]) continue;
    if (!tryLink(i, j)) tryLink(j, i);
  }
  return links;
}

/** Members used to estimate average linkage: all of a small group, an even spread of a large one. */
const LINKAGE_SAMPLE = 16;

function sample(list: readonly number[]): readonly number[] {
  if (list.length <= LINKAGE_SAMPLE) return list;
  const step = list.length / LINKAGE_SAMPLE;
  return Array.from({ length: LINKAGE_SAMPLE }, (_, k) => list[Math.floor(k * step)] as number);
}

/** Cross-source pairs a sentence proposes at most (see `EmitOptions.perRow`). */
const PAIRS_PER_ROW = 128;

/** The pairs grouping acts on: matches across sources and echoes within one. */
function emitOptions(options: AlignOptions): EmitOptions {
  return { cross: options.threshold, echo: Math.min(0.9, options.threshold * ECHO_FACTOR), perRow: PAIRS_PER_ROW };
}

/** Sentences of all sources in one list; a node's index is its position. */
function nodesOf(sources: readonly AnalyzedSource[]): Node[] {
  const nodes: Node[] = [];
  sources.forEach((source, sourceIndex) => {
    for (const sentence of source.sentences) nodes.push({ sentence, sourceIndex });
  });
  return nodes;
}

/** The similarity index: weighted vectors and postings in typed arrays (shareable with a worker). */
function indexOf(sources: readonly AnalyzedSource[], nodes: readonly Node[], options: AlignOptions): SimilarityIndex {
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

/**
 * Groups sentences that report the same statement (single thread). See
 * `alignAsync` for the same result computed on two cores.
 */
export function align(sources: readonly AnalyzedSource[], options: AlignOptions = DEFAULT_ALIGN_OPTIONS): Alignment {
  const nodes = nodesOf(sources);
  const index = indexOf(sources, nodes, options);
  return group(nodes, index, scoreRange(index, 0, nodes.length, emitOptions(options)), options);
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
  const nodes = nodesOf(sources);
  const index = indexOf(sources, nodes, options);
  const n = nodes.length;
  if (n < parallelMin || availableParallelism() < 2 || !workerAvailable()) {
    return group(nodes, index, scoreRange(index, 0, n, emitOptions(options)), options);
  }
  // Row i scores against rows after it, so early rows cost more: this split halves the pairs.
  const split = Math.round(n * (1 - Math.SQRT1_2));
  const emit = emitOptions(options);
  const [head, tail] = await Promise.all([scoreInWorker(index, 0, split, emit), Promise.resolve(scoreRange(index, split, n, emit))]);
  return group(nodes, index, concatPairs(head, tail), options);
}

function group(nodes: readonly Node[], index: SimilarityIndex, scored: ScoredPairs, options: AlignOptions): Alignment {
  const n = nodes.length;
  const { sourceOf } = index;
  const echoFloor = emitOptions(options).echo;
  const cross: Array<{ i: number; j: number; score: number }> = [];
  const echoes: SentencePair[] = [];
  for (let p = 0; p < scored.score.length; p++) {
    const i = scored.i[p] as number;
    const j = scored.j[p] as number;
    const score = scored.score[p] as number;
    if (sourceOf[i] !== sourceOf[j]) {
      if (score >= options.threshold) cross.push({ i, j, score });
    } else if (score >= echoFloor) {
      echoes.push({ a: (nodes[i] as Node).sentence, b: (nodes[j] as Node).sentence, score });
    }
  }
  // Strongest evidence first; index order breaks ties so output is deterministic.
  cross.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);

  const groupOf = new Int32Array(n).map((_, i) => i);
  const members = new Map<number, number[]>(nodes.map((_, i) => [i, [i]]));
  const groupSources = new Map<number, Set<number>>(nodes.map((node, i) => [i, new Set([node.sourceIndex])]));
  const simOf = (i: number, j: number): number => similarityOf(index, i, j);
  // Linkage checks that failed, by group pair and sizes: unchanged groups fail again.
  const failed = new Set<string>();

  const headlineCount = new Map<number, number>();
  nodes.forEach((node, k) => {
    if (isHeadline(node.sentence)) headlineCount.set(k, 1);
  });
  // A headline restates a sentence of its story (usually the lede): the two may share a group as
  // one statement said twice. Where that sentence stands does not matter, so paragraph order cannot.
  const headlineAndLede = (a: readonly number[], b: readonly number[], src: number): boolean => {
    const x = a.filter((k) => sourceOf[k] === src);
    const y = b.filter((k) => sourceOf[k] === src);
    if (x.length !== 1 || y.length !== 1) return false;
    return isHeadline((nodes[x[0] as number] as Node).sentence) !== isHeadline((nodes[y[0] as number] as Node).sentence);
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
    // Only a headline may share its source with another member; without one, any overlap conflicts.
    const headlines = (headlineCount.get(gi) ?? 0) + (headlineCount.get(gj) ?? 0) > 0;
    for (const src of small) {
      if (large.has(src) && !(headlines && headlineAndLede(a, b, src))) {
        conflict = true;
        break;
      }
    }
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
    headlineCount.set(gi, (headlineCount.get(gi) ?? 0) + (headlineCount.get(gj) ?? 0));
    headlineCount.delete(gj);
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
      // Only within a paragraph: which paragraphs stand next to each other is the layout's choice.
      if (!other || other.sourceIndex !== node.sourceIndex || !sameParagraph(other.sentence, node.sentence)) continue;
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

  // A long sentence (a lede) may carry what another source says in two separate sentences. An
  // unmatched sentence joins the group of its best match when that match is clearly longer, the
  // group holds one sentence of its source that says something else, and nothing else fits it.
  const alone = (k: number): boolean => (members.get(groupOf[k] as number)?.length ?? 0) === 1;
  const partners = new Map<number, Array<{ j: number; score: number }>>();
  const partner = (k: number, j: number, score: number): void => {
    const list = partners.get(k);
    if (list) list.push({ j, score });
    else partners.set(k, [{ j, score }]);
  };
  // Strongest first, as `cross` is sorted.
  for (const { i, j, score } of cross) {
    if (alone(i)) partner(i, j, score);
    if (alone(j)) partner(j, i, score);
  }
  const length = (k: number): number => (nodes[k] as Node).sentence.tokens.length;
  for (let i = 0; i < n; i++) {
    if ((members.get(groupOf[i] as number)?.length ?? 0) > 1) continue;
    const source = sourceOf[i];
    const best = (partners.get(i) ?? []).find(({ j }) => {
      const list = members.get(groupOf[j] as number) ?? [];
      const own = list.filter((k) => sourceOf[k] === source);
      return own.length === 1 && simOf(i, own[0] as number) < options.threshold && length(j) >= FAN_OUT_LENGTH * Math.max(length(i), length(own[0] as number));
    });
    if (best) {
      const g = groupOf[best.j] as number;
      members.get(g)?.push(i);
      members.delete(groupOf[i] as number);
      groupOf[i] = g;
    }
  }

  const links = linkStatements(nodes, cross, groupOf, members, simOf, options);

  const groups: AlignedGroup[] = [];
  const unmatched: AnalyzedSentence[] = [];
  for (const [g, list] of members) {
    list.sort((x, y) => x - y);
    const linked = links.get(g) ?? [];
    if (list.length === 1 && linked.length === 0) {
      const only = nodes[list[0] as number];
      if (only) unmatched.push(only.sentence);
      continue;
    }
    const all = [...list, ...linked].sort((x, y) => x - y);
    // Mean over all pairs; over an even sample of a very large group, so the work stays linear.
    const spread = all.length > 2 * LINKAGE_SAMPLE ? sample(all) : all;
    let total = 0;
    let pairs = 0;
    for (let x = 0; x < spread.length; x++) {
      for (let y = x + 1; y < spread.length; y++) {
        total += simOf(spread[x] as number, spread[y] as number);
        pairs++;
      }
    }
    groups.push({
      score: total / pairs,
      members: all.map((k) => (nodes[k] as Node).sentence),
      linked: new Set(linked.map((k) => (nodes[k] as Node).sentence)),
    });
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
