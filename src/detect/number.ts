import type { AgeMention, AnalyzedSentence, AnalyzedSource, NameMention, Token } from '../analyze/index.js';
import { canonicalKey, isCountryName, sameEntity } from '../analyze/names.js';
import { areSynonyms, isPersonNoun } from '../analyze/synonyms.js';
import { couldBePerson, inDateline, mentionType, partOf, type MentionType } from './mentions.js';
import { NUMBER_WORDS, sameCurrency, type NumberMention } from '../analyze/numbers.js';
import { sourceNumber, type Claim, type ClaimValue, type RuleId, type Severity } from '../types.js';
import { byValue as campByValue, camps, consensusText, contradictionText, mergeAcrossSources, restsOnClause, restsOnLink, sharedGroupId, uniqueByClaims, uniqueBySpans } from './merge.js';
import { alignedConfidence, pairFindings } from './pairs.js';
import type { Detector, DetectionContext, Finding } from './types.js';

declare module '../types.js' {
  interface DiscrepancyKinds {
    number: true;
  }
}

/**
 * Numbers: counts, money, percentages, durations, scores that differ between
 * reports of one statement. Values are compared, not strings, so "six"/6,
 * "two decades"/"20 years", "1,2 million"/"1.2 million" and "€42m"/"42
 * million euros" agree; "about"/"nearly" allow a small margin. A number is
 * only compared with one that counts the same thing (its unit), or with the
 * only other number when each sentence has just one.
 */

/** Count nouns that measure the same thing, so "12 people" meets "12 citizens" and "21 workers". */
const UNIT_CLASSES: Readonly<Record<string, string>> = {
  peopl: 'people', person: 'people', citizen: 'people', resid: 'people', worker: 'people', employe: 'people', staff: 'people', personnel: 'people',
  passeng: 'people', victim: 'people', individu: 'people', civilian: 'people', survivor: 'people', inhabit: 'people',
  youth: 'people', adolesc: 'people', teenag: 'people', student: 'people', children: 'people', child: 'people',
  // The dead are counted people too: "12 people were killed" against "14 dead".
  dead: 'people', death: 'people', kill: 'people', fatal: 'people', deceas: 'people', bodi: 'people', die: 'people',
  job: 'jobs', posit: 'jobs', post: 'jobs', workplac: 'jobs',
  percent: 'percent', point: 'points', basi: 'points',
};

/** Margin within which a figure converted from miles or acres agrees with its rounded metric form. */
const CONVERSION_MARGIN = 0.02;

/** Margin within which an approximate number ("about 3,000") agrees with another. */
const APPROXIMATE_MARGIN = 0.1;

function unitClass(m: NumberMention): string | undefined {
  return m.unit === undefined ? undefined : (UNIT_CLASSES[m.unit] ?? m.unit);
}

/** What a number measures: its unit class, and the content word before it ("magnitude 5.9" / "5.9-magnitude"). */
function keysOf(m: NumberMention): string[] {
  // "section 6" is named by its word, and meets only another section's number.
  if (m.label !== undefined) return [`#${m.label}`];
  const keys: string[] = [];
  const cls = unitClass(m);
  if (cls !== undefined) keys.push(cls);
  if (m.before !== undefined) keys.push(UNIT_CLASSES[m.before] ?? m.before);
  for (const n of m.nouns ?? []) keys.push(UNIT_CLASSES[n] ?? n);
  if (m.predicate !== undefined) keys.push(`=${m.predicate}`);
  // "11 missing" / "17 disappeared": people counted by what happened to them, in other words.
  for (const word of [m.unit, m.predicate]) {
    const state = word === undefined ? undefined : STATES[word];
    if (state !== undefined && !keys.includes(`~${state}`)) keys.push(`~${state}`);
  }
  return keys;
}

/** What happened to the people counted: the dead and the missing are two counts. */
const STATES: Readonly<Record<string, string>> = {
  dead: 'dead', die: 'dead', died: 'dead', kill: 'dead', killed: 'dead', deceas: 'dead', death: 'dead', fatal: 'dead', live: 'dead', bodi: 'dead',
  injur: 'injured', hurt: 'injured', wound: 'injured', injuri: 'injured', hospit: 'injured',
  miss: 'missing', disappear: 'missing', unaccount: 'missing',
  rescu: 'rescued', save: 'rescued', evacu: 'evacuated', displac: 'evacuated', homeless: 'evacuated', arrest: 'arrested', detain: 'arrested',
};
const STATE_REACH = 4;

/** The state word nearest after (or just before) a count of people, if any. */
function stateOf(m: Mention): string | undefined {
  const { tokens } = m.sentence;
  for (let k = m.number.from; k < Math.min(tokens.length, m.number.to + STATE_REACH); k++) {
    const state = STATES[tokens[k]?.stem ?? ''] ?? STATES[tokens[k]?.fold ?? ''];
    if (state) return state;
  }
  const before = STATES[tokens[m.number.from - 1]?.stem ?? ''];
  return before;
}

/** Determiners that make a count someone's own: "his two children", "their three sons". */
const POSSESSIVES = /^(?:his|her|their|its|my|our|your)$/;

/** Kin, by stem: someone's relatives are counted for them, not among the story's people. */
const KIN = new Set(['child', 'children', 'son', 'daughter', 'grandchildren', 'grandchild', 'grandson', 'granddaught', 'brother', 'sister', 'sibl', 'parent', 'wife', 'husband', 'cousin', 'nephew', 'niec']);

/**
 * Is the count someone's relatives ("travelling with his two children")? Adjectives may stand
 * between. A possessive before other nouns ("his 16 films") is the story's subject's own count.
 */
function isPossessed(m: Mention): boolean {
  const { tokens } = m.sentence;
  const noun = tokens[m.number.to]?.stem ?? '';
  if (!KIN.has(noun) && !KIN.has(m.number.unit ?? '')) return false;
  for (let k = m.number.from - 1; k >= 0 && k >= m.number.from - 3; k--) {
    const t = tokens[k] as Token;
    if (POSSESSIVES.test(t.fold)) return true;
    if (t.stop || t.num || t.cap) return false;
  }
  return false;
}

/**
 * Two counts of people in different states ("58 missing", "23 dead") are not one figure; nor is a
 * count of someone's relatives ("his two children") one of the story's counts ("one passenger",
 * "186 passengers").
 */
function sameState(a: Mention, b: Mention): boolean {
  if (isPossessed(a) !== isPossessed(b)) return false;
  const sa = stateOf(a);
  const sb = stateOf(b);
  return sa === undefined || sb === undefined || sa === sb;
}

function meets(a: NumberMention, b: NumberMention): boolean {
  if (Boolean(a.ordinal) !== Boolean(b.ordinal)) return false;
  if ((a.part && b.whole) || (a.whole && b.part)) return false;
  // A share of something against a bare share, or shares of different wholes, are no one figure.
  if (a.unit === 'percent' && b.unit === 'percent' && a.of !== b.of) return false;
  const kb = keysOf(b);
  return keysOf(a).some((k) => kb.includes(k));
}

/** Times of day and years belong to the date detector. */
function isDateLike(m: NumberMention, sentence: AnalyzedSentence, text: string): boolean {
  if (sentence.dates.some((d) => d.from <= m.from && m.from < d.to)) return true;
  const first = sentence.tokens[m.from];
  const next = sentence.tokens[m.to];
  if (!first) return true;
  if (/^(?:a\.?m|p\.?m)\.?$/i.test(next?.text ?? '') || text[first.end] === ':') return true;
  if (text[first.start - 1] === ':') return true;
  const v = m.values[0] ?? 0;
  if (m.unit === undefined && Number.isInteger(v) && v >= 1900 && v <= 2100 && m.values.length === 1) return true;
  // Day of a month: "May 14", "14 May".
  const months = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
  // A day is a whole number up to 31 beside its month, across nothing but a space or the
  // abbreviation's point: "31 January, 84.5 per cent" is a share after a date.
  const prev = sentence.tokens[m.from - 1];
  const last = sentence.tokens[m.to - 1] ?? first;
  if (!Number.isInteger(v) || v < 1 || v > 31) return false;
  return (prev !== undefined && months.test(prev.fold) && /^\.?\s*$/.test(text.slice(prev.end, first.start))) || (next !== undefined && months.test(next.fold) && /^\s*$/.test(text.slice(last.end, next.start)));
}

/** Readings as a share where one side is a percentage and the other a bare fraction ("half" = "50 percent"). */
function readings(m: NumberMention, other: NumberMention): number[] {
  if (other.unit === 'percent' && m.unit !== 'percent') return m.values.map((v) => (v > 0 && v < 1 ? v * 100 : v));
  // "1.400 persons" is 1,400 people, never 1.4: people are counted whole, whatever the separator.
  if (m.values.length > 1 && unitClass(m) === 'people') {
    const whole = m.values.filter((v) => Number.isInteger(v));
    if (whole.length > 0) return whole;
  }
  return m.values;
}

function agree(a: NumberMention, b: NumberMention): boolean {
  if (a.currency && b.currency && !sameCurrency(a.currency, b.currency)) return false;
  for (const x of readings(a, b)) {
    for (const y of readings(b, a)) {
      if (x === y) return true;
      // The margin of "about 6,520" is for an estimate, not for its digits in another order ("6,250"): a slip.
      // A bound ("at least 21 years") is no estimate: it meets a figure by withinBound, and a floor
      // stated plainly ("a minimum term of 22 years") exactly. Two loose figures keep the margin
      // ("over 400 ballots" / "sued over 412 ballots").
      const estimate = (a.approximate && b.approximate) || (a.approximate && a.bound === undefined) || (b.approximate && b.bound === undefined);
      if (estimate && digits(x) !== digits(y) && Math.abs(x - y) <= APPROXIMATE_MARGIN * Math.max(Math.abs(x), Math.abs(y))) return true;
      if (withinBound(a, x, b, y) || withinBound(b, y, a, x)) return true;
      // "3 miles" / "4.8 km": one side converted and rounded.
      if (Boolean(a.converted) !== Boolean(b.converted) && Math.abs(x - y) <= CONVERSION_MARGIN * Math.max(Math.abs(x), Math.abs(y))) return true;
    }
  }
  return false;
}

/** How far past a one-sided figure another source's figure may lie and still agree with it. */
const BOUND_REACH = 1.5;

