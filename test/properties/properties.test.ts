import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, segmentSource } from '../../src/compare.js';
import type { InputDocument, Report } from '../../src/types.js';
import {
  articles,
  crossSource,
  describe as describeFinding,
  events,
  findingKeys,
  findingSentenceKeys,
  insideContent,
  judgeClean,
  judgePlant,
  pair,
} from '../../eval/harness.mjs';
import { plant, rewrite, rng, shuffleLines, type PlantKind, type RewriteKind } from '../../eval/mutate.mjs';

/**
 * Properties of the comparison that hold whatever the detectors find, checked on the fixture
 * articles (and the seed pair in ../shared/seeds when present) with fast-check: identity,
 * input order, paragraph order, benign rewrites, planted changes. The mutations are the ones of
 * `npm run eval:mutate` (eval/mutate.mjs).
 *
 * A property that fails today is declared with `knownFailing` (vitest's `it.fails`, so the suite
 * stays green and turns red the day it starts to hold: then flip it to `it`), next to a
 * `// KNOWN FAILING:` note with a counterexample. STORYDIFF_STRICT_PROPS=1 runs them all as plain
 * `it`, to watch them fail.
 */
const strict = process.env.STORYDIFF_STRICT_PROPS === '1';
const knownFailing = strict ? it : it.fails;

/** Modest and seeded: the suite stays fast and every run checks the same cases. */
const RUNS = { numRuns: 30, seed: 20250617 } as const;
const TIMEOUT = 60_000;

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const ARTICLES = articles(fixtures);
const TEXT = new Map(ARTICLES.map((a) => [a.name, a.text]));
const EVENTS = new Map(events(fixtures).map((e) => [e.name, e.docs]));
const articleNames = ARTICLES.map((a) => a.name);
const eventNames = [...EVENTS.keys()];

const seeds = join(import.meta.dirname, '../../../shared/seeds');
const SEED_FILES = ['000_7ad5171b342f1fe8.txt', '004_46668bc72a4886c3.txt'];
const hasSeeds = SEED_FILES.every((f) => existsSync(join(seeds, f)));
const SEED_DOCS: InputDocument[] = hasSeeds ? SEED_FILES.map((f) => ({ label: f, path: join(seeds, f), text: readFileSync(join(seeds, f), 'utf8') })) : [];

const textOf = (name: string): string => TEXT.get(name) ?? '';
const docsOf = (name: string): InputDocument[] => EVENTS.get(name) ?? [];

const cache = new Map<string, Report>();
function baseline(name: string, docs: InputDocument[]): Report {
  let r = cache.get(name);
  if (!r) cache.set(name, (r = compare(docs)));
  return r;
}

/** Shown when a property fails: what differs between the two reports. */
function difference(a: string[], b: string[]): string {
  const onlyA = a.filter((k) => !b.includes(k));
  const onlyB = b.filter((k) => !a.includes(k));
  const show = (ks: string[]): string => ks.map((k) => k.replace(/\u0001/g, ': ').replace(/\u0002/g, ' | ')).join('\n    ');
  return `only before:\n    ${show(onlyA)}\nonly after:\n    ${show(onlyB)}`;
}

function expectSameFindings(before: string[], after: string[]): void {
  expect(after, difference(before, after)).toEqual(before);
}

/** The findings between two identical copies of `text` (expected: none). */
function betweenCopies(name: string, text: string): string[] {
  const report = compare(pair(name, text, text));
  return report.discrepancies.filter(crossSource).map((d) => describeFinding(report, d));
}

/** An event with one source's text replaced. */
function withSource(docs: InputDocument[], index: number, text: string): InputDocument[] {
  return docs.map((d, i) => (i === index ? { ...d, text } : d));
}

const eventAndSource = fc.constantFrom(...eventNames).chain((name) => fc.tuple(fc.constant(name), fc.nat({ max: docsOf(name).length - 1 }), fc.nat()));

