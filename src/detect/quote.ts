import { diffArrays } from 'diff';
import { sameParaphrase, writtenStart, type AnalyzedSentence, type AnalyzedSource, type Token } from '../analyze/index.js';
import { PRONOUNS, QUALIFIER_KEYS, ROLES, SPEECH_VERBS } from '../analyze/lexicon.js';
import { areSynonyms } from '../analyze/synonyms.js';
import type { RuleId } from '../types.js';
import { consensusText, mergeAcrossSources } from './merge.js';
import { pairFindings } from './pairs.js';
import type { Detector, DetectionContext, Finding } from './types.js';

declare module '../types.js' {
  interface DiscrepancyKinds {
    quote: true;
  }
}

/** How the remark differs, per rule; "paraphrase-" rules compare a quotation with reported speech. */
const HOW: Readonly<Record<string, string>> = {
  'quote/missing-words': 'quoted with different words',
  'quote/negated': 'quoted with and without a negation',
  'quote/synonyms': 'worded with synonyms',
  'quote/different-words': 'worded differently',
  'quote/paraphrase-synonyms': 'worded with synonyms',
  'quote/paraphrase-different-words': 'worded differently',
};

function ruleOf(oneSided: boolean, synonymous: boolean, bothDirect: boolean): RuleId {
  const reason = oneSided ? 'missing-words' : synonymous ? 'synonyms' : 'different-words';
  return `quote/${bothDirect ? '' : 'paraphrase-'}${reason}`;
}

/**
 * Quote wording: the same remark rendered with different words.
 *
 * A direct quotation is compared with its counterpart (a quotation, or the
 * reported clause of the other source) word by word on content words only,
 * so tense, pronoun person, case and punctuation shifts between direct and
 * reported speech vanish. Words that merely moved are cancelled. What is
 * left and replaced on both sides is a wording difference; material only one
 * side has is coverage, not contradiction; numbers and dates are left to
 * their own detectors.
 */

/**
 * Small words that turn a remark around: quoted "never stopped" against "almost stopped" is a
 * different remark, so inside quotations these count as content.
 */
const POLARITY_WORDS = new Set(['not', 'no', 'never', 'nothing', 'none', 'nobody', 'almost', 'hardly', 'barely', 'always']);

/**
 * Small words that change what a remark claims, not how it is phrased: modals ("It could change" /
 * "It will change"), quantifiers ("we won enough" / "we won something", "not the only reason" /
 * "not the reason"). Between two quotations of one remark, which promise the same words, they
 * count as content; against reported speech, which shifts them freely, they do not.
 */
const CLAIM_WORDS = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought',
  'only', 'all', 'some', 'any', 'every', 'each', 'both', 'either', 'neither', 'more', 'most', 'much', 'many',
  'something', 'anything', 'everything', 'someone', 'anyone', 'everyone', 'somebody', 'anybody', 'everybody', 'already', 'again',
]);

/** Claim words that mostly mark tense or repetition, which translations shift freely. */
const TENSE_WORDS = new Set(['will', 'would', 'shall', 'already', 'again']);

/** Adverbs a translation or a transcript adds or drops without changing the remark ("the worst it has ever seen"). */
const INTENSIFIERS = new Set(['ever', 'just', 'really', 'very', 'also', 'still', 'even', 'actually', 'quite', 'simply', 'truly', 'certainly']);

/** Quotations shorter than this are scare quotes ("friendship"), not remarks. */
const MIN_QUOTE_WORDS = 4;
/** Changed stretches this close together read as one changed phrase. */
const MERGE_GAP = 1;

const TITLE_WORDS = new Set(['presidential', 'candidate', 'mr', 'mrs', 'ms', 'dr', 'dear']);

interface Word {
  key: string;
  /** Index into the sentence's tokens. */
  index: number;
  token: Token;
}

/**
 * Where reported speech starts: after the speech verb and its "that" ("Tavares
 * declared to the journalists that …"), so the frame is not compared with
 * the quotation's words. 0 when the verb does not open the sentence's first half.
 */
