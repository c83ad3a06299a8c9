/**
 * News-grade sentence splitting with exact offsets.
 *
 * The text is cut into whitespace-separated tokens in one pass; a unit
 * boundary can only fall in the whitespace gap between two tokens. Each gap is
 * decided from the token before it, the token after it and a bounded
 * lookahead, so the whole split is linear in the length of the text (no
 * backtracking regular expressions run over unbounded input).
 *
 * Units therefore never start or end with whitespace, never overlap, and
 * every non-whitespace character belongs to exactly one unit. List markers
 * ("- ", "• ", "1. ", "2) ", "a. ") stay inside the unit they introduce:
 * dropping them would lose characters, and the public golden rules for
 * English sentence splitting expect them kept ("1.) The first item").
 */

import {
  abbreviationKind,
  isPersonalTitle,
  SENTENCE_STARTERS,
  WEAK_SENTENCE_STARTERS,
  type AbbreviationKind,
} from './abbreviations.js';

export interface Unit {
  start: number;
  end: number;
  /** Set on the pieces of a run-on unit cut at `MAX_UNIT_CHARS` (see `boundUnits`). */
  cut?: true;
}

/**
 * No unit is longer than this. The longest sentences in news reports run to
 * about 500 characters; a longer unit is a text without punctuation (a
 * scraped page flattened to one line, a transcript), and a 500 kB "sentence"
 * made detection compare a whole article at once and report it in every claim.
 */
export const MAX_UNIT_CHARS = 1000;

// ---------------------------------------------------------------- characters

/** Same set as JavaScript's `\s`. */
function isWs(c: number): boolean {
  // Fast path: printable ASCII and the Latin-1 range below NBSP are never space.
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Opening quotes and brackets that may precede a sentence's first word. */
function isOpener(c: number): boolean {
  return (
    c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0x7b ||
    c === 0x201c || c === 0x2018 || c === 0x201e || c === 0x201a ||
    c === 0xab || c === 0x2039 || c === 0xbf || c === 0xa1 || c === 0x2014 || c === 0x2013
  );
}

/** Closing quotes and brackets that belong to the sentence they follow. */
function isCloser(c: number): boolean {
  return (
    c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d ||
    c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a
  );
}

function isTerminal(c: number): boolean {
  return (
    c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203d ||
    c === 0x3002 || c === 0xff01 || c === 0xff1f
  );
}

/** Bullets that mark a list item even in the middle of a line. */
function isBullet(c: number): boolean {
  return (
    c === 0x2022 || c === 0x2023 || c === 0x2043 || c === 0x25e6 || c === 0x25aa ||
    c === 0x25cf || c === 0x25a0 || c === 0x25b8 || c === 0x25ba || c === 0x27a2
  );
}

/** Characters that mark a list item only as a standalone token at line start. */
function isLineBullet(c: number): boolean {
  return (
    c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2a || c === 0x2b ||
    c === 0xb7 || c === 0x25cb || c === 0x25a1
  );
}

/** A line ending in one of these continues on the next line (hard wrap). */
function isContinuationEnd(c: number): boolean {
  return (
    c === 0x2c || c === 0x3b || c === 0x28 || c === 0x5b || c === 0x26 ||
    c === 0x2f || c === 0x2d || c === 0x2013 || c === 0x2014
  );
}

/** Lower-case words that cannot end a headline: a line ending in one is wrapped. */
const CONTINUATION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'and', 'or', 'but', 'as', 'that', 'than', 'into', 'onto', 'about', 'said',
  'says', 'told', 'its', 'their', 'his', 'her', 'our', 'is', 'are', 'was',
  'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'not', 'who',
  'which', 'whose', 'if', 'when', 'while', 'after', 'before', 'because',
]);

const NONE = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const OTHER = 4;
type CharClass = typeof NONE | typeof LOWER | typeof UPPER | typeof DIGIT | typeof OTHER;

