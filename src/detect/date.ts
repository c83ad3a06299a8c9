import type { AnalyzedSentence, Token } from '../analyze/index.js';
import { datelineOf, DAY_MINUTES, isCalendarWord, type DateKind, type DateMention } from '../analyze/dates.js';
import { sourceNumber, type Claim, type ClaimValue } from '../types.js';
import { describeFact, factFindings } from './facts.js';
import { byValue, camps, consensusText, contradictionText, mergeAcrossSources, restsOnClause, restsOnLink, uniqueByClaims } from './merge.js';
import { afterDatelineCapitals } from './mentions.js';
import { alignedConfidence, pairFindings } from './pairs.js';
import type { CampKey } from './merge.js';
import type { Detector, DetectionContext, Finding } from './types.js';

declare module '../types.js' {
  interface DiscrepancyKinds {
    date: true;
  }
}

/**
 * Dates: weekdays, calendar dates, years and times of day that differ
 * between reports of one statement. Relative words ("yesterday") are
 * resolved to a weekday when the source has a dateline; otherwise a clash
 * with a definite date is reported as imprecise (low), not contradictory.
 */

interface Mention {
  sentence: AnalyzedSentence;
  date: DateMention;
}

/** Resolves a relative day against the source's dateline, if it has one. */
function resolve(m: DateMention, dateline: Date | undefined): DateMention {
  if (m.kind !== 'relative' || !dateline) return m;
  const day = new Date(dateline.getTime() + m.value * 86_400_000);
  return { ...m, kind: 'weekday', value: day.getUTCDay() };
}

/**
 * A date in the dateline ("BERGEN, Norway, July 16 (Newswire) - …") says when the story was
 * filed, not when anything in it happened: it dates relative days, and is compared with nothing.
 */
function inDateline(sentence: AnalyzedSentence, date: DateMention): boolean {
  const first = sentence.tokens[date.from];
  const last = sentence.tokens[date.to - 1];
  return first !== undefined && last !== undefined && afterDatelineCapitals(sentence, first.start, last.end);
}

function agree(a: DateMention, b: DateMention): boolean {
  if (a.kind !== b.kind) return true;
  if (a.kind === 'time') {
    // A part of the day covers a range of times ("in the morning" holds 7 a.m.).
    // A part of the day has blurred edges ("at dawn" is said of 3.40am): a wide range is loose by
    // an approximate time's margin at each end.
    const loose = (r: [number, number] | undefined, v: number): [number, number] =>
      r === undefined ? [v, v] : r[1] - r[0] >= PART_OF_DAY_MINUTES ? [r[0] - APPROXIMATE_MINUTES, r[1] + APPROXIMATE_MINUTES] : r;
    const [a0, a1] = loose(a.range, a.value);
    const [b0, b1] = loose(b.range, b.value);
    // "night" runs past midnight (20:00 to 05:00 as 1200–1740): 3.17am is 197 minutes, or 1637.
    const overlap = (shift: number): boolean => a0 <= b1 + shift && b0 + shift <= a1;
    return overlap(0) || overlap(DAY_MINUTES) || overlap(-DAY_MINUTES);
  }
  return a.value === b.value;
}

/** A range this wide is a part of the day ("dawn", "morning"), not an approximate time. */
const PART_OF_DAY_MINUTES = 120;

/** Minutes an approximate time may be off: "shortly after 3am" holds 3.10am. */
const APPROXIMATE_MINUTES = 30;

/**
 * A time said approximately covers the minutes around it: "around 3am" 2.30–3.30, "shortly after
 * 3am" 3.00–3.30, "just before midnight" 23.30–24.00 ("at about 3.40am" stays exact: told to
 * the minute). Other dates are returned as they are.
 */
function approximate(m: Mention): DateMention {
  const { date } = m;
  if (date.kind !== 'time' || date.range !== undefined) return date;
  const before = m.sentence.tokens[date.from - 1]?.fold ?? '';
  const twoBefore = m.sentence.tokens[date.from - 2]?.fold ?? '';
  const near = /^(?:shortly|just|soon)$/.test(twoBefore);
  if (before === 'after' && near) return { ...date, range: [date.value, date.value + APPROXIMATE_MINUTES] };
  if (before === 'before' && near) return { ...date, range: [date.value - APPROXIMATE_MINUTES, date.value] };
  // "about 4.15am" is told to the quarter hour: a round hour said "around" is loose by half an
  // hour, a half hour ("around 5:30 p.m." / "at 5:31 p.m.") by a quarter.
  if (/^(?:around|about|approximately|roughly|circa|some)$/.test(before) && date.value % 30 === 0) {
    const margin = date.value % 60 === 0 ? APPROXIMATE_MINUTES : APPROXIMATE_MINUTES / 2;
    return { ...date, range: [date.value - margin, date.value + margin] };
  }
  return date;
}

