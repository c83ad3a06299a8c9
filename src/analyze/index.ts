import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { expandContraction, foldWord } from '../normalize/index.js';
import type { SegmentedSource, Sentence } from '../types.js';
import { IRREGULAR, NOT_NAMES, PARAPHRASE_GROUPS, QUALIFIER_KEYS, ROLES, SPEECH_VERBS, STOPWORDS } from './lexicon.js';
import { canonicalKey, isCountryName, isNationalityWord, nameTokens, type AliasTable } from './names.js';
import { clauseRanges, type ClauseRange } from './clauses.js';
import { DAY_MINUTES, findDates } from './dates.js';
import { findNumbers, isCountWord, NUMBER_WORDS, parseDigits, wordNumberAt } from './numbers.js';
import { metaphone } from './phonetics.js';
import { isPersonNoun, senseIds } from './synonyms.js';
import type { AgeMention, AnalyzedSource, DateMention, FactMention, NameMention, NumberMention, Quotation, Token } from './types.js';

// The stage's types live in types.ts (dates.ts and numbers.ts need them too); importers keep using this module.
export type { AgeMention, AnalyzedSentence, AnalyzedSource, FactAttribute, FactMention, NameMention, Quotation, Token } from './types.js';

/**
 * The analyze stage: tokens with offsets, comparison keys, and the few
 * structures detectors need (names, roles, quotations), computed once per
 * sentence so alignment and every detector share them.
 */

// Hyphens split words ("5.9-magnitude", "thought-out"); apostrophes, decimal points and digit groups do not.
const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.,](?=[\p{L}\p{N}]))*/gu;
const NUMERIC_RE = /^\p{N}/u;
const UPPER_RE = /^\p{Lu}/u;
const DOUBLE_QUOTES = new Set(['"', '“', '”', '«', '»', '„']);
// Lower-case words inside names: particles, and "and" in Romance and German institution names
// ("Instituto de Higiene e Medicina Tropical", "Ministerio de Sanidad y Consumo").
const NAME_CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'di', 'del', 'della', 'des', 'du', 'e', 'y', 'i', 'und']);
/** Head nouns of bodies and places whose name goes on through "of". */
const OF_HEADS = new Set([
  'university', 'bank', 'museum', 'institute', 'college', 'academy', 'school', 'court', 'council', 'department', 'ministry',
  'office', 'church', 'cathedral', 'republic', 'kingdom', 'gulf', 'bay', 'isle', 'sea', 'strait', 'cape', 'federation',
  'union', 'association', 'society', 'league', 'order', 'house', 'palace', 'tower', 'port', 'city', 'county', 'duchy',
  'organization', 'organisation', 'commission', 'agency', 'authority', 'bureau', 'board', 'confederation', 'community',
  'assembly', 'parliament', 'party', 'army', 'navy', 'archdiocese', 'diocese', 'tribunal', 'chamber', 'fund',
]);
/** Head nouns that make a run of capitals a body's name even after a role word ("Gozo General Hospital"). */
const BODY_HEADS = new Set([...OF_HEADS, 'hospital', 'clinic', 'infirmary', 'motors', 'electric', 'dynamics', 'hospitals', 'staff', 'command', 'headquarters']);
const QUALIFIER_TITLES = new Set(['presidential', 'vice', 'deputy', 'acting', 'former', 'interim', 'chief', 'senior', 'foreign', 'defence', 'defense', 'interior', 'finance', 'prime']);

const stemCache = new Map<string, string>();

/** Lemma-then-stem key for a folded word, memoised: the same words recur across sources. */
export function stemOf(fold: string): string {
  let stem = stemCache.get(fold);
  if (stem === undefined) {
    const lemma = IRREGULAR[fold] ?? fold;
    stem = /\d/.test(lemma) ? lemma.replace(/,/g, '') : PorterStemmer.stem(lemma);
    stemCache.set(fold, stem);
  }
  return stem;
}

/** A brand written with an inner capital ("mBank", "eBay"), or a name after an elided article ("d'Abruzzo", "l'Aquila"): capitalised for our purposes. */
const INNER_CAPITAL_RE = /^(?:\p{Ll}{1,2}\p{Lu}\p{L}+|[dl]['’]\p{Lu}\p{L}+)$/u;

function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  const base = sentence.span.start;
  const push = (text: string, start: number, fold: string): void => {
    tokens.push({
      text,
      start,
      end: start + text.length,
      fold,
      stem: stemOf(fold),
      stop: STOPWORDS.has(fold),
      cap: UPPER_RE.test(text) || INNER_CAPITAL_RE.test(text),
      num: NUMERIC_RE.test(text),
      quoted: false,
    });
  };
  for (const m of sentence.text.matchAll(WORD_RE)) {
    let text = m[0];
    // A trailing period belongs to the sentence unless the token is an abbreviation like "U.S.".
    if (text.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(text)) text = text.slice(0, -1);
    const start = base + (m.index ?? 0);
    // Contractions are their words ("wasn't" = was + not), each piece keeping its place in the text,
    // so "wasn't" and "was not" compare alike everywhere downstream.
    const parts = expandContraction(text);
    if (parts) for (const p of parts) push(text.slice(p.start, p.end), start + p.start, p.word);
    else push(text, start, foldWord(text));
  }
  return tokens;
}

/** Finds quoted stretches; an unclosed quotation runs to the sentence end (quotes span sentences). */
function findQuotes(sentence: Sentence, tokens: Token[]): Quotation[] {
  const text = sentence.text;
  const base = sentence.span.start;
  const ranges: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (!DOUBLE_QUOTES.has(ch)) continue;
    // A straight quote opens after a space or bracket and closes after a word or punctuation.
    const prev = i === 0 ? ' ' : (text[i - 1] ?? ' ');
    // "1'42" down", "a 12" pipe": after a figure, with nothing open, a straight quote is seconds or inches.
    if (ch === '"' && open < 0 && /\d/.test(prev)) continue;
    const opening = ch === '“' || ch === '«' || ch === '„' || (ch === '"' && /[\s([{\u2014-]/u.test(prev));
    if (opening && open < 0) open = i + 1;
    else if (!opening) {
      // A closing mark with nothing open continues a quotation from the previous sentence.
      ranges.push([open < 0 ? 0 : open, i]);
      open = -1;
    }
  }
  if (open >= 0) ranges.push([open, text.length]);
  const quotes: Quotation[] = [];
  for (const [s, e] of ranges) {
    const start = base + s;
    const end = base + e;
    let from = -1;
    let to = -1;
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= end) {
        t.quoted = true;
        if (from < 0) from = i;
        to = i + 1;
      }
    });
    if (from >= 0) quotes.push({ start, end, from, to });
  }
  return quotes;
}

function isNameToken(t: Token, index: number, knownNames: ReadonlySet<string>, caseless = false, text = ''): boolean {
  if (!t.cap || t.num || NOT_NAMES.has(t.fold) || isCountWord(t.fold)) return false;
  // A transcript's speaker label: "HOLUBOVA: …".
  if (index === 0 && t.text.length > 2 && t.text === t.text.toUpperCase() && /^:/.test(text.slice(t.end, t.end + 1))) return true;
  // A stopword in capitals is an acronym ("US", "IT"), but a lone capital is the article "A"
  // after a time stamp ("07:10 – A passenger ferry …").
  if (index > 0 && !caseless) return !t.stop || (t.text.length > 1 && t.text === t.text.toUpperCase());
  // Sentence-initial capitals are ambiguous (and every capital of a title-case headline): trust
  // them only when seen capitalised mid-sentence in running text.
  return !t.stop && knownNames.has(t.fold);
}