/** Least values below this are met by any larger count ("at least two vehicles" / "six vehicles"). */
const SMALL_BOUND = 10;

/**
 * A one-sided figure against a figure that is not: "more than a thousand" agrees with "1,200",
 * "fewer than 50" with "45". Two bounds are compared as figures ("more than 300" / "more than 400").
 */
function withinBound(a: NumberMention, x: number, b: NumberMention, y: number): boolean {
  if (a.bound === undefined || b.bound !== undefined || x <= 0 || y <= 0) return false;
  // The same digits in another order ("over 2.3 kg" / "about 3.2 kg") are a slip, not a bound met.
  if (x !== y && digits(x) === digits(y)) return false;
  // "at least two vehicles" is met by six: under ten, any larger count is within a least value's reach.
  // Only a count is a least number of things: "more than 1,430" read as 1.43 is no small bound.
  return a.bound === 'min' ? y >= x && (y <= x * BOUND_REACH || (x < SMALL_BOUND && Number.isInteger(x))) : y <= x && y * BOUND_REACH >= x;
}

/** The key a camp of agreeing numbers shares: the first reading and the currency. */
function valueKey(m: NumberMention): string {
  return `${m.currency ?? ''}${m.values[0] ?? ''}`;
}

interface Mention {
  sentence: AnalyzedSentence;
  number: NumberMention;
  /** The figure is someone's age ("Theodoridis, 61,"): compared with ages, never with a count. */
  age?: true;
}

const mentionCache = new WeakMap<AnalyzedSentence, Mention[]>();

/** The sentence's numbers that are no dates or times, computed once per sentence. */
function mentionsOf(sentence: AnalyzedSentence, text: string): Mention[] {
  let found = mentionCache.get(sentence);
  if (!found) {
    found = sentence.numbers
      .filter((n) => !isDateLike(n, sentence, text))
      .map((number) => {
        const start = sentence.tokens[number.from]?.start ?? -1;
        const age = sentence.ages.some((a) => start >= a.start && start < a.end) || isApposedAge(number, sentence, text);
        return age ? { sentence, number, age: true as const } : { sentence, number };
      });
    mentionCache.set(sentence, found);
  }
  return found;
}

/** ", 52," after a noun: the age of whoever it follows ("The minister, 52, said"), named or not. */
function isApposedAge(n: NumberMention, sentence: AnalyzedSentence, text: string): boolean {
  const first = sentence.tokens[n.from];
  const last = sentence.tokens[n.to - 1];
  const value = n.values[0] ?? 0;
  if (!first?.num || !last || n.unit !== undefined || n.values.length !== 1 || !Number.isInteger(value) || value < 1 || value > 120) return false;
  return /,\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start)) && /^\s*,/.test(text.slice(last.end, last.end + 3));
}

const valueIndexCache = new WeakMap<AnalyzedSource, Map<string, Mention[]>>();

/** A source's numbers by value key, so a value's other mentions are found without a scan. */
function byValue(source: AnalyzedSource, text: string): Map<string, Mention[]> {
  let index = valueIndexCache.get(source);
  if (!index) {
    index = new Map();
    for (const s of source.sentences) {
      for (const m of mentionsOf(s, text)) {
        const key = valueKey(m.number);
        const list = index.get(key);
        if (list) list.push(m);
        else index.set(key, [m]);
      }
    }
    valueIndexCache.set(source, index);
  }
  return index;
}

/**
 * A figure with three significant digits or more ("37,912", "4.312") is its own key: the same one in
 * two reports of a statement is the same figure, whatever word follows it.
 */
function distinctive(m: NumberMention): boolean {
  return significant(m.values[0] ?? 0).length >= 3;
}

/**
 * Two durations a hundredfold apart or more ("in pink for nine days" / "lost two minutes") measure
 * two things, whatever the one-of-a-kind pairing says; "six hours" / "six days" stay comparable.
 */
function apartInTime(a: NumberMention, b: NumberMention): boolean {
  if (unitClass(a) !== 'minute' || unitClass(b) !== 'minute') return false;
  const x = Math.abs(a.values[0] ?? 0);
  const y = Math.abs(b.values[0] ?? 0);
  return x > 0 && y > 0 && Math.max(x, y) >= DURATIONS_APART * Math.min(x, y);
}

/** How many times longer one duration must be than another to measure something else. */
const DURATIONS_APART = 100;

/** Within a factor of ten: a misreported figure (a digit or a decimal slipped) stays that close. */
function sameMagnitude(a: NumberMention, b: NumberMention): boolean {
  const x = Math.abs(a.values[0] ?? 0);
  const y = Math.abs(b.values[0] ?? 0);
  return x > 0 && y > 0 && Math.max(x, y) <= 10 * Math.min(x, y);
}

/** Who can hold a figure: a person, a body, or a name nothing types. */
const HOLDER_TYPES: ReadonlySet<MentionType> = new Set(['person', 'organisation', 'unknown']);

/**
 * Whose figure it is: the last name before the figure with no other figure between them (ages
 * aside: "Eleni Vasileiou, 38, to four years"). "sentenced Mavridis to six years and Vasileiou to
 * four" gives each sentence its own holder.
 */
function holderOf(m: Mention, context: DetectionContext): NameMention | undefined {
  const { sentence, number } = m;
  let holder: NameMention | undefined;
  for (const n of sentence.names) if (n.to <= number.from && (!holder || n.to > holder.to)) holder = n;
  // A place or a nationality before a figure says where, not whose ("In Lisbon, police counted …").
  if (!holder || !HOLDER_TYPES.has(mentionType({ sentence, name: holder }, context))) return undefined;
  const from = holder.to;
  // The sentence's figures as the detector reads them (cached): ages are marked and do not count.
  const text = context.sources.find((s) => s.id === sentence.source)?.text ?? '';
  const between = mentionsOf(sentence, text).some((o) => o.number !== number && !o.age && o.number.from >= from && o.number.to <= number.from);
  return between ? undefined : holder;
}

/**
 * Two figures that may count one thing: the same measure, people in the same state, and both ages
 * or neither ("the 23-year-old" is no rival to "a five-year contract").
 */
function alike(a: Mention, b: Mention): boolean {
  return Boolean(a.age) === Boolean(b.age) && meets(a.number, b.number) && sameState(a, b);
}

/**
 * Of several figures of one kind on a side, the one the same person holds on both sides
 * ("Mavridis … six years, Vasileiou … four years" / "Mavridis … got eight years").
 */
function sameHolder(a: Mention, candidates: readonly Mention[], rivals: readonly Mention[], context: DetectionContext): Mention | undefined {
  const holder = holderOf(a, context);
  if (!holder) return undefined;
  const held = (m: Mention): boolean => {
    const h = holderOf(m, context);
    return h !== undefined && sameEntity(h.text, holder.text, context.aliases);
  };
  const mine = candidates.filter(held);
  if (mine.length !== 1) return undefined;
  const theirs = rivals.filter((m) => alike(m, mine[0] as Mention) && (m === a || held(m)));
  return theirs.length === 1 && theirs[0] === a ? mine[0] : undefined;
}

/** Content words read back from a figure for what it is the figure of. */
const LEAD_WORDS = 4;

/**
 * What a figure is the figure of, in words: the content words just before it, back to the
 * previous figure ("cut the lombard rate to 5.50% and the deposit rate to 4.00%": lombard, rate;
 * deposit, rate).
 */
function leadWords(m: Mention): Set<string> {
  const { sentence, number } = m;
  const previous = sentence.numbers.reduce((end, n) => (n.to <= number.from && n.to > end ? n.to : end), 0);
  const words = new Set<string>();
  for (let k = number.from - 1; k >= previous && words.size < LEAD_WORDS; k--) {
    const t = sentence.tokens[k];
    if (t && !t.stop && !t.num && /\p{L}/u.test(t.text)) words.add(t.stem);
  }
  return words;
}

/** Of the candidates, the one whose lead words share strictly the most with `words` (at least one). */
function bestLead(words: ReadonlySet<string>, candidates: readonly Mention[]): Mention | undefined {
  let best: Mention | undefined;
  let bestShared = 0;
  let tie = false;
  for (const m of candidates) {
    let shared = 0;
    for (const w of leadWords(m)) if (words.has(w)) shared++;
    if (shared > bestShared) {
      best = m;
      bestShared = shared;
      tie = false;
    } else if (shared === bestShared) tie = true;
  }
  return bestShared > 0 && !tie ? best : undefined;
}

/**
 * Of several figures of one kind, the one that follows the same words on both sides ("the lombard
 * rate to 5.50%" / "lombard rate at 5.00%", beside "the deposit rate to 4.00%").
 */
function sameLead(a: Mention, candidates: readonly Mention[], rivals: readonly Mention[]): Mention | undefined {
  const b = bestLead(leadWords(a), candidates);
  if (!b) return undefined;
  return bestLead(leadWords(b), rivals.filter((m) => alike(m, b))) === a ? b : undefined;
}

/**
 * The other figure of a tally the figure is part of: joined by a dash ("30-21", "3–1"), by "to"
 * after a counted noun or none ("30 votes to 21", "won by 30 to 21"), or as a vote's two sides
 * ("29 votes for, 18 against"). Not "from 20 to 30": a range.
 */
function tallyPartner(m: Mention, all: readonly Mention[]): Mention | undefined {
  const { tokens, text, span } = m.sentence;
  const between = (a: Mention, b: Mention): string => text.slice((tokens[a.number.to - 1]?.end ?? 0) - span.start, (tokens[b.number.from]?.start ?? 0) - span.start);
  const joined = (a: Mention, b: Mention): boolean => {
    const gap = between(a, b);
    if (/^[-–]$/.test(gap)) return true;
    // "29 votes for, 18 against", "29 in favour and 16 against": the two sides of a vote.
    if (/^\s+(?:\p{L}+\s+)?(?:for|in\s+favou?r)\s*,?\s+(?:and\s+|with\s+)?$/u.test(gap) && tokens[b.number.to]?.fold === 'against') return true;
    return /^\s+(?:\p{L}+\s+)?to\s+$/u.test(gap) && tokens[a.number.from - 1]?.fold !== 'from' && !a.number.approximate && b.number.unit === undefined;
  };
  return all.find((o) => o !== m && ((o.number.from > m.number.from && joined(m, o)) || (o.number.from < m.number.from && joined(o, m))));
}

