import { SPEECH_VERBS } from './lexicon.js';
import type { AnalyzedSentence, Token } from './types.js';

/**
 * Clauses of a sentence, for alignment: a lede that packs three statements ("… buried a village,
 * killing 23 people and leaving 40 missing") is as close to a one-statement sentence of another
 * source as its matching clause is, not as the whole sentence is (the other clauses dilute the
 * cosine). Splits at strong punctuation and at commas that open a new clause; a piece with too
 * little content ("authorities said") stays with its neighbour.
 */

/** Words that open a new clause after a comma. */
const OPENERS = new Set([
  'and', 'but', 'while', 'whereas', 'although', 'though', 'who', 'which', 'where', 'when', 'after', 'before',
  'as', 'with', 'including', 'because', 'since', 'until', 'despite', 'whose', 'so', 'yet', 'or', 'then',
]);

/**
 * A clause needs this many content words to stand alone: lower-case words that are no speech
 * verb, and numbers. Names and a speech verb alone ("Greens leader Tomasz Kowalczyk said") frame
 * a statement; matched on their own they would join any two remarks by one person.
 */
const MIN_CONTENT = 3;

/** Bounded work: a run-on sentence is cut into at most this many clauses. */
const MAX_CLAUSES = 6;

export interface ClauseRange {
  /** Token indices [from, to). */
  from: number;
  to: number;
}

/** Does the text between two tokens (and the next token) start a new clause? */
function opensClause(gap: string, next: Token): boolean {
  if (/[;:—–]|\s-\s|\(/.test(gap)) return true;
  if (!gap.includes(',')) return false;
  // ", killing 23", ", leaving 40 missing": a participle clause.
  return OPENERS.has(next.fold) || (!next.cap && next.fold.length > 4 && next.fold.endsWith('ing'));
}

/** The sentence's clauses in order, covering all its tokens; one range when it has a single clause. */
export function clauseRanges(tokens: readonly Token[], text: string): ClauseRange[] {
  if (tokens.length === 0) return [];
  const cuts: number[] = [0];
  for (let k = 1; k < tokens.length; k++) {
    const prev = tokens[k - 1] as Token;
    const next = tokens[k] as Token;
    // Never inside a quotation: a remark is compared whole.
    if (prev.quoted && next.quoted) continue;
    if (opensClause(text.slice(prev.end, next.start), next)) cuts.push(k);
  }
  const content = (from: number, to: number): number => {
    let n = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k] as Token;
      if (!t.stop && !t.cap && !SPEECH_VERBS.has(t.fold)) n++;
    }
    return n;
  };
  const ranges: ClauseRange[] = [];
  for (let c = 0; c < cuts.length; c++) {
    const from = cuts[c] as number;
    const to = cuts[c + 1] ?? tokens.length;
    const last = ranges[ranges.length - 1];
    // Too little to stand alone: part of the clause before it.
    if (last && (content(from, to) < MIN_CONTENT || content(last.from, last.to) < MIN_CONTENT || ranges.length >= MAX_CLAUSES)) last.to = to;
    else ranges.push({ from, to });
  }
  return ranges;
}

const origins = new WeakMap<AnalyzedSentence, AnalyzedSentence>();

/** The sentence a clause view was made from (the sentence itself when it is no view). */
export function originOf(sentence: AnalyzedSentence): AnalyzedSentence {
  return origins.get(sentence) ?? sentence;
}

/** Tokens outside the clause stay in place (indices and offsets hold) but carry no word. */
function blank(t: Token): Token {
  return { ...t, fold: '', stem: '', stop: true, cap: false, num: false, quoted: false };
}

/**
 * The sentence as if it said only some of its clauses: what a detector compares when another
 * source's sentence matches those clauses alone. Mentions outside them are dropped; a quotation
 * that reaches into one is kept whole, and so is the speaker. Positions are the sentence's own.
 */
export function clauseView(sentence: AnalyzedSentence, ranges: readonly ClauseRange[]): AnalyzedSentence {
  const origin = originOf(sentence);
  const { tokens } = origin;
  if (ranges.some((r) => r.from <= 0 && r.to >= tokens.length)) return origin;
  const inside = (m: { from: number; to: number }): boolean => ranges.some((r) => m.from >= r.from && m.to <= r.to);
  const overlaps = (m: { from: number; to: number }): boolean => ranges.some((r) => m.from < r.to && m.to > r.from);
  const offsets = ranges.map((r) => ({ start: tokens[r.from]?.start ?? 0, end: tokens[r.to - 1]?.end ?? 0 }));
  const within = (m: { start: number; end: number }): boolean => offsets.some((o) => m.start >= o.start && m.end <= o.end);
  const view: AnalyzedSentence = {
    ...origin,
    tokens: tokens.map((t, k) => (ranges.some((r) => k >= r.from && k < r.to) ? t : blank(t))),
    // The speaker says every clause: kept with its name wherever it stands.
    names: origin.names.filter((n) => inside(n) || n === origin.speaker),
    quotes: origin.quotes.filter(overlaps),
    numbers: origin.numbers.filter(inside),
    ages: origin.ages.filter(within),
    facts: origin.facts.filter(within),
    dates: origin.dates.filter(inside),
  };
  origins.set(view, origin);
  return view;
}
