import type { AnalyzedSentence, Token } from '../analyze/index.js';
import { isPastForm, sameParaphrase, stemOf, writtenStart } from '../analyze/index.js';
import { SPEECH_VERBS } from '../analyze/lexicon.js';
import { NUMBER_WORDS } from '../analyze/numbers.js';
import { areSynonyms } from '../analyze/synonyms.js';
import { sameEntity } from '../analyze/names.js';
import type { Claim } from '../types.js';
import { consensusText, mergeAcrossSources } from './merge.js';
import { alignedConfidence, pairFindings } from './pairs.js';
import type { Detector } from './types.js';

declare module '../types.js' {
  interface DiscrepancyKinds {
    negation: true;
  }
}

/**
 * Negation: one report says a thing happened, another that it did not —
 * "no evidence" / "evidence", "will not affect" / "will also affect", "was
 * not at risk" / "is at risk" — or uses the opposite word ("denied" /
 * "confessed"). Polarity is compared on the words both reports share, so a
 * negation both carry ("nobody was hurt" / "no one was injured") and a
 * double negation ("will not stop" / "will continue") are not flips.
 */

const NEGATORS = new Set(['not', 'no', 'never', "n't", 'without', 'nor', 'none', 'nobody', 'nothing', 'neither', 'cannot', 'hardly', 'barely', 'scarcely', 'lack', 'lacks', 'lacked', 'lacking']);

/**
 * Words that pass their polarity to the verb after "to": "not expected to reopen" denies the
 * reopening, so against "expected to stay shut" the two complements, not "expected", decide.
 */
const RAISING = new Set(['expect', 'like', 'set', 'due', 'schedul', 'plan', 'intend', 'go', 'abl', 'allow', 'want', 'hope']);

/** Words after a denied verb that turn the denial into a time or a condition: "not … until", "not … unless". */
const DEFERRING = /^(?:until|till|unless)$/;
const DEFER_REACH = 8;

/** Is the verb at k denied only until something happens ("won't proclaim a winner until …")? */
function isDeferred(tokens: readonly Token[], k: number): boolean {
  for (let m = k + 1; m < Math.min(tokens.length, k + DEFER_REACH); m++) if (DEFERRING.test(tokens[m]?.fold ?? '')) return true;
  return false;
}

/** Verbs that ask or tell someone to do something: what follows "to" is wanted, not done. */
const DIRECTIVES = new Set(['urge', 'ask', 'order', 'tell', 'advis', 'encourag', 'instruct', 'beg', 'plead', 'implor', 'request', 'call', 'press', 'invit', 'appeal'].map(stemOf));

/** How far back from "to" a directive may stand ("urged anyone still in the two sectors to leave"). */
const DIRECTIVE_REACH = 8;

/** Is the word at k the complement of a directive ("urged residents to leave")? */
function isDirected(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.fold !== 'to') return false;
  for (let m = k - 2; m >= Math.max(0, k - 2 - DIRECTIVE_REACH); m--) {
    const t = tokens[m] as Token;
    if (DIRECTIVES.has(t.stem)) return true;
    // Another verb or a clause of its own between: "told reporters that crew members had managed to lower".
    if (t.fold === 'that' || SPEECH_VERBS.has(t.fold) || isPastVerb(t)) return false;
  }
  return false;
}

/** The content word a raising word governs through "to" ("reopen" of "expected to reopen"), if any. */
function complementOf(tokens: readonly Token[], k: number): string | undefined {
  if (tokens[k + 1]?.fold !== 'to') return undefined;
  for (let m = k + 2; m < Math.min(tokens.length, k + 5); m++) {
    const t = tokens[m] as Token;
    if (!t.stop) return t.stem;
  }
  return undefined;
}

/** Words for evidence: denying them denies what they would show ("no evidence that …"). */
const EVIDENCE = new Set(['evidence', 'sign', 'signs', 'indication', 'indications', 'suggestion', 'proof', 'trace', 'hint']);

/** Opposite pairs, by stem: saying one is saying "not" the other. */
const ANTONYMS: ReadonlyArray<readonly [string, string]> = (
  [
    ['deny', 'confirm'], ['deny', 'admit'], ['deny', 'confess'], ['reject', 'accept'], ['reject', 'approve'],
    ['rise', 'fall'], ['increase', 'decrease'], ['raise', 'lower'], ['win', 'lose'], ['pass', 'fail'],
    ['acquit', 'convict'], ['guilty', 'innocent'], ['acquit', 'guilty'], ['absolve', 'guilty'], ['clear', 'guilty'], ['absolve', 'convict'], ['clear', 'convict'], ['stop', 'continue'], ['allow', 'ban'], ['allow', 'forbid'],
    ['open', 'close'], ['support', 'oppose'], ['agree', 'disagree'], ['include', 'exclude'], ['present', 'absent'],
    ['safe', 'danger'], ['survive', 'die'], ['legal', 'illegal'], ['success', 'failure'], ['true', 'false'],
    ['strengthen', 'weaken'], ['appreciate', 'depreciate'], ['alive', 'dead'],
    ['resume', 'suspend'], ['resume', 'halt'], ['lift', 'impose'], ['ease', 'tighten'], ['keep', 'scrap'], ['keep', 'abolish'],
    ['expand', 'shrink'], ['gain', 'lose'],
  ] as const
).map(([a, b]) => [stemOf(a), stemOf(b)] as const);

/** Opposites that two parties hold at once, by stem (irregular forms are stemmed to their verb: "lost" → "lose"). */
const CONVERSES: ReadonlyArray<readonly [string, string]> = ([['win', 'lose']] as const).map(([a, b]) => [stemOf(a), stemOf(b)] as const);