/** Pairs of numbers that count the same thing in two reports of one statement. */
export function pairNumbers(x: Mention[], y: Mention[], context?: DetectionContext): Array<[Mention, Mention]> {
  const pairs: Array<[Mention, Mention]> = [];
  const usedY = new Set<Mention>();
  const usedX = new Set<Mention>();
  const agreed: Array<[Mention, Mention]> = [];
  // Agreeing numbers pair first, so they are not compared with anything else; the same figure
  // before a figure within an estimate's margin ("about 6,520 metres" must not take the "7,126 m"
  // summit another source also gives, leaving its "6,250 metres" to face the summit).
  const identical = (a: NumberMention, b: NumberMention): boolean => readings(a, b).some((v) => readings(b, a).includes(v)) && (!a.currency || !b.currency || sameCurrency(a.currency, b.currency));
  const exact = x.filter((m) => y.some((n) => identical(m.number, n.number)));
  for (const a of [...exact, ...x.filter((m) => !exact.includes(m))]) {
    const fits = (m: Mention): boolean =>
      !usedY.has(m) &&
      agree(a.number, m.number) &&
      // "the 34th minute" / "(34 min)": in minutes a rank and a count name one moment.
      (Boolean(a.number.ordinal) === Boolean(m.number.ordinal) || (unitClass(a.number) === 'minute' && unitClass(m.number) === 'minute')) &&
      (unitClass(a.number) === unitClass(m.number) || !a.number.unit || !m.number.unit || meets(a.number, m.number) || distinctive(a.number));
    const b = y.find((m) => fits(m) && identical(a.number, m.number)) ?? y.find(fits);
    if (b) {
      usedX.add(a);
      usedY.add(b);
      agreed.push([a, b]);
    }
  }
  // A tally's other figure: "3-1" / "3-2", "30 votes to 21" / "30-22". Where one figure of a
  // tally agrees, the other figures of both tallies are the same slot.
  for (const [a, b] of agreed) {
    const ta = tallyPartner(a, x);
    const tb = tallyPartner(b, y);
    // The agreeing figures hold the same place in their tallies ("3-1" / "3-2" agree on the first);
    // a level score ("2-2") against another ("3-2") is more likely another moment of the match.
    const samePlace = ta !== undefined && tb !== undefined && ta.number.from > a.number.from === tb.number.from > b.number.from;
    const level = (m: Mention, t: Mention | undefined): boolean => t !== undefined && agree(m.number, t.number);
    if (ta && tb && samePlace && !level(a, ta) && !level(b, tb) && !usedX.has(ta) && !usedY.has(tb) && Boolean(ta.number.ordinal) === Boolean(tb.number.ordinal)) {
      usedX.add(ta);
      usedY.add(tb);
      if (!agree(ta.number, tb.number)) pairs.push([ta, tb]);
    }
  }
  const restX = x.filter((m) => !usedX.has(m));
  const restY = y.filter((m) => !usedY.has(m));
  for (const a of restX) {
    if (keysOf(a.number).length === 0) continue;
    const same = restY.filter((m) => !usedY.has(m) && alike(a, m) && !apartInTime(a.number, m.number));
    const sameX = restX.filter((m) => same.length > 0 && alike(m, same[0] as Mention));
    // One of a kind on each side: unambiguous. Several: the one the same person holds on both, or
    // failing that the one that follows the same words.
    const rivals = restX.filter((m) => !usedX.has(m));
    const b = same.length === 1 && sameX.length === 1 ? same[0] : same.length > 0 && context ? (sameHolder(a, same, rivals, context) ?? sameLead(a, same, rivals)) : undefined;
    if (b) {
      pairs.push([a, b]);
      usedY.add(b);
      usedX.add(a);
    }
  }
  // Each sentence has a single number left and nothing else matched: the same slot.
  // (Shares that make a hundred between them are the two sides of one figure: pairs drop them below.)
  const leftX = restX.filter((m) => !usedX.has(m));
  const leftY = restY.filter((m) => !usedY.has(m));
  // So where every other figure of both agreed pairwise ("about 420 doctors … 87 per cent" /
  // "around 240 residents … 87%"): the one left on each side is the slot still open.
  // Only for the same counted thing, or a figure misprinted (digits swapped, point moved): a
  // sentence with several figures often gives one the other leaves out ("nine" / "6.1 magnitude").
  const othersAgreed = agreed.length > 0 && x.length === agreed.length + 1 && y.length === agreed.length + 1;
  const lonely = x.length === 1 && y.length === 1;
  if ((othersAgreed || lonely) && leftX.length === 1 && leftY.length === 1) {
    const a = leftX[0] as Mention;
    const b = leftY[0] as Mention;
    const ua = unitClass(a.number);
    const ub = unitClass(b.number);
    const misprint = (): boolean => {
      const [da, db] = [writtenDigits(a), writtenDigits(b)];
      const swapped = da.length >= 2 && [...da].sort().join('') === [...db].sort().join('');
      return swapped || (writtenSignificant(a) === writtenSignificant(b) && writtenSignificant(a).length >= 2);
    };
    const slotStillOpen = lonely || (ua !== undefined && ua === ub && meets(a.number, b.number)) || ((ua === undefined) === (ub === undefined) && misprint());
    // A bare figure against a counted one ("crowd at 35,000" / "53,000 demonstrators") is one slot
    // only within an order of magnitude: "24" / "60,000 fans" are two things. Ranks are ranks.
    // Two different counted nouns are two counts ("11 cameras" / "25 volunteers", "42 branches" /
    // "38%"), however close the figures: only a bare figure borrows the other's noun.
    const twoCounts = ua !== undefined && ub !== undefined && ua !== ub && !sameCountedThing(a, b);
    // An age is no count ("Theodoridis, 61," / "on nine counts"); "section 6" is no count of sections.
    const sameKind = Boolean(a.age) === Boolean(b.age) && a.number.label === b.number.label;
    if (slotStillOpen && !twoCounts && sameKind && !apartInTime(a.number, b.number) && (ua === ub || a.number.ordinal || sameMagnitude(a.number, b.number)) && Boolean(a.number.ordinal) === Boolean(b.number.ordinal) && sameState(a, b)) pairs.push([a, b]);
  }
  return pairs.filter(([a, b]) => !complementaryShares(a.number, b.number));
}

/**
 * Two shares that make a hundred between them ("Turnout was 61.8 percent" / "abstention fell to
 * 38,2%", "52% in favour" / "48% against"): the two sides of one figure, each true.
 */
function complementaryShares(a: NumberMention, b: NumberMention): boolean {
  if (a.unit !== 'percent' || b.unit !== 'percent') return false;
  return a.values.some((x) => b.values.some((y) => x !== y && Math.abs(x + y - 100) < COMPLEMENT_MARGIN));
}

/** How near a hundred two complementary shares add up (rounding of each to a tenth). */
const COMPLEMENT_MARGIN = 0.15;

/**
 * Nouns that may count one thing: either counts people ("25 volunteers" / "30 people"), the words
 * share a sense ("14 employees" / "nine staff"), or both are nouns for people in some role ("about
 * 400 nurses" / "more than 600 union members", "nearly 400 strikers").
 */
function sameCountedThing(a: Mention, b: Mention): boolean {
  if (unitClass(a.number) === 'people' || unitClass(b.number) === 'people') return true;
  const noun = (m: Mention): string | undefined => m.sentence.tokens[m.number.to]?.fold;
  const na = noun(a);
  const nb = noun(b);
  if (na !== undefined && nb !== undefined && areSynonyms(na, nb)) return true;
  // The counted words of each: "600 SPSEM members" counts members.
  const countsPeople = (m: Mention): boolean => m.number.unit !== undefined && m.sentence.tokens.slice(m.number.to, m.number.to + 3).some((t) => !t.stop && isPersonNoun(t.fold));
  return countsPeople(a) && countsPeople(b);
}

function claimOf(m: Mention, context: DetectionContext): Claim {
  // The naming word belongs to a numbered name: "Flight 370", not "370".
  const first = m.sentence.tokens[m.number.label === undefined ? m.number.from : m.number.from - 1];
  // The counted noun belongs to the claim: "12 dead", not "12".
  const after = m.sentence.tokens[m.number.to];
  const last = after && m.number.unit !== undefined && after.stem === m.number.unit ? after : m.sentence.tokens[m.number.to - 1];
  const source = context.sources.find((s) => s.id === m.sentence.source);
  // Include a currency symbol written before the digits ("€42m"), or a currency code ("NOK 105,000").
  const symbol = first && /[€£$¥₺₽₹]/.test(source?.text[first.start - 1] ?? '') ? 1 : 0;
  const code = m.number.label === undefined ? m.sentence.tokens[m.number.from - 1] : undefined;
  const start = code && m.number.currency === code.text ? code.start : (first?.start ?? 0) - symbol;
  // And a percent sign written on ("42.1%").
  const end = last?.end ?? 0;
  const percent = source?.text[end] === '%' ? 1 : 0;
  return context.claim(m.sentence, start, end + percent);
}

/**
 * What a claim's number reads as: its first value, what it counts and its currency (the claim's
 * words when no number starts there).
 */
function numberValue(context: DetectionContext): (c: Claim) => ClaimValue {
  return (c: Claim): ClaimValue => {
    const sentence = context.sources.find((s) => s.id === c.source)?.sentences[c.sentence];
    const m = sentence?.numbers.find((n) => {
      const t = sentence.tokens[n.from];
      return t !== undefined && t.start >= c.span.start && t.start <= c.span.start + 1;
    });
    if (!m) return { source: c.source, value: c.text };
    const unit = unitClass(m);
    return { source: c.source, value: m.values[0] ?? '', ...(unit === undefined ? {} : { unit }), ...(m.currency === undefined ? {} : { currency: m.currency }) };
  };
}

/** Numbers agree on a camp by their value and currency (see `valueKey`). */
const numberCamp = (v: ClaimValue): string => `${v.currency ?? ''}${v.value}`;

/** The counted noun as written after the number ("houses" of "40 houses"), if the number has one. */
function countedNoun(m: Mention): string | undefined {
  const after = m.sentence.tokens[m.number.to];
  return after && m.number.unit !== undefined && after.stem === m.number.unit ? after.fold : undefined;
}

