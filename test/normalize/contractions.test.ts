import { describe, expect, it } from 'vitest';
import { expandContraction } from '../../src/normalize/index.js';

describe('expandContraction', () => {
  it('splits "n\'t" off its verb, with irregular stems, keeping where each part is written', () => {
    expect(expandContraction("wasn't")).toEqual([
      { start: 0, end: 3, word: 'was' },
      { start: 3, end: 6, word: 'not' },
    ]);
    expect(expandContraction('won’t')?.map((p) => p.word)).toEqual(['will', 'not']);
    expect(expandContraction("can't")?.map((p) => p.word)).toEqual(['can', 'not']);
    expect(expandContraction("Didn't")?.map((p) => p.word)).toEqual(['did', 'not']);
  });

  it('expands the clitics of be, have and will, and leaves "\'s" and plain words alone', () => {
    expect(expandContraction("we're")?.map((p) => p.word)).toEqual(['we', 'are']);
    expect(expandContraction("they've")?.map((p) => p.word)).toEqual(['they', 'have']);
    expect(expandContraction("she'll")?.map((p) => p.word)).toEqual(['she', 'will']);
    expect(expandContraction("minister's")).toBeUndefined();
    expect(expandContraction('not')).toBeUndefined();
  });
  it('reads "cannot" as "can not", so it meets "can\'t"', () => {
    expect(expandContraction('cannot')).toEqual([
      { start: 0, end: 3, word: 'can' },
      { start: 3, end: 6, word: 'not' },
    ]);
    expect(expandContraction('Cannot')?.map((p) => p.word)).toEqual(['can', 'not']);
    expect(expandContraction("can't")?.map((p) => p.word)).toEqual(['can', 'not']);
    expect(expandContraction('cannon')).toBeUndefined();
  });
});
