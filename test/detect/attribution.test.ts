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
  });

  it('treats a look-alike speaker name as a misnaming, not an attribution', () => {
    const report = compareTexts(
      '"The office never gave such instructions," Petrenko said.',
      '"The office never gave such instructions," insisted Pavlenko.',
    );
    expect(ofKind(report, 'attribution')).toEqual([]);
    expect(claimTexts(ofKind(report, 'entity')[0])).toEqual(['S1:Petrenko', 'S2:Pavlenko']);
  });
});