function isConverse(a: string, b: string): boolean {
  return CONVERSES.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/** The nearest name before token k in its sentence: who acts, for a verb of winning or losing. */
function actorBefore(sentence: AnalyzedSentence, k: number): string | undefined {
  const token = sentence.tokens[k];
  const before = sentence.names.filter((n) => token !== undefined && n.end <= token.start);
  return before.at(-1)?.text;
}

function sameActor(x: AnalyzedSentence, i: number, y: AnalyzedSentence, j: number): boolean {
  const [ax, ay] = [actorBefore(x, i), actorBefore(y, j)];
  return ax !== undefined && ay !== undefined && sameEntity(ax, ay);
}

function antonymous(a: string, b: string): boolean {
  return ANTONYMS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/**
 * Verbs of stance: saying no to something against saying yes to it ("refused to hand over" /
 * "agreed to lend", "ruled out taking the case" / "vowed to take the case"). Opposite only where
 * both bear on the same thing: the same act after each verb, or two words of its object.
 */
const REFUSING = new Set(['refuse', 'decline', 'deny', 'reject', 'dismiss', 'oppose', 'rule'].map(stemOf));
const ACCEPTING = new Set(['agree', 'accept', 'admit', 'vow', 'pledge', 'promise', 'approve', 'endorse', 'confirm', 'welcome'].map(stemOf));
const STANCE_REACH = 8;

function stanceOpposite(x: AnalyzedSentence, i: number, y: AnalyzedSentence, j: number): boolean {
  const a = x.tokens[i] as Token;
  const b = y.tokens[j] as Token;
  const refusing = (t: Token, tokens: readonly Token[], k: number): boolean => REFUSING.has(t.stem) && (t.stem !== 'rule' || tokens[k + 1]?.fold === 'out');
  if (!((refusing(a, x.tokens, i) && ACCEPTING.has(b.stem)) || (ACCEPTING.has(a.stem) && refusing(b, y.tokens, j)))) return false;
  const after = (s: AnalyzedSentence, k: number): string[] => s.tokens.slice(k + 1, k + 1 + STANCE_REACH).filter((t) => !t.stop && !t.num && t.stem !== 'out').map((t) => t.stem);
  const wa = after(x, i);
  const wb = after(y, j);
  // The same act ("refused to meet" / "agreed to meet"), or two words of what it bears on in common
  // ("hand the meteorite to the museum" / "lend the meteorite to the museum").
  if (wa[0] !== undefined && wa[0] === wb[0]) return true;
  return new Set(wa.filter((w) => wb.includes(w))).size >= 2;
}

/** "never been stronger", "not have been better", "couldn't be happier": after the negator, be-forms then a comparative. */
function isComparativeAfter(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (/^(?:have|has|had|be|been|was|were|is|are|looked|felt|seemed|sounded)$/.test(tokens[k]?.fold ?? '')) k++;
  const word = tokens[k]?.fold ?? '';
  return k > i + 1 && (/^(?:better|worse|more|less|higher|lower|bigger|greater|happier|prouder|clearer)$/.test(word) || /^[a-z]{3,}er$/.test(word) && !/(?:ever|over|under|after|water|power|order|number|never|other|whether|however)$/.test(word));
}

/** Forms of verbs whose meaning lies in their object ("put a figure on", "made a mistake", "gave a reason"). */
const LIGHT_VERB_FORMS = /^(?:put|puts|putting|make|makes|made|making|take|takes|took|taken|taking|give|gives|gave|given|giving|get|gets|got|gotten|getting|set|sets|setting)$/;

/** Words after a verb read for its object. */
const OBJECT_REACH = 4;

/** The stem of the first content word after token k (its object's head or first modifier), if any near. */
function objectOf(tokens: readonly Token[], k: number): string | undefined {
  for (let m = k + 1; m < Math.min(tokens.length, k + 1 + OBJECT_REACH); m++) {
    const t = tokens[m] as Token;
    if (!t.stop && !t.num && !NEGATORS.has(t.fold)) return t.stem;
  }
  return undefined;
}

/** Nouns that "of no" joins into the name of a thing rather than denying: "a vote of no confidence". */
const NAMED_KINDS = new Set(['confidence', 'deal', 'fly', 'go', 'show', 'ball', 'contest', 'claims', 'fault']);

/** Words that end the reach of a negator: a new clause starts. */
const CLAUSE_BREAKS = new Set(['but', 'and', 'while', 'although', 'though', 'whereas', 'however', 'because', 'until', 'unless', 'if', 'when']);

function isNegator(t: Token, next: Token | undefined, text: string, prev?: Token): boolean {
  // "No 8 shirt", "No. 3": an abbreviation of "number", not a negation.
  if (t.fold === 'no' && next?.num) return false;
  // "voters say no to retirement at 67", "a clear no to the plan": a vote against, which another
  // source reports as "rejected the plan to raise the retirement age"; it denies no predicate.
  if (t.fold === 'no' && next?.fold === 'to') return false;
  // "a no confidence vote", "the no-deal scenario": after an article, "no" names a kind of thing.
  // Not after "that", which mostly opens a clause ("confirmed that no restriction was imposed").
  if (t.fold === 'no' && prev && /^(?:a|an|the|this)$/.test(prev.fold)) return false;
  // "no-confidence vote", "no-fly zone", "non-binding": one word with a hyphen names a thing.
  if (next && next.start === t.end + 1 && /^[-‐‑]$/.test(text[t.end] ?? '')) return false;
  // "a vote of no confidence": after "of", "no" with these nouns names a kind of thing.
  if (t.fold === 'no' && prev?.fold === 'of' && next && NAMED_KINDS.has(next.fold)) return false;
  // "almost stopped", "nearly collapsed", "had almost given up": it did not happen.
  if ((t.fold === 'almost' || t.fold === 'nearly') && next && !next.num && isPastForm(next.fold)) return true;
  // "fell short of an absolute majority": it did not reach one ("won no majority").
  if (t.fold === 'short' && next?.fold === 'of' && /^(?:fell|fall|falls|falling|fallen)$/.test(prev?.fold ?? '')) return true;
  // "refused to meet", "failed to activate", "declined to comment", "refused a timeout": the act did not happen.
  if (/^(?:refuse[sd]?|refusing|fail(?:s|ed)?|decline[sd]?|declining)$/.test(t.fold) && next && (next.fold === 'to' || /^(?:a|an|the|any)$/.test(next.fold))) return true;
  // "envelopes were missing witness signatures" says they lacked them ("the missing hikers", "two
  // people were missing" do not: no object follows).
  if (t.fold === 'missing' && prev && /^(?:is|are|was|were|been|be)$/.test(prev.fold) && next && !next.num && /^\s+$/.test(text.slice(t.end, next.start)) && /^\p{Ll}/u.test(next.text) && !/^(?:for|since|after|in|from|at|on)$/.test(next.fold)) return true;
  return NEGATORS.has(t.fold) || t.fold.endsWith("n't");
}

/**
 * The "to" of "too narrow to land", "too weak to stand": what follows cannot be or was not done,
 * as in "could not land". The verb after it is what is denied.
 */
function isTooTo(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.fold !== 'to') return false;
  // "too unstable for us to go in", "too dangerous for divers to enter": whom it is too much for
  // stands between the adjective and "to".
  let a = k - 1;
  if (tokens[a - 1]?.fold === 'for' && !tokens[a]?.num) a -= 2;
  else if (tokens[a - 2]?.fold === 'for' && !tokens[a]?.num) a -= 3;
  const adjective = tokens[a];
  // "too early to speak of blame", "too soon to say" tell when, not whether: another source's "still
  // early to speak" or "the cause" is no opposite.
  return tokens[a - 1]?.fold === 'too' && adjective !== undefined && !adjective.stop && !adjective.num && !adjective.cap && !/^(?:early|soon)$/.test(adjective.fold);
}

/**
 * A subordinate clause starting at k ends a negator's reach: "showed no emotion as the sentence
 * was read" denies the emotion, not the reading. "as" opens one before a subject ("as the", "as
 * he"), not in "as well" or "as many as".
 */
function opensSubordinate(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (/^(?:after|before|since|once|where)$/.test(t.fold)) return true;
  return t.fold === 'as' && /^(?:the|a|an|his|her|their|its|he|she|they|it|we|i|you|this|that|these|those)$/.test(tokens[k + 1]?.fold ?? '');
}

function clauseBreak(text: string, a: Token, b: Token): boolean {
  return /[,;:()]/.test(text.slice(a.end, b.start)) || CLAUSE_BREAKS.has(b.fold);
}

/**
 * For each negated token, the index of its negator. A negator opening its
 * clause ("Nobody was seriously hurt", "No person was injured") negates the
 * whole clause; elsewhere it negates the next content word ("found no
 * evidence", "will not affect", "did not rule out").
 */
function polarity(sentence: AnalyzedSentence, text: string): Map<number, number> {
  // A sentence meets many others in its groups; its polarity is the same each time.
  const cached = polarityCache.get(sentence);
  if (cached) return cached;
  const negated = readPolarity(sentence, text);
  polarityCache.set(sentence, negated);
  return negated;
}

const polarityCache = new WeakMap<AnalyzedSentence, Map<number, number>>();

function readPolarity(sentence: AnalyzedSentence, text: string): Map<number, number> {
  const negated = new Map<number, number>();
  const { tokens } = sentence;
  tokens.forEach((t, i) => {
    // "denied that range officers had triggered it" says they did not: the clause is denied.
    if (deniesClause(tokens, i)) {
      for (let k = i + 2; k < tokens.length; k++) {
        if (clauseBreak(text, tokens[k - 1] as Token, tokens[k] as Token) || opensSubordinate(tokens, k)) break;
        negated.set(k, i);
      }
      return;
    }
    if (!isNegator(t, tokens[i + 1], text, tokens[i - 1]) && !isTooTo(tokens, i)) return;
    const prev = tokens[i - 1];
    // Negative pronouns negate their whole clause wherever they stand ("assured that nobody will be left alone").
    // So does "no" before a noun: "until now no charges were filed" says nothing was filed.
    // "without" negates its whole phrase too: "without any history of travel abroad".
    const pronoun = /^(?:nobody|nothing|none|neither|no|without)$/.test(t.fold);
    const opensClause = pronoun || !prev || clauseBreak(text, prev, t) || CLAUSE_BREAKS.has(prev.fold) || prev.fold === 'that';
    // "has never been stronger", "could not be better": a superlative said with a negator.
    if (/^(?:never|not|n't)$/.test(t.fold.replace(/^\w+(?=n't$)/, '')) && isComparativeAfter(tokens, i)) return;
    // "The scans found nothing", "saw nobody": a negative object denies the verb before it, as
    // "nothing was found" does. Not a verb of saying: "said nothing" against "said that …" is no flip.
    if (/^(?:nothing|nobody|none)$/.test(t.fold) && prev && isPastVerb(prev) && !prev.cap && !SPEECH_VERBS.has(prev.fold) && !clauseBreak(text, prev, t)) negated.set(i - 1, i);
    // "Deaths: none so far": a negative word answering a label negates the label.
    if (pronoun && prev && /:\s*$/.test(text.slice(prev.end, t.start))) {
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        negated.set(k, i);
        if (k > 0 && clauseBreak(text, tokens[k - 1] as Token, tokens[k] as Token)) break;
      }
      // What follows the answer ("none so far") is no predicate of its own.
      return;
    }
    for (let k = i + 1; k < tokens.length; k++) {
      const u = tokens[k] as Token;
      // A clause under "that" has its own polarity ("denied reports that the plant closed" says
      // nothing of the plant), except after a word for evidence: "no sign that it was a
      // cyber-attack" says it was not, as "it was not a cyber-attack" does.
      if (clauseBreak(text, tokens[k - 1] as Token, u) || opensSubordinate(tokens, k) || (u.fold === 'that' && !EVIDENCE.has(tokens[k - 1]?.fold ?? ''))) break;
      negated.set(k, i);
      if (!opensClause && !u.stop && !passedOver(tokens, k, text)) {
        // "had not seen any cancellations", "has never turned a profit": the object of a verb of
        // having, finding or making is denied with it ("saw no cancellations", "made no profit").
        const object = objectAfter(tokens, k);
        if (object) for (let m = object[0]; m < object[1]; m++) negated.set(m, i);
        break;
      }
    }
  });
  // A negator inside another's reach cancels it: "Nobody in Sicily will be left without fuel"
  // says everyone will have fuel, "did not fail to" that it was done. Both reaches are affirmed.
  for (const [k, i] of [...negated]) {
    if (k === i || !isNegator(tokens[k] as Token, tokens[k + 1], text, tokens[k - 1])) continue;
    for (const [m, by] of [...negated]) if (by === i || by === k) negated.delete(m);
  }
  return negated;
}