const RE_LOWER = /\p{Ll}/u;
const RE_UPPER = /[\p{Lu}\p{Lt}]/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_LETTER = /\p{L}/u;

/** Class of the first character after any opening quotes/brackets. */
function firstClass(text: string, s: number, e: number): CharClass {
  let i = s;
  while (i < e && isOpener(text.charCodeAt(i))) i++;
  if (i >= e) return NONE;
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 48 && c <= 57) return DIGIT;
  if (c < 128) return OTHER;
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  if (RE_LOWER.test(ch)) return LOWER;
  if (RE_UPPER.test(ch)) return UPPER;
  if (RE_DIGIT.test(ch)) return DIGIT;
  // Uncased letters (CJK, Arabic…) can start a sentence like capitals.
  if (RE_LETTER.test(ch)) return UPPER;
  return OTHER;
}

/** The leading ASCII word of a token (after openers), or '' if too long. */
function leadingWord(text: string, s: number, e: number): string {
  let i = s;
  while (i < e && isOpener(text.charCodeAt(i))) i++;
  let j = i;
  while (j < e && j - i <= 14) {
    const c = text.charCodeAt(j) | 0x20;
    if (c < 97 || c > 122) break;
    j++;
  }
  return j - i > 14 ? '' : text.slice(i, j);
}

// -------------------------------------------------------------------- tokens

const T_NONE = 0;
/** A single period. */
const T_PERIOD = 1;
/** Contains "!" or "?". */
const T_STRONG = 2;
/** Two or more periods or "…" glued to the word. */
const T_ELLIPSIS = 3;

interface Terminal {
  kind: typeof T_NONE | typeof T_PERIOD | typeof T_STRONG | typeof T_ELLIPSIS;
  /** The word in front of the punctuation, without quotes or brackets. */
  wordStart: number;
  wordEnd: number;
}

const NO_TERMINAL: Terminal = { kind: T_NONE, wordStart: 0, wordEnd: 0 };

/** How the token ends: which sentence-final punctuation, and the word before it. */
function terminalOf(text: string, s: number, e: number): Terminal {
  let e1 = e;
  while (e1 > s && isCloser(text.charCodeAt(e1 - 1))) e1--;
  let cs = e1;
  let dots = 0;
  let strong = false;
  while (cs > s) {
    const c = text.charCodeAt(cs - 1);
    if (!isTerminal(c)) break;
    if (c === 0x2e) dots++;
    else if (c === 0x2026) dots += 3;
    else strong = true;
    cs--;
  }
  if (cs === e1) return NO_TERMINAL;
  // "[...]" and "(…)" mark an omission inside a quotation, not an end.
  if (cs > s) {
    const before = text.charCodeAt(cs - 1);
    if (before === 0x5b || before === 0x28) return NO_TERMINAL;
  }
  let ws = s;
  while (ws < cs && isOpener(text.charCodeAt(ws))) ws++;
  let we = cs;
  while (we > ws && isCloser(text.charCodeAt(we - 1))) we--;
  const kind = strong ? T_STRONG : dots >= 2 ? T_ELLIPSIS : T_PERIOD;
  return { kind, wordStart: ws, wordEnd: we };
}

/** Number of periods in a token made only of "." / "…" (plus closing quotes), else 0. */
function dotRunDots(text: string, s: number, e: number): number {
  let e1 = e;
  while (e1 > s && isCloser(text.charCodeAt(e1 - 1))) e1--;
  if (e1 === s) return 0;
  let dots = 0;
  for (let i = s; i < e1; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) dots++;
    else if (c === 0x2026) dots += 3;
    else return 0;
  }
  return dots;
}

interface ListMarker {
  numeric: boolean;
  n: number;
  style: string;
}

const NUM_MARKER = /^(\d{1,3})(\.\)|\)|\.)$/;
const ALPHA_MARKER = /^([a-z])(\.\)|\)|\.)$/;
const PAREN_MARKER = /^\((\d{1,3}|[a-z])\)$/;

