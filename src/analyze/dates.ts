import type { DateMention, Token } from './types.js';

export type { DateKind, DateMention } from './types.js';

/**
 * Dates and times as values: weekdays, calendar dates (May 14, 14 May,
 * 11.10.2025), years, times of day (4:17 a.m. = 04:17, 9 a.m. ≠ 9 p.m.,
 * "in the morning") and relative words (yesterday, this weekend), which are
 * resolved against a dateline when the source gives one.
 */

/** Minutes in a day: times of day are minutes after midnight, below this. */
export const DAY_MINUTES = 1440;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** Months written in full: abbreviated, a month stands only beside its day or year ("Mar 14", "Sept 2023"), never alone ("do Mar e da Atmosfera"). */
const FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** A month or a day of the week, in full or abbreviated ("May", "Sept", "Tues"). */
export function isCalendarWord(fold: string): boolean {
  return MONTHS[fold] !== undefined || WEEKDAYS.some((d) => d === fold || (fold.length >= 3 && d.startsWith(fold) && fold.length <= 5));
}

const PARTS_OF_DAY: Readonly<Record<string, [number, number]>> = {
  morning: [300, 720], dawn: [240, 420], noon: [690, 780], midday: [660, 840], afternoon: [720, 1080],
  // The evening runs to midnight: "on Tuesday evening" is said of 23.40 too.
  evening: [1020, 1440], night: [1200, 1740], overnight: [1200, 1740], midnight: [1380, 1500],
};
/** Words after "the morning" that go on about where or when ("in the morning near Aigio"), not a noun it names. */
const PLACE_AND_TIME_WORDS = /^(?:near|outside|inside|after|before|during|since|until|till|when|while|off|along|across|around|beyond|behind|local|hours?)$/;
const RELATIVE: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

function dayOf(text: string): number | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(text);
  const d = m ? Number(m[1]) : NaN;
  return d >= 1 && d <= 31 ? d : undefined;
}

const CLOCK_MINUTES: Readonly<Record<string, number>> = { five: 5, ten: 10, quarter: 15, twenty: 20, 'twenty-five': 25, half: 30 };
const CLOCK_HOURS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
/** Words after a spoken clock time that say which half of the day it is in. */
const CLOCK_HALF_REACH = 3;

/**
 * "twenty to six", "a quarter past nine", "half past ten" read as minutes after midnight, where a
 * part of the day or a.m./p.m. follows within a few words to place it ("this morning"; the part of
 * day moves an evening time on, as for "2:47 in the morning"). Without one it is left unread:
 * "twenty to six" alone may be a score.
 */
function spokenClock(tokens: readonly Token[], i: number): { value: number; to: number } | undefined {
  const minutes = CLOCK_MINUTES[tokens[i]?.fold ?? ''];
  const way = tokens[i + 1]?.fold;
  const hourToken = tokens[i + 2];
  if (minutes === undefined || (way !== 'to' && way !== 'past') || !hourToken) return undefined;
  const hour = CLOCK_HOURS[hourToken.fold] ?? (/^\d{1,2}$/.test(hourToken.text) ? Number(hourToken.text) : undefined);
  if (hour === undefined || hour < 1 || hour > 12) return undefined;
  for (let k = i + 3; k < Math.min(tokens.length, i + 3 + CLOCK_HALF_REACH); k++) {
    const fold = (tokens[k]?.fold ?? '').replace(/\./g, '');
    const value = ((hour % 12) * 60 + (way === 'to' ? -minutes : minutes) + 720) % 720;
    if (fold === 'am' || fold === 'pm') return { value: value + (fold === 'pm' ? 720 : 0), to: k + 1 };
    // The part of day is left to the caller's merge ("this morning" keeps it, "evening" moves it on).
    if (PARTS_OF_DAY[fold] !== undefined) return { value, to: i + 3 };
  }
  return undefined;
}

/** Two-digit years below this are read in the 2000s ("’24"), the rest in the 1900s ("'92"). */
const ELIDED_YEAR_PIVOT = 40;