function reportedStart(sentence: AnalyzedSentence): number {
  const { tokens } = sentence;
  const verb = tokens.findIndex((t) => !t.quoted && SPEECH_VERBS.has(t.fold));
  if (verb < 0 || verb > tokens.length / 2) return 0;
  for (let k = verb + 1; k <= Math.min(tokens.length - 1, verb + 6); k++) if (tokens[k]?.fold === 'that') return k + 1;
  return verb + 1;
}

function contentWords(sentence: AnalyzedSentence, quotedOnly: boolean, verbatim: boolean, context: DetectionContext): Word[] {
  const nameAt = new Set<number>();
  for (const n of sentence.names) for (let k = n.from; k < n.to; k++) nameAt.add(k);
  const words: Word[] = [];
  const from = quotedOnly ? 0 : reportedStart(sentence);
  sentence.tokens.forEach((token, index) => {
    if ((quotedOnly && !token.quoted) || index < from) return;
    if ((token.stop && !POLARITY_WORDS.has(token.fold) && !(verbatim && CLAIM_WORDS.has(token.fold))) || PRONOUNS.has(token.fold) || TITLE_WORDS.has(token.fold) || ROLES[token.fold] || INTENSIFIERS.has(token.fold)) return;
    // Alias-table names (Türkiye/Turkey) share a key; any other word, capitalised or not, matches by stem.
    const key = (nameAt.has(index) ? context.aliases.ids.get(token.fold) : undefined) ?? QUALIFIER_KEYS[token.fold] ?? token.stem;
    words.push({ key, index, token });
  });
  return words;
}

function quotedWordCount(sentence: AnalyzedSentence): number {
  return sentence.quotes.reduce((n, q) => n + (q.to - q.from), 0);
}

interface Hunk {
  a: Word[];
  b: Word[];
  /** Positions in the word lists: the hunk replaces a[startA, endA) with b[startB, endB). */
  startA: number;
  endA: number;
  startB: number;
  endB: number;
  /** Words trading places across a negator ("days, not weeks" / "weeks, not days"). */
  crossed?: boolean;
}

function hunksOf(a: Word[], b: Word[]): Hunk[] {
  const changes = diffArrays(
    a.map((w) => w.key),
    b.map((w) => w.key),
  );
  const hunks: Hunk[] = [];
  let ia = 0;
  let ib = 0;
  let current: Hunk | undefined;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      if (current) hunks.push(current);
      current = undefined;
      ia += count;
      ib += count;
      continue;
    }
    current ??= { a: [], b: [], startA: ia, endA: ia, startB: ib, endB: ib };
    if (change.removed) {
      current.a.push(...a.slice(ia, ia + count));
      ia += count;
      current.endA = ia;
    } else {
      current.b.push(...b.slice(ib, ib + count));
      ib += count;
      current.endB = ib;
    }
  }
  if (current) hunks.push(current);
  const swaps = crossedAroundNegator(a, b);
  // Words that only moved (clause order differs between direct and reported speech) are not changes.
  const overlaps = (h: Hunk, w: Hunk): boolean => (h.startA < w.endA && w.startA < h.endA) || (h.startB < w.endB && w.startB < h.endB);
  const rest = hunks.filter((h) => !swaps.some((w) => overlaps(h, w)));
  const removed = new Set(rest.flatMap((h) => h.a.map((w) => w.key)));
  const added = new Set(rest.flatMap((h) => h.b.map((w) => w.key)));
  for (const h of rest) {
    h.a = h.a.filter((w) => !added.has(w.key));
    h.b = h.b.filter((w) => !removed.has(w.key));
  }
  return [...rest, ...swaps].sort((p, q) => p.startA - q.startA);
}

/**
 * "days, not weeks" / "weeks, not days": two words trading places across a negator say the
 * opposite, though no word is new. Each such crossing is one change spanning the three words,
 * kept whole (not read as words that moved).
 */
