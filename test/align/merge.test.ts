import { describe, expect, it } from 'vitest';
import { mergeGroups } from '../../src/align/merge.js';
import { candidatesOf, groupsOf, nodesFrom, table } from './nodes.js';

const options = { threshold: 0.2 };
const run = (specs: Parameters<typeof nodesFrom>[0], pairs: Array<[number, number, number]>) => {
  const nodes = nodesFrom(specs);
  return mergeGroups(nodes, candidatesOf(nodes, pairs, options.threshold), table(pairs), options);
};

describe('align pass: mergeGroups', () => {
  it('grows one group from three sources that all report the statement', () => {
    const grouping = run(
      [
        { source: 0, index: 1, text: 'Rescuers pulled 14 miners from the shaft.' },
        { source: 1, index: 1, text: 'Fourteen miners were rescued from the shaft.' },
        { source: 2, index: 1, text: 'Rescue teams freed 14 miners.' },
      ],
      [[0, 1, 0.8], [1, 2, 0.7], [0, 2, 0.6]],
    );
    expect(groupsOf(grouping)).toEqual([[0, 1, 2]]);
    expect([...grouping.groupOf]).toEqual([0, 0, 0]);
  });

  it('puts at most one sentence of a source in a group: the stronger match wins', () => {
    const grouping = run(
      [
        { source: 0, index: 1, text: 'The strike began at dawn.' },
        { source: 0, index: 2, text: 'Workers walked out early on Tuesday.' },
        { source: 1, index: 1, text: 'Workers began the strike at dawn on Tuesday.' },
      ],
      [[0, 2, 0.5], [1, 2, 0.6]],
    );
    expect(groupsOf(grouping)).toEqual([[0], [1, 2]]);
  });

  it('does not fuse a chain whose ends do not match (average linkage)', () => {
    // 0–1 strong, 1–2 just above the threshold, 0–2 nothing: the mean 0–2 and 1–2 is 0.11 < 0.15.
    const grouping = run(
      [
        { source: 0, index: 1, text: 'The dam burst after days of rain.' },
        { source: 1, index: 1, text: 'Days of rain burst the dam and flooded the valley.' },
        { source: 2, index: 1, text: 'The valley flooded.' },
      ],
      [[0, 1, 0.7], [1, 2, 0.22]],
    );
    expect(groupsOf(grouping)).toEqual([[0, 1], [2]]);
  });

  it('lets a headline share a group with its own lede', () => {
    const grouping = run(
      [
        { source: 0, index: 0, text: 'Dam Bursts After Days Of Rain' },
        { source: 0, index: 1, text: 'The dam burst on Sunday after days of rain.' },
        { source: 1, index: 1, text: 'After days of rain the dam burst on Sunday.' },
      ],
      [[1, 2, 0.8], [0, 2, 0.5], [0, 1, 0.6]],
    );
    expect(groupsOf(grouping)).toEqual([[0, 1, 2]]);
  });

  it('keeps two body sentences of one source apart even when both match', () => {
    const grouping = run(
      [
        { source: 0, index: 1, text: 'The dam burst on Sunday.' },
        { source: 0, index: 2, text: 'The dam burst after days of rain.' },
        { source: 1, index: 1, text: 'After days of rain the dam burst on Sunday.' },
      ],
      [[1, 2, 0.8], [0, 2, 0.5], [0, 1, 0.6]],
    );
    expect(groupsOf(grouping)).toEqual([[0], [1, 2]]);
  });
});