/** "-ly" words that are no adverbs of manner or time: they can be what a negator bears on. */
const NOT_ADVERBS = new Set(['family', 'likely', 'unlikely', 'elderly', 'friendly', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'rally', 'only', 'belly', 'jelly', 'bully', 'ally', 'assembly', 'anomaly', 'italy', 'july']);

/**
 * Words a negator reaches across to what it bears on: particles ("not yet", "no longer"), an
 * adverb ("did not immediately respond", "did not pre-emptively de-energize") and the first parts
 * of a hyphened word ("de-energize"): the denied act is the verb after them, which the other
 * source says plainly ("had been de-energized").
 */
function passedOver(tokens: readonly Token[], k: number, text: string): boolean {
  const t = tokens[k] as Token;
  if (/^(?:also|further|yet|longer|ever|even|still)$/.test(t.fold)) return true;
  // Inside a hyphened word ("pre-emptively", "de-energize") the last part decides.
  if (hyphenJoined(tokens, k, text)) return true;
  return t.fold.length >= 6 && /ly$/.test(t.fold) && !/ply$/.test(t.fold) && !NOT_ADVERBS.has(t.fold) && !t.cap && !t.num;
}

/**
 * Verbs whose denial denies their object: having, getting, finding, seeing, making, recording.
 * Verbs of saying, expecting or wanting are left out: "did not expect a deal" says nothing of the deal.
 */
