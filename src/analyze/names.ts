import { createRequire } from 'node:module';
/**
 * Name normalisation and matching for the entity detector.
 *
 * Question answered: do two surface names denote the same entity? Spelling
 * noise (transliteration, diacritics, honorifics, initials, possessives,
 * exonyms) must not become a reported discrepancy; genuinely different names
 * must. When unsure we lean to "different": a false "same" hides a real
 * disagreement between sources, a false "different" only adds noise.
 *
 * Pipeline of `compareNames`:
 *   1. parse both names into folded tokens (cached);
 *   2. equal folded keys → identical / diacritics;
 *   3. alias table (exonyms, abbreviations, renamings) → alias, or a firm
 *      "different" when both names are known entities with different ids;
 *   4. token-wise fuzzy matching: transliteration normal form, vowel-variant
 *      rule, Double Metaphone + Jaro–Winkler with guards, initials, and
 *      surname-only ("partial") matches.
 */
import { foldText } from '../normalize/index.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { DEFAULT_ALIAS_GROUPS, PLACE_GROUPS } from './aliases.js';
import { metaphone } from './phonetics.js';

export { DEFAULT_ALIAS_GROUPS };

// ───────────────────────────── Public types ──────────────────────────────

/**
 * Folded name key → canonical entity id. Treat as opaque: build it with
 * `buildAliasTable`, pass it to `compareNames`/`sameEntity`/`canonicalKey`.
 */
export interface AliasTable {
  /** folded key → canonical id (the folded key of the group's first name). */
  readonly ids: ReadonlyMap<string, string>;
  /** canonical id → folded keys of every name in the group. */
  readonly members: ReadonlyMap<string, readonly string[]>;
}

export type NameMatch = {
  same: boolean;
  reason:
    | 'identical'
    | 'alias'
    | 'diacritics'
    | 'transliteration'
    | 'partial'
    | 'initial'
    | 'different';
  /** Confidence that both names denote the same entity, 0..1. Below 0.5 whenever `same` is false. */
  score: number;
};

export interface BuildAliasTableOptions {
  /** Start from `DEFAULT_ALIAS_GROUPS` (default true). */
  includeDefaults?: boolean;
}

// ──────────────────────────────── Folding ────────────────────────────────
// Case, diacritics and special letters: foldText from the normalize stage.

/** Lower-case only: used to tell "identical" from "diacritics". */
function lightText(s: string): string {
  return s.normalize('NFC').toLowerCase();
}

/** Titles stripped from the front of a name ("Foreign Minister Sergei Lavrov"). */
const NAME_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'mme', 'madame', 'mlle', 'herr', 'frau', 'sr', 'sra', 'srta',
  'dr', 'doctor', 'prof', 'professor', 'president', 'pres', 'premier', 'chancellor', 'minister',
  'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'judge', 'justice', 'gen', 'lt',
  'col', 'colonel', 'capt', 'captain', 'cmdr', 'commander', 'adm', 'admiral', 'sgt', 'sergeant',
  'brig', 'marshal', 'sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman',
  'gov', 'governor', 'mayor', 'ambassador', 'king', 'queen', 'prince', 'princess', 'emir',
  'sheikh', 'shaikh', 'sultan', 'pope', 'ayatollah', 'imam', 'rabbi', 'rev', 'reverend', 'sir',
  'dame', 'lord', 'lady', 'hon', 'honourable', 'honorable', 'chairman', 'chairwoman', 'chair',
  'ceo', 'comrade', 'mp', 'mep', 'pm', 'leader', 'envoy',
]);
/**
 * Words that may precede a title ("Prime Minister", "Deputy Foreign Minister").
 * Stripped only as part of a run that ends in a title, so "Prime Video" and
 * "General Motors" survive.
 */
const TITLE_MODIFIERS = new Set([
  'prime', 'vice', 'deputy', 'foreign', 'defence', 'defense', 'finance', 'interior', 'economy',
  'health', 'chief', 'attorney', 'state', 'former', 'ex', 'acting', 'interim', 'first', 'crown',
  'grand', 'supreme', 'opposition', 'lieutenant', 'general', 'surgeon', 'press', 'white', 'house',
  'party', 'senior', 'assistant', 'under', 'minority', 'majority', 'speaker',
]);
/** Titles normally written in capitals, so all-caps does not mean "acronym" for them. */
const CAPS_TITLES = new Set(['pm', 'mp', 'mep', 'ceo']);
/** Generational suffixes dropped from the end ("Martin Luther King Jr."). */
/** Generational suffixes and post-nominal letters: "Rupert Ashdown KC" is Ashdown. */
const TRAILING_SUFFIXES = new Set(['jr', 'sr', 'jnr', 'snr', 'kc', 'qc', 'sc', 'mp', 'mep', 'phd', 'obe', 'mbe', 'cbe', 'esq']);
/** Regnal numbers are kept in the key but compared separately (Henry VII ≠ Henry VIII). */
const REGNAL_RE = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx)$/;

interface ParsedName {
  /** Folded tokens joined by single spaces — the grouping / alias key. */
  readonly key: string;
  /** The same tokens without diacritic folding. */
  readonly lightKey: string;
  readonly tokens: readonly string[];
  /** Indices of tokens that came from dotted initials ("D.A." → "da"). */
  readonly initialRuns: ReadonlySet<number>;
}

interface RawToken {
  fold: string;
  light: string;
  raw: string;
  initials: boolean;
}

