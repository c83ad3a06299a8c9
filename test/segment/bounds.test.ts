import { describe, expect, it } from 'vitest';
import { boundUnits, MAX_UNIT_CHARS, segment, splitSentences } from '../../src/segment/index.js';

/** Every non-whitespace character is in exactly one unit, in order. */
function expectCovers(text: string, units: { start: number; end: number }[]): void {
  expect(units.map((u) => text.slice(u.start, u.end)).join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  for (let i = 1; i < units.length; i++) expect(units[i]!.start).toBeGreaterThanOrEqual(units[i - 1]!.end);
}

describe('sentence length bound', () => {
  it('leaves sentences up to the bound alone', () => {
    const text = `${'word '.repeat(199)}end.`;
    expect(text.length).toBeLessThanOrEqual(MAX_UNIT_CHARS);
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('cuts a run-on line at clause boundaries when there are some, marking every piece', () => {
    const clause = 'the ferry left the harbour late and the passengers waited on the quay for hours, ';
    const text = clause.repeat(100).trim();
    const units = splitSentences(text);
    expect(units.length).toBeGreaterThan(text.length / MAX_UNIT_CHARS);
    for (const u of units) {
      expect(u.end - u.start).toBeLessThanOrEqual(MAX_UNIT_CHARS);
      expect(u.cut).toBe(true);
    }
    // Each piece but the last ends with a comma: cut after a clause, not mid-phrase.
    for (const u of units.slice(0, -1)) expect(text[u.end - 1]).toBe(',');
    expectCovers(text, units);
  });

  it('cuts at word boundaries without punctuation, and hard-cuts one enormous token', () => {
    const words = 'alpha beta gamma delta '.repeat(2000);
    const units = splitSentences(words);
    for (const u of units) {
      expect(u.end - u.start).toBeLessThanOrEqual(MAX_UNIT_CHARS);
      expect(words[u.start - 1] ?? ' ').toMatch(/\s/);
      expect(words[u.end] ?? ' ').toMatch(/\s/);
    }
    expectCovers(words, units);
    const token = 'x'.repeat(2500);
    expect(splitSentences(token)).toEqual([
      { start: 0, end: 1000, cut: true },
      { start: 1000, end: 2000, cut: true },
      { start: 2000, end: 2500, cut: true },
    ]);
  });

  it('never separates a surrogate pair', () => {
    const text = `a${'😀'.repeat(1000)}`;
    const units = boundUnits(text, [{ start: 0, end: text.length }], 100);
    for (const u of units) expect(text.slice(u.start, u.end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expectCovers(text, units);
  });

  it('marks the pieces in segment() output, with exact spans', () => {
    const text = `Short one.\n\n${'many words without a stop '.repeat(100)}`;
    const segments = segment(text);
    expect(segments[0]).not.toHaveProperty('cut');
    expect(segments.slice(1).every((s) => s.cut === true && s.text === text.slice(s.span.start, s.span.end))).toBe(true);
  });
});