function crossedAroundNegator(a: Word[], b: Word[]): Hunk[] {
  const swaps: Hunk[] = [];
  for (let i = 1; i + 1 < a.length; i++) {
    const [x, not, y] = [a[i - 1] as Word, a[i] as Word, a[i + 1] as Word];
    if (!POLARITY_WORDS.has(not.token.fold) || x.key === y.key || POLARITY_WORDS.has(x.token.fold) || POLARITY_WORDS.has(y.token.fold)) continue;
    for (let j = 1; j + 1 < b.length; j++) {
      if (b[j]?.key !== not.key || b[j - 1]?.key !== y.key || b[j + 1]?.key !== x.key) continue;
      // Not where the other side also says it the first way: that is the same remark, repeated.
      if (b.some((w, k) => w.key === x.key && b[k + 1]?.key === not.key && b[k + 2]?.key === y.key)) continue;
      swaps.push({ a: a.slice(i - 1, i + 2), b: b.slice(j - 1, j + 2), startA: i - 1, endA: i + 2, startB: j - 1, endB: j + 2, crossed: true });
      break;
    }
  }
  return swaps;
}

/**
 * Numbers and dates have their own detectors: a stretch that changes one digit figure or date into
 * another (or drops it) is theirs. A figure or a time against other words ("every single night" /
 * "every single week", "in 20 years" / "has ever seen") is the remark's own wording: no other
 * detector sees it.
 */
function isFactual(h: Hunk, x: AnalyzedSentence, y: AnalyzedSentence): boolean {
  const factual = (sentence: AnalyzedSentence) => (w: Word): boolean => w.token.num || sentence.dates.some(holds(w));
  const fa = h.a.some(factual(x));
  const fb = h.b.some(factual(y));
  return (fa || fb) && (fa || h.a.length === 0) && (fb || h.b.length === 0);
}

const holds = (w: Word) => (m: { from: number; to: number }): boolean => w.index >= m.from && w.index < m.to;

/** One figure written two ways ("3 weeks" / "three weeks"): the same words. */
function isSameFigure(h: Hunk, x: AnalyzedSentence, y: AnalyzedSentence): boolean {
  const figures = (words: Word[], sentence: AnalyzedSentence): number[] =>
    sentence.numbers.filter((n) => words.some((w) => holds(w)(n))).flatMap((n) => n.values);
  const fa = figures(h.a, x);
  const fb = figures(h.b, y);
  return fa.length > 0 && fb.length > 0 && fa.every((v) => fb.includes(v)) && fb.every((v) => fa.includes(v));
}

/**
 * The same words, spaced or negated another way: "no cyber attack" / "not a cyberattack" (a
 * compound written open or closed, "no" for "not").
 */
function isSameWords(h: Hunk): boolean {
  if (h.a.length === 0 || h.b.length === 0) return false;
  const joined = (words: Word[]): string => words.map((w) => (w.token.fold === 'no' ? 'not' : w.token.fold)).join('').replace(/[^\p{L}\p{N}]/gu, '');
  return joined(h.a) === joined(h.b);
}

/** Names swapped in place are the entity detector's finding. */
function isNameSwap(h: Hunk): boolean {
  const named = (w: Word): boolean => w.token.cap && !w.token.quoted;
  return h.a.length > 0 && h.b.length > 0 && h.a.every(named) && h.b.every(named);
}

/**
 * A long stretch on one side against a few words on the other is not one remark worded two ways
 * but two sentences saying different things around a shared phrase.
 */
function isMismatched(h: Hunk): boolean {
  const [short, long] = h.a.length <= h.b.length ? [h.a.length, h.b.length] : [h.b.length, h.a.length];
  return short > 0 && long > 6 && short / long < 0.4;
}

/**
 * "Danish had full control" / "I had full control": a person named on one side where the other
 * has a pronoun (dropped from the words compared) is one reference in two forms, not new words.
 */