function claimOf(m: Mention, context: DetectionContext): Claim {
  const first = m.sentence.tokens[m.date.from];
  const last = m.sentence.tokens[m.date.to - 1];
  return context.claim(m.sentence, first?.start ?? 0, last?.end ?? 0);
}

/**
 * What a claim's date reads as, resolved against the dateline: `unit` is its kind and `value`
 * its number (see `DateMention.value`); the claim's words when no date starts there.
 */
function dateValue(context: DetectionContext, datelines: ReadonlyMap<string, Date | undefined>): (c: Claim) => ClaimValue {
  return (c: Claim): ClaimValue => {
    const sentence = context.sources.find((s) => s.id === c.source)?.sentences[c.sentence];
    const m = sentence?.dates.find((d) => sentence.tokens[d.from]?.start === c.span.start);
    if (!m) return { source: c.source, value: c.text };
    const r = resolve(m, datelines.get(c.source));
    return { source: c.source, value: r.value, unit: r.kind };
  };
}

/** Dates agree on a camp by kind and value. */
const dateCamp = (v: ClaimValue): string => (v.unit === undefined ? String(v.value) : `${v.unit}:${v.value}`);

/** How a kind of date is named in a message ("Different days for the same event"). */
const PLURAL: Readonly<Record<string, string>> = { time: 'times', year: 'years', weekday: 'days', month: 'months', date: 'dates' };

/** Definite kinds compared one to one: a weekday with a weekday, a time with a time. */
const COMPARED: readonly DateKind[] = ['weekday', 'date', 'month', 'year', 'time'];

/** The month of a calendar date, to meet a month named on its own. */
function monthOf(m: Mention): Mention {
  return { ...m, date: { ...m.date, kind: 'month', value: Math.floor(m.date.value / 100) } };
}

/**
 * Words before a date that make it a limit, not the time something happened: "by Monday", "until
 * Friday". Not "since", "from", "before" or "after": the start of a span ("results from 14 March
 * are annulled") is usually the day the thing happened, and "shortly after 2 p.m." tells when.
 */
const BOUNDS = /^(?:by|until|till|through)$/;

/**
 * The word that makes a date a limit ("by" of "By Monday", "until" of "until 5pm on December 3"),
 * or "" for a date that tells when. Other dates and "on"/"at" between the word and the date belong
 * to the same limit.
 */
function boundOf(m: Mention): string {
  const { tokens, dates } = m.sentence;
  let k = m.date.from - 1;
  while (k >= 0) {
    const t = tokens[k] as Token;
    const inDate = dates.find((d) => d.from <= k && k < d.to);
    if (inDate) k = inDate.from - 1;
    else if (t.fold === 'on' || t.fold === 'at') k--;
    else {
      const bound = BOUNDS.exec(t.fold)?.[0] ?? '';
      // "expects to restore power by Thursday evening" is a deadline; "By Monday morning 7,000
      // remained without power" a state at a time: two limits of different kinds.
      return bound !== '' && tokens.slice(0, k).some((u) => EXPECTING.test(u.fold)) ? `${bound}:expected` : bound;
    }
  }
  return '';
}

/** Words that make a limit a deadline still to come: "expects to restore power by Thursday". */
const EXPECTING = /^(?:will|expect|expects|expected|expecting|plan|plans|planned|aim|aims|hope|hopes|due|scheduled|intends)$/;

/**
 * The name a year is part of ("expo" of "Expo '92", "euro" of "Euro 2024"), or "" for a year that
 * tells when: a capitalised word right before it that is no month or weekday and no other date.
 */
function nameOfYear(m: Mention): string {
  if (m.date.kind !== 'year') return '';
  const { tokens, dates } = m.sentence;
  const prev = tokens[m.date.from - 1];
  const year = tokens[m.date.from];
  if (!prev || !year || !prev.cap || prev.stop || prev.num || isCalendarWord(prev.fold)) return '';
  if (year.start - prev.end > 2 || dates.some((d) => d.from <= m.date.from - 1 && m.date.from - 1 < d.to)) return '';
  return prev.fold;
}

/** Verbs whose date is the day something was said, not the day it happened. */
const PLAIN_SAYING = /^(?:say|says|said|tell|tells|told)$/;

/** Words before a date within which "born" makes it a birth date. */
const BORN_REACH = 5;

/**
 * What a date dates: a birth ("born in Leiden in 1940", "born on 2 May"), the making of a
 * statement ("said on Monday", "announced Tuesday"), or else the event itself ("").
 */
