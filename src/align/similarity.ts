/**
 * Pair scoring over typed arrays: IDF-weighted cosine of sentence vectors,
 * candidates from postings. Plain data in and out, so a worker thread can
 * score a range of rows with exactly the same arithmetic as this thread.
 */

export interface SimilarityIndex {
  n: number;
  norms: Float64Array;
  sourceOf: Int32Array;
  /** Row i's terms are vecTerm[vecStart[i] .. vecStart[i + 1]) with weights in vecWeight. */
  vecStart: Int32Array;
  vecTerm: Int32Array;
  vecWeight: Float64Array;
  /** Term t's postings are postNode[postStart[t] .. postStart[t + 1]), rows ascending. */
  postStart: Int32Array;
  postNode: Int32Array;
  postWeight: Float64Array;
  /** Terms in more rows than this neither propose nor score candidates. */
  dfCap: number;
  /** Pairs scoring below this are dropped. */
  floor: number;
}

/** What `scoreRange` hands back: only the pairs the grouping acts on, bounded per row. */
export interface EmitOptions {
  /** Pairs of different sources scoring at least this are proposed as one statement. */
  cross: number;
  /** Pairs of one source scoring at least this are kept as near-restatements (echoes). */
  echo: number;
  /**
   * At most this many cross-source pairs per row, the strongest. A statement told by a thousand
   * articles would otherwise propose half a million pairs; its group still forms through the
   * strongest ones, with linkage measured exactly on demand (`similarityOf`). Far above what
   * a handful of sources can reach, so ordinary comparisons are exact.
   */
  perRow: number;
}

/** Pairs (i < j) with their scores, ordered by i then j. */
export interface ScoredPairs {
  i: Int32Array;
  j: Int32Array;
  score: Float64Array;
}

export function buildIndex(
  vectors: ReadonlyArray<{ terms: readonly number[]; weights: readonly number[] }>,
  norms: Float64Array,
  sourceOf: Int32Array,
  dfCap: number,
  floor: number,
): SimilarityIndex {
  const n = vectors.length;
  const vecStart = new Int32Array(n + 1);
  vectors.forEach((v, i) => (vecStart[i + 1] = (vecStart[i] ?? 0) + v.terms.length));
  const nnz = vecStart[n] ?? 0;
  const vecTerm = new Int32Array(nnz);
  const vecWeight = new Float64Array(nnz);
  let termCount = 0;
  vectors.forEach((v, i) => {
    const base = vecStart[i] ?? 0;
    v.terms.forEach((t, k) => {
      vecTerm[base + k] = t;
      vecWeight[base + k] = v.weights[k] ?? 0;
      if (t + 1 > termCount) termCount = t + 1;
    });
  });
  const postStart = new Int32Array(termCount + 1);
  for (let p = 0; p < nnz; p++) postStart[(vecTerm[p] ?? 0) + 1] = (postStart[(vecTerm[p] ?? 0) + 1] ?? 0) + 1;
  for (let t = 0; t < termCount; t++) postStart[t + 1] = (postStart[t + 1] ?? 0) + (postStart[t] ?? 0);
  const fill = postStart.slice(0, termCount);
  const postNode = new Int32Array(nnz);
  const postWeight = new Float64Array(nnz);
  for (let i = 0; i < n; i++) {
    for (let p = vecStart[i] ?? 0; p < (vecStart[i + 1] ?? 0); p++) {
      const t = vecTerm[p] ?? 0;
      const at = fill[t] ?? 0;
      postNode[at] = i;
      postWeight[at] = vecWeight[p] ?? 0;
      fill[t] = at + 1;
    }
  }
  return { n, norms, sourceOf, vecStart, vecTerm, vecWeight, postStart, postNode, postWeight, dfCap, floor };
}

