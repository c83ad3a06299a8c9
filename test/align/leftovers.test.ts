import { describe, expect, it } from 'vitest';
import { attachNearLeftovers, pairLeftovers } from '../../src/align/leftovers.js';
import { groupingOf, groupsOf, nodesFrom } from './nodes.js';

describe('align pass: pairLeftovers', () => {
  // Two sources, three sentences each; 0–3 and 1–4 are already grouped elsewhere in these tests' terms.
  const nodes = nodesFrom([
    { source: 0, index: 1, text: 'Police seized 12 laptops.' },
    { source: 0, index: 2, text: 'The raid lasted two hours.' },
    { source: 0, index: 3, text: 'Officers also took phones.' },
    { source: 1, index: 1, text: 'Detectives carted off 21 laptops.' },
    { source: 1, index: 2, text: 'The search took most of the morning.' },
    { source: 1, index: 3, text: 'A lawyer called the raid unlawful.' },
  ]);
  const near = (pairs: Array<[number, number, number]>) => pairs.map(([i, j, score]) => ({ i, j, score })).sort((p, q) => q.score - p.score);

  it('pairs two leftovers that are each other\'s best near match, and marks the group weak', () => {
    const { grouping, weak } = pairLeftovers(nodes, groupingOf(6, []), new Map(), near([[0, 3, 0.18], [1, 4, 0.16], [2, 5, 0.15]]));
    expect(groupsOf(grouping)).toEqual([[0, 3], [1, 4], [2, 5]]);
    expect([...weak].sort()).toEqual([0, 1, 2]);
  });

  it('leaves a leftover whose best near match prefers another sentence', () => {
    // 4's best is 0, but 0's best is 3: 4 and 1 stay apart though they pair near the threshold.
    const { grouping } = pairLeftovers(nodes, groupingOf(6, []), new Map(), near([[0, 3, 0.19], [0, 4, 0.18], [1, 4, 0.155]]));
    expect(groupsOf(grouping)).toEqual([[0, 3], [1], [2], [4], [5]]);
  });

  it('touches no sentence already grouped or carrying a linked statement, and leaves its input as it was', () => {
    const input = groupingOf(6, [[0, 3]]);
    const links = new Map([[1, [5]]]);
    const { grouping, weak } = pairLeftovers(nodes, input, links, near([[0, 4, 0.19], [1, 4, 0.18]]));
    expect(groupsOf(grouping)).toEqual([[0, 3], [1], [2], [4], [5]]);
    expect(weak.size).toBe(0);
    expect(groupsOf(input)).toEqual([[0, 3], [1], [2], [4], [5]]);
  });
});

describe('align pass: attachNearLeftovers', () => {
  // Three sources: 0–2 and 3 tell one statement in a group; 4 (a third source) is left alone.
  const nodes = nodesFrom([
    { source: 0, index: 1, text: 'Residents of Urzelina and Manadas were woken by sirens.' },
    { source: 0, index: 2, text: 'The airport stayed open.' },
    { source: 1, index: 1, text: 'Residents of Urzelina and Manadas were taken to a pavilion.' },
    { source: 1, index: 2, text: 'Flights were suspended.' },
    { source: 2, index: 1, text: 'The people of Urzelina and Manadas spent the night away.' },
    { source: 2, index: 2, text: 'The island has 8,000 inhabitants.' },
  ]);
  const near = (pairs: Array<[number, number, number]>) => pairs.map(([i, j, score]) => ({ i, j, score })).sort((p, q) => q.score - p.score);

  it('joins a leftover near two members of a group, and names it as joined only just', () => {
    const input = groupingOf(6, [[0, 2]]);
    const { grouping, near: joined } = attachNearLeftovers(nodes, input, new Map(), near([[4, 0, 0.17], [4, 2, 0.18], [5, 3, 0.16]]));
    expect(groupsOf(grouping)).toEqual([[0, 2, 4], [1], [3], [5]]);
    expect([...joined].map(([g, members]) => [g, [...members]])).toEqual([[0, [4]]]);
    // Its input is left as it was.
    expect(groupsOf(input)).toEqual([[0, 2], [1], [3], [4], [5]]);
  });

  it('joins no group on one near member, nor one that holds a sentence of its own source', () => {
    expect(groupsOf(attachNearLeftovers(nodes, groupingOf(6, [[0, 2]]), new Map(), near([[4, 0, 0.19]])).grouping)).toEqual([[0, 2], [1], [3], [4], [5]]);
    expect(groupsOf(attachNearLeftovers(nodes, groupingOf(6, [[0, 2, 5]]), new Map(), near([[4, 0, 0.19], [4, 2, 0.18]])).grouping)).toEqual([[0, 2, 5], [1], [3], [4]]);
    // Nor one its source's sentence is linked into (5 lives alone but carries the group's statement too).
    expect(groupsOf(attachNearLeftovers(nodes, groupingOf(6, [[0, 2]]), new Map([[0, [5]]]), near([[4, 0, 0.19], [4, 2, 0.18]])).grouping)).toEqual([[0, 2], [1], [3], [4], [5]]);
  });
});

describe('compare: findings on a pair that matches only just', () => {
  it('are kept at low severity with the reason', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { compare } = await import('../../src/compare.js');
    // A translated quote and its original, reworded and credited to another official.
    const dir = join(import.meta.dirname, '../../fixtures/studied/roland-garros-mens-final');
    const files = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { sources: string[] }).sources;
    const report = compare(files.map((f) => ({ label: f, path: f, text: readFileSync(join(dir, f), 'utf8') })));
    const found = report.discrepancies.filter((d) => d.kind === 'attribution' && d.weakened?.reason === 'near-match');
    expect(found.map((d) => d.claims.map((c) => c.text).sort())).toEqual([['Amélie Bousquet', 'Gilles Marchand']]);
    expect(found[0]?.severity).toBe('low');
    expect(report.groups.some((g) => g.members.length === 2)).toBe(true);
  });
});

describe('compare: findings on a sentence that joined a group only just', () => {
  it('are kept at low severity with the reason, naming every source', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { compare } = await import('../../src/compare.js');
    // "His companion, a 74-year-old woman" scores just below the threshold against two sources'
    // "a 47-year-old woman": it joins their group, and the clash is a guess.
    const dir = join(import.meta.dirname, '../../fixtures/studied/kreuzspitze-avalanche');
    const files = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { sources: string[] }).sources;
    const report = compare(files.map((f) => ({ label: f, path: f, text: readFileSync(join(dir, f), 'utf8') })));
    const found = report.discrepancies.filter((d) => d.kind === 'number' && d.claims.some((c) => c.text === '74-year'));
    expect(found.map((d) => [d.severity, d.weakened?.reason, d.claims.length])).toEqual([['low', 'near-match', 3]]);
  });
});