const POSSESSING = new Set(['have', 'had', 'has', 'get', 'got', 'see', 'saw', 'seen', 'find', 'found', 'receiv', 'make', 'made', 'turn', 'record', 'post', 'report', 'show', 'score', 'earn', 'win', 'won', 'suffer', 'detect', 'identifi', 'issu', 'lodg', 'file', 'impos', 'take', 'took', 'taken']);

/** Token range [from, to) of the object noun phrase after the verb at k ("any order cancellations"), if the verb passes its denial on. */
function objectAfter(tokens: readonly Token[], k: number): [number, number] | undefined {
  const verb = tokens[k] as Token;
  if (!POSSESSING.has(verb.stem) && !POSSESSING.has(verb.fold)) return undefined;
  const det = tokens[k + 1];
  if (!det || !/^(?:any|a|an)$/.test(det.fold)) return undefined;
  let m = k + 2;
  // Up to three words of the noun phrase: "an annual profit", "any order cancellations".
  while (m < tokens.length && m < k + 5) {
    const t = tokens[m] as Token;
    if (t.stop || t.num || t.cap) break;
    m++;
  }
  return m > k + 2 ? [k + 1, m] : undefined;
}

/**
 * Does a negator stand earlier in token k's clause, or right after it? "did not speak about his future": "future"
 * is not what "not" bears on, but the clause denies all the same, so a source saying "said
 * nothing about his future" agrees with it rather than flipping it.
 */
function inNegatedClause(sentence: AnalyzedSentence, text: string, k: number): boolean {
  const { tokens } = sentence;
  // A negator right after the word denies its clause as well: "is expected not before October"
  // (a translation's order) says what "is not expected before October" says.
  // So does one after "as": "counts as no extraordinary circumstance" is "does not count as one".
  const at = tokens[k + 1]?.fold === 'as' ? k + 2 : k + 1;
  const next = tokens[at];
  if (next !== undefined && isNegator(next, tokens[at + 1], text, tokens[at - 1]) && !clauseBreak(text, tokens[at - 1] as Token, next)) return true;
  for (let m = k - 1; m >= 0; m--) {
    const t = tokens[m] as Token;
    if (isNegator(t, tokens[m + 1], text, tokens[m - 1])) return true;
    if (t.fold === 'that' || (m > 0 && clauseBreak(text, tokens[m - 1] as Token, t))) return false;
  }
  return false;
}

