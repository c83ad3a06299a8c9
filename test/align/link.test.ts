import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { expectEverySentenceOnce } from '../helpers/report.js';

const docs = (a: string, b: string) => [
  { label: 'a.txt', path: 'a.txt', text: a },
  { label: 'b.txt', path: 'b.txt', text: b },
];

describe('align: a sentence that carries two statements (n:1)', () => {
  const merged =
    'Vossdorf Motors will cut 3,200 jobs at its Bavarian plants by 2027, and the carmaker also plans to open a battery factory in Leipzig next year.\n' +
    'The works council called the plan a betrayal.\n';
  const split =
    'Vossdorf Motors will cut 3,200 jobs at its Bavarian plants by 2027.\n' +
    'The works council called the plan a betrayal.\n' +
    'Separately, the carmaker said on Monday that it plans to open a battery factory in Leipzig next year, its first outside Bavaria.\n';

  it('links the merged sentence into the group of the second statement as well', () => {
    const report = compare(docs(merged, split));
    expectEverySentenceOnce(report);
    const groupsOfLede = report.groups.filter((g) => g.members.some((m) => m.source === 'S1' && m.sentence === 0));
    expect(groupsOfLede).toHaveLength(2);
    expect(groupsOfLede.map((g) => g.members.find((m) => m.source === 'S1')?.linked ?? false).sort()).toEqual([false, true]);
    // The separate sentence is aligned, not left as carried by one source alone.
    expect(report.unmatched.filter((u) => u.source === 'S2')).toEqual([]);
  });

  it('reports a clash read through a link at low severity, with the reason', () => {
    const report = compare(docs(merged, split.replace('in Leipzig next year', 'in Dresden next year')));
    const place = report.discrepancies.find((d) => d.claims.some((c) => c.text === 'Dresden'));
    expect(place?.severity).toBe('low');
    expect(place?.message).toMatch(/also reports other statements/);
  });

  it('does not link a sentence into a group that already holds its source', () => {
    const report = compare(docs(merged, split));
    for (const g of report.groups) {
      const bySource = new Map<string, number>();
      for (const m of g.members) bySource.set(m.source, (bySource.get(m.source) ?? 0) + 1);
      const linkedSources = g.members.filter((m) => m.linked).map((m) => m.source);
      for (const s of linkedSources) expect(bySource.get(s)).toBe(1);
    }
  });
});