/** A line without final punctuation at the top of a source: a headline. */
export function isHeadline(sentence: Sentence): boolean {
  return sentence.index === 0 && !/[.!?…"”’)\]]$/u.test(sentence.text);
}

/** Title-case or all-capitals text ("Death Toll Rises As Rescuers Search Mine"): capitals say nothing there. */
export function isCaseless(words: readonly string[]): boolean {
  const content = words.filter((w) => w.length > 3 && /^\p{L}/u.test(w));
  if (content.length < 3) return false;
  // A lower-case content word ("won", "final") means running text that happens to be full of names.
  if (words.some((w) => w.length >= 3 && /^\p{Ll}/u.test(w) && !STOPWORDS.has(foldWord(w)))) return false;
  const capitalised = content.filter((w) => UPPER_RE.test(w)).length;
  return capitalised / content.length >= 0.75;
}

function qualifierKey(tokens: Token[], from: number, to: number): string | undefined {
  for (let i = to - 1; i >= from; i--) {
    const t = tokens[i];
    if (!t) continue;
    const two = i > from ? `${tokens[i - 1]?.fold} ${t.fold}` : '';
    const key = QUALIFIER_KEYS[two] ?? QUALIFIER_KEYS[t.fold];
    if (key) return key;
  }
  // Otherwise the organisation's head noun, nearest the role: "Coast Guard spokesman",
  // "coast guard spokesman" and "spokesman of the Coast Guard" all give "guard".
  for (let i = to - 1; i >= from; i--) {
    const t = tokens[i];
    if (!t || t.stop || t.num || QUALIFIER_TITLES.has(t.fold) || ROLES[t.fold] || SPEECH_VERBS.has(t.fold)) continue;
    // A verb before a role ("fired coach X") is not a qualifier.
    if (!t.cap && /ed$/.test(t.fold)) return undefined;
    return t.fold;
  }
  return undefined;
}

/**
 * Capitalised runs become name mentions; a role word inside or just before
 * a run ("Kremlin Spokesperson Petrov", "spokesman Dmitry Peskov") gives the
 * mention its slot.
 */
/** Only spaces or a hyphen between two words: they can belong to one name ("Ladek-Zdroj"). */
function spaceOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/[\s\-‐]/u.test(text[k] ?? '')) return false;
  return true;
}

/**
 * A capital opening the sentence that is a person by what follows: a verb of saying ("Thibault
 * said …") or an age in apposition ("Akram, 24, was …"). Only for a word the dictionary does not
 * know and no plural or role ("Officials said", "Police said"), so common nouns stay common.
 */
function isLoneSubject(tokens: readonly Token[], at: number, text: string): boolean {
  const t = tokens[at] as Token;
  const next = tokens[at + 1];
  // Only a word capitalised at its first letter: "OFFICIALS" or "McKay" are other things.
  if (!t.cap || t.stop || t.num || !next || NOT_NAMES.has(t.fold) || isCountWord(t.fold) || ROLES[t.fold] || /s$/.test(t.fold) || /\p{Lu}/u.test(t.text.slice(1))) return false;
  const says = SPEECH_VERBS.has(next.fold) && spaceOnly(text, t.end, next.start);
  const age = next.num && /^,\s*$/.test(text.slice(t.end, next.start)) && /^\d{1,2}$/.test(next.text) && /^\s*,/.test(text.slice(next.end));
  // "Verhagen, who has spent a decade …": a relative clause about a person.
  const who = next.fold === 'who' && /^,\s*$/.test(text.slice(t.end, next.start));
  // "Ashcroft famously drove …", "Ashcroft drove …": a verb in the past right after it, or after an adverb.
  const verbAt = /ly$/.test(next.fold) && next.fold.length > 4 ? at + 2 : at + 1;
  const verb = tokens[verbAt];
  const acts = verb !== undefined && !verb.cap && !verb.stop && !verb.num && isPastForm(verb.fold) && spaceOnly(text, t.end, next.start);
  return (says || age || who || acts) && senseIds(t.fold).size === 0;
}

/** Tokens of a leading time stamp ("18:36", "09.10 –"): digits only, at most two groups. */
function timeStampLength(tokens: readonly Token[]): number {
  let k = 0;
  while (k < 2 && tokens[k]?.num && (tokens[k]?.text.length ?? 0) <= 2) k++;
  return k === 2 ? k : 0;
}

/** A lower-case syllable of a hyphened given name ("yeon" of "Seo-yeon"): short, no word of the dictionary. */
function isNameSyllable(t: Token): boolean {
  return !t.cap && !t.num && !t.stop && /^\p{Ll}{2,5}$/u.test(t.text) && !/(?:ed|ing|er|ly|ist)$/.test(t.fold) && senseIds(t.fold).size === 0 && IRREGULAR[t.fold] === undefined;
}

/** A word that names a portfolio or a service ("Police", "Health", "Defence"), not a given name. */
function firstPortfolio(t: Token): boolean {
  return QUALIFIER_TITLES.has(t.fold) || senseIds(t.fold).size > 0;
}