function isQuestion(sentence: AnalyzedSentence): boolean {
  return /\?["”’»)\s]*$/u.test(sentence.text);
}

/** The token, or for the "n't" of a contraction the word it is written in ("won't", not "n't"). */
function wordStart(tokens: readonly Token[], k: number): Token {
  return { ...(tokens[k] as Token), start: writtenStart(tokens, k) };
}

/** Words before a plainly said word that a claim may take in to show what is said of it. */
const PREDICATE_REACH = 5;

/** A verb in the past by its form ("found", "cancelled"), not an auxiliary. */
function isPastVerb(t: Token): boolean {
  return !t.stop && !t.num && isPastForm(t.fold);
}

/**
 * Where the statement a plainly said word belongs to starts: the verb before it in its clause
 * ("covered by launch insurance", "made its first annual profit"), so the claim shows what is
 * said against the other source's denial; the word itself when no verb stands close before it.
 */
function predicateStart(sentence: AnalyzedSentence, k: number, text: string): number {
  const { tokens } = sentence;
  // A hyphened word is one word: "de-energized" from its first part.
  let first = k;
  while (first > 0 && hyphenJoined(tokens, first - 1, text)) first--;
  // A verb is its own predicate ("had cancelled orders"): nothing to take in.
  if (isPastVerb(tokens[k] as Token)) return first;
  for (let m = first - 1; m >= 0 && m >= first - PREDICATE_REACH; m--) {
    const t = tokens[m] as Token;
    const next = tokens[m + 1] as Token;
    // A verb of saying frames the statement rather than making it ("said a restriction …").
    if (clauseBreak(text, t, next) || t.cap || t.num || SPEECH_VERBS.has(t.fold)) return first;
    if (isPastVerb(t)) return m;
  }
  return first;
}

/** Is token k joined by a hyphen to the token after it ("de" in "de-energize")? */
function hyphenJoined(tokens: readonly Token[], k: number, text: string): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return t !== undefined && next !== undefined && next.start === t.end + 1 && /^[-‐‑]$/.test(text[t.end] ?? '');
}

/** Verbs that say a thing came to be: denying them after "no <noun>" denies the noun. */
const COMING_TO_BE = new Set(['put', 'impose', 'issue', 'introduce', 'place', 'set', 'make', 'made', 'give', 'given', 'find', 'found', 'record', 'report', 'file', 'take', 'taken', 'exist', 'reach', 'sign', 'agree', 'announce', 'declare', 'detect', 'identify', 'order', 'grant', 'award'].map(stemOf));

/** "what we know", "how they found it": a verb after a wh-word opens a topic, it asserts nothing. */
function isTopic(tokens: readonly Token[], k: number): boolean {
  for (let m = k - 1; m >= Math.max(0, k - 2); m--) if (/^(?:what|how)$/.test(tokens[m]?.fold ?? '')) return true;
  return false;
}

/** Nouns after "no" that make an adverb of time or manner: "at no point", "in no way", "on no account". */
const ADVERBIAL_NOUNS = new Set(['point', 'time', 'stage', 'moment', 'way', 'account', 'circumstances']);

/** Is the negator at k the "no" of "at no point", "in no way"? */
function isAdverbialNo(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.fold === 'no' && ADVERBIAL_NOUNS.has(tokens[k + 1]?.fold ?? '') && /^(?:at|in|on|under)$/.test(tokens[k - 1]?.fold ?? '');
}

/** Is the word at k a denial of the clause after it ("denied that …", "denies that …")? */
function deniesClause(tokens: readonly Token[], k: number): boolean {
  return /^(?:deny|denies|denied|denying)$/.test(tokens[k]?.fold ?? '') && tokens[k + 1]?.fold === 'that';
}

/**
 * Does the negator at k deny a clause's verb rather than the word after it: "at no point have
 * ambulances been diverted", "denied that officers had triggered it"? The subject is not denied.
 */
function deniesVerb(tokens: readonly Token[], k: number): boolean {
  return isAdverbialNo(tokens, k) || deniesClause(tokens, k);
}

/** A word read as a verb by its form or its place: "diverted", "exceeding", "were exceed…" after an auxiliary. */
function isVerbLike(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1]?.fold ?? '';
  // "did not reduce": the negator of an auxiliary stands between; "it cut deaths": a subject pronoun.
  // "please don't leave your car" is a request with no subject: it asserts no act.
  const subject = tokens[k - 3];
  const denied = /^(?:not|n't|never)$/.test(prev) && AUXILIARIES.test(tokens[k - 2]?.fold ?? '') && subject !== undefined && subject.fold !== 'please' && (!subject.stop || SUBJECT_PRONOUNS.test(subject.fold));
  return isPastVerb(t) || (/ing$/.test(t.fold) && t.fold.length > 5) || AUXILIARIES.test(prev) || denied || SUBJECT_PRONOUNS.test(prev);
}

const SUBJECT_PRONOUNS = /^(?:he|she|it|they|we|i)$/;

/** An "-ing" word after an article or a possessive is a noun for an event ("the meeting", "its hearing"); against another form of the word ("meet") it is no predicate. */
function isNamedEvent(tokens: readonly Token[], k: number): boolean {
  if (!/ing$/.test(tokens[k]?.fold ?? '')) return false;
  const prev = tokens[k - 1];
  if (!prev) return false;
  if (/^(?:the|a|an|this|that|its|their|his|her|our)$/.test(prev.fold)) return true;
  // "delays metro opening": after a noun it is a noun too ("stopped working", "to opening" and
  // "is opening" are verbs).
  return !prev.stop && !prev.num && !prev.cap && !isPastVerb(prev) && !/s$/.test(prev.fold) && !AUXILIARIES.test(prev.fold);
}

