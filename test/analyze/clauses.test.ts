import { describe, expect, it } from 'vitest';
import { clauseRanges, clauseView, originOf } from '../../src/analyze/clauses.js';
import { analyzeSources, type AnalyzedSentence } from '../../src/analyze/index.js';
import { segmentSource } from '../../src/compare.js';

function analyzed(text: string): AnalyzedSentence {
  const [source] = analyzeSources([segmentSource({ label: 'a.txt', path: 'a.txt', text }, 'S1')]);
  return source?.sentences[0] as AnalyzedSentence;
}

/** Each clause's words, as written. */
function clauseTexts(s: AnalyzedSentence): string[] {
  return clauseRanges(s.tokens, s.text.padStart(s.span.start + s.text.length)).map((r) => s.tokens.slice(r.from, r.to).map((t) => t.text).join(' '));
}

describe('analyze: clauseRanges', () => {
  it('cuts a lede at a participle clause and at ", and"', () => {
    const s = analyzed('A landslide buried much of a mountain village on Sunday, killing at least 23 people and leaving 40 missing, and rescuers dug through the night.');
    expect(clauseTexts(s)).toEqual([
      'A landslide buried much of a mountain village on Sunday',
      'killing at least 23 people and leaving 40 missing',
      'and rescuers dug through the night',
    ]);
    expect(s.clauses.map((c) => [c.from, c.to])).toEqual(clauseRanges(s.tokens, ' '.repeat(s.span.start) + s.text).map((r) => [r.from, r.to]));
  });

  it('cuts at a semicolon and a dash', () => {
    expect(clauseTexts(analyzed('The bridge reopened to traffic on Monday; the ferry service resumed two days later.'))).toHaveLength(2);
    expect(clauseTexts(analyzed('Inflation slowed to 3.1 percent in May — the lowest reading since early 2021.'))).toHaveLength(2);
  });

  it('leaves a speaker frame with the remark it introduces, and never cuts inside a quotation', () => {
    expect(clauseTexts(analyzed('Union leader Mara Ostrowska said: "We will strike on Friday, and we will strike again next week."'))).toHaveLength(1);
  });

  it('keeps a piece with too little content with its neighbour', () => {
    expect(clauseTexts(analyzed('The plant closed three lines after the fire, officials said.'))).toHaveLength(1);
  });

  it('gives one sentence no clause list, and bounds a run-on sentence', () => {
    expect(analyzed('The council approved the budget on Tuesday.').clauses).toEqual([]);
    const runOn = Array.from({ length: 12 }, (_, k) => `crews repaired ${k + 2} damaged water mains`).join('; ');
    expect(analyzed(`${runOn}.`).clauses).toHaveLength(6);
  });
});

describe('analyze: clauseView', () => {
  const s = analyzed('Police spokesman Ivo Brandt said 14 people were arrested on Friday, while 3 officers were injured in Rotterdam.');
  const [first, second] = s.clauses;

  it('keeps only the mentions inside the chosen clauses, the speaker always', () => {
    expect(s.clauses).toHaveLength(2);
    const view = clauseView(s, [second as { from: number; to: number }]);
    expect(view.numbers.map((n) => n.values[0])).toEqual([3]);
    expect(view.dates).toEqual([]);
    expect(view.names.map((n) => n.text)).toEqual(expect.arrayContaining(['Ivo Brandt', 'Rotterdam']));
    expect(view.tokens).toHaveLength(s.tokens.length);
    expect(view.tokens.filter((t) => t.fold === 'arrested')).toEqual([]);
    const front = clauseView(s, [first as { from: number; to: number }]);
    expect(front.numbers.map((n) => n.values[0])).toEqual([14]);
    expect(front.names.map((n) => n.text)).not.toContain('Rotterdam');
  });

  it('is the sentence itself for the whole range, and remembers its origin', () => {
    expect(clauseView(s, [{ from: 0, to: s.tokens.length }])).toBe(s);
    const view = clauseView(s, [second as { from: number; to: number }]);
    expect(view).not.toBe(s);
    expect(originOf(view)).toBe(s);
    expect(originOf(clauseView(view, [first as { from: number; to: number }]))).toBe(s);
  });
});
