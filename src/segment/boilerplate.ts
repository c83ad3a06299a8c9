/**
 * Boilerplate detection: page clutter (repeated headlines, timestamps,
 * "Related:" links, credits, comment policies, bylines, bare markup) is
 * labelled so later stages can set it aside visibly instead of comparing it.
 *
 * The rules are deliberately conservative: a unit is clutter only when it
 * matches a specific shape, and long sentence-like units (more than 15 words
 * ending in sentence punctuation) stay content unless they match the strong
 * comment-policy pattern. Every pattern runs on one unit at a time, and units
 * longer than MAX_PATTERN_LENGTH skip the patterns, so the cost stays linear.
 */

import type { BoilerplateReason } from '../types.js';
import type { Unit } from './split.js';

/** Clutter is short; longer units are only checked for repeats and bare markup. */
const MAX_PATTERN_LENGTH = 1000;
/** Repeated units up to this many words count as headlines even mid-line. */
const HEADLINE_MAX_WORDS = 20;
/** Sentence-like units longer than this are content despite a clutter-like start. */
const SENTENCE_MIN_WORDS = 15;

const HAS_ALNUM = /[\p{L}\p{N}]/u;

/** Markup characters that decorate clutter lines ("| Last update :", "» Read more"). */
function isMarkupChar(c: number): boolean {
  return (
    c <= 32 || c === 0x7c || c === 0x2022 || c === 0xb7 || c === 0x2a || c === 0x3e ||
    c === 0xbb || c === 0x203a || c === 0x2d || c === 0x2013 || c === 0x2014 ||
    c === 0x5f || c === 0x3d || c === 0x23 || c === 0x7e || c === 0xa0 || c === 0x25b8 ||
    c === 0x25ba || c === 0x3c || c === 0xab
  );
}

/** The unit without decorating markup at either end. */
function stripMarkup(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isMarkupChar(s.charCodeAt(a))) a++;
  while (b > a && isMarkupChar(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** `s` without leading characters from `lead` and trailing ones from `trail`. */
function trimChars(s: string, lead: string, trail: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && lead.includes(s[a] ?? '')) a++;
  while (b > a && trail.includes(s[b - 1] ?? '')) b--;
  return s.slice(a, b);
}

/** Runs of whitespace as one space; returns `s` itself when already clean (the common case). */
function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || isSpace(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, ' ');
  }
  return s;
}

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

/** Number of whitespace-separated words, without allocating. */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const sp = isSpace(s.charCodeAt(i));
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** Ends in sentence punctuation, possibly inside closing quotes/brackets. */
function endsLikeSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && '"\'”’»)]'.includes(s[i] ?? '')) i--;
  return i >= 0 && '.!?…'.includes(s[i] ?? '');
}

function looksLikeSentence(s: string): boolean {
  return endsLikeSentence(s) && wordCount(s) > SENTENCE_MIN_WORDS;
}

// ---------------------------------------------------------------- timestamps

const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|' +
  'sep|sept|september|oct|october|nov|november|dec|december';
const DAYS =
  'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|' +
  'sat|saturday|sun|sunday';
const ZONES = 'gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|msk|trt|aest|jst|et|ct|mt|pt|z';

const DATE_WORD = new RegExp(
  `^(?:${MONTHS}|${DAYS}|${ZONES}|a\\.?m\\.?|p\\.?m\\.?|at|on|ago|an?|just|now|today|yesterday|` +
    `local|time|and|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|days?|d|weeks?|months?|years?)\\.?$`,
  'i',
);
const DATE_NUMBER = /^[+-]?\d{1,4}(?:[.:/-]\d{1,4}){0,3}(?:st|nd|rd|th|h|am|pm)?\.?$/i;
const STRONG_DATE = new RegExp(
  `\\d{1,2}[:.]\\d{2}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\b(?:${MONTHS})\\b|\\bago\\b`,
  'i',
);

