import { describe, expect, it } from 'vitest';
import { analyzeSources, type AnalyzedSentence } from '../../src/analyze/index.js';
import { align } from '../../src/align/index.js';
import { segmentSource } from '../../src/compare.js';

function terms(text: string): string[] {
  const [source] = analyzeSources([segmentSource({ label: 'a.txt', path: 'a.txt', text }, 'S1')]);
  return [...((source?.sentences[0] as AnalyzedSentence).terms.keys())].filter((t) => t.startsWith('#'));
}

const shared = (a: string, b: string): string[] => terms(a).filter((t) => terms(b).includes(t));

describe('analyze: look-alike number keys', () => {
  it.each([
    ['transposed digits', 'Police seized 212 laptops.', 'Police seized 221 laptops.'],
    ['a shifted point', 'The buyback is worth $1.5 billion.', 'The buyback is worth $15bn.'],
    ['a dropped zero', 'The city will build 2,000 flats.', 'The city will build 20,000 flats.'],
    ['a two-digit swap', 'Scientists counted 18 tonnes of dead fish.', 'Scientists counted 81 tonnes of dead fish.'],
  ])('gives two misprints of one figure a key in common: %s', (_, a, b) => {
    expect(shared(a, b).length).toBeGreaterThan(0);
  });

  it('gives a figure converted from feet the rounded metric figure\'s key, and keeps its written digits\' keys', () => {
    expect(shared('The 70ft rocket lifted off.', 'The 21-metre rocket lifted off.')).toContain('#0.021');
    expect(shared('The fire burned 14,200 acres.', 'The fire burned 12,400 acres.').length).toBeGreaterThan(0);
  });

  it.each([
    ['unrelated figures', 'Police seized 212 laptops.', 'Police seized 340 laptops.'],
    ['small counts', 'Two people were hurt.', 'Twenty people were hurt.'],
    ['one digit repeated', 'They found 3 bags.', 'They found 33 bags.'],
    ['two-digit figures that count nothing', 'The hearing was listed as case 12 on the docket.', 'The hearing was listed as case 21 on the docket.'],
  ])('gives none to %s', (_, a, b) => {
    expect(shared(a, b)).toEqual([]);
  });
});

describe('align: look-alike figures', () => {
  function similarity(a: string, b: string): number {
    const sources = analyzeSources([segmentSource({ label: 'a.txt', path: 'a.txt', text: a }, 'S1'), segmentSource({ label: 'b.txt', path: 'b.txt', text: b }, 'S2')]);
    const alignment = align(sources);
    return alignment.similarity(sources[0]?.sentences[0] as AnalyzedSentence, sources[1]?.sentences[0] as AnalyzedSentence);
  }

  it('makes a paraphrase with a misprinted figure closer than one with an unrelated figure', () => {
    const original = 'Investigators seized 212 laptops in the raid.';
    expect(similarity(original, 'Detectives carted off 221 laptops.')).toBeGreaterThan(similarity(original, 'Detectives carted off 340 laptops.'));
    expect(similarity(original, 'Detectives carted off 340 laptops.')).toBeGreaterThan(0);
  });
});

describe('analyze: irregular verb forms', () => {
  const stems = (text: string): string[] => {
    const [source] = analyzeSources([segmentSource({ label: 'a.txt', path: 'a.txt', text }, 'S1')]);
    return (source?.sentences[0] as AnalyzedSentence).tokens.map((t) => t.stem);
  };

  it.each([
    ['shook', 'shake'],
    ['withdrew', 'withdraw'],
    ['forbade', 'forbid'],
    ['swore', 'swear'],
    ['overtook', 'overtake'],
  ])('gives "%s" the stem of "%s"', (form, verb) => {
    expect(stems(`They ${form} it.`)[1]).toBe(stems(`They ${verb} it.`)[1]);
  });

  it.each([
    ['ground', 'grind'],
    ['bit', 'bite'],
    ['rebound', 'rebind'],
  ])('leaves "%s", as often another word, apart from "%s"', (form, verb) => {
    expect(stems(`They ${form} it.`)[1]).not.toBe(stems(`They ${verb} it.`)[1]);
  });
});

describe('analyze: clock times as alignment features', () => {
  const all = (text: string): string[] => {
    const [source] = analyzeSources([segmentSource({ label: 'a.txt', path: 'a.txt', text }, 'S1')]);
    return [...((source?.sentences[0] as AnalyzedSentence).terms.keys())];
  };

  it('gives a time its hour and minute however it is written, and no figures', () => {
    const colon = all('The ferry left the harbour at 15:06 with 40 cars on board.');
    expect(colon).toEqual(expect.arrayContaining(['@h15', '@m6']));
    expect(colon.filter((t) => t === '#6' || t === '#15')).toEqual([]);
    const dotted = all('The ferry left the harbour at 3.06pm with 40 cars on board.');
    expect(dotted).toEqual(expect.arrayContaining(['@h15', '@m6']));
  });

  it("reads a live blog's opening stamp as a time, not as figures that meet a count", () => {
    const stamp = all('15:06 - Six riders have abandoned after the crash.');
    expect(stamp).toEqual(expect.arrayContaining(['@h15', '@m6', '#6']));
    expect(stamp.filter((t) => t === '#15')).toEqual([]);
    // "#6" is the six riders' own, once.
    expect(all('15:06 - The riders have abandoned after the crash.').filter((t) => t.startsWith('#'))).toEqual([]);
  });
});

describe('analyze: common words inside a name', () => {
  it('gives a name made of common words the words too, so "Market Square" meets "the market square"', () => {
    const [source] = analyzeSources([segmentSource({ label: 'a.txt', path: 'a.txt', text: 'Thousands gathered on the Market Square.' }, 'S1')]);
    const named = [...((source?.sentences[0] as AnalyzedSentence).terms.keys())];
    expect(named).toEqual(expect.arrayContaining(['n:market', 'market', 'n:square', 'squar']));
    // A name no dictionary knows stays a name only.
    const [other] = analyzeSources([segmentSource({ label: 'c.txt', path: 'c.txt', text: 'Thousands watched Kverkfell erupt.' }, 'S1')]);
    expect([...((other?.sentences[0] as AnalyzedSentence).terms.keys())]).not.toContain('kverkfel');
  });
});
