import { describe, expect, it } from 'vitest';
import { groupHeadlines } from '../../src/align/headlines.js';
import { compareTexts } from '../detect/helpers.js';
import { groupingOf, groupsOf, nodesFrom } from './nodes.js';

describe('align pass: groupHeadlines', () => {
  // Three sources: a headline (no full stop) and two body sentences each.
  const nodes = nodesFrom([
    { source: 0, index: 0, text: 'Anxious customers line up as Cascade Ridge stock sinks' },
    { source: 0, index: 1, text: 'Shares fell 38 percent.' },
    { source: 0, index: 2, text: 'The bank has 42 branches.' },
    { source: 1, index: 0, text: 'What we know about the run on the Spokane lender' },
    { source: 1, index: 1, text: 'The stock lost 38 percent.' },
    { source: 1, index: 2, text: 'It runs 42 branches.' },
    { source: 2, index: 0, text: 'Depositors queue at Spokane bank' },
    { source: 2, index: 1, text: 'Its shares sank 38%.' },
    { source: 2, index: 2, text: 'Customers queued for hours.' },
    // A fourth source without a headline.
    { source: 3, index: 0, text: 'Customers of the Spokane lender queued for hours on Wednesday.' },
  ]);

  it('puts headlines that matched nothing into one group, weak since it holds headlines only', () => {
    const { grouping, links, weak } = groupHeadlines(nodes, groupingOf(10, [[1, 4, 7], [2, 5]]), new Map());
    expect(groupsOf(grouping)).toEqual([[0, 3, 6], [1, 4, 7], [2, 5], [8], [9]]);
    expect(links.size).toBe(0);
    expect([...weak]).toEqual([0]);
  });

  it('links a headline that already has a home into the group holding most headlines, which stays strong', () => {
    // Headlines 0 and 3 share a group with the fourth source's sentence 9; headline 6 is at home with sentence 1.
    const { grouping, links, weak } = groupHeadlines(nodes, groupingOf(10, [[0, 3, 9], [6, 1], [2, 5]]), new Map());
    expect(groupsOf(grouping)).toEqual([[0, 3, 9], [1, 6], [2, 5], [4], [7], [8]]);
    expect([...links]).toEqual([[0, [6]]]);
    expect(weak.size).toBe(0);
  });

  it('adds no headline to a group where its source already has a sentence', () => {
    // Source 2's lede (7) is in the headlines' group: its headline (6) stays where it is.
    const { grouping, links } = groupHeadlines(nodes, groupingOf(10, [[0, 3, 7]]), new Map());
    expect(groupsOf(grouping)).toContainEqual([0, 3, 7]);
    expect(groupsOf(grouping)).toContainEqual([6]);
    expect(links.size).toBe(0);
  });

  it('chooses the same group whatever order the sources come in', () => {
    // Each of two groups holds one headline: the tie goes to the headline text that sorts first.
    // Each of two groups holds one headline, with the other's body sentence from the fourth source.
    const { grouping, links } = groupHeadlines(nodes, groupingOf(10, [[0, 9], [3, 1]]), new Map());
    // "Anxious …" (node 0) sorts before "Depositors …" and "What we know …": 3 is linked into 0's group, 6 moves there.
    expect([...links]).toEqual([[0, [3]]]);
    expect(groupsOf(grouping)).toContainEqual([0, 6, 9]);
  });

  it('leaves sources without a headline, or too short to have one, as they were', () => {
    const short = nodesFrom([
      { source: 0, index: 0, text: 'Shares closed down 38% on Wednesday' },
      { source: 1, index: 0, text: 'The mayor opened the bridge' },
    ]);
    const input = groupingOf(2, []);
    expect(groupsOf(groupHeadlines(short, input, new Map()).grouping)).toEqual([[0], [1]]);
  });
});

describe('compare: headlines', () => {
  const body = 'The regional lender said deposits were safe.\nIts shares fell sharply on Wednesday.\nRegulators said they were watching closely.';
  it('align with each other however differently they are worded, and differ there only at low severity', () => {
    const report = compareTexts(`Anxious customers line up as Cascade Ridge stock sinks\n${body}`, `What we know about the run on the Spokane lender\n${body}`);
    const headlineGroup = report.groups.find((g) => g.members.every((m) => m.sentence === 0));
    expect(headlineGroup?.members.map((m) => m.source)).toEqual(['S1', 'S2']);
    expect(report.discrepancies.filter((d) => d.group === headlineGroup?.id && d.severity !== 'low')).toEqual([]);
  });
});