/** "1." "2)" "3.)" "a." "b)" "(4)" "(c)" → the marker, else undefined. */
function listMarker(tok: string): ListMarker | undefined {
  if (tok.length < 2 || tok.length > 5) return undefined;
  // Cheap pre-check: every marker ends in "." or ")".
  const last = tok.charCodeAt(tok.length - 1);
  if (last !== 0x2e && last !== 0x29) return undefined;
  let m = NUM_MARKER.exec(tok);
  if (m) return { numeric: true, n: Number(m[1]), style: m[2] ?? '' };
  m = ALPHA_MARKER.exec(tok);
  if (m) return { numeric: false, n: (m[1] ?? 'a').charCodeAt(0) - 96, style: m[2] ?? '' };
  m = PAREN_MARKER.exec(tok);
  if (m) {
    const v = m[1] ?? '';
    const numeric = v.charCodeAt(0) <= 57;
    return { numeric, n: numeric ? Number(v) : v.charCodeAt(0) - 96, style: '()' };
  }
  return undefined;
}

// ------------------------------------------------------------------ splitter

/**
 * The text cut into whitespace-separated tokens in one pass: where each token
 * starts and ends, and how many line breaks the gap before it holds. Token
 * indices out of range read as an empty token after a paragraph break.
 */
export class TextTokens {
  readonly count: number;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Line breaks in the gap before each token: 0, 1, or 2 for a paragraph break (or more). */
  private readonly gapNewlines: number[] = [];
  /** Dot-run size per token, filled by `cacheDots` as the splitter reaches each token. */
  private readonly dotCache: number[] = [];

  constructor(readonly text: string) {
    const len = text.length;
    let nl = 0;
    let p = 0;
    while (p < len) {
      const c = text.charCodeAt(p);
      if (isWs(c)) {
        if (c === 10 || c === 0x2028 || c === 0x2029) nl++;
        else if (c === 13) {
          if (text.charCodeAt(p + 1) !== 10) nl++;
        } else if (c === 12) nl += 2; // form feed: a page break ends a paragraph
        p++;
        continue;
      }
      const s = p++;
      while (p < len && !isWs(text.charCodeAt(p))) p++;
      this.starts.push(s);
      this.ends.push(p);
      this.gapNewlines.push(nl > 2 ? 2 : nl);
      nl = 0;
    }
    this.count = this.starts.length;
  }

  start(i: number): number {
    return this.starts[i] ?? 0;
  }

  end(i: number): number {
    return this.ends[i] ?? 0;
  }

  /** Line breaks before token i: 0 on the same line, 1 at a line break, 2 at a paragraph break. */
  newlinesBefore(i: number): number {
    return this.gapNewlines[i] ?? 2;
  }

  /** Class of token i's first character after opening quotes and brackets. */
  charClass(i: number): CharClass {
    return firstClass(this.text, this.start(i), this.end(i));
  }

  /** Periods in token i if it is made only of dots ("." "..." "…"), else 0. */
  dots(i: number): number {
    return this.dotCache[i] ?? dotRunDots(this.text, this.start(i), this.end(i));
  }

  /** Remembers token i's dot count (lookahead past it computes the few it needs directly). */
  cacheDots(i: number): void {
    this.dotCache[i] = dotRunDots(this.text, this.start(i), this.end(i));
  }

  /** How token i ends: sentence-final punctuation, and the word before it. */
  terminal(i: number): Terminal {
    return terminalOf(this.text, this.start(i), this.end(i));
  }

  /** Token i's text. */
  slice(i: number): string {
    return this.text.slice(this.start(i), this.end(i));
  }
}