function isReferenceSwap(h: Hunk, x: AnalyzedSentence, wx: Word[], y: AnalyzedSentence, wy: Word[]): boolean {
  if ((h.a.length > 0) === (h.b.length > 0)) return false;
  const [words, sentence, other, otherWords, gap] = h.a.length > 0 ? [h.a, x, y, wy, h.startB] : [h.b, y, x, wx, h.startA];
  if (!words.every((w) => sentence.names.some((n) => w.index >= n.from && w.index < n.to))) return false;
  // The other side's tokens between its matched words around the gap.
  const from = (otherWords[gap - 1]?.index ?? -1) + 1;
  const to = otherWords[gap]?.index ?? other.tokens.length;
  return other.tokens.slice(from, to).some((t) => PRONOUNS.has(t.fold));
}

/** "will fall" / "will not fall": a negator added and nothing else is the negation detector's finding. */
function isPolarityOnly(h: Hunk): boolean {
  const polar = (w: Word): boolean => POLARITY_WORDS.has(w.token.fold) && w.token.fold !== 'almost';
  return (h.a.length === 0 && h.b.every(polar)) || (h.b.length === 0 && h.a.every(polar));
}

/** A change made only of quoted claim words ("Some of", "could"); tense words count only when `tense`. */
function isClaimOnly(h: Hunk, tense: boolean): boolean {
  return [...h.a, ...h.b].every((w) => w.token.quoted && CLAIM_WORDS.has(w.token.fold) && (tense || !TENSE_WORDS.has(w.token.fold)));
}

/** Every changed word has a synonym on the other side: the same content in other words. */
function isSynonymous(h: Hunk): boolean {
  if (h.a.length === 0 || h.b.length === 0 || h.crossed) return false;
  // WordNet's senses, or a news paraphrase group ("allegations" / "accusations").
  const covered = (xs: Word[], ys: Word[]): boolean => xs.every((x) => ys.some((y) => areSynonyms(x.token.fold, y.token.fold) || sameParaphrase(x.token.stem, y.token.stem)));
  return covered(h.a, h.b) && covered(h.b, h.a);
}

/** Stretches worth comparing: not framing at either end ("he said"), not facts for other detectors. */
function innerHunks(hunks: Hunk[], x: AnalyzedSentence, lengthA: number, y: AnalyzedSentence, lengthB: number, bothDirect: boolean): Hunk[] {
  return hunks.filter((h) => {
    // A figure between two quotations of one remark is the quote's ("a 10-year plan" / "a 5-year
    // plan"); elsewhere the number and date detectors'.
    const dated = h.a.some((w) => x.dates.some(holds(w))) || h.b.some((w) => y.dates.some(holds(w)));
    const quotedFigure = bothDirect && !dated && [...h.a, ...h.b].every((w) => w.token.quoted);
    if ((isFactual(h, x, y) && !quotedFigure) || isSameFigure(h, x, y)) return false;
    const oneSided = h.a.length === 0 || h.b.length === 0;
    const atEdge = (h.startA === 0 && h.startB === 0) || (h.endA === lengthA && h.endB === lengthB);
    // A negator is no framing, wherever it stands: "I never moved" / "I moved". Nor, between two
    // quotations, is a quantifier or modal alone: "Some of the shops will not survive" / "The
    // shops will not survive" quote two claims.
    return !(oneSided && atEdge) || isPolarityOnly(h) || (bothDirect && isClaimOnly(h, true));
  });
}

/** Joins changed stretches of the same nature separated by at most MERGE_GAP matched words into one phrase. */
function mergeHunks(hunks: Hunk[]): Hunk[] {
  const merged: Hunk[] = [];
  for (const h of hunks) {
    const prev = merged[merged.length - 1];
    const close = prev && h.startA - prev.endA <= MERGE_GAP && h.startB - prev.endB <= MERGE_GAP;
    if (prev && close && isSynonymous(prev) === isSynonymous(h)) {
      prev.a.push(...h.a);
      prev.b.push(...h.b);
      prev.endA = h.endA;
      prev.endB = h.endB;
    } else {
      merged.push({ ...h, a: [...h.a], b: [...h.b] });
    }
  }
  return merged;
}

