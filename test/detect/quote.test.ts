import { describe, expect, it } from 'vitest';
import { claimTexts, compareTexts, ofKind } from './helpers.js';

describe('quote detector', () => {
  it('reports a quotation rendered with different words, with the differing phrases', () => {
    const report = compareTexts(
      'The mayor said the city "will tear down the old stadium next spring," according to officials.',
      'The mayor said the city "will renovate the old stadium next spring," according to officials.',
    );
    const quote = ofKind(report, 'quote');
    expect(quote).toHaveLength(1);
    expect(quote[0]?.severity).toBe('medium');
    const [a, b] = quote[0]?.claims ?? [];
    expect(a?.text).toContain('tear down');
    expect(b?.text).toContain('renovate');
    // The claim is the differing phrase, not the whole quotation.
    expect(a?.text).not.toContain('spring');
    // Two direct quotations with other words; the values are the changed words alone.
    expect(quote[0]?.rule).toBe('quote/different-words');
    expect(quote[0]?.values).toEqual([
      { source: 'S1', value: 'tear down' },
      { source: 'S2', value: 'renovate' },
    ]);
  });

  it('reports two words trading places across a negator ("days, not weeks" / "weeks, not days") as other wording', () => {
    const report = compareTexts(
      'Dr Fiona Marsh said: "We expect the disruption to last days, not weeks, but we will not cut corners."',
      'Dr Fiona Marsh said: "We expect the disruption to last weeks, not days, but we will not cut corners."',
    );
    const quote = ofKind(report, 'quote');
    expect(quote.map((d) => [d.rule, d.severity, d.values?.map((v) => v.value)])).toEqual([['quote/different-words', 'medium', ['days not weeks', 'weeks not days']]]);
    // The same order on both sides, repeated or not, is the same remark.
    expect(ofKind(compareTexts('Marsh said: "It will last days, not weeks, and we are sorry."', 'Marsh said: "It will last days, not weeks, and we are very sorry."'), 'quote')).toEqual([]);
  });

  it('reads a straight quote right after a figure as seconds or inches, not a quotation ("1\'42\" down")', () => {
    const report = compareTexts(
      '10:21 That\'s his race over, sadly - he was sitting 11th on GC, 1\'42" down on Tom Rigaud.',
      'Verlinden occupied the 11th place of the general classification at 1\'42" from the leader, Tom Rigaud.',
    );
    expect(ofKind(report, 'quote')).toEqual([]);
    // A quotation that closes after a figure still closes.
    const closed = compareTexts('The coach said: "We lost 3-2" after the final.', 'The coach said: "We won 3-2" after the final.');
    expect(ofKind(closed, 'quote')).toHaveLength(1);
  });

  it('reads a compound written open or closed, and "no" for "not", as the same words ("no cyber attack" / "not a cyberattack")', () => {
    const report = compareTexts(
      '"This was no cyber attack, but a failure of the infrastructure," said Hanseflug chief Katrin Osterloh.',
      'Katrin Osterloh said the incident "was not a cyberattack, but a failure of the infrastructure".',
    );
    expect(ofKind(report, 'quote')).toEqual([]);
    // "never" is not "barely": that stays a change.
    expect(ofKind(compareTexts('Osterloh said: "The share price never moved all day."', 'Osterloh said: "The share price barely moved all day."'), 'quote')).toHaveLength(1);
  });

  it('weighs other words against a quotation in a translation\'s marks («…», „…“) as low, saying why', () => {
    const report = compareTexts(
      'The prosecutor told the jury that the accused had "never shown a shred of remorse" during the trial.',
      'For the prosecutor, during the whole trial the accused «has never shown an ounce of repentance».',
    );
    const found = ofKind(report, 'quote');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.severity === 'low' && d.weakened?.reason === 'translated-quote')).toBe(true);
    // Both in English marks: the same words are still owed.
    const english = compareTexts(
      'The prosecutor told the jury that the accused had "never shown a shred of remorse" during the trial.',
      'The prosecutor told the jury that the accused had "never shown an ounce of repentance" during the trial.',
    );
    expect(ofKind(english, 'quote').map((d) => [d.severity, d.weakened])).toEqual([['medium', undefined]]);
  });

  it('weighs other words against a quotation in a source that says it is a translation as low', () => {
    const report = compareTexts(
      'The prosecutor told the jury that the accused had "never shown a shred of remorse" during the trial.',
      'Source: Diario del Sur (translated from Spanish)\nThe prosecutor told the jury that the accused had "never shown an ounce of repentance" during the trial.',
    );
    expect(ofKind(report, 'quote').map((d) => [d.severity, d.weakened?.reason])).toEqual([['low', 'translated-quote']]);
  });

  it('reads "can\'t" and "cannot" in two quotations as one word', () => {
    const report = compareTexts(
      '"Every legal vote deserves to be counted, and right now we can\'t say that they have been," the candidate said.',
      '"Every legal vote deserves to be counted, and right now we cannot say that they have been," the candidate said.',
    );
    expect(ofKind(report, 'quote')).toEqual([]);
  });

  it('reports a polarity changed inside a quotation once, as the quotation\'s other wording', () => {
    const report = compareTexts(
      '"This is a signal worth a clinical trial, not a prescription," said the professor who led the study.',
      '"This is a signal worth a clinical trial, and perhaps a prescription," said the professor who led the study.',
    );
    expect(ofKind(report, 'quote').map((d) => d.severity)).toEqual(['medium']);
    expect(ofKind(report, 'negation')).toEqual([]);
    // Outside quotations the flip is the negation detector's.
    const plain = compareTexts('The professor said the results justified a clinical trial but not a prescription.', 'The professor said the results justified a clinical trial and a prescription.');
    expect(ofKind(plain, 'negation')).toHaveLength(1);
  });

  it('accepts reported speech with the same content as a direct quote', () => {
    const report = compareTexts(
      '"If anyone tells you the dam is leaking, they are lying," the engineer said.',
      'The engineer said that they were lying if anyone told people the dam was leaking.',
    );
    expect(ofKind(report, 'quote')).toEqual([]);
  });

  it('ignores case and serial-comma differences inside quotations', () => {
    const report = compareTexts(
      'She blamed "storms, floods, and Bad Luck" for the losses, the chief executive said.',
      'She blamed "Storms, floods and bad luck" for the losses, the chief executive said.',
    );
    expect(ofKind(report, 'quote')).toEqual([]);
  });

  it('rates synonyms and a word only one direct quotation has as low, a replaced word as medium', () => {
    const report = compareTexts(
      '"The danger of flooding is under control," the engineer told reporters.',
      '"The risk of flooding is fully under control," the engineer told reporters.',
    );
    const quote = ofKind(report, 'quote');
    expect(quote.map((d) => [d.rule, d.severity]).sort()).toEqual([
      ['quote/missing-words', 'low'],
      ['quote/synonyms', 'low'],
    ]);
    const [a, b] = quote.find((d) => d.rule === 'quote/missing-words')?.claims ?? [];
    expect(a?.text).toMatch(/is under control$/);
    expect(b?.text).toMatch(/is fully under control$/);
    expect(quote.find((d) => d.rule === 'quote/synonyms')?.claims.map((c) => c.text)).toEqual(['danger of flooding', 'risk of flooding']);
    const replaced = compareTexts('"The flooding is getting worse by the hour," the engineer told reporters.', '"The flooding is getting better by the hour," the engineer told reporters.');
    expect(ofKind(replaced, 'quote').map((d) => d.severity)).toEqual(['medium']);
  });

  it('weighs words of one news paraphrase group between quotations as synonyms ("allegations" / "accusations")', () => {
    const report = compareTexts('"The board takes these allegations very seriously," the rector said.', '"The board takes these accusations very seriously," the rector said.');
    expect(ofKind(report, 'quote').map((d) => [d.rule, d.severity])).toEqual([['quote/synonyms', 'low']]);
  });

  it('rates a quantifier or modal only one quotation has, even at its edge, as medium; a tense word as nothing more than a trim', () => {
    const some = compareTexts(
      'The baker told the meeting: "Most of the bakeries on Mill Lane will close within a year."',
      'The baker told the meeting: "The bakeries on Mill Lane will close within a year."',
    );
    expect(ofKind(some, 'quote').map((d) => [d.rule, d.severity])).toEqual([['quote/missing-words', 'medium']]);
    const tense = compareTexts('"We will keep proving the doubters wrong," the coach said.', '"We keep proving the doubters wrong," the coach said.');
    expect(ofKind(tense, 'quote').map((d) => d.severity)).toEqual(['low']);
  });

  it('weighs other wording against reported speech as low, between two direct quotations as medium', () => {
    const reported = compareTexts('"I have played this final in my head since I was seven," Solberg said.', 'Solberg said he had imagined this final in his head since he was seven.');
    expect(ofKind(reported, 'quote').map((d) => d.severity)).toEqual(['low']);
    const direct = compareTexts('"I have played this final in my head since I was seven," Solberg said.', '"I have imagined this final in my head since I was seven," Solberg said.');
    expect(ofKind(direct, 'quote').map((d) => d.severity)).toEqual(['medium']);
  });

  it('ignores an intensifier a translation adds or drops ("the worst it has ever seen")', () => {
    const report = compareTexts(
      '"This is the worst pollution the river has ever seen in my lifetime," the mayor told reporters.',
      '"This is the worst pollution the river has seen in my lifetime," the mayor told reporters.',
    );
    expect(ofKind(report, 'quote')).toEqual([]);
  });
});

