import { describe, expect, it } from 'vitest';
import { attachSplitStatements, attachToCarriers } from '../../src/align/attach.js';
import { candidatesOf, groupingOf, groupsOf, nodesFrom, table } from './nodes.js';

const options = { threshold: 0.2 };

describe('align pass: attachSplitStatements', () => {
  // Source 0 says in two sentences of one paragraph what source 1 says in one.
  const specs = [
    { source: 0, index: 1, line: 3, text: 'The ferry sank near the harbour.' },
    { source: 0, index: 2, line: 3, text: 'Forty passengers were on board.' },
    { source: 1, index: 1, line: 3, text: 'The ferry sank near the harbour with forty passengers on board.' },
  ];
  const pairs: Array<[number, number, number]> = [[0, 2, 0.6], [1, 2, 0.3]];

  it('joins a lone sentence to the group of its neighbour in the same paragraph', () => {
    const input = groupingOf(3, [[0, 2]]);
    const out = attachSplitStatements(nodesFrom(specs), input, table(pairs), options);
    expect(groupsOf(out)).toEqual([[0, 1, 2]]);
    expect(out.groupOf[1]).toBe(0);
    // The input grouping is left as it was.
    expect(groupsOf(input)).toEqual([[0, 2], [1]]);
  });

  it('does not reach across a paragraph break', () => {
    const apart = specs.map((s, k) => (k === 1 ? { ...s, line: 5 } : s));
    const out = attachSplitStatements(nodesFrom(apart), groupingOf(3, [[0, 2]]), table(pairs), options);
    expect(groupsOf(out)).toEqual([[0, 2], [1]]);
  });

  it('needs the lone sentence to match the other sources on its own', () => {
    const out = attachSplitStatements(nodesFrom(specs), groupingOf(3, [[0, 2]]), table([[0, 2, 0.6], [1, 2, 0.1]]), options);
    expect(groupsOf(out)).toEqual([[0, 2], [1]]);
  });
});

describe('align pass: attachToCarriers', () => {
  // Source 1's lede carries two statements that source 0 gives in separate sentences.
  const lede = 'Vossdorf Motors will cut 3,200 jobs at its Bavarian plants and open a battery factory in Leipzig next year, the carmaker said on Monday.';
  const specs = [
    { source: 0, index: 1, text: 'Vossdorf Motors will cut 3,200 jobs.' },
    { source: 0, index: 4, text: 'It will also open a battery factory in Leipzig.' },
    { source: 1, index: 1, text: lede },
  ];
  const pairs: Array<[number, number, number]> = [[0, 2, 0.5], [1, 2, 0.3]];

  it('joins a lone sentence to the group of a clearly longer sentence it matches', () => {
    const nodes = nodesFrom(specs);
    const input = groupingOf(3, [[0, 2]]);
    const out = attachToCarriers(nodes, input, candidatesOf(nodes, pairs, 0.2), table(pairs), options);
    expect(groupsOf(out)).toEqual([[0, 1, 2]]);
    expect(groupsOf(input)).toEqual([[0, 2], [1]]);
  });

  it('leaves it alone when the match is not clearly longer', () => {
    const short = specs.map((s, k) => (k === 2 ? { ...s, text: 'Vossdorf will cut jobs and open a Leipzig factory.' } : s));
    const nodes = nodesFrom(short);
    const out = attachToCarriers(nodes, groupingOf(3, [[0, 2]]), candidatesOf(nodes, pairs, 0.2), table(pairs), options);
    expect(groupsOf(out)).toEqual([[0, 2], [1]]);
  });

  it('leaves it alone when it says the same as its source\'s member of that group', () => {
    const same: Array<[number, number, number]> = [...pairs, [0, 1, 0.4]];
    const nodes = nodesFrom(specs);
    const out = attachToCarriers(nodes, groupingOf(3, [[0, 2]]), candidatesOf(nodes, same, 0.2), table(same), options);
    expect(groupsOf(out)).toEqual([[0, 2], [1]]);
  });
});
