import { describe, expect, it } from 'vitest';
import { linkStatements } from '../../src/align/links.js';
import { candidatesOf, groupingOf, nodesFrom, table } from './nodes.js';

const options = { threshold: 0.2 };

describe('align pass: linkStatements', () => {
  const nodes = nodesFrom([
    { source: 0, index: 1, text: 'The carmaker will cut 3,200 jobs and open a battery factory.' },
    { source: 1, index: 1, text: 'The carmaker will cut 3,200 jobs.' },
    { source: 1, index: 2, text: 'It will open a battery factory in Leipzig.' },
    { source: 2, index: 1, text: 'A battery factory is planned in Leipzig.' },
  ]);

  it('links a sentence with a home into a second group whose statement it carries', () => {
    const pairs: Array<[number, number, number]> = [[0, 1, 0.6], [0, 2, 0.3]];
    const links = linkStatements(nodes, candidatesOf(nodes, pairs, 0.2), groupingOf(4, [[0, 1]]), table(pairs), options);
    expect([...links]).toEqual([[2, [0]]]);
  });

  it('does not link into a group that already holds a sentence of its source', () => {
    const twoSources = nodesFrom([
      { source: 0, index: 1, text: 'The carmaker will cut 3,200 jobs and open a battery factory.' },
      { source: 1, index: 1, text: 'The carmaker will cut 3,200 jobs.' },
      { source: 0, index: 2, text: 'The battery factory will be in Leipzig.' },
      { source: 1, index: 2, text: 'It will open a battery factory in Leipzig.' },
    ]);
    // Both groups hold sources 0 and 1, so neither can take a link from the other.
    const pairs: Array<[number, number, number]> = [[0, 1, 0.6], [2, 3, 0.6], [0, 3, 0.5], [1, 2, 0.5], [0, 2, 0.5], [1, 3, 0.5]];
    const links = linkStatements(twoSources, candidatesOf(twoSources, pairs, 0.2), groupingOf(4, [[0, 1], [2, 3]]), table(pairs), options);
    expect([...links]).toEqual([]);
  });

  it('needs the average linkage with the target group', () => {
    // 0 matches 2 but not 3: mean 0.125 < 0.15.
    const pairs: Array<[number, number, number]> = [[0, 1, 0.6], [2, 3, 0.5], [0, 2, 0.25]];
    const links = linkStatements(nodes, candidatesOf(nodes, pairs, 0.2), groupingOf(4, [[0, 1], [2, 3]]), table(pairs), options);
    expect([...links]).toEqual([]);
  });

  it('gives a sentence at most two links', () => {
    const many = nodesFrom([
      { source: 0, index: 1, text: 'A long sentence with three statements.' },
      { source: 1, index: 1, text: 'Its home partner.' },
      { source: 2, index: 1, text: 'First other statement.' },
      { source: 3, index: 1, text: 'Second other statement.' },
      { source: 4, index: 1, text: 'Third other statement.' },
    ]);
    const pairs: Array<[number, number, number]> = [[0, 1, 0.6], [0, 2, 0.5], [0, 3, 0.4], [0, 4, 0.3]];
    const links = linkStatements(many, candidatesOf(many, pairs, 0.2), groupingOf(5, [[0, 1]]), table(pairs), options);
    expect([...links]).toEqual([[2, [0]], [3, [0]]]);
  });
});