/** An "-ing" form after a word of time ("after opening", "since closing"): an event that dates another, not a claim. */
function timedByEvent(tokens: readonly Token[], k: number): boolean {
  return /ing$/.test(tokens[k]?.fold ?? '') && /^(?:after|before|since|until|upon|while|when)$/.test(tokens[k - 1]?.fold ?? '');
}

/** Words after a denied verb within which "since" makes it "not since": "had not hosted an arrival since 2012". */
const SINCE_REACH = 8;

/** Does "since" follow the word at k within its reach? */
function sinceAfter(tokens: readonly Token[], k: number): boolean {
  for (let m = k + 1; m < Math.min(tokens.length, k + 1 + SINCE_REACH); m++) if (tokens[m]?.fold === 'since') return true;
  return false;
}

/** Is the word at k said as the last time it happened ("last hosted", "the last time … finished")? */
function lastBefore(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.fold === 'last' || tokens[k - 2]?.fold === 'last';
}

/** Auxiliaries: after "Nobody in the old town should …" the verb that follows is what is denied. */
const AUXILIARIES = /^(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did)$/;

/**
 * Is token k what its negator bears on: the first content word after it, or for a negative
 * pronoun with an auxiliary after it ("Nobody in the old town should sleep"), the first content
 * word after the auxiliary.
 */
function isHead(sentence: AnalyzedSentence, negated: Map<number, number>, k: number, text: string): boolean {
  const negator = negated.get(k);
  if (negator === undefined) return false;
  // "no high-wave warning": after "no", a hyphened compound before a noun is not what is denied;
  // the noun is. ("not life-threatening injuries" denies the compound: only "no" reads so.)
  const joined = (m: number): boolean => hyphenJoined(sentence.tokens, m, text);
  const modifier = (m: number): boolean => {
    if (sentence.tokens[negator]?.fold !== 'no') return false;
    const next = sentence.tokens[m + 1];
    return joined(m) || (joined(m - 1) && next !== undefined && !next.stop && !next.num);
  };
  if (modifier(k)) return false;
  // A label a negative answer follows ("Deaths: none") is what it denies.
  if (k < negator) return true;
  const { tokens } = sentence;
  let from = negator + 1;
  if (/^(?:nobody|nothing|none|neither|no)$/.test(tokens[negator]?.fold ?? '')) {
    // "none of the mature trees on The Avenue will be felled": a partitive subject may run long;
    // what is denied is still the verb after it, not the trees.
    const reach = tokens[negator + 1]?.fold === 'of' ? 16 : 7;
    for (let m = negator + 1; m < Math.min(tokens.length, negator + reach); m++) {
      if (AUXILIARIES.test(tokens[m]?.fold ?? '')) {
        from = m + 1;
        break;
      }
    }
  }
  // "At no point have ambulances been diverted": the phrase denies the verb, whatever the subject
  // is; flipsOf asks the other side's word to be a verb.
  if (isAdverbialNo(tokens, negator)) return k >= from && k > negator + 1;
  if (deniesClause(tokens, negator)) return k > negator + 1;
  if (k < from) {
    // "no speed restriction had been put in place": the noun after "no" is denied too, as much as
    // the verb after the auxiliary. The noun ends the run of content words right after "no".
    // Only where the verb says the thing came to be ("no restriction had been imposed", "no deal was
    // reached"): "no ballots were lost" denies the losing, not the ballots.
    if (tokens[negator]?.fold !== 'no') return false;
    for (let m = negator + 1; m <= k; m++) if (tokens[m]?.stop || tokens[m]?.num) return false;
    const verb = tokens.slice(from).find((t) => !t.stop);
    if (!verb || !COMING_TO_BE.has(verb.stem)) return false;
    const next = tokens[k + 1];
    return next === undefined || next.stop || clauseBreak(text, tokens[k] as Token, next);
  }
  if (passedOver(tokens, k, text)) return false;
  for (let m = from; m < k; m++) {
    if (tokens[m]?.stop || !negated.has(m) || modifier(m) || passedOver(tokens, m, text)) continue;
    // The object a denied verb of having or making passes its denial to ("not seen any cancellations").
    const object = objectAfter(tokens, m);
    // The noun is what is denied: "any order cancellations" flips on "cancellations", not "order".
    return object !== undefined && k === object[1] - 1 && negated.get(k) === negator;
  }
  return true;
}

interface Flip {
  /** Token spans [start, end) in absolute offsets, one per side. */
  x: [number, number];
  y: [number, number];
  /** The flipped word on each side, folded: one word, or a pair of opposites ("denied", "confessed"). */
  words: [string, string];
  /** Is the word said with a negator on each side? */
  negated: [boolean, boolean];
  /** Opposite words rather than one word said both ways. */
  antonym: boolean;
}

/**
 * One stem, two words: the people who do a thing and the thing ("Investigators are examining" /
 * "he was not under investigation", "editors" / "edition"). Not one predicate.
 */
function agentAndAct(a: Token, b: Token): boolean {
  // Only the endings no verb form shares: "-ator", "-itor" ("trigger", "orders", "insist" are no agents).
  const agent = (t: Token): boolean => /(?:ator|itor)s?$/.test(t.fold) && t.fold.length > 5;
  return a.fold !== b.fold && agent(a) !== agent(b);
}

/**
 * Is `a` the word `b` with a negating prefix ("undamaged" / "damaged", "non-binding" / "binding")?
 * The rest must be a word of four letters or more, so "under", "unit" or "until" never qualify.
 */