/** Scores every row in [from, to) against the rows after it; keeps the pairs `emit` asks for. */
export function scoreRange(index: SimilarityIndex, from: number, to: number, emit: EmitOptions): ScoredPairs {
  const { n, norms, sourceOf, vecStart, vecTerm, vecWeight, postStart, postNode, postWeight, dfCap, floor } = index;
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const outI: number[] = [];
  const outJ: number[] = [];
  const outS: number[] = [];
  for (let i = from; i < to; i++) {
    let count = 0;
    for (let p = vecStart[i] ?? 0; p < (vecStart[i + 1] ?? 0); p++) {
      const t = vecTerm[p] ?? 0;
      const start = postStart[t] ?? 0;
      const end = postStart[t + 1] ?? 0;
      if (end - start > dfCap) continue;
      const wi = vecWeight[p] ?? 0;
      for (let q = start; q < end; q++) {
        const j = postNode[q] ?? 0;
        if (j <= i) continue;
        if (acc[j] === 0) touched[count++] = j;
        acc[j] = (acc[j] ?? 0) + wi * (postWeight[q] ?? 0);
      }
    }
    // Candidates in index order so ties break the same way every run.
    const candidates = touched.subarray(0, count).sort();
    const rowJ: number[] = [];
    const rowS: number[] = [];
    let crossCount = 0;
    for (const j of candidates) {
      const score = (acc[j] ?? 0) / ((norms[i] ?? 1) * (norms[j] ?? 1));
      acc[j] = 0;
      if (score < floor) continue;
      const same = sourceOf[i] === sourceOf[j];
      if (score < (same ? emit.echo : emit.cross)) continue;
      if (!same) crossCount++;
      rowJ.push(j);
      rowS.push(score);
    }
    const keep = crossCount > emit.perRow ? strongestCross(i, rowJ, rowS, sourceOf, emit.perRow) : undefined;
    for (let k = 0; k < rowJ.length; k++) {
      if (keep && !keep.has(k)) continue;
      outI.push(i);
      outJ.push(rowJ[k] as number);
      outS.push(rowS[k] as number);
    }
  }
  return { i: Int32Array.from(outI), j: Int32Array.from(outJ), score: Float64Array.from(outS) };
}

/** Positions (in the row's lists) of same-source pairs and of the `limit` strongest cross-source pairs, ties to the lower index. */
function strongestCross(i: number, rowJ: readonly number[], rowS: readonly number[], sourceOf: Int32Array, limit: number): Set<number> {
  const crossAt: number[] = [];
  const keep = new Set<number>();
  rowJ.forEach((j, k) => (sourceOf[j] === sourceOf[i] ? keep.add(k) : crossAt.push(k)));
  crossAt.sort((a, b) => (rowS[b] as number) - (rowS[a] as number) || a - b);
  for (const k of crossAt.slice(0, limit)) keep.add(k);
  return keep;
}

/**
 * The similarity of rows i and j with exactly the arithmetic of `scoreRange` (the same terms,
 * added in the same order, the same floor), computed when asked instead of stored for every
 * pair: memory stays linear in the sentences however many pairs score above the floor.
 */
export function similarityOf(index: SimilarityIndex, a: number, b: number): number {
  if (a === b) return 1;
  const i = Math.min(a, b);
  const j = Math.max(a, b);
  const { norms, vecStart, vecTerm, vecWeight, postStart, dfCap, floor } = index;
  let dot = 0;
  let q = vecStart[j] ?? 0;
  const qEnd = vecStart[j + 1] ?? 0;
  // Both rows' terms are ascending: one merge pass.
  for (let p = vecStart[i] ?? 0; p < (vecStart[i + 1] ?? 0) && q < qEnd; p++) {
    const t = vecTerm[p] ?? 0;
    while (q < qEnd && (vecTerm[q] ?? 0) < t) q++;
    if (q >= qEnd || vecTerm[q] !== t) continue;
    if ((postStart[t + 1] ?? 0) - (postStart[t] ?? 0) > dfCap) continue;
    dot = dot + (vecWeight[p] ?? 0) * (vecWeight[q] ?? 0);
  }
  const score = dot / ((norms[i] ?? 1) * (norms[j] ?? 1));
  return score < floor ? 0 : score;
}

export function concatPairs(a: ScoredPairs, b: ScoredPairs): ScoredPairs {
  const join = <T extends Int32Array | Float64Array>(x: T, y: T, make: (n: number) => T): T => {
    const out = make(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  return {
    i: join(a.i, b.i, (n) => new Int32Array(n)),
    j: join(a.j, b.j, (n) => new Int32Array(n)),
    score: join(a.score, b.score, (n) => new Float64Array(n)),
  };
}