function roleOf(m: Mention): string {
  const { tokens, speech } = m.sentence;
  // "over a 2022 breach", "the 2022 world champion": a year before a noun names which breach or
  // title, not when the statement's event happened; it meets only another year so placed.
  if (m.date.kind === 'year' && m.date.to === m.date.from + 1) {
    const [before, after] = [tokens[m.date.from - 1], tokens[m.date.to]];
    if (before && after && /^(?:a|an|the|its|his|her|their|this|that)$/.test(before.fold) && !after.cap && !after.num && !/^(?:and|or|to|is|was|were|are)$/.test(after.fold)) return 'naming';
  }
  // "The decision of 13 May records …": a date after "<noun> of" names which decision. (Not a
  // part of the day or of the calendar: "the night of 14 May" is when.)
  const [of, noun] = [tokens[m.date.from - 1], tokens[m.date.from - 2]];
  if (m.date.kind === 'date' && of?.fold === 'of' && noun && !noun.cap && !noun.stop && !noun.num && !/^(?:night|morning|evening|afternoon|day|week|weekend|end|beginning|start|middle|dawn|eve)$/.test(noun.fold)) return 'naming';
  let k = m.date.from - 1;
  if (/^(?:on|in|at)$/.test(tokens[k]?.fold ?? '')) k--;
  // Only the plain verbs of saying: "announced on Monday that it had lost $212m" is often the event itself.
  if (speech && PLAIN_SAYING.test(tokens[k]?.fold ?? '')) return 'said';
  for (let j = m.date.from - 1; j >= Math.max(0, m.date.from - BORN_REACH); j--) {
    const fold = tokens[j]?.fold ?? '';
    if (fold === 'born') return 'born';
    // "born on or after 1 January 1969": a limit word right before the date opens no other clause.
    let limit = /^(?:after|before)$/.test(fold);
    for (let k = j + 1; limit && k < m.date.from; k++) limit = /^(?:on|or|the)$/.test(tokens[k]?.fold ?? '') || m.sentence.dates.some((d) => d.from <= k && k < d.to);
    if (/^(?:and|but|while|when|after|before)$/.test(fold) && !limit) break;
  }
  return '';
}

/**
 * How a year opens or closes a span: "after 1968" (the years after it), "from 1969", "since
 * 1969", "1969 onwards", "on or after 1 January 1969" (from it on), "before 1969", "until 1968".
 */
function limitOf(m: Mention): 'after' | 'from' | 'before' | 'until' | undefined {
  const { tokens, dates } = m.sentence;
  let k = m.date.from - 1;
  // Back over the rest of the date the year closes ("1 January 1969").
  for (let inDate = dates.find((d) => d.from <= k && k < d.to); inDate; inDate = dates.find((d) => d.from <= k && k < d.to)) k = inDate.from - 1;
  const word = tokens[k]?.fold ?? '';
  const inclusive = tokens[k - 1]?.fold === 'or';
  if (/^onwards?$/.test(tokens[m.date.to]?.fold ?? '')) return 'from';
  if (word === 'after') return inclusive ? 'from' : 'after';
  if (word === 'before') return inclusive ? 'until' : 'before';
  if (/^(?:from|since)$/.test(word)) return 'from';
  if (/^(?:until|till|through)$/.test(word)) return 'until';
  return undefined;
}

/** "born after 1968" / "born from 1969 onwards": one span's limit, said exclusively and inclusively. */
function sameLimit(a: Mention, b: Mention): boolean {
  if (a.date.kind !== 'year' || b.date.kind !== 'year') return false;
  const [la, lb] = [limitOf(a), limitOf(b)];
  const one = (x: Mention, lx: typeof la, y: Mention, ly: typeof lb): boolean =>
    (lx === 'after' && ly === 'from' && y.date.value === x.date.value + 1) || (lx === 'before' && ly === 'until' && y.date.value === x.date.value - 1);
  return one(a, la, b, lb) || one(b, lb, a, la);
}

/** Two dates told two ways; `among` when each sentence gives several of the kind and only these differ. */
interface DatePair {
  a: Mention;
  b: Mention;
  among: boolean;
}

/** Does the sentence date something by a year word ("last year", "this year", "a year ago")? */
function yearWordIn(sentence: AnalyzedSentence): boolean {
  const { tokens } = sentence;
  return tokens.some((t, k) => /^years?$/.test(t.fold) && (/^(?:last|this|next|previous|past)$/.test(tokens[k - 1]?.fold ?? '') || /^(?:ago|earlier)$/.test(tokens[k + 1]?.fold ?? '')));
}