/** Marker roles of a token. */
const M_NONE = 0;
/** A list marker that opens a new unit; no break right after it. */
const M_OPEN = 1;
/** A number right after a bullet ("• 9."): same unit, no break after it. */
const M_SECONDARY = 2;
/** A word with a bullet glued on ("•Item"): opens a unit, then an ordinary word. */
const M_PREFIXED = 3;
type MarkerRole = typeof M_NONE | typeof M_OPEN | typeof M_SECONDARY | typeof M_PREFIXED;

/**
 * One left-to-right walk over the tokens, deciding at each gap whether a unit
 * ends there. It remembers only what the next decisions need: where the
 * current unit began, the last list marker, the previous token's marker role
 * and the run of dot-only tokens just passed.
 */
class UnitSplitter {
  private readonly text: string;
  private unitFirst = 0;
  private lastMarker: ListMarker | undefined;
  private prevRole: MarkerRole = M_NONE;
  private prevPureBullet = false;
  // The run of dot-only tokens (". . .") ending at the previous token.
  private runDots = 0;
  private runTokens = 0;

  constructor(private readonly tokens: TextTokens) {
    this.text = tokens.text;
  }

  units(): Unit[] {
    const { tokens } = this;
    const n = tokens.count;
    const units: Unit[] = [];
    for (let i = 0; i < n; i++) {
      tokens.cacheDots(i);
      const gap = tokens.newlinesBefore(i);
      if (gap >= 2) this.lastMarker = undefined;
      const role = this.markerRole(i);
      let brk = false;
      if (i > 0) {
        if (gap >= 2) brk = true;
        else if (role === M_OPEN || role === M_PREFIXED) brk = true;
        else if (role === M_SECONDARY || this.prevRole === M_OPEN || this.prevRole === M_SECONDARY) brk = false;
        else brk = gap === 1 ? this.lineBreak(i - 1, i) : this.inlineBreak(i - 1, i);
      }
      if (brk) {
        units.push({ start: tokens.start(this.unitFirst), end: tokens.end(i - 1) });
        this.unitFirst = i;
      }
      this.prevRole = role;
      this.prevPureBullet = role === M_OPEN && isPureBullet(this.text, tokens.start(i), tokens.end(i));
      this.extendDotRun(i, gap);
    }
    units.push({ start: tokens.start(this.unitFirst), end: tokens.end(n - 1) });
    return units;
  }

  private extendDotRun(i: number, gap: number): void {
    const d = this.tokens.dots(i);
    if (d > 0) {
      if (this.runTokens > 0 && gap === 0) {
        this.runDots += d;
        this.runTokens++;
      } else {
        this.runDots = d;
        this.runTokens = 1;
      }
    } else {
      this.runDots = 0;
      this.runTokens = 0;
    }
  }

  /** Is token i the first word of a new sentence (after an abbreviation or initial)? */
  private startsSentence(i: number): boolean {
    const { tokens } = this;
    const w = leadingWord(this.text, tokens.start(i), tokens.end(i));
    if (SENTENCE_STARTERS.has(w)) return true;
    if (!WEAK_SENTENCE_STARTERS.has(w)) return false;
    // "U.S. Will Send Troops" is a Title Case headline, not a new sentence.
    return !(i + 1 < tokens.count && tokens.newlinesBefore(i + 1) === 0 && tokens.charClass(i + 1) === UPPER);
  }