/** Words that set a statement in an earlier time than the story's own: "last year", "a decade ago". */
const PAST_TIME = /\b(?:(?:last|previous|past)\s+(?:year|decade|season|century)|(?:years?|decades?)\s+(?:ago|earlier|before))\b/i;

/** Words before a year that give a span from it, not the time of the statement: "since 1995". */
const SPAN_FROM = /^(?:since|from|until|till|before|after|by|between)$/;

/** A phrase opening a sentence before its first comma that only dates it ("Just last year,", "In 1995,"): it dates every clause. */
const FRONTED_TIME_WORDS = 4;

/**
 * The earlier time a figure's statement is set in, as one key ("" for none): a year before the
 * latest year the story names, or words like "last year", in the figure's clause or in a short
 * phrase opening the sentence. Two figures with different keys may count two events ("a blaze
 * last year killed nine" / "the fire killed 14"); "since 1995" and "between 2019 and 2021" give
 * spans, not times.
 */
function pastAnchors(context: DetectionContext): (m: Mention) => string {
  let latest = -Infinity;
  for (const source of context.sources) for (const s of source.sentences) for (const d of s.dates) if (d.kind === 'year') latest = Math.max(latest, d.value);
  const textOf = new Map(context.sources.map((s) => [s.id, s.text]));
  // Asked twice for most figures (once per pair it is in): read each once.
  const cache = new Map<Mention, string>();
  return (m) => {
    const known = cache.get(m);
    if (known !== undefined) return known;
    const key = anchorsOf(m, latest, textOf.get(m.sentence.source) ?? '');
    cache.set(m, key);
    return key;
  };
}

/** The anchors key of one figure (see `pastAnchors`). */
function anchorsOf(m: Mention, latest: number, text: string): string {
  const { sentence } = m;
  const { tokens } = sentence;
  const breakBefore = (k: number): boolean => k > 0 && /[,;:()\u2013\u2014]/.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start));
  let from = m.number.from;
  while (from > 0 && !breakBefore(from)) from--;
  let to = m.number.to;
  while (to < tokens.length && !breakBefore(to)) to++;
  const ranges: Array<[number, number]> = [[from, to]];
  let opening = 1;
  while (opening < tokens.length && !breakBefore(opening)) opening++;
  if (from > 0 && opening <= FRONTED_TIME_WORDS) ranges.push([0, opening]);
  const anchors = new Set<string>();
  for (const [a, b] of ranges) {
    // The end of a span goes with its start: "between 2019 and 2021", "from 2019 to 2021".
    let spanEnd = -1;
    for (const d of sentence.dates) {
      if (d.kind !== 'year') continue;
      if (SPAN_FROM.test(tokens[d.from - 1]?.fold ?? '')) {
        spanEnd = d.to + 2;
        continue;
      }
      if (d.from <= spanEnd || d.value >= latest || d.from < a || d.to > b) continue;
      anchors.add(String(d.value));
    }
    const first = tokens[a];
    const last = tokens[b - 1];
    if (first && last && PAST_TIME.test(text.slice(first.start, last.end))) anchors.add('past');
  }
  return [...anchors].sort().join(',');
}

export const numberDetector: Detector = {
  kind: 'number',
  description: 'different counts, amounts, percentages or durations for the same thing (six = 6, two decades = 20 years)',
  detect(context) {
    const textOf = new Map(context.sources.map((s) => [s.id, s.text]));
    const read = numberValue(context);
    const pastOf = pastAnchors(context);
    const findings = pairFindings(context, (x, y, group) =>
      pairNumbers(mentionsOf(x, textOf.get(x.source) ?? ''), mentionsOf(y, textOf.get(y.source) ?? ''), context)
        .filter(([a, b]) => !agree(a.number, b.number))
        .map(([a, b]): Finding => {
          const claims = [claimOf(a, context), claimOf(b, context)];
          const noun = countedNoun(a) ?? countedNoun(b);
          // "a 6.2 quake near Aigio in 1995 killed 26" / "this 6.3 earthquake": a figure one source
          // dates to an earlier time than the other may count another event. Kept, but low.
          const otherTime = pastOf(a) !== pastOf(b);
          return {
            kind: 'number',
            rule: 'number/different-value',
            severity: otherTime ? 'low' : 'high',
            confidence: alignedConfidence(0.55, group),
            group: context.groupId(group),
            ...(noun === undefined ? {} : { subject: noun }),
            claims,
            values: claims.map(read),
            ...(otherTime ? { weakened: { reason: 'other-time' as const, severity: 'high' as const } } : {}),
          };
        }),
    );
    const merged = mergeAcrossSources(findings);
    // An age read as an age says more than the same words read as a bare number: it goes first.
    return uniqueBySpans([
      ...ageFindings(context),
      // A figure inside two quotations of one remark ("a ten-year plan" / "a five-year plan") is
      // the quote's finding: the remark is quoted differently. Kept above for the story-level checks.
      // So is one where each figure is quoted somewhere ("in two decades," said X / "in two
      // centuries," said Y), whatever a third source reports in its own words.
      ...merged.filter((f) => !camps(f.claims, campByValue(f, numberCamp)).every((camp) => camp.some((c) => insideQuotation(c, context)))),
      ...selfContradictions(merged, context, textOf),
      ...transpositions(context, textOf),
      ...restatedCounts(context, textOf),
      ...storyCounts(merged, context, textOf),
      ...lookalikeFigures(merged, context, textOf),
      ...sameContextFigures(merged, context, textOf),
    ]);
  },
  describe(f, labels) {
    switch (f.rule) {
      case 'number/different-value':
        return `Different numbers for the same thing: ${consensusText(f.claims, labels, campByValue(f, numberCamp))}`;
      case 'number/different-age':
        return `Different ages for ${f.subject ?? ''}: ${consensusText(f.claims, labels)}`;
      case 'number/self-age':
        return `${labels.label(f.claims[0]?.source ?? '')} contradicts itself: gives ${f.subject ?? ''} the ages "${f.claims[0]?.text}" and "${f.claims[1]?.text}"`;
      case 'number/lookalike-figure':
        return `A figure given with its digits swapped or its point moved: ${consensusText(f.claims, labels, campByValue(f, numberCamp))}`;
      case 'number/story-count':
      case 'number/story-figure':
        return `Different counts of ${f.subject ?? 'the same thing'} in the story (the statements were not aligned): ${consensusText(f.claims, labels, campByValue(f, numberCamp))}`;
      case 'number/self-transposed-digits':
        return `${contradictionText(f, labels)} (transposed digits)`;
      default:
        return contradictionText(f, labels);
    }
  },
};

/**
 * A source that says X where the others say Y, and Y itself elsewhere for
 * the same kind of count (12 dead in the lede, 14 deceased later), contradicts itself.
 */
function selfContradictions(findings: readonly Finding[], context: DetectionContext, textOf: ReadonlyMap<string, string>): Finding[] {
  const out: Finding[] = [];
  const read = numberValue(context);
  for (const f of findings) {
    const key = campByValue(f, numberCamp);
    // A clash read off a sentence that carries several statements is too weak to convict a source.
    if (restsOnLink(f, context) || restsOnClause(f, context)) continue;
    // A strict majority names the outlier. With a tie either side may be the one that says both
    // values (checked both ways, so input order does not matter), but only for counted things:
    // a bare number or year recurs in a story for unrelated reasons.
    const all = camps(f.claims, key);
    const [majority, second] = all;
    if (!majority || !second) continue;
    const tie = second.length >= majority.length;
    const checks = tie ? all.flatMap((m) => all.filter((o) => o !== m).flatMap((o) => o.map((c) => [m, c] as const))) : all.slice(1).flatMap((o) => o.map((c) => [majority, c] as const));
    for (const [camp, outlier] of checks) {
      const source = context.sources.find((s) => s.id === outlier.source);
      const sentence = source?.sentences[outlier.sentence];
      const own = sentence?.numbers.find((n) => valueKey(n) === key(outlier));
      // Durations, shares and sums recur in a story for different things ("four years later" /
      // "spent two years"): a restatement elsewhere proves nothing for them.
      // A restatement proves something for them only where it says what the figure measures in the
      // same words ("99.2% of tally sheets processed" / "99.8% of tally sheets processed").
      if (!source || !sentence || !own) continue;
      const recurring = RECURRING_MEASURES.has(unitClass(own) ?? '');
      if (tie && (!own.unit || recurring)) continue;
      const majorityValue = key(camp[0] as Claim);
      const hits = (byValue(source, textOf.get(source.id) ?? '').get(majorityValue) ?? []).filter(
        (m) =>
          m.sentence !== sentence &&
          (recurring
            ? unitClass(m.number) === unitClass(own) && sharesContext(m, { sentence, number: own })
            : unitClass(m.number) === unitClass(own) || (!tie && !own.unit)),
      );
      // The restatement most like the outlier's sentence, not the first in the text: paragraph order must not matter.
      const similarity = (m: Mention): number => context.alignment.similarity(m.sentence, sentence);
      const hit = hits.sort((p, q) => similarity(q) - similarity(p) || (p.sentence.text < q.sentence.text ? -1 : p.sentence.text > q.sentence.text ? 1 : 0))[0];
      if (hit) {
        const claims = [claimOf(hit, context), outlier].sort((p, q) => p.span.start - q.span.start);
        out.push({
          kind: 'number',
          rule: 'number/self-outlier',
          severity: 'high',
          confidence: 0.7,
          group: null,
          ...(f.subject === undefined ? {} : { subject: f.subject }),
          claims,
          values: claims.map(read),
        });
      }
    }
  }
  return uniqueByClaims(out);
}

/** Words either side of a figure that say what it measures. */
const MEASURE_CONTEXT_REACH = 4;

/** The content words (stems) next to a figure: not names, numbers or function words. */
function measureContext(m: Mention): Set<string> {
  const { tokens } = m.sentence;
  const out = new Set<string>();
  const from = Math.max(0, m.number.from - MEASURE_CONTEXT_REACH);
  const to = Math.min(tokens.length, m.number.to + MEASURE_CONTEXT_REACH);
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || (k >= m.number.from && k < m.number.to) || t.stop || t.num || t.cap || t.fold.length < 3) continue;
    out.add(t.stem);
  }
  return out;
}

