import { describe, expect, it } from 'vitest';
import { areSynonyms, isPersonNoun } from '../../src/analyze/synonyms.js';

describe('areSynonyms (WordNet, common senses)', () => {
  it.each([
    ['danger', 'risk'],
    ['checked', 'controlled'],
    ['quake', 'earthquake'],
    ['hurt', 'injured'],
    ['discovered', 'found'],
    ['key', 'important'],
    ['people', 'persons'],
  ])('%s ~ %s', (a, b) => {
    expect(areSynonyms(a, b)).toBe(true);
    expect(areSynonyms(b, a)).toBe(true);
  });

  it.each([
    ['red', 'blue'],
    ['confirmed', 'denied'],
    ['increase', 'decrease'],
    ['good', 'bad'],
    ['petrov', 'peskov'],
  ])('%s ≁ %s', (a, b) => {
    expect(areSynonyms(a, b)).toBe(false);
  });
});

describe('nouns for people', () => {
  it.each(['nurses', 'strikers', 'members', 'voters', 'firefighter', 'passengers'])('knows "%s" names people', (word) => {
    expect(isPersonNoun(word)).toBe(true);
  });

  it.each(['flights', 'houses', 'fans', 'cases', 'operations'])('knows "%s" does not (by its most common sense)', (word) => {
    expect(isPersonNoun(word)).toBe(false);
  });
});
