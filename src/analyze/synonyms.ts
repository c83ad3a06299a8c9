import { createRequire } from 'node:module';
import { IRREGULAR } from './lexicon.js';

/**
 * WordNet synonymy from the compact table scripts/build-wordnet.mjs extracts
 * at build time (word -> synset ids of its common senses). Loaded once, on
 * first use, so commands that never compare words never pay for it.
 */

interface Table {
  /** Sorted lines "word<TAB>own ids[<TAB>head ids]". */
  rows: string;
  /** Offsets at which each line starts. */
  starts: Uint32Array;
}

let table: Table | undefined;

function load(): Table {
  if (!table) {
    // A JSON module next to this file, copied to dist by tsc; require keeps the load lazy and synchronous.
    const require = createRequire(import.meta.url);
    const { rows } = require('./generated/wordnet.json') as { rows: string };
    const starts: number[] = [0];
    for (let i = rows.indexOf('\n'); i >= 0; i = rows.indexOf('\n', i + 1)) starts.push(i + 1);
    table = { rows, starts: Uint32Array.from(starts) };
  }
  return table;
}

interface Senses {
  own: number[];
  heads: number[];
}

const NONE: Senses = { own: [], heads: [] };

/** Binary search of the sorted rows for one word. */
function lookup(word: string): Senses {
  const { rows, starts } = load();
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid] ?? 0;
    const tab = rows.indexOf('\t', start);
    const key = rows.slice(start, tab);
    if (key === word) {
      const end = mid + 1 < starts.length ? (starts[mid + 1] ?? rows.length) - 1 : rows.length;
      const [own = '', heads = ''] = rows.slice(tab + 1, end).split('\t');
      const ids = (s: string): number[] => (s === '' ? [] : s.split(',').map(Number));
      return { own: ids(own), heads: ids(heads) };
    }
    if (key < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return NONE;
}

/** Candidate dictionary forms of an inflected word (a small morphy). */
function baseForms(word: string): string[] {
  const forms = [word];
  const irregular = IRREGULAR[word];
  if (irregular) forms.push(irregular);
  const strip = (suffix: string, add = ''): void => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) forms.push(word.slice(0, -suffix.length) + add);
  };
  strip('s');
  strip('es');
  strip('ies', 'y');
  strip('ed');
  strip('ed', 'e');
  strip('ied', 'y');
  strip('ing');
  strip('ing', 'e');
  strip('er');
  strip('est');
  // Doubled final consonant: "stopped" -> "stop".
  const doubled = /([bdgklmnprt])\1(?:ed|ing)$/.exec(word);
  if (doubled) forms.push(word.slice(0, doubled.index + 1));
  return forms;
}

interface WordSenses {
  own: ReadonlySet<number>;
  heads: ReadonlySet<number>;
}

const cache = new Map<string, WordSenses>();

/** Senses of a folded word across its dictionary forms. */
function sensesOf(word: string): WordSenses {
  let senses = cache.get(word);
  if (!senses) {
    const own = new Set<number>();
    const heads = new Set<number>();
    for (const form of baseForms(word)) {
      const found = lookup(form);
      for (const id of found.own) own.add(id);
      for (const id of found.heads) heads.add(id);
    }
    senses = { own, heads };
    cache.set(word, senses);
  }
  return senses;
}

/** Synset ids of a folded word's common senses: alignment features that meet across synonyms. */
export function senseIds(word: string): ReadonlySet<number> {
  return sensesOf(word).own;
}

function meets(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const id of a) if (b.has(id)) return true;
  return false;
}

/**
 * Do two folded words share a common sense (danger/risk, check/control)? A
 * satellite adjective also matches its head (key/important), but two
 * satellites of one head do not (red/blue are both "chromatic").
 */
export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = sensesOf(a);
  const sb = sensesOf(b);
  return meets(sa.own, sb.own) || meets(sa.heads, sb.own) || meets(sa.own, sb.heads);
}

let personNouns: ReadonlySet<string> | undefined;

/**
 * Is a folded word a noun for people ("nurses", "strikers", "members")? From the list
 * scripts/build-wordnet.mjs extracts (nouns whose most common sense is a kind of person),
 * loaded on first use.
 */
export function isPersonNoun(word: string): boolean {
  if (!personNouns) {
    const require = createRequire(import.meta.url);
    personNouns = new Set((require('./generated/persons.json') as { nouns: string }).nouns.split('\n'));
  }
  const nouns = personNouns;
  return baseForms(word).some((form) => nouns.has(form));
}