  private markerRole(i: number): MarkerRole {
    const { text, tokens } = this;
    const s = tokens.start(i);
    const e = tokens.end(i);
    const lineStart = i === 0 || tokens.newlinesBefore(i) > 0;
    const c0 = text.charCodeAt(s);
    if (isBullet(c0) || (lineStart && e - s === 1 && isLineBullet(c0))) {
      let k = s;
      while (k < e && isBullet(text.charCodeAt(k))) k++;
      if (k === s || k === e) return M_OPEN; // standalone bullet
      const m = listMarker(text.slice(k, e));
      if (m) {
        this.lastMarker = m;
        return M_OPEN;
      }
      return M_PREFIXED;
    }
    if (e - s > 5 || e - s < 2) return M_NONE;
    const last = text.charCodeAt(e - 1);
    if (last !== 0x2e && last !== 0x29) return M_NONE;
    const m = listMarker(text.slice(s, e));
    if (!m) return M_NONE;
    const lastMarker = this.lastMarker;
    let role: MarkerRole = M_NONE;
    if (this.prevPureBullet) role = M_SECONDARY;
    else if (lineStart) role = M_OPEN;
    else if (
      lastMarker !== undefined &&
      lastMarker.numeric === m.numeric &&
      lastMarker.style === m.style &&
      m.n === lastMarker.n + 1
    ) {
      role = M_OPEN;
    } else if (m.n === 1 && text.charCodeAt(tokens.end(i - 1) - 1) === 0x3a) {
      role = M_OPEN; // "Steps: 1. Open the lid 2. …"
    }
    if (role !== M_NONE) this.lastMarker = m;
    return role;
  }

  /** Kind of abbreviation for the word [ws, we), with initials as 'initial'. */
  private wordKind(ws: number, we: number): AbbreviationKind | 'initial' | undefined {
    const { text } = this;
    if (we - ws === 1) {
      const ch = text.charCodeAt(ws);
      if ((ch | 0x20) >= 97 && (ch | 0x20) <= 122) return 'initial';
      if (ch > 127 && RE_LETTER.test(text[ws] ?? '')) return 'initial';
      return undefined;
    }
    const kind = abbreviationKind(text.slice(ws, we));
    // "Main St. The …": a street name can end a sentence, unlike a person's title.
    if (kind === 'title' && we - ws === 2 && text.slice(ws, we).toLowerCase() === 'st') {
      return 'final';
    }
    return kind;
  }

  /** Break between a (= b - 1) and b on the same line? */
  private inlineBreak(a: number, b: number): boolean {
    const { tokens } = this;
    const bDots = tokens.dots(b);
    const aDots = tokens.dots(a);
    if (bDots > 0) {
      // An ellipsis run after a word: normally part of that sentence ("less
      // complex. . . ."). But "compounds. . . . The" is a finished sentence
      // followed by an ellipsis opening the next one (three spaced dots after
      // a period-final word, then a capital).
      if (aDots > 0) return false;
      const t = tokens.terminal(a);
      if (t.kind !== T_PERIOD || this.wordKind(t.wordStart, t.wordEnd) !== undefined) return false;
      const n = tokens.count;
      let dots = 0;
      let j = b;
      while (j < n && dots <= 3) {
        if (j > b && tokens.newlinesBefore(j) > 0) break;
        const d = tokens.dots(j);
        if (d === 0) break;
        dots += d;
        j++;
      }
      return dots === 3 && j < n && tokens.newlinesBefore(j) < 2 && tokens.charClass(j) === UPPER;
    }
    const fc = tokens.charClass(b);
    if (aDots > 0) {
      if (fc === LOWER) return false;
      // Spaced ". . ." marks an omission inside the sentence; four dots or a
      // glued "..." before a capital end it (as in the golden rules).
      return !(this.runTokens > 1 && this.runDots === 3);
    }
    const t = tokens.terminal(a);
    if (t.kind === T_NONE) return false;
    if (fc === LOWER) return false;
    if (t.kind !== T_PERIOD) return true;
    if (t.wordEnd === t.wordStart) return true;
    const kind = this.wordKind(t.wordStart, t.wordEnd);
    switch (kind) {
      case undefined:
        return true;
      case 'title':
        return false;
      case 'numeric':
        return fc !== DIGIT;
      case 'initial':
        return fc !== DIGIT && this.startsSentence(b);
      case 'final':
        if (fc === DIGIT) return false;
        if (this.startsSentence(b)) return true;
        // "… left the bank at 6 P.M. Mr. Smith then …" but not "At 5 a.m. Mr. Smith went …".
        return b - this.unitFirst >= 4 && isPersonalTitle(tokens.slice(b));
    }
  }