const APOSTROPHES_RE = /[’‘ʼʹ`´′]/g;
// A dotted-letter run such as "U.S.", "U.S.A", "D.A." (two or more letters).
const DOTTED_RUN_RE = /^(?:\p{L}\.){1,}\p{L}\.?$/u;
// Possessive / Turkish case suffix after an apostrophe: "Peskov's", "Erdoğan'ın",
// "Türkiye'nin". The stem must be ≥3 letters so O'Neal and d'Ivoire survive.
const SUFFIX_RE = /^(\p{L}[\p{L}\p{N}.]{2,}?)'(?:s|\p{Ll}{1,4})?$/u;
/** An acronym's possessive: "EU's", "UN's" (two capitals are too short for SUFFIX_RE's stem). */
const ACRONYM_POSSESSIVE_RE = /^(\p{Lu}{2})'s$/u;
const NON_WORD_RE = /[^\p{L}\p{N}]+/u;

function isAllCaps(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

function splitWords(name: string): RawToken[] {
  const out: RawToken[] = [];
  const text = name.normalize('NFC').replace(APOSTROPHES_RE, "'");
  for (let word of text.split(/[\s\-‐‑‒–—/_,;:()[\]{}"“”«»]+/u)) {
    if (word === '') continue;
    const suffix = SUFFIX_RE.exec(word) ?? ACRONYM_POSSESSIVE_RE.exec(word);
    if (suffix?.[1] !== undefined) word = suffix[1];
    if (DOTTED_RUN_RE.test(word)) {
      const letters = word.replace(/\./g, '');
      out.push({
        fold: foldText(letters),
        light: lightText(letters),
        raw: word,
        // A single dotted letter is just an initial; runs get expanded later.
        initials: letters.length > 1,
      });
      continue;
    }
    // Apostrophes inside names join (O'Brien → obrien); other punctuation splits.
    for (const part of word.replace(/'/g, '').split(NON_WORD_RE)) {
      if (part === '') continue;
      out.push({ fold: foldText(part), light: lightText(part), raw: part, initials: false });
    }
  }
  return out;
}

/** Drop a leading "the", leading titles and trailing Jr/Sr, never emptying the name. */
function stripAffixes(tokens: RawToken[], wholeNameAllCaps: boolean): RawToken[] {
  let t = tokens;
  for (let changed = true; changed && t.length > 1; ) {
    changed = false;
    // "Former Hallam City" / "Ex-Hallam City" (a former player of it): the club is the name.
    if (t[0]?.fold === 'the' || t[0]?.fold === 'former' || t[0]?.fold === 'ex') {
      t = t.slice(1);
      changed = true;
      continue;
    }
    // Longest leading run of title words that ends in a title proper.
    let end = 0;
    for (let i = 0; i < t.length - 1; i++) {
      const tok = t[i]!;
      // An all-caps word in a mixed-case name is an acronym ("DR Congo"),
      // unless the title itself is usually written in capitals ("PM Modi").
      if (isAllCaps(tok.raw) && !wholeNameAllCaps && tok.raw.length > 1 && !tok.raw.endsWith('.')
        && !CAPS_TITLES.has(tok.fold)) break;
      const isTitle = NAME_TITLES.has(tok.fold) || (tok.fold === 'general' && i > 0);
      if (isTitle) end = i + 1;
      else if (!TITLE_MODIFIERS.has(tok.fold)) break;
    }
    if (end > 0) {
      t = t.slice(end);
      changed = true;
    }
  }
  while (t.length > 1 && TRAILING_SUFFIXES.has(t[t.length - 1]!.fold)) t = t.slice(0, -1);
  return t;
}

// Parsing is pure and names repeat a lot in an article, so cache it. The cap
// keeps a long-running process from growing without bound.
const CACHE_LIMIT = 20_000;
const parseCache = new Map<string, ParsedName>();

function parseName(name: string): ParsedName {
  const cached = parseCache.get(name);
  if (cached !== undefined) return cached;
  const words = splitWords(name);
  const tokens = stripAffixes(words, isAllCaps(name));
  const parsed: ParsedName = {
    key: tokens.map((t) => t.fold).join(' '),
    lightKey: tokens.map((t) => t.light).join(' '),
    tokens: tokens.map((t) => t.fold),
    initialRuns: new Set(tokens.flatMap((t, i) => (t.initials ? [i] : []))),
  };
  if (parseCache.size >= CACHE_LIMIT) parseCache.clear();
  parseCache.set(name, parsed);
  return parsed;
}

/** Folded, honorific-free form: `"Mr. Kılıçdaroğlu's"` → `"kilicdaroglu"`, `"U.S."` → `"us"`. */
export function foldName(name: string): string {
  return parseName(name).key;
}

/** Folded tokens with titles, possessives and a leading "the" removed. Dotted initials stay joined ("D.A." → "da"). */
export function nameTokens(name: string): string[] {
  return [...parseName(name).tokens];
}

/**
 * A person's name tokens without a nationality word before them: "Kenyan Brian Kiprotich" is
 * Brian Kiprotich, whose given name is Brian. Kept where nothing else would be left.
 */
export function personTokens(name: string): string[] {
  const tokens = nameTokens(name);
  return tokens.length > 2 && isNationalityWord(tokens[0] as string) ? tokens.slice(1) : tokens;
}

// ───────────────────────────── Alias table ───────────────────────────────

/**
 * Build an alias table from the default groups plus `extraGroups`. A group
 * that shares any name with an existing group is merged into it (union), so
 * users can extend a default entity (["Tejo River", "Tagus"]) as well as add
 * new ones.
 */
export function buildAliasTable(
  extraGroups: readonly (readonly string[])[] = [],
  options: BuildAliasTableOptions = {},
): AliasTable {
  if (options.includeDefaults === false) return addGroups(new Map(), new Map(), extraGroups);
  const base = defaultAliases();
  if (extraGroups.length === 0) return base;
  // The defaults (thousands of names) are folded once per process; a run's own groups go on a copy.
  const members = new Map([...base.members].map(([id, keys]) => [id, [...keys]]));
  return addGroups(new Map(base.ids), members, extraGroups);
}

function addGroups(ids: Map<string, string>, members: Map<string, string[]>, groups: readonly (readonly string[])[]): AliasTable {
  for (const group of groups) {
    const keys = [...new Set(group.map(foldName).filter((k) => k !== ''))];
    if (keys.length === 0) continue;
    // Reuse the first existing id among the group's names; fold any other
    // existing groups it touches into that one.
    const existing = [...new Set(keys.flatMap((k) => {
      const id = ids.get(k);
      return id === undefined ? [] : [id];
    }))];
    const id = existing[0] ?? keys[0]!;
    const list = members.get(id) ?? [];
    for (const other of existing.slice(1)) {
      for (const k of members.get(other) ?? []) {
        ids.set(k, id);
        if (!list.includes(k)) list.push(k);
      }
      members.delete(other);
    }
    for (const k of keys) {
      ids.set(k, id);
      if (!list.includes(k)) list.push(k);
    }
    members.set(id, list);
  }
  return { ids, members };
}

let defaultTable: AliasTable | undefined;
let countryIds: ReadonlySet<string> | undefined;
let placeIds: ReadonlySet<string> | undefined;

/** What the built-in table knows besides its entities: which are countries, which other places. */
interface DefaultAliases {
  table: AliasTable;
  countries: ReadonlySet<string>;
  /** Cities, capitals and rivers. */
  places: ReadonlySet<string>;
}

/**
 * The built-in table: the curated groups, then every country's names in many
 * languages (extracted from i18n-iso-countries at build time). A country name
 * that a curated group already holds joins that group; one that would join
 * two curated groups is left out rather than merge two entities.
 */
function defaultAliases(): AliasTable {
  if (defaultTable) return defaultTable;
  const { table, countries, places } = precomputedAliases() ?? computeDefaultAliases();
  countryIds = countries;
  placeIds = places;
  defaultTable = table;
  return defaultTable;
}

/** The built-in table with its country and place ids, folded name by name (thousands of names: ~30 ms). */
export function computeDefaultAliases(): DefaultAliases {
  const ids = new Map<string, string>();
  const members = new Map<string, string[]>();
  addGroups(ids, members, DEFAULT_ALIAS_GROUPS);
  const places = new Set(PLACE_GROUPS.map((g) => ids.get(foldName(g[0] as string))).filter((id) => id !== undefined));
  const countries: string[] = [];
  const data = countryData();
  for (const group of data.groups) {
    const owners = new Set(group.map((n) => ids.get(foldName(n))).filter((id) => id !== undefined));
    const safe = owners.size > 1 ? group.filter((n) => !ids.has(foldName(n))) : group;
    if (safe.length === 0) continue;
    addGroups(ids, members, [safe]);
    const id = ids.get(foldName(safe[0]!));
    if (id !== undefined) countries.push(id);
  }
  // A capital the curated groups hold keeps its group (Kyiv/Kiev); the others are entities of their own.
  for (const capital of data.capitals) {
    if (!ids.has(foldName(capital))) addGroups(ids, members, [[capital]]);
    const id = ids.get(foldName(capital));
    if (id !== undefined && !countries.includes(id)) places.add(id);
  }
  return { table: { ids, members }, countries: new Set(countries), places };
}

/** The serialised form of the built-in table that scripts/build-aliases.mjs writes at build time. */
export interface PrecomputedAliases {
  /** [folded name, entity id] in table order. */
  ids: Array<[string, string]>;
  countries: string[];
  places: string[];
}

export function serialiseAliases({ table, countries, places }: DefaultAliases): PrecomputedAliases {
  return { ids: [...table.ids], countries: [...countries], places: [...places] };
}

/**
 * The table folded at build time, when the build wrote it: start-up then reads a list rather
 * than folding every country's names in 28 languages. Absent on a first build (the build
 * computes it from this module), so the computed table is the fallback.
 */
function precomputedAliases(): DefaultAliases | undefined {
  let data: PrecomputedAliases;
  try {
    const require = createRequire(import.meta.url);
    data = require('./generated/aliases.json') as PrecomputedAliases;
  } catch {
    return undefined;
  }
  const ids = new Map(data.ids);
  const members = new Map<string, string[]>();
  for (const [key, id] of data.ids) {
    const list = members.get(id);
    if (list) list.push(key);
    else members.set(id, [key]);
  }
  return { table: { ids, members }, countries: new Set(data.countries), places: new Set(data.places ?? []) };
}

interface CountryData {
  /** Each country's names in many languages. */
  groups: string[][];
  /** Capital cities, in English. */
  capitals: string[];
  /** Nationality words, in English ("Belarusian", "Dutch"). */
  demonyms: string[];
  /** ISO 4217 currency codes, less those that are English words in capitals. */
  currencies: string[];
}

let countryDataCache: CountryData | undefined;

/** The data scripts/build-countries.mjs extracts at build time (i18n-iso-countries, countries-list, i18n-nationality). */
function countryData(): CountryData {
  if (!countryDataCache) {
    const require = createRequire(import.meta.url);
    countryDataCache = require('./generated/countries.json') as CountryData;
  }
  return countryDataCache;
}

/** Is this the name of a country (in any of the languages of the built-in table)? */
export function isCountryName(name: string, aliases: AliasTable = defaultAliases()): boolean {
  defaultAliases();
  const id = aliases.ids.get(foldName(name));
  return id !== undefined && (countryIds?.has(id) ?? false);
}

/** Is this the name of a known place: a country, a capital, or a city or river of the built-in table? */
export function isKnownPlace(name: string, aliases: AliasTable = defaultAliases()): boolean {
  defaultAliases();
  const id = aliases.ids.get(foldName(name));
  return id !== undefined && ((countryIds?.has(id) ?? false) || (placeIds?.has(id) ?? false));
}

let currencySet: ReadonlySet<string> | undefined;

/** Is this word an ISO 4217 currency code written in capitals ("NOK", "CHF")? */
export function isCurrencyCode(word: string): boolean {
  if (word.length !== 3) return false;
  currencySet ??= new Set(countryData().currencies);
  return currencySet.has(word);
}

let demonymSet: ReadonlySet<string> | undefined;

/** Is this one word a nationality ("Belarusian", "Dutch"), whatever follows it? */
export function isNationalityWord(word: string): boolean {
  demonymSet ??= new Set(countryData().demonyms.map((d) => d.toLowerCase()));
  return demonymSet.has(word.toLowerCase());
}

/** Stable grouping key: the alias id when the name is a known alias, else its folded form. */
export function canonicalKey(name: string, aliases: AliasTable = defaultAliases()): string {
  const { key } = parseName(name);
  return aliases.ids.get(key) ?? key;
}

// ──────────────────────────── Token matching ─────────────────────────────

interface TokenInfo {
  /** Transliteration normal form (see `translitForm`). */
  readonly tnf: string;
  /** `tnf` without vowels. */
  readonly skeleton: string;
  /** Double Metaphone [primary, secondary]; empty for non-Latin tokens. */
  readonly dm: readonly [string, string];
  readonly latin: boolean;
}

const tokenCache = new Map<string, TokenInfo>();

/**
 * Rewrite romanisation variants to one spelling, so Dmitry/Dmitriy,
 * Zelensky/Zelenskyy, Alexei/Aleksey, Yevgeny/Evgeny, Tchaikovsky/Chaikovsky,
 * Mahmoud/Mahmud, Peskow/Peskov meet. Each rule is applied to both sides, so
 * it only hurts when it makes two genuinely different names collide; rules
 * that would (kh→h on "Khan"/"Han", glides on "Ian"/"Jan") are length-guarded.
 */
function translitForm(tok: string): string {
  let t = tok
    .replace(/x/g, 'ks') // Alexei/Aleksei
    .replace(/dzh/g, 'j') // Dzhokhar/Jokhar
    .replace(/t?sch/g, (m) => (m === 'tsch' ? 'ch' : 'sh')) // German Tsch-/Sch-
    .replace(/^tch/, 'ch') // Tchaikovsky; not medial, or Mitchell would meet Michel
    .replace(/ck/g, 'k')
    .replace(/^gk/, 'g') // Greek γκ: Gkikas/Gikas
    .replace(/q/g, 'k') // Iraq/Irak, Qatar/Katar
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v') // German Peskow, Tschaikowsky
    .replace(/dh/g, 'd') // Gadhafi, Riyadh
    .replace(/dj/g, 'd') // Djokovic (Đ)
    .replace(/ou/g, 'u') // French Iouri, Mahmoud
    // The diphthong of Arabic and Persian names spelt ae or ai before a consonant (Qaeda/Qaida,
    // Baeza/Baiza); ay already meets them through y → i below.
    .replace(/ae(?=[^aeiouy])/g, 'ai')
    // German ö/ü spelt oe/ue (Schroeder, Mueller). Not ae: Belyaev, Nikolaev.
    .replace(/([ou])e(?=[^aeiouy])/g, '$1');
  if (t.length >= 5) t = t.replace(/kh/g, 'h'); // Khrushchev/Hrushchev, not Khan/Han
  if (t.length >= 6) t = t.replace(/^ch(?=[aeiou])/, 'h'); // Greek χ: Chatzakis/Hatzakis, Christos/Hristos; not Chan/Han
  // Word-initial glide y/j/i before a vowel is one sound (Yuri/Juri/Iuri).
  if (t.length >= 4) t = t.replace(/^[yji](?=[aeiou])/, 'Y');
  if (t.length >= 5) t = t.replace(/^Ye/, 'e'); // Yevgeny/Evgeny, Yelena/Elena
  t = t
    .replace(/y/g, 'i') // Dmitry/Dmitri, Zelensky/Zelenski
    .replace(/(?!^)j/g, 'i') // Evgenij, Sergej
    .replace(/Y/g, 'y')
    .replace(/(.)\1+/g, '$1'); // doubled letters and iy/ii/yy endings
  return t;
}

function tokenInfo(tok: string): TokenInfo {
  const cached = tokenCache.get(tok);
  if (cached !== undefined) return cached;
  const latin = /^[a-z]+$/.test(tok);
  const tnf = latin ? translitForm(tok) : tok;
  const dm = latin ? metaphone.process(tok) : (['', ''] as [string, string]);
  const info: TokenInfo = { tnf, skeleton: tnf.replace(/[aeiouy]/g, ''), dm, latin };
  if (tokenCache.size >= CACHE_LIMIT) tokenCache.clear();
  tokenCache.set(tok, info);
  return info;
}

type TokenReason = 'identical' | 'alias' | 'transliteration' | 'initial';
interface TokenMatch {
  reason: TokenReason;
  score: number;
}

const VOWEL_GROUPS_RE = /[aeiou]+|[^aeiou]+/g;
/**
 * Vowel swaps typical of romanising one vowel: e/a (Ahmed/Ahmad, Husein/
 * Husain), o/u (Mohammed/Muhammad), and e/o right after a hushing consonant,
 * the Russian ё (Gorbachev/Gorbachov, Chernobyl/Chornobyl). a/i and e/o
 * elsewhere are not: Gaza/Giza, Carlsen/Carlson differ.
 */
function vowelSwapOk(x: string, y: string, before: string, lenient = false): boolean {
  const pair = x < y ? x + y : y + x;
  if (pair === 'ae' || pair === 'ou') return true;
  // Arabic names romanised with e or i (Hesham/Hisham, Essam/Issam): only once the surname agreed.
  if (lenient && pair === 'ei') return true;
  return pair === 'eo' && /(?:ch|sh|zh|j)$/.test(before);
}

/**
 * Same consonants and vowel positions; only `vowelSwapOk` swaps, at most one
 * per three letters. Strict mode (a name on its own) wants ≥6 letters and no
 * change in a word-final vowel: short or final-vowel pairs are usually
 * different names (Scholz/Schulz, Baker/Becker, Rocha/Roche, Maria/Marie,
 * Kemal/Kamal). Lenient mode is for given names once the surname matched
 * ("Kemal Kılıçdaroğlu"/"Kamal Kilicdaroglu"): ≥4 letters, final vowel too.
 */
function vowelVariant(a: string, b: string, lenient: boolean): boolean {
  if (a.length !== b.length || a.length < (lenient ? 4 : 6)) return false;
  const ga = a.match(VOWEL_GROUPS_RE) ?? [];
  const gb = b.match(VOWEL_GROUPS_RE) ?? [];
  if (ga.length !== gb.length) return false;
  let swaps = 0;
  for (let i = 0; i < ga.length; i++) {
    const x = ga[i]!;
    const y = gb[i]!;
    if (x === y) continue;
    if (x.length !== y.length || !/^[aeiou]/.test(x)) return false;
    if (!lenient && i === ga.length - 1) return false;
    for (let j = 0; j < x.length; j++) {
      if (x[j] === y[j]) continue;
      const before = j > 0 ? x.slice(0, j) : (ga[i - 1] ?? '');
      if (!vowelSwapOk(x[j]!, y[j]!, before, lenient)) return false;
      swaps++;
    }
  }
  return swaps <= Math.max(1, Math.floor(a.length / 3));
}

/**
 * Consonant pairs that one sound is commonly romanised as: g/k/q (Gaddafi/
 * Qaddafi, q is already k), c/k, c/s, s/z, f/v, g/h (Ukrainian h for Russian
 * g: Hennadiy/Gennadiy). d/t only word-finally (Turkish Ahmet/Ahmed).
 */
const CONSONANT_SWAPS = new Set(['gk', 'ck', 'cs', 'sz', 'fv', 'gh', 'cz']);

/**
 * Phonetic rule for what the rewrite rules miss: one inserted/dropped vowel
 * (Alexander/Aleksandr, Medvedev/Medvediev) or one swapped consonant from
 * `CONSONANT_SWAPS` (Gaddafi/Qaddafi), i.e. one edit apart. Double Metaphone
 * alone is too loose (Gaza/Giza, Guinea/Guyana, Carlsen/Carlson share codes),
 * so it is only a confirmation: tokens of ≥5 letters, the same last letter
 * (Peskov ≠ Peskova, the feminine form), codes that meet and a high
 * Jaro–Winkler similarity are all required. Pure vowel swaps are left to
 * `vowelVariant`.
 */
function phoneticVariant(a: TokenInfo, b: TokenInfo): number {
  const x = a.tnf;
  const y = b.tnf;
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1) return 0;
  if (x[x.length - 1] !== y[y.length - 1]) return 0;
  if (x.length === y.length) {
    // One consonant substitution, from the plausible pairs only.
    let diff = -1;
    for (let i = 0; i < x.length; i++) {
      if (x[i] === y[i]) continue;
      if (diff !== -1) return 0;
      diff = i;
    }
    const p = x[diff]! < y[diff]! ? x[diff]! + y[diff]! : y[diff]! + x[diff]!;
    if (/[aeiou]/.test(p)) return 0;
    if (!CONSONANT_SWAPS.has(p) && !(p === 'dt' && diff === x.length - 1)) return 0;
  } else {
    // One vowel inserted or dropped: the consonant skeleton is unchanged.
    if (a.skeleton !== b.skeleton || levenshtein(x, y) !== 1) return 0;
  }
  const [pa, sa] = a.dm;
  const [pb, sb] = b.dm;
  const codesMeet = pa !== '' && (pa === pb || pa === sb || (sa !== '' && (sa === pb || sa === sb)));
  if (!codesMeet) return 0;
  const jw = JaroWinklerDistance(x, y);
  return jw >= 0.85 ? jw : 0;
}

/**
 * One letter apart at the edge of a given name, where romanisations differ: an initial glide
 * (Giorgos/Yiorgos, Jevgeni/Yevgeni) or a final i/y (Sergei/Sergey). Maria/Marta stay apart.
 */
function romanisedEdge(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5) return false;
  const glide = /^[gyjieh]$/;
  if (a.slice(1) === b.slice(1)) return glide.test(a[0] ?? '') && glide.test(b[0] ?? '');
  if (a.slice(0, -1) === b.slice(0, -1)) return /^[iye]$/.test(a.at(-1) ?? '') && /^[iye]$/.test(b.at(-1) ?? '');
  return false;
}

/** Consonants one sound is romanised with, either way: Tenzing / Tenjing, Wladimir / Vladimir, Konstantin / Constantin, Kang / Gang. */
const ROMANISED_CONSONANTS = new Set(['zj', 'jz', 'vw', 'wv', 'kc', 'ck', 'sz', 'zs', 'kg', 'gk']);

/** One consonant apart, a pair romanisations trade: a given name once the surname agrees. */
function romanisedConsonant(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  const at = [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
  return at.length === 1 && ROMANISED_CONSONANTS.has(`${a[at[0] as number]}${b[at[0] as number]}`);
}

/**
 * A given name romanised two ways keeps its consonants: Georgios / Giorgos / Yiorgos, Piotr /
 * Petr, Boris / Borys. Consonants in order, a leading glide read as the g it often stands
 * for; names that differ only in a final vowel stay apart (Maria / Mario, Daniel / Daniela):
 * that vowel marks another person.
 */
function sameSkeleton(a: string, b: string): boolean {
  // Only where a romanisation adds or drops a letter (Georgios / Giorgos, Tomas / Thomas): two
  // names of one length that differ in a vowel (Tomas / Tamas) are as often two people, and
  // vowelVariant weighs those.
  if (Math.min(a.length, b.length) < 4 || a.length === b.length) return false;
  const stem = (w: string): string => w.replace(/[aeiouy]+$/, '');
  if (stem(a) === stem(b)) return false;
  const glided = (w: string): string => w.replace(/^[yj](?=[aeiou])/, 'g');
  // A word-initial h stays: Helen / Ellen, Harriet / Arriet are other names, not a romanisation.
  const skeleton = (w: string): string => glided(w).replace(/(?!^h)[aeiouyhwj]/g, '');
  // As many syllables, ending alike (vowel or consonant): Milan / Milena, Peter / Petra and
  // Alexander / Alexandra are other people.
  const syllables = (w: string): number => (glided(w).match(/[aeiouy]+/g) ?? []).length;
  const vowelEnd = (w: string): boolean => /[aeiouy]$/.test(w);
  const sa = skeleton(a);
  return sa.length >= 2 && sa === skeleton(b) && syllables(a) === syllables(b) && vowelEnd(a) === vowelEnd(b);
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** Initial vs full token: same first letter, allowing the glide initials Y./E./J. */
function initialMatches(initial: string, tok: string): boolean {
  if (tok.startsWith(initial)) return true;
  const tnf = tokenInfo(tok).tnf;
  if (tnf.startsWith(initial)) return true;
  return 'yej'.includes(initial) && /^[ye]/.test(tnf);
}

/**
 * Compare two folded tokens. `lenient` relaxes the vowel rule for given
 * names whose surname already matched.
 */
function matchTokens(a: string, b: string, aliases: AliasTable, lenient = false): TokenMatch | undefined {
  if (a === b) return { reason: 'identical', score: 1 };
  // "Northern Evia" / "North Evia", "Nouveau-Brunswick" / "New Brunswick": one place-name word
  // in another form or language.
  if ((QUALIFIER_FORMS[a] ?? a) === (QUALIFIER_FORMS[b] ?? b)) return { reason: 'alias', score: 0.95 };
  if (a.length === 1 || b.length === 1) {
    if (a.length === 1 && b.length === 1) return undefined;
    const [init, full] = a.length === 1 ? [a, b] : [b, a];
    return initialMatches(init, full) ? { reason: 'initial', score: 0.8 } : undefined;
  }
  // Single-word alias groups apply inside longer names too ("Kiev Oblast"/
  // "Kyiv Oblast", "Mohammed bin Salman"/"Muhammad bin Salman").
  const ida = aliases.ids.get(a);
  if (ida !== undefined && ida === aliases.ids.get(b)) return { reason: 'alias', score: 0.97 };
  // Korean names romanised two ways: Yoon/Yun, Moon/Mun, Joo/Ju… only the long vowel differs.
  if (Math.min(a.length, b.length) >= 3 && a !== b && a.replace(/oo/g, 'u') === b.replace(/oo/g, 'u')) return { reason: 'transliteration', score: 0.9 };
  // Very short tokens must be identical: Lee/Le, Ian/Yan, Xi/Si are not
  // spelling variants often enough to risk it.
  if (Math.min(a.length, b.length) < 4) return undefined;
  const ia = tokenInfo(a);
  const ib = tokenInfo(b);
  if (!ia.latin || !ib.latin) return undefined;
  if (ia.tnf === ib.tnf) return { reason: 'transliteration', score: 0.95 };
  if (vowelVariant(ia.tnf, ib.tnf, lenient)) return { reason: 'transliteration', score: lenient ? 0.85 : 0.9 };
  // A given name once the surname agrees: one letter apart is a romanisation (Giorgos/Yiorgos,
  // Sergei/Sergey), not another person (Oliver/Oscar, Pavel/Petr are further apart).
  if (lenient && romanisedEdge(ia.tnf, ib.tnf)) return { reason: 'transliteration', score: 0.8 };
  if (lenient && sameSkeleton(ia.tnf, ib.tnf)) return { reason: 'transliteration', score: 0.75 };
  if (lenient && romanisedConsonant(a, b)) return { reason: 'transliteration', score: 0.75 };
  const jw = phoneticVariant(ia, ib);
  if (jw > 0) return { reason: 'transliteration', score: 0.85 * jw };
  return undefined;
}

// ───────────────────────────── Name matching ─────────────────────────────

/** Forms of a place-name qualifier, folded, by its English form: adjective and noun, and the common European languages. */
const QUALIFIER_FORMS: Readonly<Record<string, string>> = {
  northern: 'north', nord: 'north', norte: 'north', nordre: 'north',
  southern: 'south', sud: 'south', sur: 'south', sued: 'south', sondre: 'south',
  eastern: 'east', est: 'east', este: 'east', ost: 'east', oriental: 'east',
  western: 'west', ouest: 'west', oeste: 'west', occidental: 'west',
  nouveau: 'new', nouvelle: 'new', nuevo: 'new', nueva: 'new', novo: 'new', nova: 'new', neu: 'new', nuovo: 'new', nuova: 'new',
  st: 'saint', sankt: 'saint', ste: 'sainte',
  upper: 'upper', ober: 'upper', haute: 'upper', alto: 'upper', lower: 'lower', unter: 'lower', basse: 'lower', bajo: 'lower',
};

/**
 * Extra words in the longer name that make it a different place, not a
 * fuller name: Sudan/South Sudan, York/New York, Guinea/Equatorial Guinea.
 */
const QUALIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'old',
  'upper', 'lower', 'central', 'greater', 'great', 'little', 'equatorial', 'saint', 'st', 'san',
  'santa', 'sao', 'port', 'fort', 'mount', 'mt', 'lake', 'cape', 'gulf', 'sea', 'bay', 'island',
  'islands', 'republic', 'democratic', 'city', 'state', 'county', 'province', 'region',
  'district', 'river', 'oblast', 'valley', 'kingdom', 'federal', 'united', 'papua',
]);

/** Expand dotted initial runs ("da" from "D.A.") into single letters for person matching. */
function expandInitials(p: ParsedName): string[] {
  if (p.initialRuns.size === 0) return [...p.tokens];
  return p.tokens.flatMap((t, i) => (p.initialRuns.has(i) ? [...t] : [t]));
}

function splitRegnal(tokens: string[]): [string[], string | undefined] {
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && last !== undefined && REGNAL_RE.test(last)) return [tokens.slice(0, -1), last];
  return [tokens, undefined];
}

const REASON_RANK: Record<TokenReason, number> = { identical: 0, alias: 1, transliteration: 2, initial: 3 };

function different(score: number): NameMatch {
  return { same: false, reason: 'different', score: Math.min(0.49, Math.max(0, score)) };
}

function similarityScore(a: string, b: string): number {
  return 0.5 * JaroWinklerDistance(a, b);
}

/**
 * Token-wise comparison of two parsed names. Whole-name aliases are handled
 * by the caller; single-word aliases apply per token here.
 */
function compareParsed(pa: ParsedName, pb: ParsedName, aliases: AliasTable): NameMatch {
  if (pa.key === '' || pb.key === '') return different(0);
  if (pa.key === pb.key) {
    return pa.lightKey === pb.lightKey
      ? { same: true, reason: 'identical', score: 1 }
      : { same: true, reason: 'diacritics', score: 0.98 };
  }
  const [ta, ra] = splitRegnal(expandInitials(pa));
  const [tb, rb] = splitRegnal(expandInitials(pb));
  const fail = (): NameMatch => different(similarityScore(pa.key, pb.key));
  // Henry VII vs Henry VIII; a numeral on one side only is just omitted.
  if (ra !== undefined && rb !== undefined && ra !== rb) return fail();

  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 0) return different(0);

  // The last token (surname, or the head of a place name) must match
  // strictly and not as a bare initial.
  const lastShort = short[short.length - 1]!;
  const lastLong = long[long.length - 1]!;
  if (lastShort.length === 1 || lastLong.length === 1) {
    if (lastShort !== lastLong) return fail();
  }
  const surname = matchTokens(lastShort, lastLong, aliases);
  if (surname === undefined) return fail();

  if (short.length === long.length) {
    // Aligned tokens; given names compared leniently now the surname agrees,
    // but "John Smith"/"Jane Smith" still fails.
    let worst: TokenReason = surname.reason;
    let score = surname.score;
    for (let i = 0; i < short.length - 1; i++) {
      const m = matchTokens(short[i]!, long[i]!, aliases, true);
      if (m === undefined) return fail();
      if (REASON_RANK[m.reason] > REASON_RANK[worst]) worst = m.reason;
      score = Math.min(score, m.score);
    }
    // A numeral on one side only ("Charles" / "Charles III") is a partial match.
    if (ra !== rb) return { same: true, reason: 'partial', score: Math.min(score, 0.75) };
    // All tokens equal although keys differ: only the spelling of initials did ("D.A." / "D. A.").
    if (worst === 'identical') return { same: true, reason: 'identical', score: 1 };
    return { same: true, reason: worst, score };
  }

  // Different lengths: every other token of the shorter name must match, in
  // order, some token of the longer one ("Tayyip Erdoğan" within "Recep
  // Tayyip Erdoğan"); a lone surname matches the full name.
  let score = surname.score;
  const used = new Set<number>([long.length - 1]);
  let j = 0;
  for (let i = 0; i < short.length - 1; i++) {
    let found = false;
    for (; j < long.length - 1; j++) {
      const m = matchTokens(short[i]!, long[j]!, aliases, true);
      if (m !== undefined) {
        used.add(j);
        score = Math.min(score, m.score);
        j++;
        found = true;
        break;
      }
    }
    if (!found) return fail();
  }
  // Extra words like "South", "New", "Republic" name a different place.
  for (let k = 0; k < long.length; k++) {
    if (!used.has(k) && QUALIFIERS.has(long[k]!)) return fail();
  }
  return { same: true, reason: 'partial', score: Math.min(score, 0.75) };
}

/** Best fuzzy match of `other` against the members of alias group `id`. */
function matchAgainstGroup(other: ParsedName, mapped: ParsedName, id: string, aliases: AliasTable): NameMatch {
  // Only members at least as specific as the mapped name itself: otherwise
  // "Muammar Gaddafi" would reach "Saif Gaddafi" through the bare member
  // "Gaddafi".
  const minTokens = mapped.tokens.length;
  let best: NameMatch = compareParsed(other, mapped, aliases);
  for (const memberKey of aliases.members.get(id) ?? []) {
    if (best.same && best.score >= 0.95) break;
    const member = parseName(memberKey);
    if (member.tokens.length < minTokens) continue;
    const m = compareParsed(other, member, aliases);
    if (m.same && (!best.same || m.score > best.score)) {
      best = m.reason === 'identical' || m.reason === 'diacritics' ? { same: true, reason: 'alias', score: 0.97 } : m;
    }
  }
  return best;
}

/**
 * Decide whether `a` and `b` name the same entity, and why. `score` is a
 * confidence in [0, 1]; always < 0.5 when `same` is false.
 */
export function compareNames(a: string, b: string, aliases: AliasTable = defaultAliases()): NameMatch {
  if (a === b && a.trim() !== '') return { same: true, reason: 'identical', score: 1 };
  const pa = parseName(a);
  const pb = parseName(b);
  if (pa.key === '' || pb.key === '') return different(0);
  if (pa.key === pb.key) return compareParsed(pa, pb, aliases);
  // "Anti-Doping" / "Antidoping": the same words with or without a hyphen.
  if (pa.key.replace(/[\s-]+/g, '') === pb.key.replace(/[\s-]+/g, '')) return { same: true, reason: 'identical', score: 0.95 };
  // "Hiroshi Tanabe" / "Tanabe Hiroshi": one name in Western and in East Asian (or Hungarian) order.
  if (pa.tokens.length === 2 && pb.tokens.length === 2 && pa.tokens[0] === pb.tokens[1] && pa.tokens[1] === pb.tokens[0]) return { same: true, reason: 'identical', score: 0.9 };
  // "Gräßle" / "Graessle", "Müller" / "Mueller": German letters written out.
  if (germanKey(a) === pb.key || germanKey(b) === pa.key) return { same: true, reason: 'transliteration', score: 0.95 };
  // "Foreign Ministry" / "Ministry of Foreign Affairs", "Labour Ministry" / "Ministry of Labour": one
  // body, named with its field before or after.
  const [ba, bb] = [bodyKey(pa.key), bodyKey(pb.key)];
  if (ba !== undefined && ba === bb) return { same: true, reason: 'identical', score: 0.9 };
  // "Kayla Brennan" / "Kayla Brennanová": a Czech or Slovak copy gives a woman's surname its feminine ending.
  const [ta, tb] = [personTokens(a), personTokens(b)];
  if (feminineForm(ta, tb) || feminineForm(tb, ta)) return { same: true, reason: 'transliteration', score: 0.9 };

  const ida = aliases.ids.get(pa.key);
  const idb = aliases.ids.get(pb.key);
  if (ida !== undefined && idb !== undefined) {
    // Both are known entities: the table decides, fuzzy similarity notwithstanding.
    return ida === idb ? { same: true, reason: 'alias', score: 0.97 } : different(0);
  }
  if (ida !== undefined) return matchAgainstGroup(pb, pa, ida, aliases);
  if (idb !== undefined) return matchAgainstGroup(pa, pb, idb, aliases);
  // "G. T." / "Graham Tolley": a name given by its initials only (as some outlets name suspects
  // and drivers) is anyone whose words start with those letters, in that order.
  const [ia, ib] = [initialsOf(pa), initialsOf(pb)];
  if ((ia === undefined) !== (ib === undefined)) {
    const initials = (ia ?? ib) as string;
    const full = (ia === undefined ? pa : pb).tokens.map((t) => t[0] ?? '').join('');
    return full === initials || (initials.length === 1 && full.includes(initials)) ? { same: true, reason: 'initial', score: 0.8 } : different(0);
  }
  return compareParsed(pa, pb, aliases);
}

/** The letters of a name written as initials only ("G. T." → "gt", "G.T." → "gt"); undefined for any other name. */
function initialsOf(parsed: ParsedName): string | undefined {
  if (parsed.tokens.length === 0) return undefined;
  const all = parsed.tokens.every((t, k) => t.length === 1 || (parsed.initialRuns.has(k) && t.length <= 3));
  return all ? parsed.tokens.join('') : undefined;
}

/** Head words of bodies named by their field either way round ("Foreign Ministry" / "Ministry of Foreign Affairs"). */
const FIELD_BODIES = /^(?:ministry|department|office|secretariat)$/;

/**
 * A body's field and head in one order ("foreign ministry"), read from "X Ministry", "X Affairs
 * Ministry", "Ministry of (the) X (Affairs)"; undefined for any other name.
 */
function bodyKey(key: string): string | undefined {
  const words = key.split(' ').filter((w) => w !== 'the' && w !== 'affairs');
  const head = words.findIndex((w) => FIELD_BODIES.test(w));
  if (head < 0 || words.length < 2) return undefined;
  if (head === words.length - 1) return words.join(' ');
  if (head === 0 && words[1] === 'of' && words.length > 2) return [...words.slice(2), words[0]].join(' ');
  return undefined;
}

/** A name's key with German umlauts and ß written out (ä → ae, ß → ss), where it has any. */
function germanKey(name: string): string {
  if (!/[äöüÄÖÜß]/.test(name)) return '';
  return parseName(name.replace(/ß/g, 'ss').replace(/[äöüÄÖÜ]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' })[c] ?? c)).key;
}

/** Is `b` the name `a` with its surname in the Czech or Slovak feminine form ("Brennan" / "Brennanova", "Novak" / "Novakova")? */
function feminineForm(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  const last = a.length - 1;
  for (let k = 0; k < last; k++) if (a[k] !== b[k]) return false;
  const [sa, sb] = [a[last] as string, b[last] as string];
  return sa.length >= 3 && (sb === `${sa}ova` || (sa.endsWith('a') && sb === `${sa.slice(0, -1)}ova`));
}

/** `compareNames(a, b, aliases).same`. */
const sameCache = new WeakMap<AliasTable, Map<string, boolean>>();
const SAME_CACHE_LIMIT = 200_000;

/** compareNames(a, b).same, memoised per alias table: a story asks about the same pairs of names again and again. */
export function sameEntity(a: string, b: string, aliases: AliasTable = defaultAliases()): boolean {
  let cache = sameCache.get(aliases);
  if (!cache) {
    cache = new Map();
    sameCache.set(aliases, cache);
  }
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let same = cache.get(key);
  if (same === undefined) {
    same = compareNames(a, b, aliases).same;
    if (cache.size >= SAME_CACHE_LIMIT) cache.clear();
    cache.set(key, same);
  }
  return same;
}