function findNames(tokens: Token[], text: string, knownNames: ReadonlySet<string>): NameMention[] {
  const names: NameMention[] = [];
  const caseless = isCaseless(tokens.map((t) => t.text));
  // A live blog's time stamp ("18:36 Eleven needed …") opens the sentence before its first word.
  const lead = timeStampLength(tokens);
  const isName = (t: Token, at: number): boolean => {
    const index = at === lead ? 0 : at;
    const next = tokens[at + 1];
    return (
      isNameToken(t, index, knownNames, caseless, text) ||
      // "male An Le", "An Thi Nguyen": a capital "An" inside a sentence, before another name word,
      // is a name of its own (the article is "an" there).
      (index > 0 && !caseless && t.text === 'An' && next !== undefined && spaceOnly(text, t.end, next.start) && isNameToken(next, index + 1, knownNames, caseless, text)) ||
      // "Petr Hruška, the deputy …", "Marta Faria, an entomologist …": a capital opening the sentence
      // is a name when a name follows it at once (a given name, or a qualifier the role split takes off).
      (index === 0 && !caseless && t.cap && !t.stop && !t.num && !NOT_NAMES.has(t.fold) && !isCountWord(t.fold) && next !== undefined && spaceOnly(text, t.end, next.start) && isNameToken(next, 1, knownNames, caseless, text)) ||
      (index === 0 && !caseless && isLoneSubject(tokens, at, text))
    );
  };
  /** Does the run of name words from k end on a body's head noun ("Wales Cricket Board")? */
  const bodyRunAfter = (k: number): boolean => {
    let m = k;
    while (m < tokens.length && isName(tokens[m] as Token, m) && spaceOnly(text, tokens[m - 1]?.end ?? 0, (tokens[m] as Token).start)) m++;
    return m - k >= 2 && BODY_HEADS.has(tokens[m - 1]?.fold ?? '');
  };
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isName(first, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      const next = tokens[j + 1];
      // "Seo-yeon", "Min-jae": a Korean given name's second syllable after a hyphen, in lower case.
      // Not a word ("Paris-based", "Kang-led"): a short syllable no dictionary knows.
      if (t && isNameSyllable(t) && text.slice(tokens[j - 1]?.end ?? 0, t.start) === '-' && tokens[j - 1]?.cap) {
        j++;
        continue;
      }
      // Other punctuation ends a name: "São Paulo, Brazil" is two names.
      if (!t || !spaceOnly(text, tokens[j - 1]?.end ?? 0, t.start)) break;
      // A possessive ends a name: "Norway's Henrik Solberg", "DFB's Sinead Ni Bhriain" are two.
      if (/['’]s$/.test(tokens[j - 1]?.text ?? '')) break;
      if (isName(t, j)) j++;
      else if (t && next && NAME_CONNECTORS.has(t.fold) && !t.cap && isName(next, j + 1)) j += 2;
      // "England and Wales Cricket Board": "and" inside a body's name, where the run after it ends
      // on a body's head noun (two names joined by "and" otherwise stay two).
      else if (t && next && t.fold === 'and' && isName(next, j + 1) && bodyRunAfter(j + 1)) j += 2;
      // "University of Glasgow", "Bank of England", "Gulf of Corinth": a body's or a place's head
      // noun takes its "of" phrase into the name.
      else if (t && next && t.fold === 'of' && OF_HEADS.has(tokens[j - 1]?.fold ?? '') && isName(next, j + 1)) j += 2;
      else break;
    }
    // Split the run at its last role word: qualifier + role + name. Not where a body's head noun
    // follows the role word: "Gozo General Hospital", "General Motors", "the Attorney General's
    // Office" are bodies, not a general and a person.
    let roleAt = -1;
    for (let k = j - 1; k >= i; k--) {
      if (ROLES[tokens[k]?.fold ?? '']) {
        roleAt = k;
        break;
      }
    }
    if (roleAt >= 0) for (let k = roleAt + 1; k < j; k++) if (BODY_HEADS.has(tokens[k]?.fold ?? '')) roleAt = -1;
    let from = i;
    let role: string | undefined;
    let qualifier: string | undefined;
    if (roleAt >= 0) {
      role = roleWord(tokens, roleAt);
      qualifier = qualifierKey(tokens, i, roleAt);
      from = roleAt + 1;
    } else {
      // Lower-case role just before the run: "spokesman Dmitry Peskov", "Russian spokesman Peskov".
      const prev = tokens[i - 1];
      if (prev && ROLES[prev.fold]) {
        role = roleWord(tokens, i - 1);
        let q = i - 1;
        while (q > 0 && (tokens[q - 1]?.cap || QUALIFIER_TITLES.has(tokens[q - 1]?.fold ?? ''))) q--;
        // A lower-case organisation word may stand just before the role ("port spokesperson").
        if (q === i - 1 && q > 0) q--;
        qualifier = qualifierKey(tokens, q, i - 1);
      }
      // "Superintendent of Police Vikram Rana", "Director-General of Health Helena Vasconcelos": after
      // a role and "of", a dictionary word opening a run of three or more is the portfolio, and the
      // rest the person who holds it.
      const ofRole = prev?.fold === 'of' && ROLES[tokens[i - 2]?.fold ?? ''] !== undefined;
      if (ofRole && j - i >= 3 && firstPortfolio(tokens[i] as Token)) {
        role = roleWord(tokens, i - 2);
        qualifier = (tokens[i] as Token).fold;
        from = i + 1;
        // "of Foreign Affairs Radoslaw Sikorski": the portfolio may run on; a name keeps two words.
        while (j - from > 2 && firstPortfolio(tokens[from] as Token)) from++;
      }
    }
    const firstTok = tokens[from];
    const lastTok = tokens[j - 1];
    // "Minister of Defence", "the Interior": a portfolio word on its own names no one.
    const portfolioOnly = tokens.slice(from, j).every((t) => QUALIFIER_TITLES.has(t.fold) || ROLES[t.fold] !== undefined);
    if (from < j && firstTok && lastTok && !portfolioOnly) {
      const mention: NameMention = {
        text: '',
        start: firstTok.start,
        end: lastTok.end,
        from,
        to: j,
      };
      if (role) mention.role = role;
      if (qualifier) mention.qualifier = qualifier;
      names.push(mention);
    }
    i = j;
  }
  return names;
}

/** Weight of a synonym feature relative to the word itself, shared among the word's senses. */
const SENSE_WEIGHT = 0.5;
/** Weight of a common word inside a name as that word ("Panda Cam" / "panda cam"): less than the name. */
const NAME_WORD_WEIGHT = 0.5;
/** Weight of a name's phonetic key: transliterations (Piraeus/Peiraias) meet, but less surely than names. */
const PHONETIC_WEIGHT = 0.5;
/** Numbers anchor a statement: two reports of it usually share them. */
const NUMBER_WEIGHT = 1.5;
/**
 * Weight of a number's look-alike keys. A misprinted figure is still the same statement's figure:
 * "212" and "221" (digits transposed), "$1.5 billion" and "$15bn", "2,000" and "20,000" (a
 * shifted point or a dropped zero) share a key, so the sentences still align and the numbers
 * get compared. Soft: many figures in a story share digits by chance.
 */
const LOOKALIKE_WEIGHT = 0.75;

/**
 * Keys two misprints of one figure share: its digits in any order (from two distinct digits up;
 * a two-digit figure only with a unit) and its significant digits wherever the point stands (from 100 up, where a shift is a typo,
 * not a small count).
 */
function lookalikeKeys(value: number, counted: boolean): string[] {
  const digits = String(Math.abs(value)).replace(/e.*$/, '').replace(/\D/g, '');
  const significant = digits.replace(/^0+/, '').replace(/0+$/, '');
  const keys: string[] = [];
  // Two-digit figures are everywhere: swapped, they say little unless they count something ("18 tonnes" / "81 tonnes").
  if (new Set(significant).size >= 2 && (significant.length >= 3 || counted)) keys.push(`#d${[...significant].sort().join('')}`);
  if (Math.abs(value) >= 100 || (significant.length >= 2 && !Number.isInteger(value))) keys.push(`#s${significant}`);
  return keys;
}

/** Stem -> paraphrase group ids (see PARAPHRASE_GROUPS). */
const paraphraseGroups = new Map<string, number[]>();
PARAPHRASE_GROUPS.forEach((group, id) => {
  for (const word of group) {
    const stem = stemOf(word);
    paraphraseGroups.set(stem, [...(paraphraseGroups.get(stem) ?? []), id]);
  }
});

/** Do two stems belong to one news paraphrase group ("rule out" / "exclude")? */
export function sameParaphrase(a: string, b: string): boolean {
  const ga = paraphraseGroups.get(a);
  return ga !== undefined && (paraphraseGroups.get(b) ?? []).some((g) => ga.includes(g));
}

const phoneticCache = new Map<string, string>();

function phoneticKey(fold: string): string {
  let key = phoneticCache.get(fold);
  if (key === undefined) {
    key = metaphone.process(fold)[0] ?? fold;
    phoneticCache.set(fold, key);
  }
  return key;
}

/**
 * Alignment features with weights: content stems, name keys (and their
 * phonetic keys), number values and WordNet senses. Weights below 1 mark
 * soft evidence; the align stage applies IDF on top.
 */
function termsOf(
  tokens: Token[],
  allNames: NameMention[],
  allNumbers: NumberMention[],
  dates: readonly DateMention[],
  aliases: AliasTable | undefined,
  range: ClauseRange = { from: 0, to: tokens.length },
): Map<string, number> {
  const terms = new Map<string, number>();
  // A clock time is its hour and its minute, however written ("15:06", "3.06pm", a live blog's
  // "15:06 -" stamp), apart from figures: "15:06" must not meet "Six riders" by its 6, and
  // "3:47" still meets "2:47" by the minute.
  const lead = timeStampLength(tokens);
  const times = dates.filter((d) => d.kind === 'time' && d.range === undefined && d.from >= range.from && d.to <= range.to);
  const stampMinutes = lead === 2 ? Number(tokens[0]?.text) * 60 + Number(tokens[1]?.text) : NaN;
  if (range.from === 0 && stampMinutes < DAY_MINUTES) times.push({ kind: 'time', value: stampMinutes, from: 0, to: lead });
  const inTime = (k: number): boolean => times.some((d) => k >= d.from && k < d.to);
  const within = (m: { from: number; to: number }): boolean => m.from >= range.from && m.to <= range.to && !inTime(m.from);
  const names = allNames.filter(within);
  const numbers = allNumbers.filter(within);
  const add = (key: string, weight = 1): void => {
    terms.set(key, (terms.get(key) ?? 0) + weight);
  };
  const inName = new Set<number>();
  for (const n of names) {
    for (let k = n.from; k < n.to; k++) {
      const t = tokens[k];
      if (!t || t.stop) continue;
      inName.add(k);
      // Each name token separately, so "Peskov" still matches "Dmitriy Peskov".
      add(`n:${canonicalKey(t.text, aliases)}`);
      if (t.fold.length >= 4) add(`p:${phoneticKey(t.fold)}`, PHONETIC_WEIGHT);
      // "the zoo's Panda Cam" / "our panda cam": a name made of common words meets them in lower case.
      if (senseIds(t.fold).size > 0) add(t.stem, NAME_WORD_WEIGHT);
    }
  }
  const inNumber = new Set<number>();
  for (const n of numbers) {
    // A figure converted from feet, miles or acres is met by the rounded metric figure ("70ft" /
    // "21-metre"); a misprint is of the figure as written ("14,200 acres" / "12,400 acres").
    const written = n.converted ? parseDigits((tokens[n.from]?.text ?? '').replace(/[^\d.,]/g, '')) : n.values;
    for (const v of n.values) add(`${n.ordinal ? '#th' : '#'}${n.converted ? Number(v.toPrecision(2)) : v}`, NUMBER_WEIGHT / n.values.length);
    for (const v of written) for (const key of lookalikeKeys(v, n.unit !== undefined)) add(key, LOOKALIKE_WEIGHT / written.length);
    // The number's own words; a unit word after it still counts as content.
    for (let k = n.from; k < n.to; k++) {
      const t = tokens[k];
      if (t && (t.num || NUMBER_WORDS.has(t.fold))) inNumber.add(k);
    }
  }
  tokens.forEach((t, k) => {
    if (k < range.from || k >= range.to || inName.has(k) || inNumber.has(k) || inTime(k) || t.stop || t.fold.length < 2) return;
    const qualified = QUALIFIER_KEYS[t.fold];
    if (qualified) {
      add(`n:${qualified}`);
      return;
    }
    const role = ROLES[t.fold];
    // Role words in any variant ("spokesman", "spokesperson") are one feature.
    add(role ? `r:${role}` : t.stem);
    const senses = senseIds(t.fold);
    for (const id of senses) add(`s:${id}`, SENSE_WEIGHT / senses.size);
    for (const id of paraphraseGroups.get(t.stem) ?? []) add(`g:${id}`, SENSE_WEIGHT);
  });
  for (const n of names) if (n.role && !terms.has(`r:${n.role}`)) add(`r:${n.role}`);
  for (const d of times) {
    add(`@h${Math.floor(d.value / 60)}`, NUMBER_WEIGHT);
    add(`@m${d.value % 60}`, NUMBER_WEIGHT);
  }
  return terms;
}

/** A verb's past form by its shape or the irregular table ("drove", "cancelled"); "was" and "had" are auxiliaries. */
export function isPastForm(fold: string): boolean {
  return /ed$/.test(fold) || (IRREGULAR[fold] !== undefined && IRREGULAR[fold] !== 'be' && IRREGULAR[fold] !== 'have');
}

/** Where the written word of token k starts: "won't" for its "n't", which the tokenizer splits off. */
export function writtenStart(tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  return prev && prev.end === t.start ? prev.start : t.start;
}

/** Words seen capitalised away from sentence starts: evidence that they are names. */
function collectKnownNames(sentences: readonly Sentence[]): Set<string> {
  // Capitalised inside a sentence, per word; and how often the story writes it in lower case.
  const capitalised = new Map<string, number>();
  // By the word as written: folded once per distinct word at the end, not once per occurrence.
  const lower = new Map<string, number>();
  for (const s of sentences) {
    let first = true;
    const words = [...s.text.matchAll(WORD_RE)].map((m) => m[0]);
    if (isCaseless(words)) continue;
    for (const m of s.text.matchAll(WORD_RE)) {
      const raw = m[0].replace(/\.$/, '');
      // A live blog's time stamp ("07:05 According to …", "4.40pm Pryce tells us") opens the line:
      // the word after it stands first.
      if (first && /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)?$/i.test(m[0])) continue;
      if (!first && (UPPER_RE.test(m[0]) || INNER_CAPITAL_RE.test(m[0]))) {
        const word = foldWord(raw);
        capitalised.set(word, (capitalised.get(word) ?? 0) + 1);
      } else if (!first && !UPPER_RE.test(m[0])) lower.set(raw, (lower.get(raw) ?? 0) + 1);
      first = false;
    }
  }
  const lowerFolded = new Map<string, number>();
  for (const [raw, n] of lower) {
    const word = foldWord(raw);
    if (capitalised.has(word)) lowerFolded.set(word, (lowerFolded.get(word) ?? 0) + n);
  }
  // A word the story writes in lower case as often as capitalised is a common word that a dateline
  // or a title put after a capital ("Brno, 27 October – Scientists at the institute …", "scientists
  // said"): no name, so "Scientists urged …" opening a sentence names no one.
  return new Set([...capitalised].filter(([word, n]) => (lowerFolded.get(word) ?? 0) < n).map(([word]) => word));
}