/** Only dates, times and their small words ("12 May 2023 14:02 GMT", "3 hours ago"). */
function isDateTime(s: string): boolean {
  const toks = s.split(/[\s,|()[\]–—]+/).filter((t) => t.length > 0);
  if (toks.length === 0 || toks.length > 12) return false;
  for (const t of toks) {
    if (t === '-' || t === '/' || t === ':') continue;
    if (!DATE_NUMBER.test(t) && !DATE_WORD.test(t)) return false;
  }
  return true;
}

const TIMESTAMP_LEAD =
  /^(?:(?:last|first|originally)\s+)?(?:updated?|published|posted|modified|edited|created|date)(?:\s+(?:on|at))?\s*:?\s*/i;

function isTimestamp(s: string): boolean {
  const m = TIMESTAMP_LEAD.exec(s);
  if (m) {
    const rest = s.slice(m[0].length);
    if (rest.length === 0 || isDateTime(rest)) return true;
  }
  return /\d/.test(s) && STRONG_DATE.test(s) && isDateTime(s);
}

// ------------------------------------------------------------- related links

const RELATED_LEAD =
  /^(?:related(?:\s+(?:articles?|stories|story|news|content|coverage|links?|reading|topics?|posts?|videos?))?|read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|you\s+might\s+also\s+like|don'?t\s+miss|further\s+reading|more\s+stories|most\s+read|trending(?:\s+now)?)\s*(?:[:>»›|\-–—]\s*|$)/i;

const MORE_FROM = /^more\s+(?:from|on|about)\s+/i;

function isRelatedLink(s: string): boolean {
  // "More from Reuters" (a names-only tail), not "More from the ministry came later."
  const mf = MORE_FROM.exec(s);
  if (mf && !endsLikeSentence(s) && isNameList(s.slice(mf[0].length), 6)) return true;
  const m = RELATED_LEAD.exec(s);
  if (!m) return false;
  const rest = s.slice(m[0].length);
  // "Related: the ministry said 40 people died in the blast on Monday …" is a sentence.
  return !looksLikeSentence(rest);
}

// ------------------------------------------------------------ metadata bars

/** Labels a portal puts before a date in its metadata bar ("Aired:", "Broadcast:"). */
const META_LABEL = /^(?:aired|broadcast|published|updated|posted|filed|issued)\s*:?\s*/i;
/** Words a field of a metadata bar has at most: an outlet, a section, a format ("Press release"). */
const META_FIELD_WORDS = 5;

/**
 * A portal's metadata bar: a line opened by "|" or holding two, whose fields are an outlet, a
 * section or a format and a date ("| Orbit Weekly | Space & Physics | 5 March 2026", "| Aired:
 * Thursday, November 6, 6:00 p.m. MT", "| Perthshire Herald, Wednesday 12 November 2025"). Each
 * source dates its own publication there, so its date is no statement of the story.
 */
function isMetaBar(raw: string): boolean {
  const line = raw.trim();
  if (!line.startsWith('|') && (line.match(/\|/g) ?? []).length < 2) return false;
  const fields = line.split('|').map((f) => f.trim()).filter((f) => f.length > 0);
  let dated = false;
  for (const field of fields) {
    const rest = field.replace(META_LABEL, '');
    if (isDateTime(rest)) {
      dated = true;
      continue;
    }
    // "Perthshire Herald, Wednesday 12 November 2025": a name, then its date after a comma.
    const parts = rest.split(',').map((p) => p.trim());
    const date = parts.findIndex((_, k) => isDateTime(parts.slice(k).join(', ')));
    if (date > 0) dated = true;
    const label = date > 0 ? parts.slice(0, date).join(', ') : rest;
    if (wordCount(label) > META_FIELD_WORDS || endsLikeSentence(label)) return false;
  }
  return dated;
}

// ----------------------------------------------------------------- credits

/** Words allowed in lower case inside a credit or byline ("Ministry of Health", "staff writer"). */
const NAME_CONNECTORS = new Set([
  'and', '&', 'of', 'the', 'via', 'for', 'from', 'in', 'at', 'on', 'by', 'with', 'de',
  'del', 'della', 'da', 'di', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den',
  'ter', 'bin', 'bint', 'al', 'el', 'y', 'e', 'news', 'agency', 'agencies', 'staff',
  'wire', 'wires', 'files', 'handout', 'reports', 'writer', 'writers', 'reporter',
  'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'contributor',
  'contributors', 'columnist', 'journalist', 'bureau', 'chief', 'senior', 'special',
  'political', 'foreign', 'desk', 'team', 'images', 'photo', 'photos', 'data',
]);

/** Names and connector words only: "Ihlas News Agency - Anadolu Agency", "Reuters, AP". */
function isNameList(s: string, maxWords: number): boolean {
  const ws = words(s);
  if (ws.length === 0 || ws.length > maxWords) return false;
  for (const raw of ws) {
    const w = trimChars(raw, '("\'“‘[', ')"\'”’],;:.|');
    if (w.length === 0) continue; // a bare separator like "-", "|", "/"
    if (/^\p{Lu}/u.test(w)) continue;
    if (/^[-–—/|&+©]+$/.test(w)) continue;
    if (NAME_CONNECTORS.has(w.toLowerCase())) continue;
    return false;
  }
  return true;
}

const SOURCE_LEAD = /^sources?\s*:\s*/i;
const CREDIT_LEAD =
  /^(?:photo|photos|photograph|image|images|picture|pictures|video|graphic|graphics|illustration|caption|cover\s+(?:photo|image)|main\s+(?:photo|image)|top\s+image|header\s+image|featured\s+image|credits?|courtesy(?:\s+of)?)(?:\s+(?:credits?|courtesy|source|by))?\s*(?:[:©]|by\b)\s*/i;
const PAREN_CREDIT =
  /^\((?:(?:additional\s+)?reporting|writing|editing|edited|compiled|translated)\s+by\b[^()]*\)$/i;
const STAFF_CREDIT = /^(?:(?:additional\s+)?reporting|editing|edited|compiled|translated)\s+by\s+/i;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;
const ALL_RIGHTS = /^all rights reserved\.?$/i;

function isSourceCredit(s: string): boolean {
  if (PAREN_CREDIT.test(s)) return true;
  if (ALL_RIGHTS.test(s)) return true;
  if (looksLikeSentence(s)) return false;
  let m = SOURCE_LEAD.exec(s);
  if (m) return isNameList(s.slice(m[0].length), 15);
  m = CREDIT_LEAD.exec(s);
  if (m) return isNameList(s.slice(m[0].length), 15);
  // "(Photo: AP)"
  if (s.startsWith('(') && s.endsWith(')')) {
    const inner = s.slice(1, -1).trim();
    m = CREDIT_LEAD.exec(inner) ?? SOURCE_LEAD.exec(inner);
    if (m) return isNameList(inner.slice(m[0].length), 15);
  }
  if (STAFF_CREDIT.test(s)) {
    // "Reporting by Jane Smith; Editing by Tom Doe"
    return s.split(';').every((part) => {
      const p = part.trim().replace(STAFF_CREDIT, '');
      return isNameList(p.replace(/\s+by\s+/gi, ' and '), 12);
    });
  }
  if (COPYRIGHT.test(s)) return wordCount(s) <= 12;
  return false;
}

// ---------------------------------------------------------- comment policy

const COMMENT_LEAD =
  /^(?:warning|note|notice|disclaimer|attention|important|comments?|comment\s+policy|please|your\s+comments?|readers'?|we\s+(?:reserve|moderate|review|welcome|encourage)|all\s+comments|by\s+(?:commenting|posting)|posting\s+rules|community\s+guidelines|before\s+commenting|users?)\b/i;
const COMMENT_WORD = /\bcomment/i;
/** Phrases only a moderation notice uses; each is tied to a policy verb so news about comments passes. */
const COMMENT_POLICY = new RegExp(
  [
    String.raw`\b(?:are|is|will|may|must|won't|cannot|can't|shall|be)\s+(?:not\s+)?(?:be\s+)?(?:approved|moderated|published|posted|removed|deleted|reviewed|screened)\b`,
    String.raw`\b(?:keep|be)\s+(?:your\s+|it\s+|them\s+|comments?\s+|the\s+discussion\s+)?(?:civil|respectful|polite|on[- ]topic|clean)\b`,
    String.raw`\b(?:comment(?:ing)?|community|posting|discussion)\s+(?:policy|guidelines|rules|standards)\b`,
    String.raw`\breserve the right to\b`,
    String.raw`\bcomments?\s+(?:are|have been)\s+(?:closed|disabled|turned off)\b`,
    String.raw`\bcontain(?:s|ing)?\s+(?:insults|swearing|profanity|offensive|abusive|hate speech|personal attacks)`,
    String.raw`\bsubject to moderation\b`,
    String.raw`\bcomments?\s+(?:are|is)\s+the\s+(?:sole\s+)?responsibility\s+of\b`,
  ].join('|'),
  'i',
);
const COMMENT_UI =
  /^(?:(?:leave|add|post|write)\s+a\s+comment|\d+\s+comments?|(?:show|view|load|hide|see)\s+(?:all\s+)?comments?|join\s+the\s+(?:conversation|discussion)|comments?)$/i;
/** A follow-on sentence of a policy footer ("Please keep it civil."). */
const POLICY_FOLLOW_ON =
  /\b(?:civil|respectful|insults?|offensive|abusive|moderated|moderation|on[- ]topic|guidelines)\b/i;

function isCommentPolicy(s: string, previousWasPolicy: boolean): boolean {
  const bare = trimChars(s, '', '.!:');
  if (COMMENT_UI.test(bare)) return true;
  if (COMMENT_LEAD.test(s) && COMMENT_WORD.test(s) && COMMENT_POLICY.test(s)) return true;
  // Short notices may open with an adjective: "Insulting comments will be deleted."
  if (wordCount(s) <= 10 && /^\p{L}+\s+comments?\b/iu.test(s) && COMMENT_POLICY.test(s)) return true;
  return previousWasPolicy && wordCount(s) <= 25 && POLICY_FOLLOW_ON.test(s);
}

// ----------------------------------------------------------------- bylines

const BYLINE_LEAD = /^(?:by|written\s+by|words\s+by|story\s+by|reported\s+by|posted\s+by|text\s+by)\s+/i;
/** "By Monday, …" and "By 2030 …" open sentences, not bylines. */
const NOT_A_NAME = new RegExp(
  `^(?:${MONTHS}|${DAYS}|then|now|noon|midnight|nightfall|dawn|contrast|comparison|law|far|way|early|late|mid|the\\s+(?:numbers|way|time|end))\\b`,
  'i',
);
const ROLE = /\b(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|bureau chief)s?\b/i;

function isByline(s: string): boolean {
  if (endsLikeSentence(s) && !/\b\p{Lu}\.$/u.test(s)) return false;
  if (/\d/.test(s)) return false;
  const m = BYLINE_LEAD.exec(s);
  if (m) {
    const rest = s.slice(m[0].length);
    return /^\p{Lu}/u.test(rest) && !NOT_A_NAME.test(rest) && isNameList(rest, 12);
  }
  // "Jane Smith, Staff Writer" / "Jane Smith | Senior Correspondent"
  const sep = / ?(?:,|\||\s[-–—]\s) ?/.exec(s);
  if (!sep) return false;
  const name = s.slice(0, sep.index);
  const role = s.slice(sep.index + sep[0].length);
  const nameWords = words(name);
  return (
    nameWords.length >= 2 &&
    nameWords.length <= 4 &&
    nameWords.every((w) => /^\p{Lu}/u.test(w)) &&
    ROLE.test(role) &&
    isNameList(role, 6)
  );
}

// -------------------------------------------------------------- entry point

/**
 * First words with which any clutter pattern above can begin. A longer unit
 * opening with another word skips the patterns: ordinary sentences are the
 * bulk of the text, and this keeps classification cheap.
 */
const LEAD_WORDS = new Set([
  // comment policy
  'warning', 'note', 'notice', 'disclaimer', 'attention', 'important', 'comment',
  'comments', 'please', 'your', 'readers', 'reader', 'we', 'all', 'by', 'posting',
  'community', 'before', 'users', 'user', 'leave', 'add', 'post', 'write', 'show',
  'view', 'load', 'hide', 'see', 'join',
  // timestamps
  'last', 'first', 'originally', 'update', 'updated', 'published', 'posted',
  'modified', 'edited', 'created', 'date',
  // related links
  'related', 'read', 'also', 'more', 'recommended', 'you', 'don', 'further',
  'most', 'trending',
  // credits
  'source', 'sources', 'photo', 'photos', 'photograph', 'image', 'images',
  'picture', 'pictures', 'video', 'graphic', 'graphics', 'illustration',
  'caption', 'cover', 'main', 'top', 'header', 'featured', 'credit', 'credits',
  'courtesy', 'reporting', 'additional', 'editing', 'compiled', 'translated',
  'copyright',
  // bylines
  'written', 'words', 'story', 'reported', 'text',
]);
/** Units this short are checked against every pattern (e.g. "Jane Smith, Staff Writer"). */
const ALWAYS_CHECK_WORDS = 12;

function leadWord(s: string): string {
  let j = 0;
  while (j < s.length && j < 16) {
    const c = s.charCodeAt(j) | 0x20;
    if (c < 97 || c > 122) break;
    j++;
  }
  return s.slice(0, j).toLowerCase();
}

/**
 * Label each unit with why it is clutter, or undefined for content. The
 * result has one entry per unit. Only a later repeat of a headline is
 * labelled; its first occurrence stays content.
 */
export function classifyBoilerplate(
  text: string,
  units: Unit[],
): Array<BoilerplateReason | undefined> {
  const out: Array<BoilerplateReason | undefined> = [];
  const seen = new Set<string>();
  let previousWasPolicy = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u === undefined) break;
    const raw = text.slice(u.start, u.end);
    const prevEnd = units[i - 1]?.end;
    const nextStart = units[i + 1]?.start;
    // A unit alone on its line: a line break (or the text edge) on both sides.
    const wholeLine =
      (prevEnd === undefined || hasLineBreak(text, prevEnd, u.start)) &&
      (nextStart === undefined || hasLineBreak(text, u.end, nextStart));
    let reason: BoilerplateReason | undefined;
    // Whitespace collapsed to single spaces: patterns compare cleanly, and no
    // `\s+` in them can backtrack over a long run of blanks.
    const s = collapseSpaces(stripMarkup(raw));
    const nWords = wordCount(s);
    if (!HAS_ALNUM.test(raw)) {
      reason = 'empty-markup';
    } else if (
      raw.length <= MAX_PATTERN_LENGTH &&
      (nWords <= ALWAYS_CHECK_WORDS || LEAD_WORDS.has(leadWord(s)) || !/^\p{L}/u.test(s))
    ) {
      if (isCommentPolicy(s, previousWasPolicy)) reason = 'comment-policy';
      else if (isTimestamp(s)) reason = 'timestamp';
      else if (isRelatedLink(s)) reason = 'related-link';
      else if (isSourceCredit(s)) reason = 'source-credit';
      else if (isByline(s) || isMetaBar(raw)) reason = 'byline';
    } else if (previousWasPolicy && isCommentPolicy(s, true)) {
      reason = 'comment-policy';
    }
    // Only headline-like units and whole lines take part in repeat detection.
    const headlineLike = nWords <= HEADLINE_MAX_WORDS && !endsLikeSentence(raw);
    if (headlineLike || (wholeLine && nWords >= 4)) {
      const key = s.toLowerCase();
      if (reason === undefined && seen.has(key)) reason = 'repeated-headline';
      seen.add(key);
    }
    previousWasPolicy = reason === 'comment-policy';
    out.push(reason);
  }
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