function pairDates(x: Mention[], y: Mention[], kind: DateKind): DatePair[] {
  // "Expo '92" names an event; "inaugurated in 1974" dates one: years meet years of the same name only.
  if (kind === 'year') {
    const [namesX, namesY] = [x.map(nameOfYear), y.map(nameOfYear)];
    x = x.filter((_, i) => namesY.includes(namesX[i] as string) || x[i]?.date.kind !== 'year');
    y = y.filter((_, i) => namesX.includes(namesY[i] as string) || y[i]?.date.kind !== 'year');
  }
  // "By Monday, staff had removed 8,400 fish" / "since anglers raised the alarm on Saturday": a
  // limit and a time of happening date two different things; limits meet limits of the same word.
  // So do a birth ("Born in Leeuwarden in 1940"), the day a statement was made ("said on Monday")
  // and the time of the event: each meets only its own kind.
  const [first, second] = [x.map((m) => `${boundOf(m)}|${roleOf(m)}`), y.map((m) => `${boundOf(m)}|${roleOf(m)}`)];
  if (new Set([...first, ...second]).size > 1) {
    x = x.filter((_, i) => second.includes(first[i] as string));
    y = y.filter((_, i) => first.includes(second[i] as string));
  }
  let xs = x.filter((m) => m.date.kind === kind);
  let ys = y.filter((m) => m.date.kind === kind);
  if (kind === 'month') {
    // "in September" against "on 12 January": a full date meets a bare month by its month; two full
    // dates are the 'date' comparison's.
    const datesX = x.filter((m) => m.date.kind === 'date');
    const datesY = y.filter((m) => m.date.kind === 'date');
    if (xs.length > 0 && datesY.length > 0 && datesX.length === 0) ys = [...ys, ...datesY.map(monthOf)];
    else if (ys.length > 0 && datesX.length > 0 && datesY.length === 0) xs = [...xs, ...datesX.map(monthOf)];
  }
  // Agreeing values explain each other; what is left is compared only when unambiguous.
  const meet = (a: Mention, b: Mention): boolean => agree(approximate(a), approximate(b)) || sameLimit(a, b);
  const restX = xs.filter((a) => !ys.some((b) => meet(a, b)));
  const restY = ys.filter((b) => !xs.some((a) => meet(a, b)));
  // Times: one left on each side of as many ("the 06:58 service … at 7:42" / "the 06.58 service
  // … at 7.24am"): the others agree pairwise, so the two left are one time told two ways. (Days
  // and dates stay one each: two sentences giving two days each often date two things.)
  if (restX.length !== 1 || restY.length !== 1) return [];
  const pair = { a: restX[0] as Mention, b: restY[0] as Mention };
  // "first elected in 2016, won a third term last year" / "re-elected in 2024": a sentence that
  // also dates something by a year word may give the other's year that way; the two years left
  // may date two things.
  if (kind === 'year' && xs.length === 1 && ys.length === 1 && (yearWordIn(pair.a.sentence) || yearWordIn(pair.b.sentence))) return [{ ...pair, among: true }];
  if (xs.length === 1 && ys.length === 1) return [{ ...pair, among: false }];
  // Years the same way ("start in 2027 … ride in 2030" / "begin in 2027 … ride in 2031"): the
  // others agree pairwise, the two left are one year told two ways, or two things a story dates.
  return (kind === 'time' || kind === 'year') && xs.length === ys.length ? [{ ...pair, among: true }] : [];
}