/** Words that may stand between a name and its role or speech verb: "according to coast guard spokesman X". */
function isRolePhraseWord(t: Token): boolean {
  return t.cap || ROLES[t.fold] !== undefined || QUALIFIER_TITLES.has(t.fold) || /^(the|a|an|of|for|mr|mrs|ms|dr)$/.test(t.fold);
}

const ROLE_PHRASE_REACH = 8;
/** From a speech verb to the name it introduces, across a role phrase: "declared the president of the Fédération Française de Tennis, Gilles Marchand". */
const SPEAKER_REACH = 12;
/** A speaker label before a colon stands at the head of the line: "MPC member Ludwik Sobczak: …". */
const COLON_LABEL_REACH = 6;
/** Words at most between a subject and the colon that opens its quotation ("hailed the decision:"). */
const COLON_VERB_REACH = 6;
/** Courtesy titles that belong to the name they precede (names.ts strips a longer list of titles from names). */
const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir']);

/** The unquoted name standing next to a speech verb ("Petrenko said", "insisted Pavlenko", "according to X"). */
function findSpeaker(tokens: Token[], names: NameMention[], text: string): NameMention | undefined {
  const unquoted = names.filter((n) => !tokens[n.from]?.quoted);
  // "MPC member Ludwik Sobczak: wages …", "HOLUBOVA: The vote came …": a name opening the line
  // before a colon speaks the line, unless the line itself credits someone else ("SANDHU: The
  // Prime Minister told reporters …": the reporter reads what another said).
  // A live blog's time stamp ("15:10 Dr Rajiv Menon, the medical director, told …") comes before the head.
  const lead = timeStampLength(tokens);
  const label = unquoted.find((name) => {
    const last = tokens[name.to - 1];
    return last !== undefined && name.to <= COLON_LABEL_REACH + lead && /^\s*:/.test(text.slice(last.end, last.end + 3));
  });
  if (label) return innerSpeaker(tokens, unquoted.filter((n) => n !== label), text, lead, false) ?? label;
  return innerSpeaker(tokens, unquoted, text, lead, true);
}