function prefixNegates(a: Token, b: Token): boolean {
  const rest = /^(?:un|non-?)(\p{L}{4,})$/u.exec(a.fold)?.[1];
  if (rest === undefined || b.fold.startsWith('un') || b.fold.startsWith('non')) return false;
  return rest === b.fold || inflects(rest, b.fold) || inflects(b.fold, rest) || stemOf(rest) === b.stem;
}

/**
 * A word said of its subject ("the records were unencrypted", "remained unchanged"), not one
 * that picks out which things ("uninsured deposits", "unvaccinated students").
 */
function predicative(tokens: readonly Token[], k: number): boolean {
  return LINKING.test(tokens[k - 1]?.fold ?? '');
}

const LINKING = /^(?:is|are|was|were|be|been|being|remain|remains|remained|stay|stays|stayed|left|seem|seems|seemed|appear|appears|appeared|look|looks|looked|went|go|goes|emerged)$/;

/** The same word; synonyms and paraphrase groups are too loose for polarity ("check" has a sense "stop"). */
function matches(a: Token, b: Token): boolean {
  return a.stem === b.stem || inflects(a.fold, b.fold) || inflects(b.fold, a.fold);
}

/**
 * Is `form` the word `base` with a regular ending? The stemmer cuts "exceed" to "excee" but
 * "exceeded" to "exceed", so the one verb said both ways would not meet.
 */
function inflects(base: string, form: string): boolean {
  return form.length > base.length && form.startsWith(base) && /^(?:s|es|d|ed|ing)$/.test(form.slice(base.length));
}

/** Content words both sentences carry with opposite polarity, or opposite words in the same place. */
export function flips(x: AnalyzedSentence, y: AnalyzedSentence, textOf: (source: string) => string): Flip[] {
  // A word said both ways ("refused to meet" / "meet") is the clearer reading; verbs of stance
  // ("refused" / "agreed") only where no word flips.
  // Among those, a word said both ways before opposite words: "denied that officers had triggered
  // it" / "triggered it, the firm confirmed" flips on the triggering, not on "denied" / "confirmed".
  const direct = flipsOf(x, y, textOf, false).sort((p, q) => Number(p.antonym) - Number(q.antonym));
  if (direct.length > 0) return direct;
  // The second reading only where both sentences have a verb of stance: most pairs have none.
  const hasStance = (s: AnalyzedSentence): boolean => s.tokens.some((t) => REFUSING.has(t.stem) || ACCEPTING.has(t.stem));
  return hasStance(x) && hasStance(y) ? flipsOf(x, y, textOf, true) : [];
}