describe('quote detector: two remarks', () => {
  it.each([
    ['a modal', '"It could change how we treat heart failure in older people," the lead author, Dr Ines Kovar, said.', '"It will change how we treat heart failure in older people," the lead author, Dr Ines Kovar, said.', 'could', 'will'],
    ['a quantifier', '"We did not win everything we asked for, but we won enough," union leader Piet Aalders told reporters.', '"We did not win everything we asked for, but we won something," union leader Piet Aalders told reporters.', 'enough', 'something'],
  ])('reports %s changed between two quotations of one remark', (_name, a, b, wa, wb) => {
    const quote = ofKind(compareTexts(a, b), 'quote');
    expect(quote).toHaveLength(1);
    expect(quote[0]?.values).toEqual([
      { source: 'S1', value: wa },
      { source: 'S2', value: wb },
    ]);
  });

  it('reports a time word changed inside a quotation when no date detector reads the other side ("every night" / "every week")', () => {
    const quote = ofKind(
      compareTexts(
        '"Every single night, someone on my ward is forced to stay for a second shift," said union president Ana Belmonte.',
        '"Every single week, someone on my ward is forced to stay for a second shift," said union president Ana Belmonte.',
      ),
      'quote',
    );
    expect(quote.map((d) => d.values?.map((v) => v.value))).toEqual([['night', 'week']]);
  });

  it('reads one figure written in digits and in words inside two quotations as the same words', () => {
    const report = compareTexts(
      '"We trained the volunteers for 3 weeks before the first patrol," the organiser, Ruta Kalnina, said.',
      '"We trained the volunteers for three weeks before the first patrol," the organiser, Ruta Kalnina, said.',
    );
    expect(report.discrepancies).toEqual([]);
  });

  it('leaves a weekday changed inside a quotation to the date detector', () => {
    const report = compareTexts(
      '"We will walk out again on Monday if nothing changes," said union president Ana Belmonte.',
      '"We will walk out again on Tuesday if nothing changes," said union president Ana Belmonte.',
    );
    expect(ofKind(report, 'quote')).toEqual([]);
    expect(ofKind(report, 'date')).toHaveLength(1);
  });

  it('lets reported speech shift a modal against a quotation ("will" / "would")', () => {
    const report = compareTexts(
      'The minister said: "We will build the bridge across the river by the end of 2027."',
      'The minister said they would build the bridge across the river by the end of 2027.',
    );
    expect(ofKind(report, 'quote')).toEqual([]);
  });

  it('compares no quotations that share no content word: they are two remarks, not one reworded', () => {
    const report = compareTexts(
      '"We are fighting on three fronts," the minister said on Tuesday about the fires.',
      '"All the means of the state are in the field," the minister said on Tuesday about the fires.',
    );
    expect(ofKind(report, 'quote')).toEqual([]);
    // One shared word is enough to compare them.
    expect(ofKind(compareTexts('"We are fighting on every front," the minister said on Tuesday.', '"We are losing on every front," the minister said on Tuesday.'), 'quote')).toHaveLength(1);
  });
});