export const dateDetector: Detector = {
  kind: 'date',
  description: 'different weekdays, dates, years or times of day for the same event (relative days resolved against a dateline)',
  detect(context) {
    const datelines = new Map(context.sources.map((s) => [s.id, datelineOf(s.text)]));
    const read = dateValue(context, datelines);
    const everyMention = (s: AnalyzedSentence): Mention[] => s.dates.map((date) => ({ sentence: s, date: resolve(date, datelines.get(s.source)) }));
    const mentions = (s: AnalyzedSentence): Mention[] => everyMention(s).filter((m) => !inDateline(s, m.date));
    const findings = pairFindings(context, (x, y, group) => {
      const found: Finding[] = [];
      const mx = mentions(x);
      const my = mentions(y);
      for (const kind of COMPARED) {
        for (const { a, b, among } of pairDates(mx, my, kind)) {
          const claims = [claimOf(a, context), claimOf(b, context)];
          found.push({
            kind: 'date',
            rule: `date/different-${kind}`,
            // Several times a side, one left over each: low, for on held-out events such a pair
            // was at times two moments of the story rather than one told two ways.
            severity: among ? 'low' : 'high',
            confidence: alignedConfidence(0.55, group),
            group: context.groupId(group),
            ...(among ? { weakened: { reason: 'among-times' as const, severity: 'high' as const } } : {}),
            claims,
            values: claims.map(read),
          });
        }
      }
      // An unresolved "yesterday" against a weekday: imprecise rather than contradictory. What the
      // other side also says ("stolen on 14 November, found yesterday" in both) is no such clash.
      const unmatched = (xs: Mention[], ys: Mention[], kinds: readonly DateKind[]): Mention[] =>
        xs.filter((m) => kinds.includes(m.date.kind) && !ys.some((o) => o.date.kind === m.date.kind && o.date.value === m.date.value));
      const relX = unmatched(mx, my, ['relative']);
      const relY = unmatched(my, mx, ['relative']);
      const dayX = unmatched(mx, my, ['weekday', 'date']);
      const dayY = unmatched(my, mx, ['weekday', 'date']);
      for (const [rel, day] of [
        [relX, dayY],
        [relY, dayX],
      ] as const) {
        if (rel.length === 1 && day.length === 1 && (rel[0] as Mention).date.value !== 0) {
          const claims = [claimOf(rel[0] as Mention, context), claimOf(day[0] as Mention, context)];
          found.push({
            kind: 'date',
            rule: 'date/imprecise',
            severity: 'low',
            confidence: 0.4,
            group: context.groupId(group),
            claims,
            values: claims.map(read),
          });
        }
      }
      return found;
    });
    const merged = mergeAcrossSources(findings);
    return uniqueByClaims([
      ...merged,
      ...selfContradictions(merged, context, read, mentions),
      ...storyWeekdays(merged, context, read, mentions),
      ...sameContextDates(merged, context, read, mentions),
      // A dateline's day still counts as support for which of a source's two days the others give
      // (a story is mostly filed on the day it tells of).
      ...datedTwice(context, read, everyMention),
      ...possessiveDays(context, read, mentions),
      ...factFindings(context, ['born-year', 'founded-year'], 'date'),
    ]);
  },
  describe(f, labels) {
    if (f.rule === 'date/self-outlier') return contradictionText(f, labels);
    if (f.rule.startsWith('date/story-')) {
      const noun = STORY_NOUNS[f.rule.slice('date/story-'.length)] ?? 'dates';
      return `Different ${noun} in the story (the statements were not aligned): ${consensusText(f.claims, labels, byValue(f, dateCamp))}`;
    }
    const camps = (): string => consensusText(f.claims, labels, byValue(f, dateCamp));
    if (f.rule === 'date/imprecise') {
      // One pair names the relative day first (the detector's order); a joined finding names camps.
      const [relative, day] = f.claims;
      return `Imprecise date: ${f.merged ? camps() : `"${relative?.text}" cannot be checked against "${day?.text}" (no dateline)`}`;
    }
    const plural = PLURAL[f.rule.slice('date/different-'.length)];
    return plural === undefined ? describeFact(f, labels) : `Different ${plural} for the same event: ${camps()}`;
  },
};

/**
 * The day of the story: where two or more sources each name exactly one weekday (a relative day
 * resolved against the dateline counts), and they name different days, the sources disagree on
 * when it happened, even when no sentence of one aligned with the other's ("died in hospital in
 * Carmarthen on Tuesday" / "passed away in the early hours of Monday at Glangwili hospital").
 * Low: the days are not shown to belong to one statement. Skipped where an aligned finding
 * already compares those days.
 */
function storyWeekdays(aligned: readonly Finding[], context: DetectionContext, read: (c: Claim) => ClaimValue, mentions: (s: AnalyzedSentence) => Mention[]): Finding[] {
  return STORY_KINDS.flatMap((kind) => {
    const only: Mention[] = [];
    for (const source of context.sources) {
      // A limit ("By Monday, staff had removed …") is no day the story happened on; nor is the day a
      // statement was made ("said on Monday") or a birthday.
      const days = source.sentences.flatMap(mentions).filter((m) => m.date.kind === kind && boundOf(m) === '' && roleOf(m) === '');
      if (days.length > 0 && days.every((m) => agree(m.date, (days[0] as Mention).date))) only.push(days[0] as Mention);
    }
    if (only.length < 2 || only.every((m) => agree(m.date, (only[0] as Mention).date))) return [];
    const covered = aligned.some((f) => f.rule === `date/different-${kind}` && only.filter((m) => f.claims.some((c) => c.source === m.sentence.source)).length >= 2);
    if (covered) return [];
    const claims = only.map((m) => claimOf(m, context));
    return [{ kind: 'date', rule: `date/story-${kind}`, severity: 'low', confidence: 0.35, group: null, claims, values: claims.map(read) }];
  });
}

/** What a story-level finding compares, by date kind, in its message. */
const STORY_NOUNS: Readonly<Record<string, string>> = { weekday: 'days', date: 'dates', time: 'times', month: 'months', year: 'years' };