/** Verbs of saying that take a person as their object ("praised Ortiz", "accused the minister"). */
const OBJECT_SPEECH_VERBS = /^(?:praise[sd]?|hail(?:s|ed)?|blast(?:s|ed)?|slamm?(?:s|ed)?|accuse[sd]?|urge[sd]?|remind(?:s|ed)?|advise[sd]?|caution(?:s|ed)?|thank(?:s|ed)?|celebrate[sd]?|describe[sd]?)$/;

/** Participles that report what the subject of the main clause said ("…, telling members …"). */
const SAYING_PARTICIPLES = new Set(['saying', 'telling', 'adding', 'warning', 'insisting', 'noting', 'explaining', 'arguing', 'stressing', 'claiming', 'declaring', 'promising', 'urging', 'describing', 'calling']);

/** Words a reporting verb may take before its "that": "for his part", "for her part". */
const ASIDE_REACH = 3;

/** Is token k a past verb opening a that-clause that quotes ("defended that … "…"")? */
function reportsQuotedClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.stop || t.cap || t.quoted || !/ed$/.test(t.fold)) return false;
  let m = k + 1;
  if (tokens[m]?.fold === 'for' && tokens[m + 2]?.fold === 'part') m += 3;
  if (tokens[m]?.fold !== 'that' || m > k + 1 + ASIDE_REACH) return false;
  return tokens.slice(m + 1).some((u) => u.quoted);
}

/**
 * The index of the "who" or "which" opening the relative clause, after a comma, that token k
 * lies in: undefined when a comma or the start comes first.
 */
function relativeOpening(tokens: readonly Token[], text: string, k: number): number | undefined {
  for (let i = k - 1; i > 0; i--) {
    const t = tokens[i] as Token;
    const gap = text.slice((tokens[i - 1] as Token).end, t.start);
    if (/^(?:who|which)$/.test(t.fold) && /^\s*,\s*$/.test(gap)) return i;
    // The comma closing the clause, right before k, is the one the clause may end on.
    if ((i + 1 < k && /[,;:]/.test(text.slice(t.end, (tokens[i + 1] as Token).start))) || t.quoted) return undefined;
  }
  return undefined;
}

