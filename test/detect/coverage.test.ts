import { describe, expect, it } from 'vitest';
import { compareTexts } from './helpers.js';

describe('coverage: details inside aligned statements (extras)', () => {
  it('lists a detail one source carries that the other lacks', () => {
    const report = compareTexts(
      'The earthquake struck the province early on Thursday at a depth of 10 km, the agency said.',
      'The earthquake struck the province early on Thursday, the agency said.',
    );
    const [group] = report.groups;
    const s1 = group?.members.find((m) => m.source === 'S1');
    const s2 = group?.members.find((m) => m.source === 'S2');
    expect(s1?.extras.map((e) => e.text)).toEqual(['at a depth of 10 km']);
    expect(s2?.extras).toEqual([]);
    for (const e of s1?.extras ?? []) expect(report.groups[0]?.members[0]?.text).toContain(e.text);
  });

  it('does not list words the other source says in another form', () => {
    const report = compareTexts(
      'Rescuers pulled twelve survivors from the rubble of the school.',
      'Rescuers pulled 12 survivors from the rubble of the school.',
    );
    expect(report.groups[0]?.members.flatMap((m) => m.extras)).toEqual([]);
  });
});