/** Words either side of a date that say what it dates. */
const DATE_CONTEXT_REACH = 5;

/** Words that stand next to any date in a story and say nothing of what happened then. */
const DATE_CONTEXT_NOISE = new Set(['said', 'say', 'says', 'told', 'according', 'local', 'time', 'morn', 'even', 'night', 'afternoon', 'earli', 'late', 'around', 'about', 'shortli', 'just', 'am', 'pm', 'gmt', 'utc']);

/** Content words (stems) around a date: what it dates ("the first case was reported on Sept. 3"). */
function dateContext(m: Mention): Set<string> {
  const { tokens } = m.sentence;
  const out = new Set<string>();
  const inDate = new Set(m.sentence.dates.flatMap((d) => Array.from({ length: d.to - d.from }, (_, k) => d.from + k)));
  for (let k = Math.max(0, m.date.from - DATE_CONTEXT_REACH); k < Math.min(tokens.length, m.date.to + DATE_CONTEXT_REACH); k++) {
    const t = tokens[k];
    if (!t || inDate.has(k) || t.stop || t.num || t.fold.length < 3 || DATE_CONTEXT_NOISE.has(t.stem)) continue;
    out.add(t.stem);
  }
  return out;
}

/** Shared context words two dates need to be read as dating one thing. */
const DATE_CONTEXT_SHARED = 1;

/** Dates of a kind per source considered at most: bounded work on a long compilation. */
const DATE_CONTEXT_MENTIONS = 32;

/**
 * Pairs of dates of a kind compared at most: on a cluster of hundreds of sources the first
 * sources' pairs are compared (the same every run; past this, input order can matter).
 */
const DATE_CONTEXT_PAIRS = 200_000;

/**
 * Per source, its first dates of a kind with what stands around them, the limit and the role they
 * have, and their approximate reading. A part of the day ("overnight", "in the afternoon") dates
 * too loosely to clash and is left out.
 */
function contextMentions(context: DetectionContext, mentions: (s: AnalyzedSentence) => Mention[], kind: DateKind) {
  return context.sources.map((source) =>
    source.sentences
      .flatMap(mentions)
      .filter((m) => m.date.kind === kind && m.date.range === undefined)
      .slice(0, DATE_CONTEXT_MENTIONS)
      .map((m) => ({ m, words: dateContext(m), bound: boundOf(m), role: roleOf(m), approx: approximate(m) })),
  );
}

/**
 * Two sources dating one thing differently where their sentences did not align ("found on
 * Tuesday" / "was found on Monday in a garage", "first case was reported on Sept. 3" / "First
 * locally acquired case: 8 September"): dates of one kind that differ, standing among at least
 * two of the same content words, where neither source gives the other's date anywhere. Low: the
 * words say, not prove, that the dates belong to one statement. One finding per pair of values.
 */
function sameContextDates(aligned: readonly Finding[], context: DetectionContext, read: (c: Claim) => ClaimValue, mentions: (s: AnalyzedSentence) => Mention[]): Finding[] {
  const out: Finding[] = [];
  for (const kind of CONTEXT_KINDS) {
    const bySource = contextMentions(context, mentions, kind);
    // Exact values per source (parts of the day are left out, so agreeing is being equal).
    const values = bySource.map((list) => new Set(list.map((x) => x.m.date.value)));
    const byValues = new Map<string, Mention[]>();
    let budget = DATE_CONTEXT_PAIRS;
    for (let x = 0; x < bySource.length && budget > 0; x++) {
      for (let y = x + 1; y < bySource.length && budget > 0; y++) {
        const lx = bySource[x] as (typeof bySource)[number];
        const ly = bySource[y] as (typeof bySource)[number];
        for (const a of lx) {
          for (const b of ly) {
            budget--;
            if (a.m.date.value === b.m.date.value || values[x]?.has(b.m.date.value) || values[y]?.has(a.m.date.value)) continue;
            // "shortly after 3am" holds 3.10am; a limit dates no happening, a statement's day or a birth another thing.
            if (agree(a.approx, b.approx) || a.bound !== b.bound || a.role !== b.role) continue;
            let shared = 0;
            for (const w of a.words) if (b.words.has(w)) shared++;
            if (shared < DATE_CONTEXT_SHARED) continue;
            const claims = [claimOf(a.m, context), claimOf(b.m, context)];
            if (comparedAlready(aligned, claims)) continue;
            const key = [a.m.date.value, b.m.date.value].sort((p, q) => p - q).join('|');
            const list = byValues.get(key) ?? [];
            // Per source its first mention of the value in the text, whichever pair found it first.
            for (const m of [a.m, b.m]) {
              const at = list.findIndex((n) => n.sentence.source === m.sentence.source && n.date.value === m.date.value);
              if (at < 0) list.push(m);
              else if (startOf(m) < startOf(list[at] as Mention)) list[at] = m;
            }
            byValues.set(key, list);
          }
        }
      }
    }
    for (const [, list] of [...byValues.entries()].sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0))) {
      const claims = list.map((m) => claimOf(m, context)).sort((p, q) => sourceNumber(p.source) - sourceNumber(q.source) || p.span.start - q.span.start);
      out.push({ kind: 'date', rule: `date/story-${kind}`, severity: 'low', confidence: 0.3, group: null, claims, values: claims.map(read) });
    }
  }
  return out;
}