/** The speaker the words of the line credit: next to a speech verb, across a role phrase, or the subject at the head. */
function innerSpeaker(tokens: Token[], unquoted: NameMention[], text: string, lead: number, colonOpensQuote: boolean): NameMention | undefined {
  const isSpeech = (k: number): boolean => {
    const t = tokens[k];
    if (t === undefined || t.quoted) return false;
    // A word of a name is no verb: "the State Institute for the Environment" states nothing.
    if (unquoted.some((n) => k >= n.from && k < n.to)) return false;
    if (SPEECH_VERBS.has(t.fold) || (t.fold === 'to' && tokens[k - 1]?.fold === 'according')) return true;
    // "defended that the Ethiopian "has served his sanction"", "lamented for his part that "…"": a
    // verb in the past opening a that-clause with a quotation reports it (translated copy's verbs).
    if (reportsQuotedClause(tokens, k)) return true;
    // '"…," beamed Fiona MacLeod': any verb right after a quotation closed on a comma reports it.
    return k > 0 && !t.stop && !t.cap && /,\s*["”’»]\s*$/.test(text.slice(tokens[k - 1]?.end ?? 0, t.start)) && tokens[k - 1]?.quoted === true;
  };
  const head = unquoted[0];
  const commaAfter = (k: number): boolean => /^\s*,/.test(text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0));
  // "The harbour master, Ewa Lindgren, who had flown back to Visby overnight, said": the verb after
  // a relative clause is the verb of the name the clause describes.
  for (let k = 1; k < tokens.length; k++) {
    if (!isSpeech(k) || !commaAfter(k)) continue;
    const who = relativeOpening(tokens, text, k);
    const host = who === undefined ? undefined : unquoted.find((n) => n.to === who);
    if (host) return host;
  }
  for (const name of unquoted) {
    // "His wife Angela, 58, said": an age between commas stands between the name and its verb.
    const age = tokens[name.to];
    const verbAt = age?.num && commaAfter(name.to) && commaAfter(name.to + 1) ? name.to + 1 : name.to;
    if (isSpeech(verbAt) || (isSpeech(verbAt + 1) && tokens[verbAt]?.stop)) {
      // "Marta Faria, an entomologist at the University of Madeira, said": the name closing an
      // apposition is not the speaker; the subject it describes is.
      // (The head may carry its rank: "Detective Inspector Graham Leary, of the … Unit, said".)
      const headed = head !== undefined && (head.from <= 1 + lead || tokens.slice(lead, head.from).every((t) => isRolePhraseWord(t) && !t.stop));
      if (head && head !== name && headed && commaAfter(head.to) && name.from > head.to && commaAfter(name.to)) return head;
      // "The minister, Duarte Lobo Neves, who travelled to Monchique, said": a name inside a
      // relative clause is what the clause tells of; the one the clause describes speaks, or, after a
      // role word alone ("The mayor, who visited Monchique, said"), no name does.
      const who = relativeOpening(tokens, text, name.from);
      if (who !== undefined) {
        const host = unquoted.find((n) => n.to === who);
        if (host) return host;
        continue;
      }
      // "Gareth Boyce of South Wales Police said": the body after "of" only places the person who speaks.
      const affiliated = unquoted.find((n) => n.to === name.from - 1 && /^(?:of|from|at)$/.test(tokens[n.to]?.fold ?? ''));
      if (affiliated && nameTokens(affiliated.text).length > 1 && !/['’]s$/.test(affiliated.text)) return affiliated;
      return name;
    }
  }
  // Names after the verb within a role phrase ("according to the spokesman of the Coast Guard, Mr. X"):
  // the one given a role is the person, else the nearest.
  const candidates: Array<{ name: NameMention; distance: number }> = [];
  for (const name of unquoted) {
    // "according to Istanbul's Kandilli Observatory", "the U.S. Centers for Disease Control": a
    // possessor or a country before another name only qualifies the speaker.
    if ((/['’]s$/.test(name.text) || isCountryName(name.text)) && unquoted.some((n) => n.from === name.to)) continue;
    // A possessor qualifies the noun after it, who speaks: "said Tomas Reyes, Ibanez's campaign
    // manager", "said Mette Kjærgaard, Lysfang's co-founder".
    if (/['’]s$/.test(name.text)) continue;
    let common = 0;
    // A role word the lexicon does not list ("said skipper Kjaergaard", "explained the
    // entomologist Marta Faria"): a plain noun or two, no verb form or function word.
    const plainNoun = (u: Token): boolean => !u.stop && !u.num && u.fold.length > 2 && !/(?:ing|ed)$/.test(u.fold) && ++common <= 2;
    for (let k = name.from - 1; k >= Math.max(0, name.from - SPEAKER_REACH); k--) {
      if (isSpeech(k)) {
        // "told Nordic Radio News" names whom it was told; "said Wales had lost" opens the reported
        // clause, whose subject is the name: neither speaks.
        // Nor does a name right after "call": "the bend people here call La Curva del Diablo".
        const addressee = /^(?:told|tells|tell|telling|call|calls|called|calling)$/.test(tokens[k]?.fold ?? '') && k === name.from - 1;
        // "The coach praised Ortiz", "accused Novak": a verb that takes an object names whom it is
        // about, unless it reports a quotation just closed ('"…," blasted Ortiz').
        const afterQuote = k > 0 && tokens[k - 1]?.quoted === true && /,\s*["”’»]\s*$/.test(text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0));
        const objectOf = OBJECT_SPEECH_VERBS.test(tokens[k]?.fold ?? '') && !afterQuote;
        if (objectOf) break;
        // So does a verb right after the name, plain or in quotation marks, with no comma between:
        // "said Ardmore "deeply regrets" the incident", "said Wales lost".
        const after = tokens[name.to];
        const glued = after !== undefined && !/[,;:]/.test(text.slice(tokens[name.to - 1]?.end ?? 0, after.start));
        const verbAfter = glued && !after.cap && !after.num && (after.quoted || (!after.stop && /(?:ed|s)$/.test(after.fold)));
        const subjectOfClause = /^(?:had|has|have|was|were|is|are|would|will|could|can|should|must|did|does)$/.test(after?.fold ?? '') || verbAfter;
        if (!addressee && !subjectOfClause) candidates.push({ name, distance: name.from - k });
        break;
      }
      const t = tokens[k];
      // Another name inside the role phrase ("of the Fédération Française de Tennis") is part of it.
      const named = unquoted.some((n) => n !== name && k >= n.from && k < n.to);
      // "said mine boss Andrzej Kubica": a word the stopword list holds in another sense ("mine"),
      // between the verb and a role word, still belongs to the role phrase.
      const qualifiesRole = t !== undefined && isSpeech(k - 1) && tokens[k + 1] !== undefined && isRolePhraseWord(tokens[k + 1] as Token) && !t.cap && !t.num && !/^(?:the|a|an|that|this|and|or|but|to|of|in|on|at|by|for|with|from)$/.test(t.fold);
      // "the sporting director", "the managing director", "the acting president": an "-ing" word before a role word is part of the role.
      const roleModifier = t !== undefined && /ing$/.test(t.fold) && !t.cap && ROLES[tokens[k + 1]?.fold ?? ''] !== undefined;
      if (!t || !(isRolePhraseWord(t) || named || plainNoun(t) || qualifiesRole || roleModifier)) break;
    }
  }
  // The name a role phrase ends on, after its comma, is the person the phrase describes
  // ("the president of the Fédération Française de Tennis, Gilles Marchand").
  const apposed = (n: NameMention): number => Number(n.from > 0 && commaAfter(n.from));
  candidates.sort((x, y) => Number(y.name.role !== undefined) - Number(x.name.role !== undefined) || apposed(y.name) - apposed(x.name) || x.distance - y.distance);
  if (candidates[0]) return candidates[0].name;
  // The subject at the head of the sentence, its verb after a clause about it: "Defence Minister
  // Carlos Benavides, who flew to the area, told reporters: …".
  const verb = tokens.findIndex((t, k) => isSpeech(k) && !t.quoted);
  const subject = unquoted[0];
  // "Environment councillor Jorge Blasco hailed the decision: "…"": the head's subject speaks the
  // quotation a colon opens, whatever the verb.
  const colonQuote = tokens.findIndex((t, k) => t.quoted && k > 0 && /:\s*["“«„]\s*$/.test(text.slice(tokens[k - 1]?.end ?? 0, t.start)));
  // (Not under a line's label, whose colon is the label's: "Cannes festival president Henri Vasseur: …".)
  if (colonOpensQuote && colonQuote > 0 && subject && subject.to <= colonQuote && tokens.slice(lead, subject.from).every(isRolePhraseWord) && colonQuote - subject.to <= COLON_VERB_REACH) {
    return subject;
  }
  if (verb > 0 && subject && subject.to < verb && tokens.slice(lead, subject.from).every(isRolePhraseWord) && /^\s*,/.test(text.slice(tokens[subject.to - 1]?.end ?? 0))) {
    return subject;
  }
  // "Ashcroft closes the debate, telling members …", "The minister left, saying …": a participle of
  // saying after a comma reports what the head's subject said.
  const participle = tokens.findIndex((t, k) => k > 0 && !t.quoted && SAYING_PARTICIPLES.has(t.fold) && commaAfter(k));
  if (participle > 0 && subject && subject.to < participle && tokens.slice(lead, subject.from).every(isRolePhraseWord) && !unquoted.some((n) => n !== subject && n.from < participle)) {
    return subject;
  }
  return undefined;
}

/**
 * Roles given in apposition: "Serhiy Petrenko, a spokesman for the office"
 * and "the spokesman of the Coast Guard, Mr. Nikos Alexandrou".
 */
function appositiveRoles(tokens: Token[], text: string, names: NameMention[]): void {
  for (const name of names) {
    if (name.role) continue;
    const commaAfter = /^\s*,/.test(text.slice(tokens[name.to - 1]?.end ?? 0, tokens[name.to]?.start ?? 0));
    if (commaAfter) {
      for (let k = name.to; k < Math.min(tokens.length, name.to + 4); k++) {
        const t = tokens[k] as Token;
        const role = ROLES[t.fold];
        if (role) {
          // "In Moscow, Foreign Ministry spokeswoman Yelena Kostrova called …": a role word right
          // before another name is that name's title, not an apposition to the one before the comma.
          if (names.some((other) => other !== name && other.from === k + 1)) break;
          name.role = role;
          const qualifier = qualifierKey(tokens, name.to, k) ?? qualifierKey(tokens, k + 1, Math.min(tokens.length, k + 5));
          if (qualifier) name.qualifier = qualifier;
          break;
        }
        if (!/^(a|an|the)$/.test(t.fold) && !t.cap && !QUALIFIER_TITLES.has(t.fold)) break;
      }
    }
    // An honorific belongs to the name here: "…of the Coast Guard, Mr. Nikos Alexandrou".
    let lead = name.from;
    while (lead > 0 && COURTESY_TITLES.has(tokens[lead - 1]?.fold ?? '')) lead--;
    const prev = tokens[lead - 1];
    const commaBefore = prev !== undefined && /,\s*$/.test(text.slice(prev.end, tokens[lead]?.start ?? prev.end));
    if (!name.role && commaBefore) {
      for (let k = lead - 1; k >= Math.max(0, lead - ROLE_PHRASE_REACH); k--) {
        const t = tokens[k] as Token;
        const role = ROLES[t.fold];
        if (role) {
          name.role = role;
          const qualifier = qualifierKey(tokens, k + 1, lead) ?? qualifierKey(tokens, Math.max(0, k - 2), k);
          if (qualifier) name.qualifier = qualifier;
          break;
        }
        if (!isRolePhraseWord(t)) break;
      }
    }
  }
}

const YEAR_RE = /^(1[6-9]|20)\d{2}$/;

/** "born in 1946", "born in Llanelli", "Burry Port, where she was born", "founded in 1991". */
function findFacts(tokens: Token[], names: NameMention[], text: string): FactMention[] {
  const facts: FactMention[] = [];
  tokens.forEach((t, k) => {
    const born = t.fold === 'born';
    const founded = /^(?:founded|established)$/.test(t.fold);
    if (!born && !founded) return;
    if (tokens[k + 1]?.fold === 'in') {
      const next = tokens[k + 2];
      if (next && YEAR_RE.test(next.text)) {
        facts.push({ attribute: born ? 'born-year' : 'founded-year', value: Number(next.text), start: next.start, end: next.end });
        return;
      }
      const place = names.find((n) => n.from === k + 2);
      if (born && place) facts.push({ attribute: 'born-place', value: place.text, start: place.start, end: place.end });
      // "born in the town in 1946": the year a little further on.
      for (let m = k + 2; m < Math.min(tokens.length, k + 7); m++) {
        const y = tokens[m];
        if (y && tokens[m - 1]?.fold === 'in' && YEAR_RE.test(y.text)) {
          facts.push({ attribute: born ? 'born-year' : 'founded-year', value: Number(y.text), start: y.start, end: y.end });
          break;
        }
      }
      return;
    }
    // "born on 2 May 1947 in Pazardzhik": a date, then the place.
    if (born && tokens[k + 1]?.fold === 'on') {
      for (let m = k + 2; m < Math.min(tokens.length, k + 8); m++) {
        const t = tokens[m] as Token;
        if (YEAR_RE.test(t.text)) facts.push({ attribute: 'born-year', value: Number(t.text), start: t.start, end: t.end });
        if (t.fold !== 'in') continue;
        const place = names.find((n) => n.from === m + 1);
        if (place) facts.push({ attribute: 'born-place', value: place.text, start: place.start, end: place.end });
        break;
      }
      return;
    }
    // "Burry Port, where she was born": the place named just before ", where".
    if (born) {
      for (let m = k - 1; m >= Math.max(0, k - 4); m--) {
        if (tokens[m]?.fold !== 'where') continue;
        const place = names.find((n) => n.to === m && /^\s*,\s*$/.test(text.slice(tokens[n.to - 1]?.end ?? 0, tokens[m]?.start ?? 0)));
        if (place) facts.push({ attribute: 'born-place', value: place.text, start: place.start, end: place.end });
        break;
      }
    }
  });
  return facts;
}

/** Words that make a role another one: the vice-president is not the president. */
const SECOND_IN_LINE = new Set(['vice', 'deputy', 'assistant', 'associate', 'under']);

/** The role a role word at `k` names, with a "vice-" or "deputy" before it ("vice president"). */
function roleWord(tokens: readonly Token[], k: number): string | undefined {
  const role = ROLES[tokens[k]?.fold ?? ''];
  const before = tokens[k - 1]?.fold ?? '';
  return role !== undefined && SECOND_IN_LINE.has(before) && role !== before ? `${before} ${role}` : role;
}

/** Nouns read after "a 34-year-old" for the one it describes ("crane driver"). */
const DESCRIBED_REACH = 2;

/** The head noun (stem) of the words right after an unnamed age ("crane driver" -> "driver"), if any. */
function describedNoun(tokens: readonly Token[], from: number, text: string): string | undefined {
  let head: Token | undefined;
  for (let k = from; k < Math.min(tokens.length, from + DESCRIBED_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.stop || t.num || t.cap || (k > from && !/^\s+$/.test(text.slice((tokens[k - 1] as Token).end, t.start)))) break;
    head = t;
  }
  return head?.stem;
}

/** "aged 19 to 46", "aged 19-46": a range of ages is no one person's. */
function opensRange(tokens: readonly Token[], k: number, text: string): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  return next !== undefined && (next.fold === 'to' || (next.num && /^\s*[-–]\s*$/.test(text.slice(t.end, next.start))));
}

/**
 * The stem of the lower-case noun at k when "the" stands a word or two before it ("the coach",
 * "the Irish star"): a person described, whom an age after it belongs to.
 */
function definiteNoun(tokens: readonly Token[], k: number): string | undefined {
  const noun = tokens[k];
  if (!noun || noun.cap || noun.stop || noun.num) return undefined;
  return tokens[k - 1]?.fold === 'the' || tokens[k - 2]?.fold === 'the' ? noun.stem : undefined;
}

/** Ages of people, from the usual news forms. */
function findAges(tokens: Token[], names: NameMention[], text: string): AgeMention[] {
  const ages: AgeMention[] = [];
  const ageOf = (t: Token | undefined): number | undefined => {
    const v = t && /^\d{1,3}$/.test(t.text) ? Number(t.text) : undefined;
    return v !== undefined && v > 0 && v < 120 ? v : undefined;
  };
  for (const name of names) {
    const after = tokens[name.to];
    const between = after ? text.slice(tokens[name.to - 1]?.end ?? 0, after.start) : '';
    // "Darren Whitby, 43, died …", "Kasper Nygaard (19)", "Anna Ruiz, aged 61,", and a translation's
    // "Iñaki Larrañaga, of 29 years," / "Ana Ruiz, 61 years old,".
    const aged = after?.fold === 'aged' || after?.fold === 'of' ? tokens[name.to + 1] : after;
    const value = ageOf(aged);
    const at = aged === after ? name.to : name.to + 1;
    const years = tokens[at + 1]?.fold === 'years' ? (tokens[at + 2]?.fold === 'old' ? tokens[at + 2] : tokens[at + 1]) : undefined;
    const last = years ?? aged;
    if (value !== undefined && aged && last && /^\s*[,(]\s*$/.test(between) && /^\s*[,).]/.test(text.slice(last.end, last.end + 2))) {
      // "The Argentine, 24," names no one: a noun after "the" stands for the person, like "the 24-year-old".
      // So does a nationality word on its own: "German (52) dead".
      const standIn = name.to - name.from === 1 && (tokens[name.from - 1]?.fold === 'the' || isNationalityWord(tokens[name.from]?.text ?? ''));
      // "the coach from Tolosa, 54 years old,": the place only says where the coach is from; the
      // age is the coach's, a stand-in for the person like "the 54-year-old".
      if (/^(?:from|in|of|at)$/.test(tokens[name.from - 1]?.fold ?? '')) {
        const noun = definiteNoun(tokens, name.from - 2);
        ages.push({ value, start: aged.start, end: aged.end, ...(noun ? { article: 'the' as const, noun } : {}) });
        continue;
      }
      ages.push({ value, start: aged.start, end: aged.end, ...(standIn ? {} : { name }) });
    }
  }
  // "the 45-year-old", "18-year-old Kasper Nygaard", "Four-year-old Tomos", "the twenty-one-year-old".
  tokens.forEach((t, k) => {
    const inWords = ageOf(t) === undefined ? wordNumberAt(tokens, k, text) : undefined;
    const value = ageOf(t) ?? inWords?.value;
    if (value === undefined || tokens[k + 1]?.fold !== 'year' || tokens[k + 2]?.fold !== 'old') return;
    if (!/^[-‐‑]$/.test(text.slice(t.end, tokens[k + 1]?.start ?? t.end))) return;
    const first = inWords ? (tokens[inWords.from] as Token) : t;
    // "the 24-year-old Italian": a nationality word after the age stands for the person, like a noun.
    const name = names.find((n) => n.from === k + 3 && !(n.to - n.from === 1 && isNationalityWord(n.text)));
    if (name) {
      ages.push({ value, start: first.start, end: (tokens[k + 2] as Token).end, name });
      return;
    }
    const before = tokens[(inWords?.from ?? k) - 1]?.fold ?? '';
    const article = before === 'a' || before === 'an' ? 'a' : before === 'the' || before === 'this' ? 'the' : undefined;
    const noun = describedNoun(tokens, k + 3, text);
    ages.push({ value, start: first.start, end: (tokens[k + 2] as Token).end, ...(article ? { article } : {}), ...(noun ? { noun } : {}) });
  });
  const taken = new Set(ages.map((a) => a.start));
  // The sentence's first name that is no place it is in or at ("In London … died at the age of 78
  // years the writer Jaromír Lhoták"): whom "died aged" is about.
  const about = names.find((n) => !/^(?:in|at|near|from|outside|to|into|of)$/.test(tokens[n.from - 1]?.fold ?? ''));
  tokens.forEach((t, k) => {
    // "at the age of eighty-seven": in words too, read at the number's last word.
    const inWords = ageOf(t) === undefined ? wordNumberAt(tokens, k, text) : undefined;
    const wordAge = inWords && inWords.value < 120 && !((wordNumberAt(tokens, k + 1, text)?.from ?? Infinity) <= k) ? inWords : undefined;
    const value = ageOf(t) ?? wordAge?.value;
    if (value === undefined || taken.has(t.start)) return;
    const at = wordAge?.from ?? k;
    // "died aged 83", "at the age of 83", "died at 83": the age of the person the sentence is about.
    const prev = tokens[at - 1]?.fold;
    const agedBefore = (prev === 'aged' || (prev === 'of' && tokens[at - 2]?.fold === 'age') || (prev === 'at' && /^(?:died|dies|passed)$/.test(tokens[at - 2]?.fold ?? ''))) && !opensRange(tokens, k, text);
    if (wordAge) {
      // Figures in words are ages only after those words.
      const first = tokens[at] as Token;
      if (agedBefore && about) ages.push({ value, start: first.start, end: t.end, name: about });
      return;
    }
    // "The Argentine, 24, …": a noun standing for the person, then the age between commas.
    const demonym = k >= 2 && tokens[k - 2]?.fold === 'the' && /^\s*,\s*$/.test(text.slice(tokens[k - 1]?.end ?? 0, t.start)) && /^\s*,/.test(text.slice(t.end, t.end + 2)) && tokens[k - 1]?.cap;
    // A translation's "a man of 78 years": "of N years" after a noun for a person (WordNet's, read
    // only when the words fit; after "a sentence" it is a duration).
    const personOf = prev === 'of' && tokens[k + 1]?.fold === 'years' && isPersonNoun(tokens[k - 2]?.fold ?? '');
    // "Gwen Pritchard has died aged 78": the age is the subject's, the sentence's first name.
    const subject = agedBefore && (about?.from ?? Infinity) <= 6 ? about : undefined;
    // "The winger, 21 years old, signs …": an age, never a duration, whoever it is.
    const yearsOld = tokens[k + 1]?.fold === 'years' && tokens[k + 2]?.fold === 'old';
    // "The Irish star, 27, told fans …": "the", a word or two, a noun, the age between commas — a
    // stand-in for the person, like "the 27-year-old".
    // (Any noun: a figure alone between commas after one is an age, "the star", "the driver".)
    const between = k > 0 && /^\s*,\s*$/.test(text.slice(tokens[k - 1]?.end ?? 0, t.start)) && /^\s*,/.test(text.slice(t.end, t.end + 2));
    const noun = !demonym && between ? definiteNoun(tokens, k - 1) : undefined;
    if (noun) {
      ages.push({ value, start: t.start, end: t.end, article: 'the', noun });
      return;
    }
    // A translation's order puts the person after: "died at the age of 78 years the writer Jaromír Lhoták".
    const after = agedBefore && about !== undefined && about.from > k && about.from - k <= 5 && (names[0] === about || about.from > (names[0]?.to ?? 0)) ? about : undefined;
    const named = subject && subject.end <= t.start ? subject : after;
    if (agedBefore || demonym || personOf || yearsOld) ages.push({ value, start: t.start, end: t.end, ...(named ? { name: named } : {}) });
  });
  return ages;
}

export function analyzeSources(sources: readonly SegmentedSource[], aliases?: AliasTable): AnalyzedSource[] {
  const knownNames = collectKnownNames(sources.flatMap((s) => s.sentences));
  return sources.map((source) => ({
    ...source,
    sentences: source.sentences.map((sentence) => {
      const tokens = tokenize(sentence);
      const quotes = findQuotes(sentence, tokens);
      const names = findNames(tokens, source.text, knownNames);
      appositiveRoles(tokens, source.text, names);
      for (const n of names) n.text = source.text.slice(n.start, n.end);
      const speaker = findSpeaker(tokens, names, source.text);
      const numbers = findNumbers(tokens, source.text);
      const dates = findDates(tokens, source.text);
      const ranges = clauseRanges(tokens, source.text);
      return {
        ...sentence,
        tokens,
        names,
        quotes,
        // A word of a name is no verb of saying ("the State Institute").
        speech: tokens.some((t, k) => SPEECH_VERBS.has(t.fold) && !names.some((n) => k >= n.from && k < n.to)),
        ...(speaker ? { speaker } : {}),
        numbers,
        ages: findAges(tokens, names, source.text),
        facts: findFacts(tokens, names, source.text),
        dates,
        terms: termsOf(tokens, names, numbers, dates, aliases),
        clauses: ranges.length < 2 ? [] : ranges.map((range) => ({ ...range, terms: termsOf(tokens, names, numbers, dates, aliases, range) })),
      };
    }),
  }));
}
