import { describe, expect, it } from 'vitest';
import { classifyPairs, linkageSample } from '../../src/align/pairs.js';
import type { ScoredPairs } from '../../src/align/similarity.js';
import { nodesFrom } from './nodes.js';

const scored = (rows: ReadonlyArray<[number, number, number]>): ScoredPairs => ({
  i: Int32Array.from(rows, (r) => r[0]),
  j: Int32Array.from(rows, (r) => r[1]),
  score: Float64Array.from(rows, (r) => r[2]),
});

// Source 0: sentences 0 and 1; source 1: sentences 2 and 3.
const nodes = nodesFrom([
  { source: 0, index: 0, text: 'The mayor opened the bridge on Monday.' },
  { source: 0, index: 1, text: 'The mayor opened the new bridge on Monday.' },
  { source: 1, index: 0, text: 'A new bridge was opened by the mayor.' },
  { source: 1, index: 1, text: 'Traffic was light.' },
]);
const options = { threshold: 0.2 };

describe('align pass: classifyPairs', () => {
  const { candidates, echoes } = classifyPairs(
    nodes,
    scored([
      [0, 1, 0.9], // same source, above 1.5 × threshold: an echo
      [0, 2, 0.5],
      [0, 3, 0.1], // below the threshold: neither
      [1, 2, 0.5],
      [1, 3, 0.25], // same source as nothing: a candidate
      [2, 3, 0.29], // same source, under 1.5 × threshold: not an echo
    ]),
    options,
  );

  it('keeps cross-source pairs at or above the threshold, strongest first, ties by index', () => {
    expect(candidates).toEqual([
      { i: 0, j: 2, score: 0.5 },
      { i: 1, j: 2, score: 0.5 },
      { i: 1, j: 3, score: 0.25 },
    ]);
  });

  it('takes close pairs within one source as echoes', () => {
    expect(echoes).toEqual([{ a: nodes[0]?.sentence, b: nodes[1]?.sentence, score: 0.9 }]);
  });

});

describe('align: linkageSample', () => {
  it('keeps a small group whole and spreads 16 picks over a large one', () => {
    expect(linkageSample([4, 5, 6])).toEqual([4, 5, 6]);
    const large = Array.from({ length: 32 }, (_, k) => k);
    expect(linkageSample(large)).toEqual(Array.from({ length: 16 }, (_, k) => 2 * k));
  });
});