/** At most this many words (one of them a content word) may separate a change from its context word. */
const CONTEXT_REACH = 5;

function reaches(sentence: AnalyzedSentence, from: number, to: number): boolean {
  if (to - from > CONTEXT_REACH) return false;
  let content = 0;
  for (let k = from + 1; k < to; k++) if (!sentence.tokens[k]?.stop) content++;
  return content <= 1;
}

/** Offsets of a changed phrase, widened to the matched word on each side when it is close ("get … state"). */
function phraseRange(sentence: AnalyzedSentence, words: Word[], before: Word | undefined, after: Word | undefined): [number, number] {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) {
    // Nothing on this side: the claim is the matched words around the gap ("under control" lacking "fully").
    const from = before ?? after;
    const to = after ?? before;
    return from && to ? [from.token.start, to.token.end] : [sentence.span.start, sentence.span.end];
  }
  const start = before && reaches(sentence, before.index, first.index) ? before.token.start : writtenStart(sentence.tokens, first.index);
  const end = after && reaches(sentence, last.index, after.index) ? after.token.end : last.token.end;
  return [start, end];
}

/** Quotation marks of the languages news is translated from: guillemets and low-high quotes. */
const FOREIGN_MARKS = /[«»‹›„]/;

/** Is a quotation of the sentence set in another language's quotation marks (a translated copy)? */
function isTranslatedQuote(sentence: AnalyzedSentence, context: DetectionContext): boolean {
  const source = context.sources.find((s) => s.id === sentence.source);
  const text = source?.text ?? '';
  if (sentence.quotes.length > 0 && source !== undefined && declaresTranslation(source)) return true;
  return sentence.quotes.some((q) => FOREIGN_MARKS.test(text.slice(Math.max(0, q.start - 2), q.start)) || FOREIGN_MARKS.test(text.slice(q.end, q.end + 2)));
}

/** Lines at each end of a source read for a note that it is a translation. */
const NOTE_LINES = 5;

/**
 * Does the source say it is a translation ("Source: Le Quotidien (translated from French)",
 * "Translated by …"), in a note at its head or foot? Every quotation in it is then the
 * translator's wording.
 */
function declaresTranslation(source: AnalyzedSource): boolean {
  // Asked for each quotation compared: read once a source.
  let declared = translationNotes.get(source);
  if (declared === undefined) {
    const lines = source.text.split('\n').filter((l) => l.trim() !== '');
    declared = [...lines.slice(0, NOTE_LINES), ...lines.slice(-NOTE_LINES)].some((l) => /\b(?:translated|translation)\s+(?:from|by)\b/i.test(l));
    translationNotes.set(source, declared);
  }
  return declared;
}

const translationNotes = new WeakMap<AnalyzedSource, boolean>();