describe('quote detector: a negator in one quotation of a remark', () => {
  it('reports the remark quoted with and without a negation, high, and leaves reported speech to the negation detector', () => {
    const report = compareTexts('"We understand the anger of the fans," the chairman said after the match.', '"We don\'t understand the anger of the fans," the chairman said after the match.');
    expect(ofKind(report, 'quote').map((d) => [d.rule, d.severity, ...claimTexts(d)])).toEqual([['quote/negated', 'high', 'S1:understand', 'S2:don\'t understand']]);
    expect(ofKind(report, 'negation')).toEqual([]);
    const reported = compareTexts('The chairman said the club understood the anger of the fans.', 'The chairman said the club did not understand the anger of the fans.');
    expect(ofKind(reported, 'quote')).toEqual([]);
    expect(ofKind(reported, 'negation')).toHaveLength(1);
  });
});

describe('quote detector: a figure inside two quotations of one remark', () => {
  it('reports "a ten-year plan" / "a five-year plan" as the quote differing, and no number finding beside it', () => {
    const report = compareTexts('"One bad day is no verdict on a ten-year plan," the chief executive said.', '"One bad day is no verdict on a five-year plan," the chief executive said.');
    expect(ofKind(report, 'quote')).toHaveLength(1);
    expect(ofKind(report, 'number')).toEqual([]);
    // Outside quotation marks the figure is the number detector's.
    const reported = compareTexts('The chief executive said one bad day was no verdict on a ten-year plan.', 'The chief executive said one bad day was no verdict on a five-year plan.');
    expect(ofKind(reported, 'number')).toHaveLength(1);
  });

  it('leaves a figure to the quote finding when each figure is quoted somewhere, whatever a third source reports', () => {
    const report = compareTexts(
      '"This is the best-documented meteorite fall in Central Europe in two decades," said Dr Katerina Vlckova.',
      '"This is the best-documented meteorite fall in Central Europe in two centuries," said Katerina Vlckova.',
      'Katerina Vlckova described the fall as the best documented in Central Europe in the last twenty years.',
    );
    expect(ofKind(report, 'quote').filter((d) => d.severity !== 'low').map((d) => claimTexts(d))).toEqual([['S1:two decades', 'S2:two centuries']]);
    expect(ofKind(report, 'number')).toEqual([]);
  });
});