/** Where a mention starts in its source's text. */
function startOf(m: Mention): number {
  return m.sentence.tokens[m.date.from]?.start ?? 0;
}

/** Kinds whose dates are compared by the words around them (weekdays also as the story's day, above). */
const CONTEXT_KINDS: readonly DateKind[] = ['weekday', 'date', 'time', 'month'];

/**
 * A source that dates one thing two ways in two sentences ("the tiebreak on Sunday 14 September" /
 * "The tiebreak on 15 September"), where other sources give one of its dates and none the other:
 * the dates stand among a content word in common, and the unsupported one is the slip. A story
 * dates several things, so the other sources decide which reading holds; without them, nothing.
 */
function datedTwice(context: DetectionContext, read: (c: Claim) => ClaimValue, mentions: (s: AnalyzedSentence) => Mention[]): Finding[] {
  const out: Finding[] = [];
  // A month recurs in a story for other things ("its October meeting" / "since January").
  for (const kind of CONTEXT_KINDS.filter((k) => k !== 'month')) {
    const bySource = contextMentions(context, mentions, kind);
    const values = bySource.map((list) => new Set(list.map((x) => x.m.date.value)));
    // How many other sources give a value of this kind.
    const givenElsewhere = (own: number, value: number): number => values.filter((v, k) => k !== own && v.has(value)).length;
    bySource.forEach((list, own) => {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i] as (typeof list)[number];
          const b = list[j] as (typeof list)[number];
          if (a.m.sentence === b.m.sentence || a.m.date.value === b.m.date.value || agree(a.approx, b.approx) || a.bound !== b.bound || a.role !== b.role) continue;
          if (![...a.words].some((w) => b.words.has(w)) || !slipOf(kind, a.m.date.value, b.m.date.value)) continue;
          const [forA, forB] = [givenElsewhere(own, a.m.date.value), givenElsewhere(own, b.m.date.value)];
          if (!((forA > 0 && forB === 0) || (forB > 0 && forA === 0))) continue;
          const claims = [claimOf(a.m, context), claimOf(b.m, context)];
          // Low: the words around the dates say, not prove, that they date one thing (on the sealed
          // set half of these were two things dated a day apart).
          out.push({ kind: 'date', rule: 'date/self-outlier', severity: 'low', confidence: 0.4, group: null, claims, values: claims.map(read) });
        }
      }
    });
  }
  return out;
}

/** Tokens within which an event's noun must stand before the day that dates it. */
const EVENT_REACH = 10;

/**
 * A source that names an event by its day ("since Sunday's attack") and dates the same event a
 * day off elsewhere ("The attack was discovered in the early hours of Saturday"): the noun after
 * the possessive day stands in the other sentence, whose one weekday is the day before or after.
 * Medium: the noun says, not proves, that the two sentences tell of one event.
 */
function possessiveDays(context: DetectionContext, read: (c: Claim) => ClaimValue, mentions: (s: AnalyzedSentence) => Mention[]): Finding[] {
  const out: Finding[] = [];
  for (const source of context.sources) {
    const named: Array<{ m: Mention; noun: string }> = [];
    // Sentences dating something by one plain weekday: its mention.
    const dated: Mention[] = [];
    for (const sentence of source.sentences) {
      const days = mentions(sentence).filter((m) => m.date.kind === 'weekday');
      const possessive = (m: Mention): boolean => {
        const t = sentence.tokens[m.date.from];
        return t !== undefined && (/['’]s$/.test(t.text) || /^['’]s\b/.test(source.text.slice(t.end, t.end + 3)));
      };
      for (const m of days.filter(possessive)) {
        const noun = sentence.tokens[m.date.to];
        // "Wednesday's stage 12": a number names which stage, and another sentence's stage is another.
        if (noun && !noun.stop && !noun.cap && !noun.num && !sentence.tokens[m.date.to + 1]?.num) named.push({ m, noun: noun.stem });
      }
      const plain = days.filter((m) => !possessive(m) && boundOf(m) === '' && roleOf(m) === '');
      if (plain.length === 1) dated.push(plain[0] as Mention);
    }
    for (const { m, noun } of named) {
      for (const other of dated) {
        if (other.sentence === m.sentence || !slipOf('weekday', m.date.value, other.date.value)) continue;
        // The event's noun leads up to the other day ("The attack was discovered … of Saturday").
        // ("won stage 11 … on Tuesday" numbers one of many stages: not the one "Wednesday's stage" is.)
        const at = other.sentence.tokens.findIndex((t, k) => t.stem === noun && k < other.date.from && other.date.from - k <= EVENT_REACH && !other.sentence.tokens[k + 1]?.num);
        if (at < 0) continue;
        const claims = [claimOf(other, context), claimOf(m, context)].sort((p, q) => p.span.start - q.span.start);
        out.push({ kind: 'date', rule: 'date/self-outlier', severity: 'medium', confidence: 0.5, group: null, claims, values: claims.map(read) });
        break;
      }
    }
  }
  return out;
}