describe('properties (fast-check, fixtures)', () => {
  it(
    'identity: an article against its own byte-identical copy: no discrepancy between the copies',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...articleNames), (name) => {
          expect(betweenCopies(name, textOf(name))).toEqual([]);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'input order: any permutation of an event’s sources gives the same findings',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...eventNames).chain((name) => fc.tuple(fc.constant(name), fc.shuffledSubarray(docsOf(name).map((_, i) => i), { minLength: docsOf(name).length }))),
          ([name, order]) => {
            const docs = docsOf(name);
            expectSameFindings(findingKeys(baseline(name, docs)), findingKeys(compare(order.map((i) => docs[i] as InputDocument))));
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'paragraph order: shuffling the lines of one source changes no finding',
    () => {
      fc.assert(
        fc.property(eventAndSource, ([name, index, seed]) => {
          const docs = docsOf(name);
          const shuffled = shuffleLines((docs[index] as InputDocument).text, rng(seed));
          expectSameFindings(findingKeys(baseline(name, docs)), findingKeys(compare(withSource(docs, index, shuffled))));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  describe('benign rewrites of one source change no finding', () => {
    const benign = (kind: RewriteKind): void => {
      fc.assert(
        fc.property(eventAndSource, ([name, index, seed]) => {
          const docs = docsOf(name);
          const rewritten = rewrite((docs[index] as InputDocument).text, kind, rng(seed), { subset: true });
          fc.pre(rewritten !== null);
          if (!rewritten) return;
          const after = compare(withSource(docs, index, rewritten.text));
          // Rewritten words appear in the claims, so claims are named by their sentence; paragraph swaps move sentences, not words.
          const keys = kind === 'paragraphs' ? findingKeys : findingSentenceKeys;
          expectSameFindings(keys(baseline(name, docs)), keys(after));
        }),
        RUNS,
      );
    };
    it('digits ↔ words for small numbers', () => benign('digits-words'), TIMEOUT);
    it('contractions expanded or contracted', () => benign('contraction'), TIMEOUT);
    // KNOWN FAILING: "%" ↔ "percent" moves a finding. Counterexample: events/chile-rate-cut, translated.txt
    // at seed 16: its headline, printed twice (boilerplate), is rewritten "4,5 per cent" once and
    // "4,5 percent" once, so the copies differ, the second counts as a sentence and the sentence
    // numbers of the claims shift. (The unit words themselves no longer change alignment.)
    knownFailing('"%" ↔ "percent" / "per cent"', () => benign('percent'), TIMEOUT);
    it('thousands separators (12,500 ↔ 12 500 ↔ 12500)', () => benign('thousands'), TIMEOUT);
    it('transliteration and diacritics of names', () => benign('diacritics'), TIMEOUT);
    it('two paragraphs swapped', () => benign('paragraphs'), TIMEOUT);
  });

  describe('a planted change yields a finding of its kind on its sentence', () => {
    const planted = (kind: PlantKind): void => {
      fc.assert(
        fc.property(fc.constantFrom(...articleNames), fc.nat(), (name, seed) => {
          const text = textOf(name);
          const p = plant(text, kind, rng(seed), insideContent(segmentSource, text));
          fc.pre(p !== null);
          if (!p) return;
          const j = judgePlant(compare, name, text, p, judgeClean(compare, name, text));
          expect(j.detected, `"${p.before}" → "${p.after}" in: ${j.sentence?.text}\n${j.report.discrepancies.map((d) => describeFinding(j.report, d)).join('\n')}`).toBe(true);
        }),
        RUNS,
      );
    };
    // KNOWN FAILING: a changed count goes unreported. Counterexample: events/gazipur-factory-fire/wire.txt,
    // rng(0): "injured more than 30" → "injured more than 35" in the lede, no finding at all.
    knownFailing('number', () => planted('number'), TIMEOUT);
    // KNOWN FAILING: a misspelt surname goes unreported. Counterexample: events/kyiv-campaign-raid/wire.txt,
    // rng(0): "Melnychuk told a news conference" → "Melbybhuk told a news conference", no finding at all.
    knownFailing('name', () => planted('name'), TIMEOUT);
    it('negation', () => planted('negation'), TIMEOUT);
    // KNOWN FAILING: a changed month goes unreported. Counterexample: events/caique-transfer/wire.txt,
    // rng(410140813): "a five-year contract running until June 2030" → "until October 2030", no finding.
    knownFailing('date', () => planted('date'), TIMEOUT);
    it('speaker', () => planted('speaker'), TIMEOUT);
    it('quote word', () => planted('quote'), TIMEOUT);
  });
});

describe.skipIf(!hasSeeds)('properties (fast-check, the seed pair in ../shared/seeds)', () => {
  const seedNames = SEED_DOCS.map((d) => d.label);
  const seedText = (name: string): string => SEED_DOCS.find((d) => d.label === name)?.text ?? '';

  it(
    'identity: a seed article against its own byte-identical copy: no discrepancy between the copies',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...seedNames), (name) => {
          expect(betweenCopies(name, seedText(name))).toEqual([]);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'input order: the seed pair in either order gives the same findings',
    () => {
      fc.assert(
        fc.property(fc.shuffledSubarray([0, 1], { minLength: 2 }), (order) => {
          expectSameFindings(findingKeys(baseline('seeds', SEED_DOCS)), findingKeys(compare(order.map((i) => SEED_DOCS[i] as InputDocument))));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'paragraph order: shuffling the lines of one seed article changes no finding',
    () => {
      fc.assert(
        fc.property(fc.nat({ max: 1 }), fc.nat(), (index, seed) => {
          const shuffled = shuffleLines((SEED_DOCS[index] as InputDocument).text, rng(seed));
          expectSameFindings(findingKeys(baseline('seeds', SEED_DOCS)), findingKeys(compare(withSource(SEED_DOCS, index, shuffled))));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});


describe('planted number changes stay numbers', () => {
  it('changes the units of a compound number word to units ("Thirty-seven" -> "Thirty-two"), never its tens', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const p = plant('Thirty-seven buildings collapsed in the quake.', 'number', rng(seed));
      expect(p).not.toBeNull();
      expect(p?.before).toBe('seven');
      expect(['two', 'three', 'four', 'five', 'six', 'eight', 'nine']).toContain(p?.after.toLowerCase());
    }
  });
});