/** Do two figures stand among the same words ("opens at $22.10" / "the $21.10 opening print")? */
function sharesContext(a: Mention, b: Mention): boolean {
  const near = measureContext(b);
  for (const stem of measureContext(a)) if (near.has(stem)) return true;
  return false;
}

/** A source's two figures for one count, as a finding of no group. */
function selfFinding(rule: RuleId, severity: Severity, confidence: number, a: Mention, b: Mention, context: DetectionContext, read: (c: Claim) => ClaimValue): Finding {
  const claims = [claimOf(a, context), claimOf(b, context)];
  const noun = countedNoun(a) ?? countedNoun(b);
  return { kind: 'number', rule, severity, confidence, group: null, ...(noun === undefined ? {} : { subject: noun }), claims, values: claims.map(read) };
}

/** Determiners that point back to something the story has already counted. */
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/** "the three workers", "this magnitude 6.3 earthquake", "the eleven-hour debate": a count given as already known. */
function isDefinite(m: Mention): boolean {
  const { tokens } = m.sentence;
  const before = tokens[m.number.from - 1]?.fold ?? '';
  if (SELECTING.has(before)) return false;
  // "all the 38 newborns present" names the whole, not a count given before.
  if (tokens[m.number.from - 2]?.fold === 'all') return false;
  return DEFINITE.has(before) || (m.number.before !== undefined && DEFINITE.has(tokens[m.number.from - 2]?.fold ?? ''));
}

/** Words that pick a subset or another group out of a count: "the last ten overs", "the other three workers". */
const SELECTING = new Set(['last', 'first', 'final', 'remaining', 'other', 'next', 'previous', 'past', 'top', 'opening', 'closing', 'extra', 'additional', 'further', 'latest', 'new', 'same']);

/** Measures that a story gives many of for different things (each candidate's votes, each party's seats): a definite one is no restatement. */
const NOT_COUNTS = new Set(['minute', 'percent', 'points', 'year', 'month', 'week', 'day', 'hour', 'old', 'vote', 'seat']);

/** Units of length: a story gives many distances for different things. */
const DISTANCES = new Set(['km', 'metr', 'mile', 'kilometr', 'm', 'feet', 'foot']);

/** A count of things (people, homes, fragments): no amount of money, duration, share or rank. */
function isCount(m: Mention): boolean {
  const cls = unitClass(m.number);
  // Distances recur for different things ("the 187 km stage", "the three-kilometre rule"); an area
  // given twice is one area.
  return cls !== undefined && !NOT_COUNTS.has(cls) && !DISTANCES.has(cls) && m.number.currency === undefined && !m.number.ordinal;
}

/** Definite counts compared per source at most: bounded work on a long compilation. */
const RESTATED_LIMIT = 64;

/**
 * A source that refers back to a count with another figure ("Two workers were rushed to
 * hospital" ... "the three workers who needed treatment") contradicts itself: the definite
 * article says the count is the one already given. Only counts of things, of the same class, in
 * the same state (the dead are no count of the missing), and not when either is approximate
 * within its margin; money, durations and shares recur for different things. Medium: the article
 * may also mark a new group.
 */