/**
 * Do two values of a kind differ as a slip does: the next or the day before ("17 March" / "18
 * March", "Sunday" / "Monday"), or one digit changed or two swapped ("28 October" / "23 October",
 * "10:42" / "10:47", "06:42" / "06:24")? Dates weeks apart are two things a story dates.
 */
function slipOf(kind: DateKind, a: number, b: number): boolean {
  if (kind === 'weekday') return (a - b + 7) % 7 === 1 || (b - a + 7) % 7 === 1;
  const digitsOf = (v: number): string => (kind === 'date' ? String(v % 100).padStart(2, '0') : `${Math.floor(v / 60) % 12}${String(v % 60).padStart(2, '0')}`);
  if (kind === 'date' && Math.floor(a / 100) !== Math.floor(b / 100)) return false;
  if (kind === 'date' && Math.abs(a - b) === 1) return true;
  const [x, y] = [digitsOf(a), digitsOf(b)];
  if (x.length !== y.length) return false;
  const diff = [...x].flatMap((c, k) => (c === y[k] ? [] : [k]));
  const swapped = diff.length === 2 && x[diff[0] as number] === y[diff[1] as number] && x[diff[1] as number] === y[diff[0] as number];
  return diff.length === 1 || swapped;
}

/** Does an aligned finding already set these claims against each other? */
function comparedAlready(aligned: readonly Finding[], claims: readonly Claim[]): boolean {
  return aligned.some((f) => claims.every((c) => f.claims.some((d) => d.source === c.source && d.span.start === c.span.start)));
}

/**
 * Kinds compared as the story's own: a weekday. Times, calendar dates and years were tried the same
 * way on dev and found more false clashes than true ones (a story tells of several times, dates
 * and years: 1 true of 5, 1 of 3, 1 of 10).
 */
const STORY_KINDS: readonly DateKind[] = ['weekday'];

/** A source that gives the outlying day here and the others' day elsewhere for the same kind contradicts itself. */
function selfContradictions(
  findings: readonly Finding[],
  context: DetectionContext,
  read: (c: Claim) => ClaimValue,
  mentions: (s: AnalyzedSentence) => Mention[],
): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const key: CampKey = byValue(f, dateCamp);
    // A clash read off a sentence that carries several statements, or found through one clause of
    // it, is too weak to convict a source.
    if (restsOnLink(f, context) || restsOnClause(f, context)) continue;
    if (f.severity === 'low') continue;
    // Only a strict majority names an outlier: with a tie, which side is wrong is a guess, and the
    // guess must not depend on input order.
    const [majority, ...others] = camps(f.claims, key);
    if (!majority || others.length === 0 || (others[0]?.length ?? 0) >= majority.length) continue;
    for (const outlier of others.flat()) {
      const wanted = key(majority[0] as Claim);
      const source = context.sources.find((s) => s.id === outlier.source);
      // A month or a year recurs in a story for other things ("its October meeting" / "since
      // September 2023"); a weekday, a date or a time told two ways is one event told two ways.
      if (/^(?:month|year):/.test(wanted)) continue;
      const hit = source?.sentences
        .filter((s) => s.index !== outlier.sentence)
        .flatMap(mentions)
        .find((m) => `${m.date.kind}:${m.date.value}` === wanted);
      if (!source || !hit) continue;
      const claims = [claimOf(hit, context), outlier].sort((p, q) => p.span.start - q.span.start);
      out.push({
        kind: 'date',
        rule: 'date/self-outlier',
        severity: 'high',
        confidence: 0.7,
        group: null,
        claims,
        values: claims.map(read),
      });
    }
  }
  return uniqueByClaims(out);
}
