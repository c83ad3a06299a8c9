import { describe, expect, it } from 'vitest';
import { claimTexts, compareTexts, ofKind } from './helpers.js';

describe('attribution detector', () => {
  it('reports the same quotation credited to different people', () => {
    const report = compareTexts(
      'Coach Lena Berg praised the goalkeeper. "We defended like lions tonight," said Marco Rossi, the club captain.',
      'Coach Lena Berg praised the goalkeeper. "We defended like lions tonight," said Lena Berg.',
    );
    const found = ofKind(report, 'attribution');
    expect(claimTexts(found[0])).toEqual(['S1:Marco Rossi', 'S2:Lena Berg']);
    expect(found[0]?.severity).toBe('high');
    expect(found[0]?.rule).toBe('attribution/different-speaker');
    expect(found[0]?.subject).toBe('We defended like lions tonight,');
    expect(found[0]?.values?.map((v) => v.source)).toEqual(['S1', 'S2']);
    expect(found[0]?.values?.[0]?.value).not.toBe(found[0]?.values?.[1]?.value);
  });

  it('reports a role-holder swapped for another person once, as attribution, not also as a renamed role', () => {
    const report = compareTexts(
      '"We have boats and helicopters ready," Lund mayor Tove Lindgren said on Sunday. The river kept rising overnight.',
      '"We have boats and helicopters ready," Lund mayor Ferhat Yildiz said on Sunday. The river kept rising overnight.',
    );
    const onNames = report.discrepancies.filter((d) => d.claims.some((c) => c.text.includes('Lindgren')));
    expect(onNames.map((d) => d.kind)).toEqual(['attribution']);
  });

  it('reports a remark credited to another person once, also where a third source names the first speaker unplainly', () => {
    const report = compareTexts(
      'Detective Inspector Gareth Boyce of South Wales Police said outside court that the family had shown "remarkable dignity" throughout the trial.',
      'Detective Chief Inspector Helen Marsh said outside court: "The family have shown remarkable dignity through every day of this trial."',
      '12:58 Outside court, Detective Inspector Gareth Boyce, who led the investigation, said the family had "shown remarkable dignity through every day of this trial".',
    );
    const onMarsh = report.discrepancies.filter((d) => d.claims.some((c) => c.text === 'Helen Marsh'));
    expect(onMarsh.map((d) => d.kind)).toEqual(['attribution']);
  });

  it('takes no body or portfolio after a role word for a person who speaks', () => {
    const office = compareTexts(
      'The firm paid 3% of each contract to officials, the Anti-Corruption Prosecutor\'s Office said in a statement.',
      'The firm paid 3% of each contract to officials, prosecutor Ana Herrero said in a statement.',
    );
    expect(ofKind(office, 'attribution')).toEqual([]);
    const health = compareTexts(
      'The Secretary of State for Health has claimed that 4.2 per cent is the most the country can afford.',
      'Health Secretary Fiona Aldridge has claimed that 4.2 per cent is the most the country can afford.',
    );
    expect(health.discrepancies.filter((d) => d.kind === 'attribution' || d.kind === 'entity')).toEqual([]);
  });

  it('treats a look-alike speaker name as a misnaming, not an attribution', () => {
    const report = compareTexts(
      '"The office never gave such instructions," Petrenko said.',
      '"The office never gave such instructions," insisted Pavlenko.',
    );
    expect(ofKind(report, 'attribution')).toEqual([]);
    expect(claimTexts(ofKind(report, 'entity')[0])).toEqual(['S1:Petrenko', 'S2:Pavlenko']);
  });

  it('credits a remark to another holder of the same title as attribution, a garbled surname as entity', () => {
    const other = compareTexts(
      '"We will rebuild the bridge within a year," Mayor Anna Kovac told reporters on Tuesday.',
      '"We will rebuild the bridge within a year," deputy mayor Petra Horvat told reporters on Tuesday.',
    );
    expect(claimTexts(ofKind(other, 'attribution')[0])).toEqual(['S1:Anna Kovac', 'S2:Petra Horvat']);
    expect(ofKind(other, 'entity')).toEqual([]);
    const garbled = compareTexts('Port spokesperson Lena Vasquez said nobody was hurt in the collapse.', 'Port spokesperson Lena Velasco said nobody was hurt in the collapse.');
    expect(ofKind(garbled, 'attribution')).toEqual([]);
    expect(claimTexts(ofKind(garbled, 'entity')[0])).toEqual(['S1:Lena Vasquez', 'S2:Lena Velasco']);
  });

  it('takes a name before a colon at the head of a line as its speaker, and a surname ending in -i as a person', () => {
    const report = compareTexts(
      'Governor Adam Wierzbicki spoke after the meeting. Wierzbicki said wages were no longer the main engine of price growth.',
      '- Council member Ludwik Sobczak: wages "no longer the main engine" of price growth',
    );
    expect(ofKind(report, 'attribution').map((d) => d.claims.map((c) => c.text))).toEqual([['Wierzbicki', 'Ludwik Sobczak']]);
  });

  it('finds the speaker as the subject before a clause about them, and after "assured" or "stated"', () => {
    const subject = compareTexts(
      'Defence Minister Carlos Benavides, who flew in, told reporters: "We will not stop searching the valley until we find every last missing person buried by the mud."',
      '"We will not stop searching the valley until we find every last missing person buried by the mud," assured the head of Indeci, Ana Torres.',
    );
    expect(ofKind(subject, 'attribution').map((d) => d.claims.map((c) => c.text))).toEqual([['Carlos Benavides', 'Ana Torres']]);
  });

  it('credits nothing twice where aligned sentences carry two remarks of two speakers', () => {
    const report = compareTexts(
      '"Every house will be checked," Vasilis Tsoukalas said in Aigio, Kechries and Temeni.',
      '"The state stands by the victims," Andreas Vlachakis said in Aigio, Kechries and Temeni.',
    );
    expect(ofKind(report, 'attribution')).toEqual([]);
  });

  it('compares two quotations by their own words, not by words around them', () => {
    const other = 'The choir will sing at the memorial concert on Friday.';
    const report = compareTexts(
      `"Every singer in this choir carries a piece of him," said choir director Irena Novak on Sunday.\n${other}`,
      `Choir manager Pavel Dvorak said the singers were "devastated".\n${other}`,
    );
    expect(ofKind(report, 'attribution')).toEqual([]);
    const same = compareTexts('"Every singer in this choir carries a piece of him," said choir director Irena Novak.', '"Every singer in this choir carries a piece of him," said choir manager Pavel Dvorak.');
    expect(ofKind(same, 'attribution')).toHaveLength(1);
  });
});