  /** Break at a single line break between a (= b - 1) and b? */
  private lineBreak(a: number, b: number): boolean {
    const { text, tokens } = this;
    const fc = tokens.charClass(b);
    if (fc === LOWER) return false; // hard-wrapped continuation
    if (tokens.dots(a) > 0) return true;
    const t = tokens.terminal(a);
    if (t.kind === T_NONE) {
      // Headline-like line: it stands alone unless it is visibly cut mid-phrase.
      const last = text.charCodeAt(tokens.end(a) - 1);
      if (isContinuationEnd(last)) return false;
      const la = tokens.end(a) - tokens.start(a);
      if (la <= 8 && CONTINUATION_WORDS.has(tokens.slice(a))) return false;
      return true;
    }
    if (this.inlineBreak(a, b)) return true;
    // Inline rules kept the sentence going; across a line break keep it only
    // for names and numbers ("Mr.\nSmith", "No.\n3"), not "in the U.S.\nArmy".
    if (t.kind !== T_PERIOD) return true;
    const kind = this.wordKind(t.wordStart, t.wordEnd);
    return !(kind === 'title' || kind === 'initial' || (kind === 'numeric' && fc === DIGIT));
  }
}

/**
 * Split `text` into sentence-like units (see the file comment for the
 * guarantees). Blank lines, list items and lines without final punctuation
 * (headlines) end a unit; a line that continues in lower case is a hard wrap.
 */
export function splitSentences(text: string): Unit[] {
  const tokens = new TextTokens(text);
  if (tokens.count === 0) return [];
  return boundUnits(text, new UnitSplitter(tokens).units(), MAX_UNIT_CHARS);
}

/** A place to cut after a clause: whitespace after , ; : or before a dash. */
function clauseGap(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  if (before === 0x2c || before === 0x3b || before === 0x3a) return true;
  const after = text.charCodeAt(i + 1);
  return (after === 0x2014 || after === 0x2013 || after === 0x2d) && isWs(text.charCodeAt(i + 2));
}

/**
 * Cuts units longer than `max` into pieces of at most `max` characters,
 * marked `cut`: at the last clause boundary in the second half of the
 * window, else the last word boundary, else (one enormous token) at `max`,
 * never inside a surrogate pair. Each window is scanned once from its end,
 * at most max/2 characters, and moves on by at least max/2: linear time.
 */
export function boundUnits(text: string, units: Unit[], max: number): Unit[] {
  if (!units.some((u) => u.end - u.start > max)) return units;
  const out: Unit[] = [];
  for (const u of units) {
    if (u.end - u.start <= max) {
      out.push(u);
      continue;
    }
    let pos = u.start;
    while (u.end - pos > max) {
      const limit = pos + max;
      const floor = pos + (max >> 1);
      let cut = -1;
      let word = -1;
      for (let i = limit; i > floor; i--) {
        if (!isWs(text.charCodeAt(i))) continue;
        if (word < 0) word = i;
        if (clauseGap(text, i)) {
          cut = i;
          break;
        }
      }
      if (cut < 0) cut = word;
      let next: number;
      if (cut < 0) {
        cut = limit;
        const c = text.charCodeAt(cut - 1);
        if (c >= 0xd800 && c <= 0xdbff) cut--; // keep a surrogate pair together
        next = cut;
      } else {
        next = cut;
        while (cut > pos && isWs(text.charCodeAt(cut - 1))) cut--;
        while (next < u.end && isWs(text.charCodeAt(next))) next++;
      }
      out.push({ start: pos, end: cut, cut: true });
      pos = next;
    }
    out.push({ start: pos, end: u.end, cut: true });
  }
  return out;
}

/** A token made only of bullet characters (or a single line-bullet like "-"). */
function isPureBullet(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (!isBullet(c) && !(e - s === 1 && isLineBullet(c))) return false;
  }
  return true;
}