function compare(x: AnalyzedSentence, y: AnalyzedSentence, score: number, group: string | null, context: DetectionContext): Finding[] {
  const qx = quotedWordCount(x) >= MIN_QUOTE_WORDS;
  const qy = quotedWordCount(y) >= MIN_QUOTE_WORDS;
  // A remark needs a quotation on one side and speech (quoted or reported) on the other.
  if (!(qx || qy) || !(qx || x.speech) || !(qy || y.speech)) return [];
  // Two direct quotations of one remark must carry the same words; a paraphrase may leave some out.
  const bothDirect = qx && qy;
  const wx = contentWords(x, qx, bothDirect, context);
  const wy = contentWords(y, qy, bothDirect, context);
  // Two remarks with no content word in common are two remarks, not one worded two ways.
  const keysY = new Set(wy.map((w) => w.key));
  if (!wx.some((w) => keysY.has(w.key))) return [];
  const findings: Finding[] = [];
  // A paraphrase may drop or add words freely; only replacements count against it.
  const hunks = innerHunks(hunksOf(wx, wy), x, wx.length, y, wy.length, bothDirect).filter((h) => bothDirect || (h.a.length > 0 && h.b.length > 0));
  for (const h of mergeHunks(hunks)) {
    const oneSided = h.a.length === 0 || h.b.length === 0;
    if ((h.a.length === 0 && h.b.length === 0) || isNameSwap(h) || isMismatched(h) || isReferenceSwap(h, x, wx, y, wy) || isSameWords(h)) continue;
    // "I understand" / "I don't understand": in reported speech a negator is the negation
    // detector's; between two quotations of one remark it is the quote that says the opposite.
    const negated = isPolarityOnly(h);
    if (negated && !bothDirect) continue;
    const synonymous = isSynonymous(h);
    const [sx, ex] = phraseRange(x, h.a, wx[h.startA - 1], wx[h.endA]);
    const [sy, ey] = phraseRange(y, h.b, wy[h.startB - 1], wy[h.endB]);
    const cx = context.claim(x, sx, ex);
    const cy = context.claim(y, sy, ey);
    // Synonyms keep the content; other wording changes what the person is reported to have said.
    // Reported speech promises the gist, not the words: against it, other wording is weak evidence.
    // Words one quotation has and the other lacks may be an editor's trim, not another remark:
    // weak evidence too (on dev 9 of 14 such findings were planted differences; of replaced words,
    // 35 of 48).
    // A quantifier or modal one quotation has and the other lacks ("Some of the shops …") is no
    // trim: it changes the claim, as a replaced word does.
    // ("will keep" / "keep" is tense, which translations shift: not such a word.)
    const claimOnly = bothDirect && oneSided && isClaimOnly(h, false);
    const severity = negated ? 'high' : synonymous || !bothDirect || (oneSided && !claimOnly) ? 'low' : 'medium';
    // One quotation set in «…» or „…“, the other in English marks: one is a translation, and its
    // words may be the translator's ("a shred of remorse" / «an ounce of repentance»). Low, saying why.
    const translated = severity === 'medium' && isTranslatedQuote(x, context) !== isTranslatedQuote(y, context);
    const words = (list: Word[]): string => list.map((w) => w.token.text).join(' ');
    findings.push({
      kind: 'quote',
      rule: negated ? 'quote/negated' : ruleOf(oneSided, synonymous, bothDirect),
      severity: translated ? 'low' : severity,
      ...(translated ? { weakened: { reason: 'translated-quote' as const, severity } } : {}),
      confidence: Math.min(0.9, 0.45 + 0.6 * score),
      group,
      claims: [cx, cy],
      // The changed words themselves (empty on the side that lacks them), without the context words the claims add.
      values: [
        { source: x.source, value: words(h.a) },
        { source: y.source, value: words(h.b) },
      ],
    });
  }
  return findings;
}

export const quoteDetector: Detector = {
  kind: 'quote',
  // A polarity changed inside a quotation the quote finding already sets against its other wording
  // ("trial, not a prescription" / "trial, and perhaps a prescription") is that finding's difference.
  supersedes: ['negation'],
  description: 'the same remark quoted or paraphrased with different wording (word-level diff)',
  detect(context) {
    const findings = pairFindings(context, (x, y, group) => {
      // The word diff breaks ties by side: read both ways and keep the reading that finds more.
      const forward = compare(x, y, group.score, context.groupId(group), context);
      const backward = compare(y, x, group.score, context.groupId(group), context);
      return backward.length > forward.length ? backward : forward;
    });
    // A joined finding keeps the first one's rule (how it differs) and names every source.
    return mergeAcrossSources(findings);
  },
  describe(f, labels) {
    const how = `The same remark is ${HOW[f.rule] ?? ''}${f.rule.startsWith('quote/paraphrase-') ? ' (one source reports it in its own words)' : ''}`;
    // One pair reads as the detector compared it (quotation first); a joined finding as camps.
    const [x, y] = f.claims;
    return `${how}: ${f.merged ? consensusText(f.claims, labels) : `"${x?.text}" in ${labels.label(x?.source ?? '')}, "${y?.text}" in ${labels.label(y?.source ?? '')}`}`;
  },
};