export function findDates(tokens: readonly Token[], text: string): DateMention[] {
  const found: DateMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const weekday = WEEKDAYS.indexOf(t.fold);
    // "the Sunday Ledger", "The Sunday Times": after an article, a weekday before another capital
    // opens a name, not a date ("the Tuesday meeting" stays one).
    const named = weekday >= 0 && /^(?:the|a)$/.test(tokens[i - 1]?.fold ?? '') && next !== undefined && next.cap && !isCalendarWord(next.fold) && /^\s+$/.test(text.slice(t.end, next.start));
    if (weekday >= 0 && !named) {
      found.push({ kind: 'weekday', value: weekday, from: i, to: i + 1 });
      continue;
    }
    const month = t.cap || t.fold.length > 3 ? MONTHS[t.fold] : undefined;
    // "May 14" (the capital keeps the modal verb "may" out), "14 May".
    if (month !== undefined && (t.cap || t.fold !== 'may')) {
      const day = next ? dayOf(next.text) : undefined;
      if (day !== undefined) {
        // "Nov. 4-5": the second day of the range belongs to the date.
        const end = tokens[i + 2];
        const range = next && end && dayOf(end.text) !== undefined && /^[-‐‑–—]$/.test(text.slice(next.end, end.start).trim());
        found.push({ kind: 'date', value: month * 100 + day, from: i, to: range ? i + 3 : i + 2 });
        i += range ? 2 : 1;
        continue;
      }
      // A month on its own ("in early September", "last March"); "14 May" was taken with its day above.
      // Sentence-initial "May"/"March" may be the verb, so those need a capital away from the start.
      const prevDay = tokens[i - 1] ? dayOf(tokens[i - 1]!.text) : undefined;
      const beforeYear = /^(?:1[89]|20)\d\d$/.test(next?.text ?? '');
      if (t.cap && (FULL_MONTHS.has(t.fold) || beforeYear) && prevDay === undefined && (i > 0 || (t.fold !== 'may' && t.fold !== 'march'))) {
        found.push({ kind: 'month', value: month, from: i, to: i + 1 });
        continue;
      }
    }
    // "twenty to six this morning", "a quarter past nine in the evening": a clock time in words.
    const spoken = spokenClock(tokens, i);
    if (spoken) {
      found.push({ kind: 'time', value: spoken.value, from: i, to: spoken.to });
      i = spoken.to - 1;
      continue;
    }
    // "7 in the morning", "seven in the evening", "10 o'clock this morning": an hour told by the
    // part of the day that follows it (merged below, which moves an evening hour on). Without a
    // part of the day ("10 o'clock") a.m. or p.m. is unknown: left unread.
    const bareHour = CLOCK_HOURS[t.fold] ?? (/^\d{1,2}$/.test(t.text) ? Number(t.text) : undefined);
    if (bareHour !== undefined && bareHour >= 1 && bareHour <= 12 && !/[€£$¥₺₽₹]/.test(text[t.start - 1] ?? '')) {
      const oclock = next?.fold === "o'clock" || next?.fold === 'oclock';
      const after = oclock ? i + 2 : i + 1;
      const told = [0, 1, 2].some((d) => {
        const fold = tokens[after + d]?.fold ?? '';
        const lead = tokens.slice(after, after + d).map((u) => u.fold).join(' ');
        // "in the morning session" names a thing: the part of day must end the phrase.
        const beyond = tokens[after + d + 1];
        const ends = beyond === undefined || beyond.stop || beyond.cap || beyond.num || PLACE_AND_TIME_WORDS.test(beyond.fold) || !/^\s+$/.test(text.slice(tokens[after + d]?.end ?? 0, beyond.start));
        return PARTS_OF_DAY[fold] !== undefined && ends && /^(?:|in the|this|last|yesterday|tomorrow)$/.test(lead) && (oclock || lead !== '');
      });
      if (told) {
        found.push({ kind: 'time', value: (bareHour % 12) * 60, from: i, to: after });
        i = after - 1;
        continue;
      }
    }
    // "5pm", "11am": an hour with its a.m. or p.m. written solid.
    const solid = /^(\d{1,2})(am|pm)$/i.exec(t.text);
    if (solid && Number(solid[1]) >= 1 && Number(solid[1]) <= 12) {
      found.push({ kind: 'time', value: (Number(solid[1]) % 12) * 60 + (solid[2]?.toLowerCase() === 'pm' ? 720 : 0), from: i, to: i + 1 });
      continue;
    }
    // "€12.40", "$9.30": an amount after a currency sign is no time or date.
    if (t.num && /[€£$¥₺₽₹]/.test(text[t.start - 1] ?? '')) continue;
    if (t.num) {
      const day = dayOf(t.text);
      // A range of days, "4-5 November": the event starts on the first.
      const after = tokens[i + 2];
      const rangeMonth = after ? MONTHS[after.fold] : undefined;
      if (day !== undefined && next && rangeMonth !== undefined && /^[-‐‑–—]$/.test(text.slice(t.end, next.start).trim()) && dayOf(next.text) !== undefined) {
        found.push({ kind: 'date', value: rangeMonth * 100 + day, from: i, to: i + 3 });
        i += 2;
        continue;
      }
      // "on 20 and 21 October": two days of one span, which starts on the first.
      const pairMonth = tokens[i + 3] ? MONTHS[tokens[i + 3]!.fold] : undefined;
      if (day !== undefined && next?.fold === 'and' && after && dayOf(after.text) !== undefined && pairMonth !== undefined && tokens[i + 3]?.cap) {
        found.push({ kind: 'date', value: pairMonth * 100 + day, from: i, to: i + 4 });
        i += 3;
        continue;
      }
      const m = next ? MONTHS[next.fold] : undefined;
      if (day !== undefined && m !== undefined && (next?.cap || next?.fold !== 'may')) {
        found.push({ kind: 'date', value: m * 100 + day, from: i, to: i + 2 });
        i++;
        continue;
      }
      // 11.10.2025 / 2025-10-11 as one token or three.
      const numeric = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t.text);
      if (numeric) {
        found.push({ kind: 'date', value: Number(numeric[2]) * 100 + Number(numeric[1]), from: i, to: i + 1 });
        continue;
      }
      // "4h40", "16h05": the clock as French, Portuguese and Spanish copy writes it (and its
      // translations). With seconds after it ("2h07:58") it is a race time, no time of day.
      const hourMark = /^(\d{1,2})h(\d{2})$/i.exec(t.text);
      if (hourMark && Number(hourMark[1]) <= 23 && Number(hourMark[2]) < 60 && !/^[:.,]\d/.test(text.slice(t.end, t.end + 2))) {
        found.push({ kind: 'time', value: Number(hourMark[1]) * 60 + Number(hourMark[2]), from: i, to: i + 1 });
        continue;
      }
      // Times with a dot, as British and European copy writes them: "7.40pm", "at 22.47".
      const dotted = /^(\d{1,2})\.(\d{2})(am|pm)?$/i.exec(t.text);
      const dottedHours = dotted ? Number(dotted[1]) : NaN;
      const meridiemNext = (next?.fold ?? '').replace(/\./g, '');
      // An hour written with a leading zero is a clock time anywhere: "the 06.58 Carlisle to Newcastle
      // service" (a decimal is not written "06.58").
      const zeroLed = dotted !== null && /^0\d$/.test(dotted[1] ?? '');
      if (dotted && Number(dotted[2]) < 60 && (dotted[3] || zeroLed || meridiemNext === 'am' || meridiemNext === 'pm' || (/^(?:at|from|until|till|by|around|after|before)$/.test(tokens[i - 1]?.fold ?? '') && dottedHours <= 23))) {
        const suffix = (dotted[3] ?? (meridiemNext === 'am' || meridiemNext === 'pm' ? meridiemNext : '')).toLowerCase();
        let minutes = dottedHours * 60 + Number(dotted[2]);
        if (suffix && dottedHours >= 1 && dottedHours <= 12) minutes = (minutes % 720) + (suffix === 'pm' ? 720 : 0);
        const to = !dotted[3] && suffix ? i + 2 : i + 1;
        found.push({ kind: 'time', value: minutes, from: i, to });
        i = to - 1;
        continue;
      }
      // Times: "4:17 a.m.", "04:17", "9 p.m.".
      const colon = text[t.end] === ':' && next?.num && next.start === t.end + 1 && /^\d{2}$/.test(next.text);
      const hours = Number(t.text);
      let minutes = colon ? hours * 60 + Number(next?.text) : NaN;
      let to = colon ? i + 2 : i + 1;
      const meridiem = (tokens[to]?.fold ?? '').replace(/\./g, '');
      if ((meridiem === 'am' || meridiem === 'pm') && hours >= 1 && hours <= 12) {
        if (Number.isNaN(minutes)) minutes = hours * 60;
        minutes = (minutes % 720) + (meridiem === 'pm' ? 720 : 0);
        to++;
      }
      // A live blog's time stamp opening a line ("06:14 Police confirm …") dates the post, not the event.
      const stamp = i === 0 && colon && /^\s*(?:[-–—:|]|\s)/.test(text.slice(tokens[to - 1]?.end ?? 0, (tokens[to - 1]?.end ?? 0) + 2));
      if (!Number.isNaN(minutes) && hours <= 24 && !stamp) {
        found.push({ kind: 'time', value: minutes, from: i, to });
        i = to - 1;
        continue;
      }
      if (/^(19|20)\d{2}$/.test(t.text) && text[t.end] !== '%') {
        found.push({ kind: 'year', value: Number(t.text), from: i, to: i + 1 });
        continue;
      }
      // An earlier year where a word of time introduces it and no counted noun follows: "painted in
      // 1651", "since 1848" (not "in 1500 homes").
      if (/^1[0-8]\d{2}$/.test(t.text) && /^(?:in|since|from|until|till|circa|before|after)$/.test(tokens[i - 1]?.fold ?? '') && !(next && !next.stop && !next.cap && !next.num && /^\s+$/.test(text.slice(t.end, next.start)))) {
        found.push({ kind: 'year', value: Number(t.text), from: i, to: i + 1 });
        continue;
      }
      // "Expo '92", "the class of ’89": a year with its century elided. Not a decade ("the ’90s"), not
      // an apostrophe inside a word. Read with a fixed pivot so the same text always gives the same year.
      if (/^\d{2}$/.test(t.text) && /['’‘]/.test(text[t.start - 1] ?? '') && !/[\p{L}\d]/u.test(text[t.start - 2] ?? '') && !/[\p{L}\d]/u.test(text[t.end] ?? '')) {
        const short = Number(t.text);
        found.push({ kind: 'year', value: short < ELIDED_YEAR_PIVOT ? 2000 + short : 1900 + short, from: i, to: i + 1 });
        continue;
      }
    }
    // "the morning high tide", "the evening shift": after an article and before a noun, a part of the
    // day names a thing, not a time.
    const namesThing = (tokens[i - 1]?.fold === 'the' || tokens[i - 1]?.fold === 'a' || tokens[i - 1]?.fold === 'an') && next !== undefined && !next.stop && !next.num && !next.cap && !PLACE_AND_TIME_WORDS.test(next.fold) && /^\s+$/.test(text.slice(t.end, next.start));
    const part = namesThing ? undefined : PARTS_OF_DAY[t.fold];
    // "2:47 in the morning" is one time: the part of day only says a.m. or p.m.
    const clock = found.at(-1);
    if (part && clock?.kind === 'time' && clock.range === undefined && i - clock.to <= 2) {
      if (clock.value < 720 && (t.fold === 'evening' || t.fold === 'night' || t.fold === 'afternoon')) clock.value += 720;
      clock.to = i + 1;
      continue;
    }
    if (part) {
      found.push({ kind: 'time', value: part[0], range: part, from: i, to: i + 1 });
      continue;
    }
    const rel = RELATIVE[t.fold];
    if (rel !== undefined) found.push({ kind: 'relative', value: rel, from: i, to: i + 1 });
  }
  return found;
}

/** A dateline's date (11.10.2025, "May 14, 2023") as a Date, from the first lines of a text; relative words resolve against it. */
export function datelineOf(text: string): Date | undefined {
  const head = text.slice(0, 400);
  const numeric = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(head);
  if (numeric) return new Date(Date.UTC(Number(numeric[3]), Number(numeric[2]) - 1, Number(numeric[1])));
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(head);
  if (iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  const named = /\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})\b/.exec(head);
  const month = named ? MONTHS[(named[1] ?? '').toLowerCase()] : undefined;
  if (named && month !== undefined) return new Date(Date.UTC(Number(named[3]), month - 1, Number(named[2])));
  return undefined;
}
