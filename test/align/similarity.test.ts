import { describe, expect, it } from 'vitest';
import { buildIndex, scoreRange, similarityOf, type EmitOptions } from '../../src/align/similarity.js';

/** A small random corpus of sparse vectors over `terms` term ids, deterministic. */
function corpus(rows: number, terms: number, sources: number, seed: number, dfCap = 40) {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const vectors = Array.from({ length: rows }, () => {
    const set = new Set<number>();
    const size = 2 + Math.floor(rnd() * 6);
    while (set.size < size) set.add(Math.floor(rnd() * terms));
    const ids = [...set].sort((x, y) => x - y);
    return { terms: ids, weights: ids.map(() => 0.5 + rnd() * 2) };
  });
  const norms = Float64Array.from(vectors, (v) => Math.sqrt(v.weights.reduce((s, w) => s + w * w, 0)));
  const sourceOf = Int32Array.from(vectors, (_, i) => i % sources);
  return buildIndex(vectors, norms, sourceOf, dfCap, 0.05);
}

const everything: EmitOptions = { cross: 0, echo: 0, perRow: Number.MAX_SAFE_INTEGER };

describe('align/similarity', () => {
  it.each([40, 12])('similarityOf gives exactly the score scoreRange computed, for every pair it scored (df cap %i)', (dfCap) => {
    const index = corpus(120, 30, 4, 3, dfCap);
    const pairs = scoreRange(index, 0, index.n, everything);
    expect(pairs.score.length).toBeGreaterThan(40);
    for (let p = 0; p < pairs.score.length; p++) {
      const i = pairs.i[p] as number;
      const j = pairs.j[p] as number;
      expect(similarityOf(index, i, j)).toBe(pairs.score[p]);
      expect(similarityOf(index, j, i)).toBe(pairs.score[p]);
    }
  });

  it('similarityOf is 0 for a pair scoreRange left out (below the floor or no shared term)', () => {
    const index = corpus(80, 60, 3, 9);
    const scored = scoreRange(index, 0, index.n, everything);
    const kept = new Set<string>();
    for (let p = 0; p < scored.score.length; p++) kept.add(`${scored.i[p]}:${scored.j[p]}`);
    let checked = 0;
    for (let i = 0; i < index.n; i++) {
      for (let j = i + 1; j < index.n; j++) {
        if (kept.has(`${i}:${j}`)) continue;
        expect(similarityOf(index, i, j)).toBe(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('keeps at most perRow cross-source pairs a row, the strongest, and every echo above its bar', () => {
    const index = corpus(200, 12, 5, 5, 1000);
    const all = scoreRange(index, 0, index.n, { cross: 0.1, echo: 0.3, perRow: Number.MAX_SAFE_INTEGER });
    const capped = scoreRange(index, 0, index.n, { cross: 0.1, echo: 0.3, perRow: 5 });
    const rowsOf = (pairs: typeof all) => {
      const rows = new Map<number, Array<{ j: number; score: number }>>();
      for (let p = 0; p < pairs.score.length; p++) {
        const list = rows.get(pairs.i[p] as number) ?? [];
        list.push({ j: pairs.j[p] as number, score: pairs.score[p] as number });
        rows.set(pairs.i[p] as number, list);
      }
      return rows;
    };
    const full = rowsOf(all);
    const bounded = rowsOf(capped);
    let cut = 0;
    for (const [i, list] of full) {
      const cross = list.filter(({ j }) => index.sourceOf[j] !== index.sourceOf[i]);
      const echoes = list.filter(({ j }) => index.sourceOf[j] === index.sourceOf[i]);
      const kept = bounded.get(i) ?? [];
      const keptCross = kept.filter(({ j }) => index.sourceOf[j] !== index.sourceOf[i]);
      expect(keptCross.length).toBe(Math.min(5, cross.length));
      expect(kept.filter(({ j }) => index.sourceOf[j] === index.sourceOf[i])).toEqual(echoes);
      // The weakest kept pair is at least as strong as the strongest dropped one.
      const dropped = cross.filter(({ j }) => !keptCross.some((k) => k.j === j));
      if (dropped.length > 0) {
        cut++;
        expect(Math.min(...keptCross.map((k) => k.score))).toBeGreaterThanOrEqual(Math.max(...dropped.map((d) => d.score)));
      }
      // Still in column order, as grouping expects.
      expect(kept.map((k) => k.j)).toEqual([...kept.map((k) => k.j)].sort((x, y) => x - y));
    }
    expect(cut).toBeGreaterThan(0);
    for (let p = 0; p < capped.score.length; p++) expect(capped.score[p]).toBeGreaterThanOrEqual(0.1);
  });
});