function restatedCounts(context: DetectionContext, textOf: ReadonlyMap<string, string>): Finding[] {
  const out: Finding[] = [];
  const read = numberValue(context);
  for (const source of context.sources) {
    const mentions = source.sentences.flatMap((s) => mentionsOf(s, textOf.get(source.id) ?? '')).filter(isCount);
    const seen = new Set<string>();
    // A whole parts are counted from ("one of the six satellites") restates nothing.
    for (const later of mentions.filter((m) => isDefinite(m) && !m.number.whole).slice(0, RESTATED_LIMIT)) {
      const candidates = mentions.filter((m) => m.sentence.index < later.sentence.index && unitClass(m.number) === unitClass(later.number) && refersBackTo(later, m) && sameState(m, later));
      // A count it does restate ("three of its workers remain missing" … "the three people we have
      // not yet found") settles it; so does the rest of a whole ("Of the 64 employees, 61 had been
      // accounted for" … "the three people"): 61 and 3 make 64.
      if (candidates.some((m) => agree(m.number, later.number)) || isRestOfWhole(later, source.sentences.filter((s) => s.index < later.sentence.index))) continue;
      const earlier = candidates.find((m) => !agree(m.number, later.number));
      if (!earlier || picksOtherGroup(later)) continue;
      // One finding per pair of figures: a figure repeated is one contradiction.
      const key = `${valueKey(earlier.number)}|${valueKey(later.number)}|${unitClass(later.number) ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(selfFinding('number/self-restated', 'medium', 0.5, earlier, later, context, read));
    }
  }
  return out;
}

/** Is the later count what is left of an earlier whole once an earlier part is taken (64 − 61 = 3)? */
function isRestOfWhole(later: Mention, earlier: readonly AnalyzedSentence[]): boolean {
  const value = later.number.values[0];
  if (value === undefined) return false;
  // The whole and the part it is taken from stand in one sentence ("Of the 64 employees …, 61 …").
  return earlier.some((s) =>
    s.numbers.some((whole) => whole.whole === true && s.numbers.some((part) => part !== whole && (part.values[0] ?? NaN) + value === whole.values[0])),
  );
}

/** Nouns for people in general: a definite count of them may refer back to any count of people. */
const GENERAL_PEOPLE = new Set(['peopl', 'person', 'individu']);

/**
 * Can a definite count refer back to an earlier one? Nouns for people share one class so that
 * sources can be compared ("12 people" / "12 residents"), but within one source a definite count of
 * other people ("eight individuals forced a gate" … "the two employees came out unharmed") names
 * another group. The same noun, or a general one later ("the three people"), refers back.
 */
function refersBackTo(later: Mention, earlier: Mention): boolean {
  if (unitClass(later.number) !== 'people') return true;
  const unit = later.number.unit ?? '';
  return unit === earlier.number.unit || GENERAL_PEOPLE.has(unit);
}

/** Words within which "in total", "a total of", "altogether" mark a figure as a sum. */
const TOTAL_REACH = 3;

/**
 * Is the figure a total ("In total, 21 people") equal to the sum of two figures or more of its own
 * or the sentence before?
 */
function isSumOfNeighbours(m: Mention, source: AnalyzedSource): boolean {
  if (!isTotal(m)) return false;
  const total = m.number.values[0] ?? NaN;
  const parts = source.sentences
    .filter((s) => s.index === m.sentence.index || s.index === m.sentence.index - 1)
    .flatMap((s) => s.numbers.filter((n) => n !== m.number && !n.ordinal && n.values.length === 1))
    .map((n) => n.values[0] as number);
  return parts.length >= 2 && parts.reduce((sum, v) => sum + v, 0) === total;
}

/** Is the figure given as a sum ("In total, 21 people", "a total of 21", "21 altogether")? */
function isTotal(m: Mention): boolean {
  const { tokens } = m.sentence;
  const near = [...tokens.slice(Math.max(0, m.number.from - TOTAL_REACH), m.number.from), ...tokens.slice(m.number.to, m.number.to + TOTAL_REACH)];
  return near.some((t) => /^(?:total|altogether|overall|combined)$/.test(t.fold));
}

/** Do a claim's words all stand inside quotation marks? */
function insideQuotation(c: Claim, context: DetectionContext): boolean {
  const sentence = context.sources.find((s) => s.id === c.source)?.sentences[c.sentence];
  const words = sentence?.tokens.filter((t) => t.start >= c.span.start && t.end <= c.span.end) ?? [];
  return words.length > 0 && words.every((t) => t.quoted);
}

/** Words a relative clause after a count is read over. */
const RELATIVE_REACH = 8;

/**
 * "the four aircraft that are stationed there", "the two crews who are based in Groningen": a
 * relative clause placing the count somewhere picks a group out rather than referring back ("the
 * three workers who needed treatment" refers back, and its figure clashes).
 */
function picksOtherGroup(later: Mention): boolean {
  const { tokens } = later.sentence;
  const at = [later.number.to, later.number.to + 1].find((k) => /^(?:that|which|who|whose|whom)$/.test(tokens[k]?.fold ?? ''));
  if (at === undefined) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 1 + RELATIVE_REACH); k++) {
    const t = tokens[k] as Token;
    if (t.fold === 'there' || t.fold === 'here') return true;
    if (/^(?:in|at|from)$/.test(t.fold) && tokens[k + 1]?.cap) return true;
  }
  return false;
}

/** Measures a story gives many of for different things: durations, shares, sums, distances. */
const RECURRING_MEASURES = new Set(['percent', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'money', 'old', 'time', 'point', 'points', 'km', 'kg', 'km2', 'metr']);

/** Units too general to name one count of a story: many things are counted in them. */
const GENERAL_UNITS = new Set([...RECURRING_MEASURES, 'people', 'per']);

/** Disagreeing pairs scored per counted noun at most. */
const STORY_COUNT_PAIRS = 256;

/** Sentences this alike at least, for two figures of a story's count to be compared without alignment. */
const STORY_COUNT_SIMILARITY = 0.05;

/**
 * A count the story gives once per source ("8,000 spectators" / "6 thousand spectators", "19
 * aces" / "17 aces"): where two sources each count a specific noun exactly once, in sentences that
 * share something, and the figures disagree, they disagree on that count even when the sentences
 * were not aligned. Low: one noun counted once per source is usually, not always, one thing.
 */
function storyCounts(aligned: readonly Finding[], context: DetectionContext, textOf: ReadonlyMap<string, string>): Finding[] {
  const read = numberValue(context);
  const byUnit = new Map<string, Map<string, Mention[]>>();
  for (const source of context.sources) {
    const text = textOf.get(source.id) ?? '';
    for (const sentence of source.sentences) {
      for (const m of mentionsOf(sentence, text)) {
        const { unit, ordinal, part, whole } = m.number;
        // A capitalised word after a figure is a name or a headline's word ("Ferry With 226 Sinks"), no counted noun.
        if (unit === undefined || GENERAL_UNITS.has(unitClass(m.number) ?? '') || ordinal || part || whole || sentence.tokens[m.number.to]?.cap) continue;
        // "seven coal miners" counts miners as "six miners" does: each word of the noun phrase may be what is counted.
        for (const noun of new Set([unit, ...(m.number.nouns ?? [])])) {
          const perSource = byUnit.get(noun) ?? new Map<string, Mention[]>();
          const list = perSource.get(source.id);
          if (list) list.push(m);
          else perSource.set(source.id, [m]);
          byUnit.set(noun, perSource);
        }
      }
    }
  }
  const out: Finding[] = [];
  for (const perSource of byUnit.values()) {
    const once = [...perSource.values()].filter((list) => list.length === 1).map((list) => list[0] as Mention);
    const claims = once.map((m) => claimOf(m, context));
    // Bounded: on a cluster of hundreds of sources only so many pairs per noun are scored.
    let budget = STORY_COUNT_PAIRS;
    const clash = once.some((a, x) =>
      once.some(
        (b, y) =>
          y > x &&
          !agree(a.number, b.number) &&
          // "won 41 votes, six fewer than needed" / "fell short by six votes": a figure the other
          // sentence also gives is that figure, not a second count of the noun.
          !a.sentence.numbers.some((n) => agree(n, b.number)) &&
          !b.sentence.numbers.some((n) => agree(n, a.number)) &&
          budget-- > 0 &&
          context.alignment.similarity(a.sentence, b.sentence) >= STORY_COUNT_SIMILARITY &&
          !comparedWhereAligned(aligned, [claims[x] as Claim, claims[y] as Claim]),
      ),
    );
    if (!clash) continue;
    const noun = once.map(countedNoun).find((n) => n !== undefined);
    out.push({ kind: 'number', rule: 'number/story-count', severity: 'low', confidence: 0.35, group: null, ...(noun === undefined ? {} : { subject: noun }), claims, values: claims.map(read) });
  }
  return out;
}

/** Words either side of a figure read for what it counts, in `sameContextFigures`. */
const FIGURE_CONTEXT_REACH = 6;

/** Words next to any figure in a story: no evidence that two figures count one thing. */
const FIGURE_CONTEXT_NOISE = new Set(['said', 'say', 'told', 'accord', 'least', 'more', 'total', 'about', 'around', 'nearli', 'almost', 'some', 'over', 'than']);

/** Content words (stems) around a figure, names included ("Mavridis … six years"), not the figure's own. */
function figureContext(m: Mention): Set<string> {
  const { tokens } = m.sentence;
  const out = new Set<string>();
  for (let k = Math.max(0, m.number.from - FIGURE_CONTEXT_REACH); k < Math.min(tokens.length, m.number.to + FIGURE_CONTEXT_REACH); k++) {
    const t = tokens[k];
    if (!t || (k >= m.number.from && k < m.number.to) || t.stop || t.num || t.fold.length < 3 || NUMBER_WORDS.has(t.fold) || FIGURE_CONTEXT_NOISE.has(t.stem)) continue;
    // The counted noun is the measure, compared already: not context.
    if (t.stem === m.number.unit) continue;
    out.add(t.stem);
  }
  return out;
}

/** Shared context words, and the largest ratio of the figures, for two figures to be read as one count. */
const FIGURE_CONTEXT_SHARED = 2;
const FIGURE_CONTEXT_RATIO = 2;

/**
 * Distinct figures of one measure a source may give and still be compared: a source giving more
 * counts many things in that measure (a generated cluster that repeats "N complaints" for ten
 * statements raised 146 low findings from 12 articles without this).
 */
const FIGURE_CONTEXT_VALUES = 4;

/** Figures per source considered at most, and pairs compared per measure: bounded work. */
const FIGURE_CONTEXT_MENTIONS = 64;
const FIGURE_CONTEXT_PAIRS = 100_000;

/**
 * Two sources giving one figure differently where their sentences did not align ("the motion won
 * 87 votes" / "gained the votes of 78 deputies", "19 aces" / "17 aces"): figures of one measure,
 * at most twice apart, standing among two shared content words besides the counted noun (names
 * count), where neither source gives the other's figure for that measure. Low: the words say,
 * not prove, that the figures count one thing. On the development events one shared word, or any
 * ratio, found more false clashes than true ones (9 true of 31; 7 of 18); these conditions, with
 * `FIGURE_CONTEXT_VALUES`, found 5 true and no false one.
 */
function sameContextFigures(aligned: readonly Finding[], context: DetectionContext, textOf: ReadonlyMap<string, string>): Finding[] {
  const read = numberValue(context);
  // Per measure (unit class), per source: its figures with their context.
  const byMeasure = new Map<string, Array<Array<{ m: Mention; words: Set<string> }>>>();
  context.sources.forEach((source, x) => {
    const figures = source.sentences
      .flatMap((s) => mentionsOf(s, textOf.get(source.id) ?? ''))
      .filter((m) => unitClass(m.number) !== undefined && !m.number.ordinal && !m.number.whole)
      .slice(0, FIGURE_CONTEXT_MENTIONS);
    for (const m of figures) {
      const measure = unitClass(m.number) as string;
      const lists = byMeasure.get(measure) ?? context.sources.map(() => []);
      lists[x]?.push({ m, words: figureContext(m) });
      byMeasure.set(measure, lists);
    }
  });
  const byValues = new Map<string, Mention[]>();
  for (const [measure, all] of [...byMeasure].sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0))) {
    // A source giving many figures of one measure counts many things in it: no one count to compare.
    const lists = all.map((list) => (new Set(list.map((f) => f.m.number.values[0])).size > FIGURE_CONTEXT_VALUES ? [] : list));
    let budget = FIGURE_CONTEXT_PAIRS;
    for (let x = 0; x < lists.length && budget > 0; x++) {
      for (let y = x + 1; y < lists.length && budget > 0; y++) {
        const lx = lists[x] ?? [];
        const ly = lists[y] ?? [];
        for (const a of lx) {
          for (const b of ly) {
            budget--;
            // Cheap tests first: most pairs share too few words.
            const va = Math.abs(a.m.number.values[0] ?? 0);
            const vb = Math.abs(b.m.number.values[0] ?? 0);
            // Far apart, two figures are more often two counts than one miscounted.
            if (va === vb || Math.max(va, vb) > FIGURE_CONTEXT_RATIO * Math.min(va, vb)) continue;
            let shared = 0;
            for (const w of a.words) if (b.words.has(w)) shared++;
            if (shared < FIGURE_CONTEXT_SHARED) continue;
            if (agree(a.m.number, b.m.number) || complementaryShares(a.m.number, b.m.number) || !sameState(a.m, b.m)) continue;
            // A source that gives both figures tells of two things.
            if (lx.some((o) => agree(o.m.number, b.m.number)) || ly.some((o) => agree(o.m.number, a.m.number))) continue;
            const key = `${measure}|${[a.m.number.values[0] ?? 0, b.m.number.values[0] ?? 0].sort((i, j) => i - j).join('|')}`;
            const list = byValues.get(key) ?? [];
            // Both sources already stand in this finding with a mention no later: nothing to add.
            const settled = (m: Mention): boolean => list.some((n) => n.sentence.source === m.sentence.source && offsetOf(n) <= offsetOf(m));
            if (settled(a.m) && settled(b.m)) continue;
            const pair = [claimOf(a.m, context), claimOf(b.m, context)] as const;
            if (comparedWhereAligned(aligned, pair) || pairedOtherwise(aligned, ...pair)) continue;
            byValues.set(key, keepFirstPerSource(list, [a.m, b.m]));
          }
        }
      }
    }
  }
  return storyFindings(byValues, context, (list, claims) => {
    const noun = list.map(countedNoun).find((n) => n !== undefined);
    return { kind: 'number', rule: 'number/story-figure', severity: 'low', confidence: 0.3, group: null, ...(noun === undefined ? {} : { subject: noun }), claims, values: claims.map(read) };
  });
}

/** Per source, its first mention (by text offset) of a figure, whichever pair found it first. */
function keepFirstPerSource(list: Mention[], found: readonly Mention[]): Mention[] {
  for (const m of found) {
    const at = list.findIndex((n) => n.sentence.source === m.sentence.source);
    if (at < 0) list.push(m);
    else if (offsetOf(m) < offsetOf(list[at] as Mention)) list[at] = m;
  }
  return list;
}

/** One finding per pair of values, in key order, its claims in source and text order. */
function storyFindings(byValues: ReadonlyMap<string, Mention[]>, context: DetectionContext, make: (list: readonly Mention[], claims: Claim[]) => Finding): Finding[] {
  return [...byValues.entries()]
    .sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0))
    .map(([, list]) => make(list, list.map((m) => claimOf(m, context)).sort((p, q) => sourceNumber(p.source) - sourceNumber(q.source) || p.span.start - q.span.start)));
}

/** Claims an aligned finding already compares (the same places in the same sources): no story-level finding again. */
function comparedWhereAligned(aligned: readonly Finding[], claims: readonly Claim[]): boolean {
  const holders = claimHolders(aligned);
  const [first, ...rest] = claims.map((c) => holders.get(`${c.source}:${c.span.start}`));
  if (!first || rest.some((h) => h === undefined)) return false;
  for (const i of first) if (rest.every((h) => h?.has(i))) return true;
  return false;
}

/**
 * An aligned finding already pairs one of two claims with another figure of the other's source
 * ("fined Harwick £12.5m and Ostley £8.1m" / "Ostley was fined £9.1m": 9.1 is Ostley's 8.1, not
 * Harwick's 12.5): words alone do not overrule that pairing.
 */
function pairedOtherwise(aligned: readonly Finding[], a: Claim, b: Claim): boolean {
  const holders = claimHolders(aligned);
  const pairedWith = (c: Claim, other: Claim): boolean =>
    [...(holders.get(`${c.source}:${c.span.start}`) ?? [])].some((i) => aligned[i]?.claims.some((d) => d.source === other.source && d.span.start !== other.span.start));
  return pairedWith(a, b) || pairedWith(b, a);
}

const holderCache = new WeakMap<readonly Finding[], Map<string, Set<number>>>();

/** Which aligned findings hold a claim (by source and start), built once per list of findings. */
function claimHolders(aligned: readonly Finding[]): Map<string, Set<number>> {
  let holders = holderCache.get(aligned);
  if (!holders) {
    const index = new Map<string, Set<number>>();
    aligned.forEach((f, i) => {
      for (const c of f.claims) {
        const k = `${c.source}:${c.span.start}`;
        index.set(k, (index.get(k) ?? new Set()).add(i));
      }
    });
    holders = index;
    holderCache.set(aligned, holders);
  }
  return holders;
}

/** The significant digits of a value, in order ("4.5 million" and "45m" → "45"). */
function significant(v: number): string {
  return String(Math.abs(v)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/**
 * The significant digits of a figure as written: "134 days" is 134 whatever unit it is counted in
 * (the value is in minutes), "4.5 million" 45. A figure in words has only its value's digits.
 */
function writtenSignificant(m: Mention): string {
  return writtenDigits(m).replace(/0+$/, '');
}

/** All digits of a figure as written, leading zeros aside ("134 days" → 134, "105,000" → 105000). */
function writtenDigits(m: Mention): string {
  // The figure's tokens ("421 000" is two), not the words of its unit.
  const written = m.sentence.tokens.slice(m.number.from, m.number.to).filter((t) => t.num).map((t) => t.text).join('');
  if (!/\d/.test(written)) return String(Math.abs(m.number.values[0] ?? 0)).replace(/\D/g, '');
  return written.replace(/\D/g, '').replace(/^0+/, '');
}

/** Figures compared per source at most: bounded work on a long compilation. */
const LOOKALIKE_FIGURES = 200;

/** Figures kept per bucket of like digits at most: a compilation repeats some figures hundreds of times. */
const LOOKALIKE_BUCKET = 64;

function offsetOf(m: Mention): number {
  return m.sentence.tokens[m.number.from]?.start ?? 0;
}

interface Figure {
  m: Mention;
  source: number;
  value: number;
  /** Its digits in any order, and its significant digits in order. */
  digits: string;
  significant: string;
}

/**
 * A figure one source gives that another source gives with its digits swapped or its point moved
 * ("41.2 per cent" / "42.1%", "4.5 million dollars" / "$45m", "36,412" / "36,142"), where neither
 * source also gives the other's figure and the sentences were not aligned: a misprint of one
 * figure. Only figures of three significant digits or more, decimals, or sums of money with two,
 * of the same measure.
 */
function lookalikeFigures(aligned: readonly Finding[], context: DetectionContext, textOf: ReadonlyMap<string, string>): Finding[] {
  const read = numberValue(context);
  const figures = context.sources.map((source) =>
    source.sentences
      .flatMap((s) => mentionsOf(s, textOf.get(source.id) ?? ''))
      .filter((m) => {
        const v = m.number.values[0] ?? 0;
        const digitsOf = writtenSignificant(m).length;
        // Three significant digits, a decimal, or an amount of money with two ("$4.5m" / "$45m").
        return !m.number.ordinal && (digitsOf >= 3 || !Number.isInteger(v) || (m.number.currency !== undefined && digitsOf >= 2));
      })
      .slice(0, LOOKALIKE_FIGURES),
  );
  // Candidates meet in buckets of the same digits (swapped) or the same significant digits (point
  // moved): work grows with the figures, not with every pair of them.
  const buckets = new Map<string, Figure[]>();
  figures.forEach((list, source) => {
    for (const m of list) {
      const value = m.number.values[0] ?? 0;
      const figure: Figure = { m, source, value, digits: writtenDigits(m).split('').sort().join(''), significant: writtenSignificant(m) };
      for (const key of [`d${figure.digits}`, `s${figure.significant}`]) {
        const bucket = buckets.get(key) ?? [];
        if (bucket.length < LOOKALIKE_BUCKET) bucket.push(figure);
        buckets.set(key, bucket);
      }
    }
  });
  // One finding per pair of values, naming every source that gives either: the same whatever the input order.
  const byValues = new Map<string, Mention[]>();
  for (const bucket of buckets.values()) {
    for (let p = 0; p < bucket.length; p++) {
      for (let q = p + 1; q < bucket.length; q++) {
        const fa = bucket[p] as Figure;
        const fb = bucket[q] as Figure;
        const { m: a, source: x, value: va } = fa;
        const { m: b, source: y, value: vb } = fb;
        if (x === y) continue;
        if (va === vb || agree(a.number, b.number) || (a.number.currency ?? '') !== (b.number.currency ?? '')) continue;
        // "a 26-mile course" / "2.600 metres up": digits written in miles and in metres are no misprint of each other.
        if (Boolean(a.number.converted) !== Boolean(b.number.converted)) continue;
        const swapped = fa.digits === fb.digits && fa.significant.length >= 2;
        const shifted = fa.significant === fb.significant;
        if (!swapped && !shifted) continue;
        // "4.2 million riders" / "2.4 million users": both count people, in different words.
        const people = a.number.unit !== undefined && b.number.unit !== undefined && sameCountedThing(a, b);
        if ((unitClass(a.number) ?? '') !== (unitClass(b.number) ?? '') && !meets(a.number, b.number) && !people) continue;
        // Each source gives only its own figure: one that gives both tells of two things.
        const fx = figures[x] as Mention[];
        const fy = figures[y] as Mention[];
        if (fx.some((m) => agree(m.number, b.number)) || fy.some((m) => agree(m.number, a.number))) continue;
        if (comparedWhereAligned(aligned, [claimOf(a, context), claimOf(b, context)])) continue;
        const key = [va, vb].sort((i, j) => i - j).join('|');
        // Per source, its first mention of the figure in the text, whichever pair found it first.
        const list = byValues.get(key) ?? [];
        byValues.set(key, keepFirstPerSource(list, [a, b]));
      }
    }
  }
  return storyFindings(byValues, context, (_, claims) => ({ kind: 'number', rule: 'number/lookalike-figure', severity: 'medium', confidence: 0.5, group: null, claims, values: claims.map(read) }));
}

/** Values compared per digit bucket at most: bounded work on a long compilation. */
const TRANSPOSITION_VALUES = 8;

function digits(v: number): string {
  return String(v).replace(/\D/g, '').split('').sort().join('');
}

/**
 * Transposed digits for the same kind of count inside one source (212
 * passengers, later 221 passengers; 3,200 jobs and 2,300 positions): a slip
 * worth flagging even when no other source repeats the figure.
 */
function transpositions(context: DetectionContext, textOf: ReadonlyMap<string, string>): Finding[] {
  const out: Finding[] = [];
  const read = numberValue(context);
  for (const source of context.sources) {
    // Only numbers of one kind of count written with the same digits can be transposed: bucket by both.
    const buckets = new Map<string, Mention[]>();
    for (const m of source.sentences.flatMap((s) => mentionsOf(s, textOf.get(source.id) ?? ''))) {
      // Bucketed by digits alone: "Some 38,000 merchants" and "All 83,000 affected merchants" count the
      // same thing through different words (the pair check below asks for a shared key).
      const key = digits(m.number.values[0] ?? 0);
      const list = buckets.get(key);
      if (list) list.push(m);
      else buckets.set(key, [m]);
    }
    // One pair per two values (their first mentions): a figure repeated is one slip, not many.
    const pairs: Array<[Mention, Mention]> = [];
    for (const list of buckets.values()) {
      const firsts = [...new Map(list.map((m) => [m.number.values[0], m])).values()].slice(0, TRANSPOSITION_VALUES);
      for (let i = 0; i < firsts.length; i++) for (let j = i + 1; j < firsts.length; j++) pairs.push([firsts[i] as Mention, firsts[j] as Mention]);
    }
    for (const [a, b] of pairs) {
      {
        const va = a.number.values[0] ?? 0;
        const vb = b.number.values[0] ?? 0;
        const cls = unitClass(a.number);
        // Whole numbers only: 31 and 3.1 per cent are a shifted point, as often two figures as one slip.
        if (!Number.isInteger(va) || !Number.isInteger(vb)) continue;
        // Four significant digits or more swapped ("412,847" / "421,847") are one figure whatever noun follows.
        const long = significant(va).length >= 4;
        if (!long && (cls === undefined || unitClass(b.number) === undefined || !meets(a.number, b.number))) continue;
        if (va === vb || va < 10 || digits(va) !== digits(vb) || a.number.ordinal || b.number.ordinal) continue;
        // "transferred 12 citizens … and 9 … In total, 21 people": a total that is the sum of the
        // figures just given is another figure, not a slip.
        if (isSumOfNeighbours(a, source) || isSumOfNeighbours(b, source)) continue;
        out.push(selfFinding('number/self-transposed-digits', 'high', 0.65, a, b, context, read));
      }
    }
  }
  return out;
}

/** Years within which an unnamed "the N-year-old" may be a slip for an earlier person's given age. */
const AGE_SLIP = 9;

interface Aged {
  sentence: AnalyzedSentence;
  age: AgeMention;
}

/**
 * Ages are facts about people, comparable wherever the person is named, aligned or not: one
 * person given two ages across sources is a number discrepancy, and within a source a
 * contradiction — also when "the 45-year-old" stands for the one person whose age was given.
 */
function ageFindings(context: DetectionContext): Finding[] {
  const findings: Finding[] = [];
  const claim = (a: Aged): Claim => context.claim(a.sentence, a.age.start, a.age.end);
  const named: Aged[] = [];
  const anaphoric: Aged[] = [];
  for (const source of context.sources) {
    for (const sentence of source.sentences) for (const age of sentence.ages) (age.name ? named : anaphoric).push({ sentence, age });
  }
  // Built on first need: only a bare surname given an age asks who bears it.
  let bearer: ReadonlyMap<string, string> | undefined;
  const fullName = (name: string): string => (name.includes(' ') ? name : ((bearer ??= bearers(context)).get(name.toLowerCase()) ?? name));
  const same = (a: Aged, b: Aged): boolean => sameEntity(fullName(a.age.name?.text ?? ''), fullName(b.age.name?.text ?? ''), context.aliases);
  const clusters: Aged[][] = [];
  for (const a of named) {
    const home = clusters.find((c) => c.some((b) => same(a, b)));
    if (home) home.push(a);
    else clusters.push([a]);
  }
  for (const people of clusters) {
    const values = new Set(people.map((p) => p.age.value));
    if (values.size < 2) continue;
    const person = people[0]?.age.name?.text ?? '';
    const bySource = new Map<string, Aged[]>();
    for (const p of people) bySource.set(p.sentence.source, [...(bySource.get(p.sentence.source) ?? []), p]);
    // A source that gives two ages contradicts itself.
    for (const own of bySource.values()) {
      const first = own[0] as Aged;
      const other = own.find((p) => p.age.value !== first.age.value);
      if (other) findings.push(selfAge(first, other, person, context, 'high'));
    }
    // Across sources: one claim per source (its first age), when sources disagree.
    const firsts = [...bySource.values()].map((own) => own[0] as Aged);
    if (new Set(firsts.map((p) => p.age.value)).size > 1) {
      findings.push({
        kind: 'number',
        rule: 'number/different-age',
        severity: 'high',
        confidence: 0.8,
        group: sharedGroupId(firsts.map((p) => p.sentence), context),
        subject: person,
        claims: firsts.map(claim),
        values: firsts.map(ageValue),
      });
    }
  }
  // "the 45-year-old" against the person it stands for, when that person's age was given.
  // Anaphors no named age settles, per source and the person they stand for: they agree or not among themselves.
  const unresolved = new Map<string, { person: string; list: Aged[] }>();
  const standFor = (a: Aged, person: string, key: string): void => {
    const entry = unresolved.get(key) ?? { person, list: [] };
    entry.list.push(a);
    unresolved.set(key, entry);
  };
  for (const a of anaphoric) {
    // "a 47-year-old woman" introduces someone; it refers back to no one. Nor does "his 63-year-old
    // wife", "her 19-year-old son": a relative of someone, not the one the story is about.
    if (a.age.article === 'a' || (a.age.noun !== undefined && /\b(?:his|her|their|its)\s+$/i.test(textBefore(a)))) continue;
    // "the 43-year-old crane driver" after "a 34-year-old crane driver": the one the same noun described.
    const introduced = a.age.article === 'the' && a.age.noun !== undefined ? introducedAs(a, anaphoric) : undefined;
    if (introduced) {
      if (introduced.age.value !== a.age.value) findings.push(selfAge(introduced, a, a.age.noun as string, context, 'medium'));
      continue;
    }
    // "Driver Thomas Raabe, 52, …" then "The 54-year-old dad-of-two …" with no one named before it in
    // its sentence: the one earlier person of the source whose given age is near (a schoolgirl of 16
    // named in between is not who "the 54-year-old" is). None when someone's age matches exactly.
    if (a.age.article === 'the' && !a.sentence.names.some((n) => n.end <= a.age.start)) {
      const given = named.filter((p) => p.sentence.source === a.sentence.source);
      if (given.some((p) => p.age.value === a.age.value)) continue;
      const near = given.filter((p) => p.sentence.index < a.sentence.index && Math.abs(p.age.value - a.age.value) <= AGE_SLIP);
      const nearPeople = new Set(near.map((p) => canonicalKey(p.age.name?.text ?? '', context.aliases)));
      // An unnamed age given earlier ("The Argentine, 24,") may be whom it stands for: then it is unclear.
      const unnamedEarlier = anaphoric.some((p) => p.sentence.source === a.sentence.source && p.age.article !== 'a' && givenBefore(p, a));
      if (nearPeople.size === 1 && !unnamedEarlier) {
        const first = near[0] as Aged;
        findings.push(selfAge(first, a, first.age.name?.text ?? '', context, 'medium'));
        continue;
      }
    }
    const inSource = clusters.filter((c) => c.some((p) => p.sentence.source === a.sentence.source));
    // The person the sentence itself names ("Darren's partner paid tribute to the 45-year-old"), else
    // the story's protagonist (the first person it names):
    // "the 24-year-old from Rosario" after a paragraph on the loser is the winner named in the headline.
    // Only a name before the anaphor: in "The Argentine, 24, beat Henrik Solberg" the age is not Solberg's.
    const before = a.sentence.names.filter((n) => n.end <= a.age.start);
    const namedBefore = inSource.filter((c) => before.some((n) => c.some((p) => samePerson(n.text, p.age.name?.text ?? '', context))));
    const lead = protagonist(a.sentence.source, context);
    const people = namedBefore.length > 0 ? namedBefore : inSource.filter((c) => lead !== undefined && c.some((p) => samePerson(lead, p.age.name?.text ?? '', context)));
    // Only "the 45-year-old" or "The (unseeded) Czech, 21," stands for the protagonist so: another age
    // ("a man of 67 years", "the driver of the van, 41 years old") describes whom its own words name.
    const standsForLead = a.age.article === 'the' || /\b[Tt]he\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*,\s*$/u.test(textBefore(a, 32));
    const persons = before.filter((n) => couldBePerson({ sentence: a.sentence, name: n }, context));
    if (standsForLead && people.length === 0 && namedBefore.length === 0 && lead !== undefined && persons.length === 0) {
      // Nobody's age given by name: anaphors of one source about its protagonist still agree or not.
      standFor(a, lead, `${a.sentence.source}|lead|${lead}`);
    }
    // "Ranieri takes the tie-break, and the 24-year-old Italian leads" … "Ranieri, the No 3 seed,
    // …; the 23-year-old was a semi-finalist": with nobody's age given by name, "the N-year-old"
    // after the one person its sentence names stands for that person.
    // (One capitalised word before it at all: a name a sentence opens on may go unread as one.)
    const capitals = a.sentence.tokens.filter((t) => t.end <= a.age.start && t.cap && !t.stop && !t.num);
    if (a.age.article === 'the' && people.length === 0 && namedBefore.length === 0 && persons.length === 1 && capitals.length === 1) {
      const person = (persons[0] as NameMention).text;
      standFor(a, person, `${a.sentence.source}|named|${canonicalKey(person, context.aliases)}`);
    }
    if (people.length !== 1) continue;
    const given = (people[0] as Aged[]).filter((p) => p.sentence.source === a.sentence.source);
    const first = given[0] as Aged;
    // "the 28-year-old's partner" in a story that gave the killer as 34 and the victim as 27: a slip of
    // a year on someone else is likelier than of six on the person read; who is meant is unclear.
    const gap = (p: Aged): number => Math.abs(p.age.value - a.age.value);
    const closer = named.some((p) => p.sentence.source === a.sentence.source && givenBefore(p, a) && !(people[0] as Aged[]).includes(p) && gap(p) < Math.min(...given.map(gap)));
    if (given.every((p) => p.age.value !== a.age.value) && first.sentence !== a.sentence && !closer) {
      findings.push(selfAge(first, a, first.age.name?.text ?? '', context, 'medium'));
    }
  }
  for (const { person, list } of unresolved.values()) {
    const first = list[0] as Aged;
    const other = list.find((p) => p.age.value !== first.age.value && p.sentence !== first.sentence);
    if (other) findings.push(selfAge(first, other, person, context, 'medium'));
  }
  return findings;
}

/** The earlier "a 34-year-old crane driver" in the same source that "the 43-year-old crane driver" refers back to. */
function introducedAs(a: Aged, unnamed: readonly Aged[]): Aged | undefined {
  return unnamed.find((p) => p.sentence.source === a.sentence.source && p.age.article === 'a' && p.age.noun === a.age.noun && givenBefore(p, a));
}

/** Is age p given before age a in their source's text (an earlier sentence, or earlier in the same one)? */
function givenBefore(p: Aged, a: Aged): boolean {
  return p.sentence.index < a.sentence.index || (p.sentence === a.sentence && p.age.start < a.age.start);
}

/** An age reads as a number of years. */
function ageValue(a: Aged): ClaimValue {
  return { source: a.sentence.source, value: a.age.value, unit: 'years' };
}

function selfAge(a: Aged, b: Aged, person: string, context: DetectionContext, severity: 'high' | 'medium'): Finding {
  const read = [a, b].map((p) => ({ claim: context.claim(p.sentence, p.age.start, p.age.end), value: ageValue(p) })).sort((p, q) => p.claim.span.start - q.claim.span.start);
  return {
    kind: 'number',
    rule: 'number/self-age',
    severity,
    confidence: severity === 'high' ? 0.75 : 0.55,
    group: null,
    subject: person,
    claims: read.map((r) => r.claim),
    values: read.map((r) => r.value),
  };
}




/** The words of an age's sentence just before it. */
function textBefore(a: Aged, reach = 8): string {
  const { sentence } = a;
  return sentence.text.slice(Math.max(0, a.age.start - sentence.span.start - reach), a.age.start - sentence.span.start);
}

/** The first person a source names (its headline or lede): who an unnamed "the 45-year-old" most likely is. */
function protagonist(sourceId: string, context: DetectionContext): string | undefined {
  const source = context.sources.find((s) => s.id === sourceId);
  for (const sentence of source?.sentences ?? []) {
    for (const name of sentence.names) {
      // A shouted headline ("BATON DOWN") names no one.
      const shouted = name.text.length > 3 && name.text === name.text.toUpperCase();
      // Nor does the agency of a dateline ("BUCHAREST, May 17 (Newswire) -").
      if (!shouted && !inDateline(sentence, name) && couldBePerson({ sentence, name }, context) && !isCountryName(name.text, context.aliases)) return name.text;
    }
  }
  return undefined;
}

/**
 * The person a bare surname (lower case) stands for where the story names several people of that
 * surname ("Adrian Pelling" and his wife "Hannah Pelling"): the one it names most often.
 */
function bearers(context: DetectionContext): ReadonlyMap<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const source of context.sources) {
    for (const sentence of source.sentences) {
      for (const name of sentence.names) {
        const words = name.text.split(/\s+/);
        if (words.length < 2 || /['’]s$/.test(name.text) || !couldBePerson({ sentence, name }, context)) continue;
        const surname = (words.at(-1) as string).toLowerCase();
        const byName = counts.get(surname) ?? new Map<string, number>();
        byName.set(name.text, (byName.get(name.text) ?? 0) + 1);
        counts.set(surname, byName);
      }
    }
  }
  const resolved = new Map<string, string>();
  for (const [surname, byName] of counts) {
    // Spellings of one person's name ("Michał Wójcik" / "Michal Wojcik") are no second bearer.
    const people = [...byName.keys()].filter((n, i, all) => !all.slice(0, i).some((m) => sameEntity(m, n, context.aliases)));
    if (people.length < 2) continue;
    const [top] = [...byName].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    if (top) resolved.set(surname, top[0]);
  }
  return resolved;
}

/** The same person, or a part of the name ("Darren" of "Darren Whitby"). */
function samePerson(a: string, b: string, context: DetectionContext): boolean {
  return sameEntity(a, b, context.aliases) || partOf(a, b);
}
