import { describe, expect, it } from 'vitest';
import { collectGroups, nodeIndexOf, orderEchoes } from '../../src/align/collect.js';
import { groupingOf, nodesFrom, table } from './nodes.js';

const nodes = nodesFrom([
  { source: 0, index: 1, text: 'The carmaker will cut 3,200 jobs.' },
  { source: 0, index: 2, text: 'It will open a battery factory in Leipzig.' },
  { source: 1, index: 1, text: 'The carmaker will cut 3,200 jobs and open a battery factory.' },
  { source: 1, index: 2, text: 'Shares rose.' },
  { source: 2, index: 1, text: 'Unions called a strike.' },
]);
const sentence = (k: number) => nodes[k]!.sentence;

describe('align pass: collectGroups', () => {
  const simOf = table([[0, 2, 0.6], [0, 4, 0.3], [1, 2, 0.4], [3, 4, 0.1]]);
  // Home groups {0, 2}, {1}, {3}, {4}; node 2 is linked into {1}, node 4 into {0, 2}.
  const links = new Map([[1, [2]], [0, [4]]]);
  const { groups, unmatched } = collectGroups(nodes, groupingOf(5, [[0, 2]]), links, simOf, nodeIndexOf(nodes));

  it('gives groups of two or more, links included, in input order with members in input order', () => {
    expect(groups.map((g) => g.members)).toEqual([[sentence(0), sentence(2), sentence(4)], [sentence(1), sentence(2)]]);
    expect(groups.map((g) => [...g.linked])).toEqual([[sentence(4)], [sentence(2)]]);
  });

  it('scores a group by the mean similarity of its member pairs', () => {
    expect(groups[0]?.score).toBeCloseTo((0.6 + 0.3 + 0) / 3, 12);
    expect(groups[1]?.score).toBe(0.4);
  });

  it('lists sentences alone in their home group, with nothing linked into it, as unmatched, in input order', () => {
    expect(unmatched).toEqual([sentence(3), sentence(4)]);
  });

  it('orders echoes by their first sentence, then their second', () => {
    const a = { a: sentence(3), b: sentence(4), score: 0.5 };
    const b = { a: sentence(0), b: sentence(1), score: 0.5 };
    expect(orderEchoes([a, b], nodeIndexOf(nodes))).toEqual([b, a]);
  });
});
