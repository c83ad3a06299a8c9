import { describe, expect, it } from 'vitest';
import { scoreRange } from '../../src/align/similarity.js';
import { indexOf, nodesOf, weigh } from '../../src/align/vectors.js';
import { analyzeSources } from '../../src/analyze/index.js';
import { segmentSource } from '../../src/compare.js';
import { nodesFrom } from './nodes.js';

describe('align pass: weigh', () => {
  const { vectors, norms } = weigh(
    nodesFrom([
      { source: 0, index: 1, text: 'a', terms: { storm: 1, ferry: 3 } },
      { source: 1, index: 1, text: 'b', terms: { storm: 1, harbour: 0.5 } },
      { source: 2, index: 1, text: 'c', terms: { storm: 1 } },
    ]),
  );

  it('weighs a term by how few sentences hold it, repeats sub-linearly, soft features at their weight', () => {
    const common = Math.log(1 + 3 / 3);
    const rare = Math.log(1 + 3 / 1);
    expect(vectors[0]?.weights).toEqual([common, (1 + Math.log(3)) * rare]);
    expect(vectors[1]?.weights).toEqual([common, 0.5 * rare]);
    expect(norms[2]).toBeCloseTo(common, 12);
  });

  it('numbers terms in order of first use, ascending in each vector', () => {
    expect(vectors.map((v) => v.terms)).toEqual([[0, 1], [0, 2], [0]]);
  });
});

describe('align passes: nodesOf and indexOf, scored', () => {
  const doc = (text: string, n: number) => segmentSource({ label: `${n}.txt`, path: `${n}.txt`, text }, `S${n}`);
  const sources = analyzeSources([
    doc('The ferry Aurora sank off Crete on Sunday.\n\nRescuers saved 212 passengers.\n', 1),
    doc('Rescuers saved 212 passengers from the water.\n\nThe ferry Aurora sank off Crete on Sunday night.\n', 2),
  ]);
  const nodes = nodesOf(sources);
  // Every pair above the index's floor, uncapped: this test looks at the scores themselves.
  const pairs = scoreRange(indexOf(sources, nodes, { threshold: 0.2 }), 0, nodes.length, { cross: 0, echo: 0, perRow: Number.MAX_SAFE_INTEGER });
  const score = (i: number, j: number) => {
    for (let p = 0; p < pairs.score.length; p++) if (pairs.i[p] === i && pairs.j[p] === j) return pairs.score[p] as number;
    return 0;
  };

  it('lists the sentences of all sources in order, each with its source', () => {
    expect(nodes.map((n) => [n.sourceIndex, n.sentence.index])).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
  });

  it('scores the same statement across sources above the threshold and different ones below', () => {
    expect(score(0, 3)).toBeGreaterThan(0.5);
    expect(score(1, 2)).toBeGreaterThan(0.5);
    expect(score(0, 2)).toBeLessThan(0.2);
    expect(score(1, 3)).toBeLessThan(0.2);
  });
});
