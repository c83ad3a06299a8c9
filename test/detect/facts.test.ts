import { describe, expect, it } from 'vitest';
import { compareTexts, ofKind } from './helpers.js';

describe('facts a story states once (birthplace, year of birth, year of founding)', () => {
  const death = 'The broadcaster Gwen Pritchard has died at her home, her family said on Tuesday.';

  it('finds a source giving two birthplaces, and sources giving different years of birth', () => {
    const self = compareTexts(`${death} Born in Llanelli, she joined the station in 1972. Back in Burry Port, where she was born, neighbours left flowers.`, death);
    expect(ofKind(self, 'entity').map((d) => d.claims.map((c) => c.text))).toEqual([['Llanelli', 'Burry Port']]);
    const years = compareTexts(`${death} She was born in 1946 and trained as a teacher.`, `${death} She was born in 1948 and trained as a teacher.`);
    expect(ofKind(years, 'date').map((d) => d.claims.map((c) => c.text))).toEqual([['1946', '1948']]);
    expect(ofKind(self, 'entity')[0]).toMatchObject({ rule: 'entity/self-born-place', subject: 'birthplace' });
    // The aligned sentences' date comparison finds the years first; the fact finding would repeat it.
    expect(ofKind(years, 'date')[0]).toMatchObject({
      rule: 'date/different-year',
      values: [
        { source: 'S1', value: 1946 },
        { source: 'S2', value: 1948 },
      ],
    });
  });

  it('reads the birthplace after a date of birth ("born on 2 May 1947 in Pazardzhik")', () => {
    // Sentences that say different things besides: the birthplace is compared as a fact of the story.
    const report = compareTexts(`${death} Born in Plovdiv, she joined the national radio station as a newsreader in 1972.`, `${death} She was born on 2 May 1947 in Pazardzhik. Her father was a teacher.`);
    expect(ofKind(report, 'entity').map((d) => d.claims.map((c) => c.text))).toEqual([['Plovdiv', 'Pazardzhik']]);
    const same = compareTexts(`${death} Born in Plovdiv in 1947, she joined the station in 1972.`, `${death} She was born on 2 May 1947 in Plovdiv and joined the station in 1972.`);
    expect([...ofKind(same, 'entity'), ...ofKind(same, 'date')]).toEqual([]);
  });

  it('stays quiet when the facts agree', () => {
    const same = compareTexts(`${death} She was born in Llanelli in 1946.`, `${death} Born in Llanelli in 1946, she trained as a teacher.`);
    expect([...ofKind(same, 'entity'), ...ofKind(same, 'date')]).toEqual([]);
  });
});
