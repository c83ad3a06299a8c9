import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { CLAUSE_WEIGHT, strongerOf } from '../../src/align/clauses.js';
import { analyzeSources, type AnalyzedSentence } from '../../src/analyze/index.js';
import { compare, segmentSource } from '../../src/compare.js';

/** Two sources, each a list of sentences (one paragraph each). */
function analyzedPair(a: readonly string[], b: readonly string[]) {
  return analyzeSources([segmentSource({ label: 'a.txt', path: 'a.txt', text: a.join('\n') }, 'S1'), segmentSource({ label: 'b.txt', path: 'b.txt', text: b.join('\n') }, 'S2')]);
}

const LEDE = 'A landslide triggered by days of heavy rain buried much of a mountain village before dawn on Sunday, killing at least 23 people and leaving more than 40 missing, officials said.';
const SHORT = 'At least thirty-five people were killed.';
const FILLER_A = ['The regional governor declared a state of emergency for the province.', 'Schools in the valley will stay closed until further notice.'];
const FILLER_B = ['Army engineers began clearing the blocked mountain road on Monday.', 'The national weather service warned of further storms this week.'];

describe('align pass: clauses', () => {
  const sources = analyzedPair([LEDE, ...FILLER_A], [SHORT, ...FILLER_B]);
  const lede = sources[0]?.sentences[0] as AnalyzedSentence;
  const short = sources[1]?.sentences[0] as AnalyzedSentence;
  const alignment = align(sources);

  it('aligns a one-statement sentence with the clause of a lede that carries it', () => {
    expect(lede.clauses.length).toBeGreaterThanOrEqual(2);
    const group = alignment.groups.find((g) => g.members.includes(short));
    expect(group?.members).toContain(lede);
  });

  it('says which clause the pair matches through, on either side of the call', () => {
    const match = alignment.clauseMatch(lede, short);
    expect(match).toBeDefined();
    const words = (s: AnalyzedSentence, ranges: ReadonlyArray<{ from: number; to: number }>) => ranges.flatMap((r) => s.tokens.slice(r.from, r.to).map((t) => t.text));
    expect(words(lede, match?.[0] ?? [])).toEqual(expect.arrayContaining(['killing', '23', 'people']));
    expect(words(lede, match?.[0] ?? [])).not.toContain('landslide');
    expect(words(short, match?.[1] ?? [])).toEqual(short.tokens.map((t) => t.text));
    const reverse = alignment.clauseMatch(short, lede);
    expect(reverse?.[0]).toEqual(match?.[1]);
    expect(reverse?.[1]).toEqual(match?.[0]);
  });

  it('calls a pair that matches through a clause a partial match, a pair of wholes not', () => {
    const killed = lede.tokens.findIndex((t) => t.text === '23');
    expect(alignment.partialMatch(lede, killed, short, 0)).toBe(true);
    const same = analyzedPair([LEDE], [LEDE.replace('23', '25')]);
    const whole = align(same);
    expect(whole.partialMatch(same[0]?.sentences[0] as AnalyzedSentence, killed, same[1]?.sentences[0] as AnalyzedSentence, killed)).toBe(false);
  });

  it('leaves sentences that match as wholes to be compared as wholes', () => {
    const same = analyzedPair([LEDE], [LEDE.replace('23', '25')]);
    const whole = align(same);
    expect(whole.clauseMatch(same[0]?.sentences[0] as AnalyzedSentence, same[1]?.sentences[0] as AnalyzedSentence)).toBeUndefined();
  });

  it('discounts a clause match: the pair scores below its best clause pair', () => {
    const score = alignment.similarity(lede, short);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(CLAUSE_WEIGHT);
  });
});

describe('compare: findings through one clause', () => {
  it('reports the count that differs, at low severity with the reason, and not the lede\'s other numbers', () => {
    const report = compare([
      { label: 'a.txt', path: 'a.txt', text: [LEDE, ...FILLER_A].join('\n') },
      { label: 'b.txt', path: 'b.txt', text: [SHORT, ...FILLER_B].join('\n') },
    ]);
    const numbers = report.discrepancies.filter((d) => d.kind === 'number');
    expect(numbers).toHaveLength(1);
    expect(numbers[0]?.claims.map((c) => c.text).join(' | ')).toMatch(/23.*\|.*thirty-five|thirty-five.*\|.*23/);
    expect(numbers[0]?.severity).toBe('low');
    expect(numbers[0]?.weakened).toEqual({ reason: 'clause-match', severity: expect.any(String) });
    expect(numbers[0]?.message).toContain('share one clause');
  });
});

describe('align: strongerOf', () => {
  it('keeps each pair once, with its stronger score, in (i, j) order', () => {
    const a = { i: Int32Array.from([0, 0, 2]), j: Int32Array.from([1, 3, 3]), score: Float64Array.from([0.5, 0.2, 0.4]) };
    const b = { i: Int32Array.from([0, 1]), j: Int32Array.from([3, 2]), score: Float64Array.from([0.3, 0.25]) };
    const out = strongerOf(a, b);
    expect([...out.i]).toEqual([0, 0, 1, 2]);
    expect([...out.j]).toEqual([1, 3, 2, 3]);
    expect([...out.score]).toEqual([0.5, 0.3, 0.25, 0.4]);
  });
});