function flipsOf(x: AnalyzedSentence, y: AnalyzedSentence, textOf: (source: string) => string, stance: boolean): Flip[] {
  const px = polarity(x, textOf(x.source));
  const py = polarity(y, textOf(y.source));
  const out: Flip[] = [];
  const used = new Set<number>();
  // Polarities each stem occurs with in a sentence: a word a sentence carries both ways, or both
  // words of an antonym pair ("opened … closed"), cannot show which way the sentence leans.
  const polaritiesOf = (s: AnalyzedSentence, p: Map<number, number>): Map<string, Set<boolean>> => {
    const out = new Map<string, Set<boolean>>();
    s.tokens.forEach((t, k) => out.set(t.stem, (out.get(t.stem) ?? new Set()).add(p.has(k))));
    return out;
  };
  const kx = polaritiesOf(x, px);
  const ky = polaritiesOf(y, py);
  // Names carry no polarity; a capital opening the sentence is no name ("Charges have been filed").
  // Nor numbers in words ("None of the three patients" / "received three reports"): the number detector's.
  const skip = (t: Token, k: number): boolean => t.stop || t.num || NUMBER_WORDS.has(t.fold) || (t.cap && k > 0);
  x.tokens.forEach((a, i) => {
    if (skip(a, i)) return;
    const negA = px.has(i);
    y.tokens.forEach((b, j) => {
      if (used.has(j) || skip(b, j)) return;
      // "unencrypted" / "encrypted", "uninsured" / "insured": the prefix is the word's own negator.
      const prefixedA = prefixNegates(a, b) && predicative(x.tokens, i);
      const prefixedB = prefixNegates(b, a) && predicative(y.tokens, j);
      if (prefixedA || prefixedB) {
        if ((a.quoted && b.quoted) || px.has(i) || py.has(j) || kx.has(b.stem) || ky.has(a.stem)) return;
        used.add(j);
        out.push({ x: [a.start, a.end], y: [b.start, b.end], words: [a.fold, b.fold], negated: [prefixedA, prefixedB], antonym: false });
        return;
      }
      // One act in two words of a news paraphrase group ("was not detained" / "was arrested"), both read as verbs.
      // The cheap guards first: the dictionary is asked only about two verbs.
      const same = (matches(a, b) && !agentAndAct(a, b)) || (!SPEECH_VERBS.has(a.fold) && !SPEECH_VERBS.has(b.fold) && isVerbLike(x.tokens, i) && isVerbLike(y.tokens, j) && (sameParaphrase(a.stem, b.stem) || areSynonyms(a.fold, b.fold)));
      const opposite = !same && (antonymous(a.stem, b.stem) || (stance && stanceOpposite(x, i, y, j)));
      if (!same && !opposite) return;
      // Inside two quotations the remark itself differs: the quote detector's finding.
      if (a.quoted && b.quoted) return;
      const negB = py.has(j);
      if (same && (ky.get(a.stem)?.has(negA) || kx.get(b.stem)?.has(negB))) return;
      // The flipped word must be what a negator bears on (its first content word) on one side at least:
      // "had not travelled abroad" / "without history of travel abroad" flips neither "abroad" nor "travel".
      if (same && !((negA && isHead(x, px, i, textOf(x.source))) || (negB && isHead(y, py, j, textOf(y.source))))) return;
      // "At no point have ambulances been diverted" denies the diverting: against "Ambulances were
      // being diverted" the flip is on the verb, not on the subject both name.
      if (same && negA && !negB && deniesVerb(x.tokens, px.get(i) as number) && !isVerbLike(y.tokens, j)) return;
      if (same && negB && !negA && deniesVerb(y.tokens, py.get(j) as number) && !isVerbLike(x.tokens, i)) return;
      // "before the meeting" names an event; "refused to meet" denies an act: not one predicate.
      if (same && a.fold !== b.fold && (isNamedEvent(x.tokens, i) || isNamedEvent(y.tokens, j))) return;
      // "Brackenbury attack: what we know" against "it is not yet known how": the headline asserts nothing.
      if (same && ((!negA && isTopic(x.tokens, i)) || (!negB && isTopic(y.tokens, j)))) return;
      // Both clauses deny, in different words ("said nothing about" / "did not speak about").
      if (same && (negA ? inNegatedClause(y, textOf(y.source), j) : inNegatedClause(x, textOf(x.source), i))) return;
      if (opposite && (kx.has(b.stem) || ky.has(a.stem))) return;
      // "a year after opening on Greek Street" dates by another event; it says nothing of "closed".
      if (opposite && (timedByEvent(x.tokens, i) || timedByEvent(y.tokens, j))) return;
      // A win is the other side's loss: "ended in a 4-1 win for the Austrians" and "Thermaikos lost
      // 4-1" tell one result. Opposite only when the same name wins in one and loses in the other.
      if (opposite && isConverse(a.stem, b.stem) && !sameActor(x, i, y, j)) return;
      // "will not proclaim a winner until the disputes are settled" tells when, not whether: against
      // "before proclaiming a winner" or "will proclaim on Friday" it is no flip.
      if (same && ((negA && isDeferred(x.tokens, i)) || (negB && isDeferred(y.tokens, j)))) return;
      // "had not hosted a finish since 2012" is "last hosted a finish in 2012": when it last happened.
      if (same && ((negA && sinceAfter(x.tokens, i) && lastBefore(y.tokens, j)) || (negB && sinceAfter(y.tokens, j) && lastBefore(x.tokens, i)))) return;
      // A light verb says little without its object: "has not put a figure on the loss" / "experts
      // put the value at €6m" put two things. Such a verb flips only with the same object.
      if (same && LIGHT_VERB_FORMS.test(a.fold) && objectOf(x.tokens, i) !== objectOf(y.tokens, j)) return;
      // "urged anyone still there to leave" asks, it asserts nothing: against "refuses to leave" it is no flip.
      if (same && (isDirected(x.tokens, i) || isDirected(y.tokens, j))) return;
      // "not expected to reopen" / "expected to stay shut": the complements differ, and they carry the claim.
      if (same && RAISING.has(a.stem)) {
        const ca = complementOf(x.tokens, i);
        const cb = complementOf(y.tokens, j);
        if (ca !== undefined && cb !== undefined && ca !== cb) return;
      }
      // Polarity arithmetic: a negated antonym says the same thing ("not stop" = "continue").
      if ((negA !== negB) === !opposite) {
        used.add(j);
        // The claim spans the word and its negator, on whichever side the negator stands ("Deaths: none").
        const nx = negA ? wordStart(x.tokens, px.get(i) as number) : (x.tokens[predicateStart(x, i, textOf(x.source))] as Token);
        const ny = negB ? wordStart(y.tokens, py.get(j) as number) : (y.tokens[predicateStart(y, j, textOf(y.source))] as Token);
        out.push({
          x: [Math.min(nx.start, a.start), Math.max(nx.end, a.end)],
          y: [Math.min(ny.start, b.start), Math.max(ny.end, b.end)],
          words: [a.fold, b.fold],
          negated: [negA, negB],
          antonym: opposite,
        });
      }
    });
  });
  return out;
}

export const negationDetector: Detector = {
  kind: 'negation',
  description: 'a polarity flip: one source says something happened or is so, another that it did not or is not ("no evidence" vs "evidence", "denied" vs "confessed")',
  detect(context) {
    const texts = new Map(context.sources.map((s) => [s.id, s.text]));
    const textOf = (id: string): string => texts.get(id) ?? '';
    const findings = pairFindings(context, (x, y, group) =>
      // One flip per pair of sentences: further shared words in the negated clause say the same.
      // A question asserts nothing ("How has the minister responded?").
      (isQuestion(x) || isQuestion(y) ? [] : flips(x, y, textOf))
        .slice(0, 1)
        .map((flip) => {
          // Widen the words to the governing verb or noun phrase for a readable claim.
          const claims: Claim[] = [context.claim(x, flip.x[0], flip.x[1]), context.claim(y, flip.y[0], flip.y[1])];
          return {
            kind: 'negation',
            rule: flip.antonym ? 'negation/opposite-words' : 'negation/negated',
            severity: 'high',
            confidence: alignedConfidence(0.45, group, 0.85),
            group: context.groupId(group),
            // The word both say, or the pair of opposites ("denied / confessed").
            subject: flip.antonym ? `${flip.words[0]} / ${flip.words[1]}` : flip.words[0],
            claims,
            // Polarity: true where the source says the word holds, false where it negates it.
            values: [
              { source: x.source, value: !flip.negated[0] },
              { source: y.source, value: !flip.negated[1] },
            ],
          };
        }),
    );
    return mergeAcrossSources(findings);
  },
  describe(f, labels) {
    return `Opposite statements: ${consensusText(f.claims, labels)}`;
  },
};
