import { describe, it, expect } from 'vitest';
import { classifyBoilerplate } from '../../src/segment/boilerplate.js';
import { splitSentences } from '../../src/segment/split.js';
import type { BoilerplateReason } from '../../src/types.js';

/** Classify each line as its own paragraph; returns the reason per line. */
function classifyLines(lines: string[]): Array<BoilerplateReason | undefined> {
  const text = lines.join('\n\n');
  const units = splitSentences(text);
  expect(units).toHaveLength(lines.length);
  return classifyBoilerplate(text, units);
}

function reasonOf(line: string): BoilerplateReason | undefined {
  return classifyLines([line])[0];
}

describe('classifyBoilerplate', () => {
  it('returns one entry per unit', () => {
    const text = 'Storm Hits Coast\n\nThe storm hit at dawn. Power is out.\n\n***';
    const units = splitSentences(text);
    expect(classifyBoilerplate(text, units)).toEqual([undefined, undefined, undefined, 'empty-markup']);
    expect(classifyBoilerplate('', [])).toEqual([]);
  });

  describe('repeated-headline', () => {
    it('marks the later copy of a headline, not the first', () => {
      expect(
        classifyLines([
          'Dam Inspection Finds Cracks',
          'Engineers found cracks in the dam on Monday.',
          'dam   inspection finds CRACKS',
        ]),
      ).toEqual([undefined, undefined, 'repeated-headline']);
    });

    it('marks a duplicated whole line of four or more words even with punctuation', () => {
      expect(
        classifyLines(['The dam will be drained next week.', 'Residents were told to leave.', 'The dam will be drained next week.']),
      ).toEqual([undefined, undefined, 'repeated-headline']);
    });

    it('leaves a short repeated sentence inside a paragraph alone', () => {
      const text = 'He paused. Then he spoke. He paused. Everyone waited.';
      const units = splitSentences(text);
      expect(classifyBoilerplate(text, units)).toEqual([undefined, undefined, undefined, undefined]);
    });
  });

  describe('timestamp', () => {
    it.each([
      '| Last update :',
      'Last updated: 3 March 2024 09:15',
      'Published 08:47 GMT',
      'Updated 5 hours ago',
      'Published: Tuesday, March 5, 2024 - 16:20 UTC',
      '05.03.2024 16:20',
    ])('%s', (line) => {
      expect(reasonOf(line)).toBe('timestamp');
    });

    it('keeps sentences that start with a timestamp word', () => {
      expect(reasonOf('Updated figures put the number of injured at 31.')).toBeUndefined();
      expect(reasonOf('Published reports suggest the deal is close.')).toBeUndefined();
    });
  });

  describe('related-link', () => {
    it.each([
      'Related Article: Harbor Expansion Approved',
      'Related: Ferry Fares to Rise',
      'Read more: Harbor closes for repairs',
      'See also: Timeline of the dispute',
      'READ MORE',
      'More from Wire Services',
    ])('%s', (line) => {
      expect(reasonOf(line)).toBe('related-link');
    });

    it('keeps sentences that merely start like a link', () => {
      expect(reasonOf('Related to the dispute, two officials were suspended.')).toBeUndefined();
      expect(reasonOf('More from the ministry is expected later today.')).toBeUndefined();
      expect(reasonOf('Read more about the budget in the minutes, which list every contract, every bidder and every amount paid last year.')).toBeUndefined();
    });
  });

  describe('source-credit', () => {
    it.each([
      'Source: Harbor News Agency - Coastal Wire',
      'Sources: Reuters, AFP',
      '(Reporting by Ana Diaz; Editing by Lee Park)',
      'Reporting by Ana Diaz; Editing by Lee Park',
      'Photo: Coastal Wire',
      'Image credit: Lee Park/Harbor Images',
      '(Photo: AFP)',
      '© 2024 Harbor Daily',
      'All rights reserved.',
    ])('%s', (line) => {
      expect(reasonOf(line)).toBe('source-credit');
    });

    it('keeps a content sentence that starts with "Source:"', () => {
      expect(reasonOf('Source: the ministry said 40 people died.')).toBeUndefined();
      expect(reasonOf('Photos show the flooded square in the old town.')).toBeUndefined();
      expect(reasonOf('Video: Crowds gather outside the court in the capital')).toBeUndefined();
    });
  });

  describe('comment-policy', () => {
    it.each([
      'WARNING: Comments containing insults or threats, or written entirely in capitals, are not approved.',
      'Comments are moderated and may take a while to appear.',
      'Please keep comments civil.',
      'Comments are closed.',
      'Leave a comment',
    ])('%s', (line) => {
      expect(reasonOf(line)).toBe('comment-policy');
    });

    it('marks a follow-on sentence of a policy footer', () => {
      const text = 'Comments are moderated. Please stay respectful.';
      expect(classifyBoilerplate(text, splitSentences(text))).toEqual(['comment-policy', 'comment-policy']);
    });

    it('keeps news about comments', () => {
      expect(reasonOf('Comments by the mayor were reviewed by the ethics board on Friday.')).toBeUndefined();
      expect(reasonOf('Please note that the minister will speak at noon.')).toBeUndefined();
    });
  });

  describe('byline', () => {
    it.each(['By Ana Diaz', 'By ANA DIAZ and Lee Park, Harbor Daily', 'Ana Diaz, Staff Writer', 'By The Coastal Wire'])(
      '%s',
      (line) => {
        expect(reasonOf(line)).toBe('byline');
      },
    );

    it.each([
      '| Orbit Weekly | Space & Physics | 5 March 2026',
      '| Environmental Protection Agency | Press release | 9 June 2025',
      '| Perthshire Herald, Wednesday 12 November 2025',
      '| Aired: Thursday, November 6, 6:00 p.m. MT',
      '| World Report, radio transcript | 16 October, 18:00',
    ])('a metadata bar: %s', (line) => {
      expect(reasonOf(line)).toBe('byline');
    });

    it('keeps a line with bars that says something, or names no date', () => {
      expect(reasonOf('| The port authority rejected the offer on 5 March 2026, the union said.')).toBeUndefined();
      expect(reasonOf('| Orbit Weekly | Space & Physics')).toBeUndefined();
    });

    it('keeps sentences that start with "By"', () => {
      expect(reasonOf('By Monday, the crews had cleared the road.')).toBeUndefined();
      expect(reasonOf('By 2030, the port plans to double capacity.')).toBeUndefined();
      expect(reasonOf('Ana Diaz, a reporter at the paper, said she was followed.')).toBeUndefined();
    });
  });

  describe('empty-markup', () => {
    it.each(['|', '***', '---', '* * *', '==='])('%s', (line) => {
      expect(reasonOf(line)).toBe('empty-markup');
    });
  });

  it('never sets aside an ordinary news sentence or an in-body headline', () => {
    expect(
      classifyLines([
        'Harbor Dispute Deepens',
        'The port authority rejected the union offer on Thursday, saying it would raise costs by 12 percent.',
        'Background to the Strike',
        '"We will not accept this," the union leader said.',
        'Source: the union says 400 workers walked out on Friday morning after talks broke down late at night.',
      ]),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('short comment notices', () => {
  it('sets aside a two-line moderation footer', () => {
    const text = 'The ship is old.\nComments are the responsibility of their authors. Insulting comments will be deleted.\n';
    const units = splitSentences(text);
    expect(classifyBoilerplate(text, units)).toEqual([undefined, 'comment-policy', 'comment-policy']);
  });

  it('keeps news about comments as content', () => {
    const text = 'Angry comments flooded the ministry website after the vote.\n';
    expect(classifyBoilerplate(text, splitSentences(text))).toEqual([undefined]);
  });
});
