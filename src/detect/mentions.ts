import { ROLES, SPEECH_VERBS } from '../analyze/lexicon.js';
import type { AnalyzedSentence, NameMention, Token } from '../analyze/index.js';
import { stemOf } from '../analyze/index.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { canonicalKey, foldName, isCountryName, isKnownPlace, isNationalityWord, nameTokens, personTokens, sameEntity } from '../analyze/names.js';
import { NUMBER_WORDS } from '../analyze/numbers.js';
import { areSynonyms, senseIds } from '../analyze/synonyms.js';
import type { Severity } from '../types.js';
import type { DetectionContext } from './types.js';

/** Name mentions and the slots they fill, shared by the entity and attribution detectors. */

export interface Mention {
  sentence: AnalyzedSentence;
  name: NameMention;
}

/** Names this close are likely one person misnamed rather than two people. */
export const MISNAME_SIMILARITY = 0.72;

/** A value computed once per comparison (per detection context), on first use. */
function perStory<T>(build: (context: DetectionContext) => T): (context: DetectionContext) => T {
  const cache = new WeakMap<DetectionContext, T>();
  return (context) => {
    let value = cache.get(context);
    if (value === undefined) {
      value = build(context);
      cache.set(context, value);
    }
    return value;
  };
}

/** Every name mention of the story, source by source, in text order. */
function* storyNames(context: DetectionContext): Generator<Mention> {
  for (const source of context.sources) for (const sentence of source.sentences) for (const name of sentence.names) yield { sentence, name };
}

/**
 * How alike two different names look (Jaro–Winkler of their last words, 0–1):
 * high for a misspelt or confused name (Petrov/Peskov), low for two people.
 */
export function nameSimilarity(a: string, b: string): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  const last = JaroWinklerDistance(ta.at(-1) ?? '', tb.at(-1) ?? '');
  // Two given names that differ make two people, whatever the surnames (Ralf Kessler, Sabine Dreher).
  if (ta.length > 1 && tb.length > 1) return Math.min(last, JaroWinklerDistance(ta[0] ?? '', tb[0] ?? ''));
  return last;
}

export interface Substitution {
  a: Mention;
  b: Mention;
  /**
   * What makes them one slot: one surname with two given names, a shared role, speaking the same
   * remark, two names of one kind of body ("Whiston Hospital" / "Wythenshawe Hospital"), one name
   * with one word changed ("Monetary Policy Council" / "Committee"), or the same surrounding word,
   * or (weakest) the same word they complete through a preposition.
   */
  via: 'surname' | 'role' | 'speaker' | 'head' | 'variant' | 'context' | 'governor';
}

/** Strongest evidence first: which link wins when a name could pair with several. */
const VIA_RANK: Record<Substitution['via'], number> = { surname: 0, speaker: 1, role: 2, head: 3, variant: 4, context: 5, governor: 6 };

/** "Oliver Brandt" / "Oscar Brandt": the same surname, another given name. */
function sameSurname(a: Mention, b: Mention, context: DetectionContext): boolean {
  const ta = coreTokens(a.name.text, context);
  const tb = coreTokens(b.name.text, context);
  return ta.length > 1 && tb.length > 1 && ta.at(-1) === tb.at(-1) && ta[0] !== tb[0];
}

/** Content words the story writes in lower case somewhere: "conservative", "former". */
const lowerCaseWords = perStory((context) => {
  const words = new Set<string>();
  for (const source of context.sources) for (const sentence of source.sentences) for (const t of sentence.tokens) if (!t.cap && !t.stop && !t.num) words.add(t.fold);
  return words;
});

/**
 * A name's tokens without leading words the story also writes in lower case: a headline's
 * "Conservative Villacorta" is Villacorta, not a person whose given name is Conservative; nor
 * a nationality word before a full name ("Kenyan Brian Kiprotich").
 */
function coreTokens(name: string, context: DetectionContext): string[] {
  const tokens = personTokens(name);
  const lower = lowerCaseWords(context);
  let k = 0;
  while (k < tokens.length - 1 && lower.has(tokens[k] as string)) k++;
  return tokens.slice(k);
}

/** Two names of several words ending in the same word: two bodies of one kind ("… Partners", "… Hospital"). */
function sameHead(a: Mention, b: Mention): boolean {
  const ta = nameTokens(a.name.text);
  const tb = nameTokens(b.name.text);
  if (ta.length < 2 || tb.length < 2) return false;
  if (ta.at(-1) === tb.at(-1) && ORGANISATION_OR_PLACE_HEADS.has(ta.at(-1) ?? '')) return true;
  // One body's name in two forms of one kind: "KTEL Ioanninon" / "KTEL Trikalon" (an acronym
  // leading both), "Maastricht Aachen Airport" / "Groningen Airport Eelde" (a head inside one).
  const leadA = a.name.text.split(/\s+/)[0] ?? '';
  if (ta[0] === tb[0] && /^\p{Lu}{2,6}$/u.test(leadA) && ta.length === 2 && tb.length === 2) return true;
  const heads = (t: string[]): string[] => t.filter((w) => ORGANISATION_OR_PLACE_HEADS.has(w));
  const ha = heads(ta);
  return ha.length === 1 && heads(tb).length === 1 && ha[0] === heads(tb)[0] && ta.at(-1) !== tb.at(-1) && (ta.at(-1) === ha[0] || tb.at(-1) === ha[0]);
}

/**
 * One name with one word changed: the same number of words (two or more), all alike but one
 * ("Monetary Policy Council" / "Monetary Policy Committee", "Irene Lozano" / "Irene Lorente",
 * "Portbury United" / "Portbury Rovers"). Two names that unexplained in one statement share all
 * but a word are one slot named two ways. Not when the changed word names another kind of thing
 * ("Nova Lhota Abbey" / "Nova Lhota Gospels": a place and a book), nor two names made of common
 * words alone ("World Cup" / "World Championships": two events, not one misnamed).
 */
function oneWordChanged(a: Mention, b: Mention): boolean {
  const ta = nameTokens(a.name.text);
  const tb = nameTokens(b.name.text);
  if (ta.length < 2 || ta.length !== tb.length) return false;
  let at = -1;
  for (let k = 0; k < ta.length; k++) {
    if (stemOf(ta[k] ?? '') === stemOf(tb[k] ?? '')) continue;
    if (at >= 0) return false;
    at = k;
  }
  if (at < 0) return false;
  const [x, y] = [ta[at] ?? '', tb[at] ?? ''];
  // The last word heads the name: changed, it must name the same kind of thing (two bodies, two
  // clubs, synonyms), or be a proper name on both sides ("Lozano" / "Lorente").
  const head = (w: string): boolean => ORGANISATION_OR_PLACE_HEADS.has(w) || CLUB_SUFFIXES.has(w);
  const proper = (w: string): boolean => senseIds(w).size === 0;
  if (at === ta.length - 1 && !((head(x) && head(y)) || areSynonyms(x, y) || (proper(x) && proper(y)))) return false;
  return ta.length > 2 || ta.some(proper) || tb.some(proper);
}

/**
 * Two one-word names that look alike ("NightHarrow" / "NightHollow"): the same first four letters
 * and a Jaro-Winkler similarity of at least LOOKALIKE_WORD. One name misspelt or misremembered —
 * unless a source names both (slotLink asks): "Kroonveld" and "KroonNord", the merged company, are
 * two.
 */
function lookalikeWords(a: Mention, b: Mention): boolean {
  const ta = nameTokens(a.name.text);
  const tb = nameTokens(b.name.text);
  if (ta.length !== 1 || tb.length !== 1) return false;
  const [x, y] = [ta[0] ?? '', tb[0] ?? ''];
  return x.length >= 6 && y.length >= 6 && x.slice(0, 4) === y.slice(0, 4) && JaroWinklerDistance(x, y) >= LOOKALIKE_WORD;
}

const LOOKALIKE_WORD = 0.85;

/** The words that end a sports club's name ("Portbury United", "Portbury Rovers"): one kind of head. */
const CLUB_SUFFIXES = new Set(['united', 'rovers', 'city', 'town', 'athletic', 'wanderers', 'albion', 'county', 'rangers', 'fc', 'sc', 'ac']);

const ARTICLES = /^(the|a|an)$/;
/** Too common to tie two names to one slot on their own. */
const CONJUNCTIONS = /^(and|or|but|nor)$/;
/** Prepositions tie two names to one slot only when each sentence has just one unexplained name. */
const PREPOSITIONS = /^(of|in|on|at|to|by|for|with|from|near|into|outside|inside)$/;

/** The nearest word before (step -1) or after (step 1) a mention, skipping articles. */
function neighbour(m: Mention, step: -1 | 1): string | undefined {
  const { tokens } = m.sentence;
  let k = step < 0 ? m.name.from - 1 : m.name.to;
  while (tokens[k] && ARTICLES.test(tokens[k]?.fold ?? '')) k += step;
  return tokens[k]?.fold;
}

/** Words that tie a name to the noun it describes without being that noun ("Hamburg-based firm", "firm based in Hamburg"). */
const ATTACHING = /^(?:based|headquartered)$/;

/**
 * The noun a name describes, read through "X-based", "based in X", "from X": "the Bremen
 * wholesaler", "a Hamburg-based wholesaler" and "a wholesaler based in Hamburg" all describe
 * the wholesaler, so the two places fill one slot wherever they stand.
 */
function describedNoun(m: Mention, context: DetectionContext): string | undefined {
  const { tokens } = m.sentence;
  const content = (k: number): string | undefined => {
    const t = tokens[k];
    return t && !t.stop && !t.num && !t.cap ? t.stem : undefined;
  };
  let after = m.name.to;
  if (ATTACHING.test(tokens[after]?.fold ?? '')) after++;
  const following = content(after);
  if (following && after > m.name.to) return following;
  let before = m.name.from - 1;
  if (/^(?:in|from)$/.test(tokens[before]?.fold ?? '')) {
    before--;
    if (ATTACHING.test(tokens[before]?.fold ?? '')) before--;
    const preceding = content(before);
    if (preceding && before < m.name.from - 2) return preceding;
  }
  // A bare name before a noun ("the Bremen wholesaler") describes it only as a place or body.
  return following !== undefined && mentionType(m, context) !== 'person' ? following : undefined;
}

function slotLink(a: Mention, b: Mention, sole: boolean, context: DetectionContext): Substitution['via'] | undefined {
  if (sameSurname(a, b, context)) return 'surname';
  // Speaking the same remark says more than holding the same title: two mayors quoted with one
  // remark are the remark put in another mouth (attribution), not one mayor misnamed.
  if (a.sentence.speaker === a.name && b.sentence.speaker === b.name) return 'speaker';
  if (a.name.role && a.name.role === b.name.role) return 'role';
  if (sameHead(a, b)) return 'head';
  if (oneWordChanged(a, b) || (lookalikeWords(a, b) && !someSourceNamesBoth(a, b, context))) return 'variant';
  for (const step of [-1, 1] as const) {
    const word = neighbour(a, step);
    if (word === undefined || word !== neighbour(b, step) || CONJUNCTIONS.test(word)) continue;
    if (!PREPOSITIONS.test(word) || sole) return 'context';
  }
  const described = describedNoun(a, context);
  if (described !== undefined && described === describedNoun(b, context)) return 'context';
  const governs = governingNoun(a);
  if (governs !== undefined && governs === governingNoun(b)) return 'governor';
  return undefined;
}

/**
 * The content word a name completes through a preposition: "stage" in "the second stage of the
 * Giro di Sicilia", "decision" in "appeal the decision at the Competition Appeal Tribunal". Two
 * names completing the same word fill one slot, even where the prepositions differ ("at" /
 * "in") or other names stand in the sentences.
 */
function governingNoun(m: Mention): string | undefined {
  const { tokens } = m.sentence;
  // "the Port of Mombasa" governs itself: its head is the word "the port of Lamu" completes.
  const [head, of] = [tokens[m.name.from], tokens[m.name.from + 1]];
  if (head && of?.fold === 'of' && m.name.to > m.name.from + 2 && senseIds(head.fold).size > 0) return head.stem;
  let k = m.name.from - 1;
  while (k >= 0 && ARTICLES.test(tokens[k]?.fold ?? '')) k--;
  if (!PREPOSITIONS.test(tokens[k]?.fold ?? '')) return undefined;
  k--;
  while (k >= 0 && ARTICLES.test(tokens[k]?.fold ?? '')) k--;
  // A named thing with its number ("Expo 92 in Seville" / "Expo '92 in Lisbon"): the name governs.
  if (tokens[k]?.num && tokens[k - 1]?.cap && k - 1 > 0) k--;
  const t = tokens[k];
  if (t && t.cap && !t.stop && k > 0 && tokens[k + 1]?.num) return `name:${t.fold}`;
  return t && !t.stop && !t.num && !t.cap ? t.stem : undefined;
}

/** "given|surname" for every name of two words the sources write ("Danish Akhtar" → "danish|akhtar"). */
const fullNames = perStory((context) => {
  const found = new Set<string>();
  for (const { name } of storyNames(context)) {
    const tokens = nameTokens(name.text);
    if (tokens.length === 2) found.add(`${tokens[0]}|${tokens[1]}`);
  }
  return found;
});

/** Small words an acronym skips: "Monetary Policy Council" → MPC, "Bank of England" → BE. */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'des', 'der', 'und', 'y', 'e', 'del', 'di']);

/** Acronym (folded) → the folded tokens of names in the story whose initials spell it. */
const expansions = perStory((context) => {
  const found = new Map<string, string[]>();
  for (const { name } of storyNames(context)) {
    const words = nameTokens(name.text).filter((w) => !ACRONYM_SKIPS.has(w));
    if (words.length < 2 || words.length > 6) continue;
    const acronym = words.map((w) => w[0]).join('');
    if (!found.has(acronym)) found.set(acronym, words);
    // A translation keeps the words and reorders them: "National Autonomous University of Mexico" is
    // the UNAM, "International Monetary Fund" the FMI. Keyed by the initials in letter order.
    const anagram = `~${sortedLetters(acronym)}`;
    if (words.length >= MIN_REORDERED_ACRONYM && !found.has(anagram)) found.set(anagram, words);
  }
  return found;
});

/** Acronyms of fewer letters are matched in order only: two letters reordered match too much. */
const MIN_REORDERED_ACRONYM = 3;

function sortedLetters(word: string): string {
  return [...word].sort().join('');
}

/**
 * An acronym and its expansion, or a part of it, where the story writes the expansion: "MPC" /
 * "Council" when a source names the "Monetary Policy Council"; the initials in another order where
 * the acronym is the name's in another language ("UNAM").
 */
function acronymOf(a: string, b: string, context: DetectionContext): boolean {
  const check = (short: string, other: string): boolean => {
    if (!/^\p{Lu}{2,6}$/u.test(short.replace(/['’]s$/, ''))) return false;
    const folded = foldName(short);
    const words = expansions(context).get(folded) ?? (folded.length >= MIN_REORDERED_ACRONYM ? expansions(context).get(`~${sortedLetters(folded)}`) : undefined);
    const tokens = nameTokens(other).filter((w) => !ACRONYM_SKIPS.has(w));
    return words !== undefined && tokens.length > 0 && tokens.every((t) => words.includes(t));
  };
  return check(a, b) || check(b, a);
}

/**
 * One person called by the given name in one place and by the surname in another ("Danish" /
 * "Akhtar"), where some source writes the full name ("Danish Akhtar").
 */
function halvesOfOneName(a: string, b: string, context: DetectionContext): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length !== 1 || tb.length !== 1) return false;
  const known = fullNames(context);
  return known.has(`${ta[0]}|${tb[0]}`) || known.has(`${tb[0]}|${ta[0]}`);
}

/**
 * A short form with a figure in it that abbreviates the other name: "T20" / "Twenty20",
 * "G7" / "Group7". Same figure, same first letter, the short form's letters in order in the long one.
 */
export function abbreviates(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [foldName(a), foldName(b)] : [foldName(b), foldName(a)];
  const digits = (w: string): string => w.replace(/\D/g, '');
  if (!/\d/.test(short) || /\s/.test(short) || digits(short) !== digits(long) || short[0] !== long[0] || long.length < 2 * short.length) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/** Two names that are one, or one part of the other, once words the story writes in lower case are taken off their start. */
function sameCore(a: string, b: string, context: DetectionContext): boolean {
  const ca = coreTokens(a, context);
  const cb = coreTokens(b, context);
  if (ca.length === nameTokens(a).length && cb.length === nameTokens(b).length) return false;
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return short.length > 0 && short.every((t) => long.includes(t));
}

/** Small words of other languages inside a name: "Jurado Nacional de Elecciones", "Institut für Meereskunde". */
const FOREIGN_CONNECTORS = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'des', 'du', 'la', 'le', 'les', 'der', 'die', 'für', 'fur', 'van', 'von', 'y', 'e', 'och', 'og', 'i', 'na', 'w', 'z']);

/** Words of two languages that share their stem: "elections" / "elecciones", "romanian" / "romane". */
function cognates(a: string, b: string): boolean {
  // Doubled letters come and go between languages ("Alliance" / "Aliança", "Commissione" / "Comisión").
  [a, b] = [a.replace(/(.)\1/g, '$1'), b.replace(/(.)\1/g, '$1')];
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 4 || (Math.min(a.length, b.length) >= 5 && JaroWinklerDistance(a, b) >= 0.9);
}

/**
 * One body's name in another language: one of the names is written in another language (letters
 * English lacks, or another language's small words) and at least half the other's words have a
 * cognate spelled differently in it, in any order ("National Elections Jury" / "Jurado Nacional de Elecciones",
 * "Romanian Waters" / "Apele Române"). Two English names alike in most words ("University of
 * Glasgow" / "Glasgow Caledonian University") are left to compare: similar bodies get confused.
 */
export function translatedName(a: string, b: string): boolean {
  const foreign = (name: string): boolean => inOtherLetters(name) || name.split(/\s+/).some((w) => FOREIGN_CONNECTORS.has(w.toLowerCase())) || ELIDED.test(name);
  // An elided article is a small word of its own: "Banca d'Italia" is "Banca" and "Italia".
  const content = (name: string): string[] => nameTokens(name.replace(ELIDED_ARTICLE, ' ')).filter((t) => !FOREIGN_CONNECTORS.has(t) && !ACRONYM_SKIPS.has(t));
  // Or one name has English words and the other none ("Alpine Rescue" / "Soccorso Alpino").
  const english = (name: string): boolean => content(name).some((t) => senseIds(t).size > 0);
  const byLetters = foreign(a) !== foreign(b);
  if (!byLetters && english(a) === english(b)) return false;
  const [short, long] = [content(a), content(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (short.length < 2) return false;
  // A word written the same in both ("Giro", "Piazza") says nothing of language: two bodies of one
  // kind share it. Only cognates that differ in spelling count.
  // Told apart by vocabulary alone, a cognate must share its start: "alpine" / "alpino", never a
  // surname's look-alike ("Skipper Yusuf Ramdani" / "Yusuf Hamdani").
  const cognate = (t: string, u: string): boolean => (byLetters ? cognates(t, u) : sharedStart(t, u) >= 4);
  const matched = short.filter((t) => !long.includes(t) && long.some((u) => cognate(t, u))).length;
  return matched * 2 >= short.length;
}

/** Is a name written with letters outside ASCII ("Veðurstofan", "Thüringen"), as English copy writes none? */
function inOtherLetters(name: string): boolean {
  return /[^\x00-\x7f]/.test(name);
}

/** An article elided before a vowel in French or Italian ("d'Italia", "l'Ontario", "dell'Economia"). */
const ELIDED_ARTICLE = /\b(?:d|l|dell|dall|nell|sull|all|qu)['’](?=\p{L})/giu;
/** The same, to test a name by (no global flag: no state between calls). */
const ELIDED = new RegExp(ELIDED_ARTICLE.source, 'iu');

/** Names present in one sentence without a counterpart in the other, standing in the same place. */
export function substitutions(a: AnalyzedSentence, b: AnalyzedSentence, context: DetectionContext): Substitution[] {
  const unmatched = (x: AnalyzedSentence, y: AnalyzedSentence): Mention[] =>
    x.names
      .filter(
        (n) =>
          !y.names.some(
            (o) =>
              sameEntity(n.text, o.text, context.aliases) ||
              partOf(n.text, o.text) ||
              sameCore(n.text, o.text, context) ||
              abbreviates(n.text, o.text) ||
              acronymOf(n.text, o.text, context) ||
              translatedName(n.text, o.text) ||
              // Only in like places: a speaker called by surname is no echo of the given name in the remark.
              ((x.speaker === n) === (y.speaker === o) && halvesOfOneName(n.text, o.text, context)),
          ),
      )
      .filter((n) => !inDateline(x, n) && !isLineLabel(x, n) && !continuesInForeignWords(x, n))
      .map((name) => ({ sentence: x, name }))
      .filter((m) => !isOutletTold(m, context));
  const ua = unmatched(a, b);
  const ub = unmatched(b, a);
  const sole = ua.length === 1 && ub.length === 1;
  const candidates: Array<Substitution & { rank: number; similarity: number; order: number }> = [];
  ua.forEach((ma, x) =>
    ub.forEach((mb, y) => {
      const via = slotLink(ma, mb, sole, context);
      if (!via || !compatibleTypes(ma, mb, context)) return;
      // A name with one word changed ("West Mercia Police" / "West Midlands Police") is a likelier
      // confusion than another body speaking: it outranks every link but a shared surname.
      const rank = via !== 'surname' && oneWordChanged(ma, mb) ? VIA_RANK.surname + 0.5 : VIA_RANK[via];
      candidates.push({ a: ma, b: mb, via, rank, similarity: nameSimilarity(ma.name.text, mb.name.text), order: x * ub.length + y });
    }),
  );
  // One partner per name, the strongest link first, then the likelier confusion (the more alike names).
  candidates.sort((p, q) => p.rank - q.rank || q.similarity - p.similarity || p.order - q.order);
  const usedA = new Set<Mention>();
  const usedB = new Set<Mention>();
  const pairs: Substitution[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    pairs.push({ a: c.a, b: c.b, via: c.via });
  }
  return pairs;
}

/** One name is a shorter form of the other ("Daniel" / "Daniel Reyes", "Pacific" / "Pacific Time"). */
export function partOf(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 0 || short.length >= long.length) return false;
  // In order: "Daniel Reyes" is part of "Daniel Alberto Reyes", but "University of Glasgow" is no
  // part of "Glasgow Caledonian University" (another body whose name holds the same words).
  let k = 0;
  for (const t of long) if (t === short[k]) k++;
  return k === short.length;
}

/** A name in a dateline's credit ("PRAGUE (Wire) —", "LONDON, May 3 (Reuters) -"): the outlet, not the story. */
export function inDateline(sentence: AnalyzedSentence, name: NameMention): boolean {
  const head = sentence.text.slice(0, Math.max(0, name.start - sentence.span.start));
  if (/^[\p{Lu}][\p{Lu}\s.,'’-]{2,}(?:,[^()]{0,40})?\s*\($/u.test(head)) return true;
  // The dateline's place itself, in capitals at the head of the story: "BIMA – The ship sank …",
  // "BIMA, Indonesia, June 14 – …": where the story was filed, not a name in its statement.
  const after = sentence.text.slice(name.end - sentence.span.start);
  if (head.trim() === '' && /^\p{Lu}{2}/u.test(name.text) && name.text === name.text.toUpperCase() && /^\s*(?:,|[–—-]\s)/u.test(after)) return true;
  return afterDatelineCapitals(sentence, name.start, name.end);
}

/**
 * Do the words at [start, end) (absolute offsets) stand after the capitals of a dateline, before its
 * dash: a place or date of "BIMA, Indonesia, June 14 – …", "BERGEN, Norway, July 16 (Newswire) - …"?
 */
export function afterDatelineCapitals(sentence: AnalyzedSentence, start: number, end: number): boolean {
  const head = sentence.text.slice(0, Math.max(0, start - sentence.span.start));
  const after = sentence.text.slice(end - sentence.span.start);
  return /^[\p{Lu}][\p{Lu}\s.'’-]+,(?:\s*[^,–—()]{1,30},)?\s*$/u.test(head) && /^[^–—]{0,40}\s[–—-]\s/u.test(after);
}

/**
 * Whom a remark was told, when that is no person: "told HealthPulse", "told the BBC", "said in an
 * interview with Reuters". Each outlet names itself as the one told, so two sources name two
 * outlets for one remark without disagreeing. The same for the source's own agency wherever it
 * names itself ("seen by Finwire").
 */
function isOutletTold(m: Mention, context: DetectionContext): boolean {
  const { sentence, name } = m;
  // The source's own agency, named in its dateline ("ANKARA, Jan 22 (Finwire) -"): "seen by
  // Finwire", "economists polled by Finwire" tell how the outlet got the story.
  if (ownAgency(context, sentence.source) === name.text) return true;
  const head = sentence.text.slice(Math.max(0, name.start - sentence.span.start - 40), name.start - sentence.span.start);
  // "told local TV", "speaking to state radio": a word may describe the outlet.
  if (!/\b(?:told|tells|telling|tell|(?:in\s+an\s+)?interview\s+with|speaking\s+to|spoke\s+to|said\s+to)\s+(?:the\s+)?(?:(?:local|state|national|regional|public|private|commercial|foreign)\s+)?$/i.test(head)) return false;
  return mentionType(m, context) !== 'person';
}

/** Lines read for a dateline at most. */
const DATELINE_LINES = 5;

/** The agency a source's dateline names ("ANKARA, Jan 22 (Finwire) - …" → "Finwire"), if any. */
const ownAgency = (context: DetectionContext, sourceId: string): string | undefined => agencies(context).get(sourceId);

const agencies = perStory((context) => {
  const out = new Map<string, string>();
  for (const source of context.sources) {
    // The dateline opens one of the first lines, after a headline or two.
    for (const line of source.text.split('\n').filter((l) => l.trim() !== '').slice(0, DATELINE_LINES)) {
      const agency = /^\s*[\p{Lu}][\p{Lu}\s.,'’-]{2,}(?:,[^()]{0,40})?\s*\(([^()]{2,40})\)\s*[-–—]/u.exec(line);
      if (agency?.[1]) {
        out.set(source.id, agency[1].trim());
        break;
      }
    }
  }
  return out;
});

/**
 * A name whose words go on in lower case in another language ("the Soccorso alpino valdostano",
 * "the Guardia civil"): only its first word was read as a name, so it is no whole name to set
 * against another source's ("Aosta Valley Alpine Rescue"). Two words no dictionary holds follow it.
 */
function continuesInForeignWords(sentence: AnalyzedSentence, name: NameMention): boolean {
  const foreign = (t: Token | undefined): boolean => t !== undefined && !t.cap && !t.num && !t.stop && /^\p{Ll}{3,}$/u.test(t.text) && senseIds(t.fold).size === 0;
  return foreign(sentence.tokens[name.to]) && foreign(sentence.tokens[name.to + 1]);
}

/** A transcript's label opening the line ("SANDHU: The Prime Minister told reporters …"): who reads the line, not what it reports. */
function isLineLabel(sentence: AnalyzedSentence, name: NameMention): boolean {
  return name.start - sentence.span.start <= 1 && /^\s*:/.test(sentence.text.slice(name.end - sentence.span.start));
}

/** Does the source mention this entity anywhere? */
export function sourceMentions(context: DetectionContext, sourceId: string, name: string): boolean {
  const source = context.sources.find((s) => s.id === sourceId);
  return (source?.sentences ?? []).some((s) => s.names.some((n) => sameEntity(n.text, name, context.aliases)));
}

/** Words that make a name an organisation rather than a person. */
const ORGANISATION_WORDS = new Set([
  'agency', 'observatory', 'institute', 'ministry', 'office', 'bank', 'university', 'council', 'court', 'police',
  'foundation', 'association', 'company', 'group', 'inc', 'ltd', 'corp', 'party', 'union', 'presidency', 'authority',
  'service', 'committee', 'department', 'news', 'government', 'army', 'guard', 'commission', 'board', 'club', 'fc',
  'federation', 'organisation', 'organization', 'centre', 'center', 'hospital', 'school', 'times', 'post', 'press',
  'television', 'radio', 'tv', 'channel', 'broadcaster', 'newspaper', 'tribunal', 'directorate', 'inspectorate',
]);

/** Last words that name a kind of body or place: two such names ending alike fill one slot. */
const ORGANISATION_OR_PLACE_HEADS = new Set([
  'partners', 'hospital', 'bank', 'university', 'institute', 'college', 'school', 'group', 'holdings', 'capital',
  'airport', 'stadium', 'arena', 'station', 'court', 'council', 'ministry', 'agency', 'party', 'company', 'club',
  'square', 'street', 'bridge', 'river', 'prison', 'port', 'plant', 'mine', 'refinery', 'factory', 'museum', 'centre', 'center',
  'foundation', 'association', 'union', 'commission', 'committee', 'authority', 'service', 'airlines', 'motors', 'energy',
]);

/** Roles only people hold. */
const PERSON_ROLES = new Set(['spokesperson', 'president', 'prime minister', 'minister', 'judge', 'lawyer', 'coach', 'captain', 'player', 'chair', 'mayor', 'governor', 'ambassador', 'senator', 'professor', 'researcher', 'scientist', 'economist', 'analyst', 'candidate', 'leader', 'founder', 'king', 'queen', 'pope', 'chief executive', 'director', 'prosecutor', 'commissioner', 'sheriff', 'head', 'manager', 'secretary']);

/** A person rather than an organisation: people can be misquoted; an agency is a different source. */
export function isPersonLike(m: Mention, context: DetectionContext): boolean {
  if (isBodyOrPortfolio(m)) return false;
  if (m.name.role && PERSON_ROLES.has(m.name.role)) return true;
  if (!couldBePerson(m, context)) return false;
  // Acronyms (AFAD, NATO) and places from the alias table are not people.
  if (m.name.text.split(/[\s-]+/).every((w) => w.length > 1 && w === w.toUpperCase())) return false;
  return !isKnown(m, context);
}

/**
 * A name with a body's word ("the Anti-Corruption Prosecutor's Office"), or a portfolio after a
 * role ("the Secretary of State for Health"): no person, whatever role word stands before it.
 */
function isBodyOrPortfolio(m: Mention): boolean {
  return m.name.text.split(/[\s-]+/).some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/['’]s$/, ''))) || isPortfolio(m);
}

/** Words at most between a role word and the portfolio after it ("Secretary of State for Health"). */
const PORTFOLIO_REACH = 4;

/**
 * A one-word name the dictionary knows, after "for" or "of" in a role phrase: a portfolio or a field
 * ("Secretary of State for Health", "Minister of Justice"), not a person. No place or nationality.
 */
function isPortfolio(m: Mention): boolean {
  const { tokens } = m.sentence;
  const word = tokens[m.name.from];
  if (m.name.to - m.name.from !== 1 || !word || !/^(?:for|of)$/.test(tokens[m.name.from - 1]?.fold ?? '') || senseIds(word.fold).size === 0) return false;
  if (isCountryName(word.text) || isKnownPlace(word.text) || isNationalityWord(word.text)) return false;
  for (let k = m.name.from - 2; k >= Math.max(0, m.name.from - 1 - PORTFOLIO_REACH); k--) if (PERSON_ROLES.has(ROLES[tokens[k]?.fold ?? ''] ?? '')) return true;
  return false;
}

/**
 * A remark's speaker differs between sources. Look-alike names are one
 * person misnamed (an entity discrepancy: Petrenko/Pavlenko), and so is a
 * swapped organisation (AFAD/Kandilli Observatory); two unlike people are
 * the remark put in another person's mouth (attribution).
 */
export function isMisattribution(a: Mention, b: Mention, context: DetectionContext): boolean {
  return isPersonLike(a, context) && isPersonLike(b, context) && !sameGivenName(a, b) && nameSimilarity(a.name.text, b.name.text) < MISNAME_SIMILARITY;
}

/** "Lena Vasquez" / "Lena Velasco": one person with a garbled surname, not two people. */
function sameGivenName(a: Mention, b: Mention): boolean {
  const ta = nameTokens(a.name.text);
  const tb = nameTokens(b.name.text);
  return ta.length > 1 && tb.length > 1 && ta[0] === tb[0];
}

/** Company suffixes: "Marrick Solvents Ltd" makes every "Marrick Solvents" of the story a company. */
const COMPANY_SUFFIXES = new Set(['ltd', 'limited', 'inc', 'plc', 'llc', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'corp', 'corporation', 'co', 'spa', 'srl', 'oy', 'ab', 'asa']);
const organisationCache = new WeakMap<object, ReadonlySet<string>>();

/** Names the story itself marks as organisations anywhere (with a company suffix or an organisation word), without that word. */
function organisationNames(context: DetectionContext): ReadonlySet<string> {
  let names = organisationCache.get(context.sources);
  if (names) return names;
  const found = new Set<string>();
  for (const source of context.sources) {
    for (const sentence of source.sentences) {
      for (const n of sentence.names) {
        const words = n.text.split(/[\s-]+/).map((w) => w.toLowerCase().replace(/[.,]/g, ''));
        const last = words.at(-1) ?? '';
        if (words.length > 1 && (COMPANY_SUFFIXES.has(last) || ORGANISATION_WORDS.has(last))) {
          const tokens = nameTokens(n.text);
          found.add(tokens.join(' '));
          found.add(tokens.slice(0, -1).join(' '));
        }
      }
    }
  }
  names = found;
  organisationCache.set(context.sources, names);
  return names;
}

/** What a name stands for, as far as the words around it tell. */
export type MentionType = 'person' | 'organisation' | 'place' | 'nationality' | 'unknown';

// Not "at": an analyst at mBank works for it; the place reading is left unknown, which fits either.
const LOCATIVES = new Set(['in', 'near', 'outside', 'from', 'across', 'into', 'towards', 'toward', 'around', 'inside', 'throughout']);
const PLACE_WORDS = new Set([
  'strait', 'straits', 'peninsula', 'cape', 'desert', 'forest', 'hill', 'hills', 'canal', 'glacier', 'beach', 'reef', 'archipelago',
  'delta', 'basin', 'highway', 'motorway', 'boulevard', 'plaza', 'quay',
  'square', 'street', 'avenue', 'road', 'bridge', 'river', 'lake', 'mountain', 'mount', 'valley', 'province', 'region',
  'county', 'district', 'city', 'town', 'village', 'island', 'islands', 'bay', 'port', 'airport', 'station', 'stadium',
  'arena', 'park', 'coast', 'sea', 'ocean', 'gulf', 'state', 'oblast', 'prefecture', 'canton', 'municipality', 'harbour', 'harbor',
]);
/** Compass points, also hyphened ("north-west" reads as its last token, "west"). */
const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?$/;
const HONORIFIC_BEFORE = /^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|judge|justice)$/;
/** Demonyms and other -an/-ese/-ish adjectives: "Russian officials", "Chilean rescuers". */
const DEMONYM_RE = /(?:an|ians?|ese|ish|i|ic|ch)$/;
const ARTICLE_BEFORE = /^(?:the|a|an)$/;

/**
 * The type of a mention, from its own words and its neighbours. Used to keep
 * findings to like against like: a nationality word is not a person, a city
 * is not its country.
 */
const typeCache = new WeakMap<NameMention, MentionType>();

export function mentionType(m: Mention, context: DetectionContext): MentionType {
  // Asked for every candidate pair of names; a mention belongs to one analysis, so its type is fixed.
  let type = typeCache.get(m.name);
  if (type === undefined) {
    type = localType(m, context);
    if (type === 'unknown') type = storyTypes(context).get(canonicalKey(m.name.text, context.aliases)) ?? 'unknown';
    typeCache.set(m.name, type);
  }
  return type;
}

const localTypeCache = new WeakMap<NameMention, MentionType>();

function localType(m: Mention, context: DetectionContext): MentionType {
  let type = localTypeCache.get(m.name);
  if (type === undefined) {
    type = typeOf(m, context);
    localTypeCache.set(m.name, type);
  }
  return type;
}

/**
 * What each name is across the whole story: a name is the same kind of thing wherever the sources
 * write it, so "Funen" is a place everywhere once one source writes "the island of Funen", and
 * "Zaragoza" once one writes "in Zaragoza". A name read as two different kinds stays unknown.
 */
const storyTypes = perStory((context) => {
  const seen = new Map<string, MentionType | 'mixed'>();
  for (const m of storyNames(context)) {
    const type = localType(m, context);
    if (type === 'unknown') continue;
    const key = canonicalKey(m.name.text, context.aliases);
    const before = seen.get(key);
    seen.set(key, before === undefined || before === type ? type : 'mixed');
  }
  return new Map([...seen].filter((entry): entry is [string, MentionType] => entry[1] !== 'mixed'));
});

function typeOf(m: Mention, context: DetectionContext): MentionType {
  const { tokens } = m.sentence;
  const words = m.name.text.split(/[\s-]+/).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  // A body's word before the role: "the Anti-Corruption Prosecutor's Office" is no prosecutor; nor is
  // the portfolio of "the Secretary of State for Health" a person.
  if (isBodyOrPortfolio(m) || organisationNames(context).has(nameTokens(m.name.text).join(' '))) return 'organisation';
  if (m.name.role && PERSON_ROLES.has(m.name.role)) return 'person';
  if (words.some((w) => PLACE_WORDS.has(w))) return 'place';
  const next = tokens[m.name.to];
  const prev = tokens[m.name.from - 1];
  // An acronym, or a name led by one ("BBC Wales", "CMA"), is a body — also when it speaks.
  const first = m.name.text.split(/[\s-]+/)[0]?.replace(/['’]s$/, '') ?? '';
  const label = /^\s*:/.test(m.sentence.text.slice(m.name.end - m.sentence.span.start));
  if (!label && !isKnown(m, context) && first.length >= 2 && first.length <= 6 && /^\p{Lu}+$/u.test(first)) return 'organisation';
  if (prev && HONORIFIC_BEFORE.test(prev.fold)) return 'person';
  // A country, a capital or a city the table knows is a place also when it speaks: "Minsk called
  // the claims a fabrication" is a government speaking through its seat.
  if (isKnownPlace(m.name.text, context.aliases)) return 'place';
  if (m.sentence.speaker === m.name) return 'person';
  // One capitalised -an/-ese word before a lower-case noun is an adjective of nationality ("Chilean
  // rescuers"); before a verb it is a surname ("Wierzbicki said", "Petrovic warned").
  // A plural noun may follow too when another noun comes after it ("French drinks group"), or when
  // an article stands before ("the German drinks group"): a surname takes neither.
  const after = tokens[m.name.to + 1];
  const nounAfter = after !== undefined && !after.cap && !after.stop && !after.num && !SPEECH_VERBS.has(after.fold);
  const lower = next !== undefined && !next.cap && !next.stop && !SPEECH_VERBS.has(next.fold);
  const nounNext = lower && (!/(?:ed|s)$/.test(next.fold) || (/s$/.test(next.fold) && (nounAfter || ARTICLE_BEFORE.test(prev?.fold ?? ''))));
  // "an Austrian-led trial", "a Danish-owned firm": a demonym hyphened to a participle describes.
  const hyphened = next !== undefined && next.start === (tokens[m.name.to - 1]?.end ?? -2) + 1 && /^[-‐‑]$/.test(m.sentence.text[next.start - 1 - m.sentence.span.start] ?? '') && /(?:ed|en|ing)$/.test(next.fold);
  if (m.name.to - m.name.from === 1 && (nounNext || hyphened) && DEMONYM_RE.test(words[0] ?? '')) return 'nationality';
  if (readsAsNationality(m)) return 'nationality';
  const locative = (prev && LOCATIVES.has(prev.fold)) || (prev?.fold === 'the' && LOCATIVES.has(tokens[m.name.from - 2]?.fold ?? ''));
  if (locative) return 'place';
  // "the town of Limni", "the island of Funen", "south of Odense", "north-west of Evia": a place
  // noun or a compass point before "of" says what the name is.
  const beforeOf = tokens[m.name.from - 2];
  if (prev?.fold === 'of' && beforeOf && (PLACE_WORDS.has(beforeOf.fold) || COMPASS.test(beforeOf.fold))) return 'place';
  return 'unknown';
}

/**
 * How sure a substitution of one name for another is a discrepancy: like
 * with like only. People, organisations and a slot tied by role or speech are
 * strong; two places are weak unless both are known entities of the alias
 * table (a city against its country is no clash); unlike types are nothing.
 */
export function substitutionSeverity(sub: Substitution, context: DetectionContext): Severity | undefined {
  const ta = mentionType(sub.a, context);
  const tb = mentionType(sub.b, context);
  // "Thuringia" / "Thüringen", "Apele Române" / "Romania…": a long shared start is one place in two languages.
  const single = (m: Mention): boolean => nameTokens(m.name.text).length === 1;
  if (single(sub.a) && single(sub.b) && sharedStart(sub.a.name.text, sub.b.name.text) >= 6 && ta !== 'person' && tb !== 'person') return 'low';
  // "Syracuse" / "Siracusa", "Epirus" / "Ipeiros", "Seville" / "Sevilla": the same consonants in
  // the same order, only the vowels told another way, is one place in two languages (a person's
  // name is left to the name matcher, where one vowel can mark another person).
  // Two names the table knows as two entities stay two (Niger / Nigeria).
  const known = isKnown(sub.a, context) && isKnown(sub.b, context);
  if (!known && single(sub.a) && single(sub.b) && ta !== 'person' && tb !== 'person' && sameConsonants(sub.a.name.text, sub.b.name.text)) return 'low';
  // "Alentejo Wildlife Recovery Centre" / "Centro de Recuperação de Fauna do Alentejo": one body
  // named in English and in the local language, sharing its proper name.
  if (oneBodyTwoLanguages(sub.a.name.text, sub.b.name.text)) return 'low';
  // "Chamber of Deputies" / "Sněmovna", "Seaport Police" / "Zeehavenpolitie": an English name
  // made of common words against one word no English dictionary or place table knows.
  if (localAndEnglish(sub.a, sub.b, context) || localAndEnglish(sub.b, sub.a, context)) return 'low';
  // Two streets or squares ending alike are places, weighed as places below; other links are strong.
  if (ta !== tb && ta !== 'unknown' && tb !== 'unknown' && sub.via === 'governor') return undefined;
  // Completing the same word is the weakest tie: two names may complete it in turn ("talks at
  // the ministry … talks at the embassy"), or be one body named in two languages.
  if (sub.via === 'governor') return 'low';
  if (sub.via !== 'context' && !((sub.via === 'head' || sub.via === 'variant') && (ta === 'place' || tb === 'place' || PLACE_WORDS.has(nameTokens(sub.a.name.text).at(-1) ?? '')))) return 'high';
  if (ta !== tb && ta !== 'unknown' && tb !== 'unknown') return undefined;
  // A nationality word fills its slot only against another ("Czech" / "Slovak government"), never a name.
  if ((ta === 'nationality') !== (tb === 'nationality')) return undefined;
  const type = ta === 'unknown' ? tb : ta;
  if (type === 'person' || type === 'organisation') return 'high';
  if (type === 'place') {
    // Two countries clash; a city against a country may be the city in that country, so it
    // stays low like two places the tool cannot place.
    const countries = [sub.a, sub.b].filter((x) => isCountryName(x.name.text, context.aliases)).length;
    if (countries === 2) return 'high';
    if (countries === 1) return undefined;
    // Two places the story both names (a town and its island, a city and its region) are two
    // real places told at different grain; a place only one side names is another place.
    return someSourceNamesBoth(sub.a, sub.b, context) ? 'low' : 'medium';
  }
  // "A British bar owner" / "a Spanish bar": nationalities of different things are two facts.
  if (type === 'nationality') return sameModified(sub.a, sub.b) ? 'medium' : undefined;
  return 'medium';
}

/**
 * The noun a nationality word describes: the last of the lower-case content words right after it
 * ("British bar owner" -> owner, "Spanish bar" -> bar), if any.
 */
function modifiedNoun(m: Mention): string | undefined {
  let head: string | undefined;
  for (let k = m.name.to; k < m.sentence.tokens.length; k++) {
    const t = m.sentence.tokens[k] as Token;
    if (t.stop || t.cap || t.num || !/^\p{Ll}+$/u.test(t.text)) break;
    head = t.fold;
  }
  return head;
}

/** Do two nationality words describe the same kind of thing (or either nothing said)? */
function sameModified(a: Mention, b: Mention): boolean {
  const x = modifiedNoun(a);
  const y = modifiedNoun(b);
  return x === undefined || y === undefined || areSynonyms(x, y);
}

/** Name key → the sources that write it, built once per comparison. */
const sourcesNaming = perStory((context) => {
  const index = new Map<string, Set<string>>();
  for (const { sentence, name } of storyNames(context)) {
    const key = canonicalKey(name.text, context.aliases);
    const set = index.get(key) ?? new Set<string>();
    set.add(sentence.source);
    index.set(key, set);
  }
  return index;
});

/** Does any one source name both (as the same entity or a variant of it)? */
function someSourceNamesBoth(a: Mention, b: Mention, context: DetectionContext): boolean {
  const index = sourcesNaming(context);
  const sa = index.get(canonicalKey(a.name.text, context.aliases));
  const sb = index.get(canonicalKey(b.name.text, context.aliases));
  if (!sa || !sb) return false;
  for (const id of sa) if (sb.has(id)) return true;
  return false;
}

/** Joining words of the languages news is translated from, inside names ("Centro de …", "Tribunal … du Québec"). */
const FOREIGN_NAME_JOINERS = new Set(['de', 'do', 'da', 'dos', 'das', 'di', 'del', 'della', 'delle', 'dello', 'dei', 'degli', 'des', 'du', 'der', 'den', 'dem', 'fur', 'van', 'von', 'zu', 'y']);

/**
 * One body named in two languages: exactly one of the names is joined by another language's
 * words, and the two share a word that heads neither ("Alentejo" in "Alentejo Wildlife Recovery
 * Centre" / "Centro de Recuperação de Fauna do Alentejo"). A shared head ("Tribunal") is not
 * enough: two tribunals are two bodies.
 */
function oneBodyTwoLanguages(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (cognateWords(ta, tb)) return true;
  // Written in lower case: "Des Moines" is a name, "Centro de Recuperação" is joined by "de".
  const joined = (name: string): boolean => name.split(/\s+/).some((w) => FOREIGN_NAME_JOINERS.has(w));
  const fa = joined(a);
  if (fa === joined(b) || ta.length < 2 || tb.length < 2) return false;
  // The head: first in a foreign name or an English "X of Y", last in an English compound.
  const head = (tokens: readonly string[], foreign: boolean): string | undefined => (foreign || tokens.includes('of') ? tokens[0] : tokens.at(-1));
  const heads = new Set([head(ta, fa), head(tb, !fa)]);
  return ta.some((t) => t.length >= 4 && tb.includes(t) && !heads.has(t));
}

/** Letters two words must share from the start to be one word in two languages ("interventie" / "intervention"). */
const COGNATE_PREFIX = 6;
/** Share of the shorter word the two must have in common from the start. */
const COGNATE_SHARE = 0.8;

/**
 * Names of as many words, where a word is spelled in another language ("Haven Interventie Team" /
 * "Port Intervention Team"): one pair of words shares a long start without being one word, and
 * every other word is the same or such a pair, but for one translated word, and the head is the
 * same. A misnamed body changes a word, never a word's spelling.
 */
function cognateWords(ta: readonly string[], tb: readonly string[]): boolean {
  // Three words at least, ending on one head ("… Team"): a person's surname spelled alike
  // ("Kalogeropoulos" / "Kalogeridis") is a misnaming, not a translation.
  if (ta.length !== tb.length || ta.length < 3 || ta.at(-1) !== tb.at(-1)) return false;
  let cognates = 0;
  let other = 0;
  ta.forEach((x, i) => {
    const y = tb[i] as string;
    if (x === y) return;
    const k = sharedStart(x, y);
    // Most of the word shared, the ending changed: "interventie" / "intervention", not "strathearn" / "strathallan".
    if (k >= COGNATE_PREFIX && k >= COGNATE_SHARE * Math.min(x.length, y.length)) cognates++;
    else other++;
  });
  return cognates >= 1 && other <= 1;
}

/**
 * Is `local` one word no dictionary or place table knows, and `english` a name of two words or
 * more, every one a common English word: one thing named in the local language and in English?
 * Not a person (a surname is no translation).
 */
function localAndEnglish(local: Mention, english: Mention, context: DetectionContext): boolean {
  const word = nameTokens(local.name.text);
  const words = nameTokens(english.name.text).filter((w) => !ACRONYM_SKIPS.has(w));
  if (words.length < 2 || mentionType(english, context) === 'person' || isKnown(local, context)) return false;
  // "Háskóli Íslands" / "University of Iceland", "Veðurstofan" / "Icelandic Meteorological
  // Office": a name written with letters English does not use, against an English name of two
  // words or more in plain letters, sharing no word with it, is the body's own name.
  if (word.length <= 3 && inOtherLetters(local.name.text) && !inOtherLetters(english.name.text) && !word.some((w) => words.includes(w))) return true;
  if (word.length !== 1 || mentionType(local, context) === 'person') return false;
  // A word that holds one of the English words is another name of that kind ("mBank" / "Bank Millennium").
  const only = word[0] as string;
  return senseIds(only).size === 0 && words.every((w) => senseIds(w).size > 0 && !only.includes(w));
}

/** The same consonants in the same order, at least three of them ("syracuse" / "siracusa": s-r-c-s). */
function sameConsonants(a: string, b: string): boolean {
  const skeleton = (name: string): string => foldName(name).replace(/[^a-z]/g, '').replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
  const sa = skeleton(a);
  return sa.length >= 3 && sa === skeleton(b);
}

/** Letters two names share from the start, folded ("thuringia"/"thuringen": 7). */
function sharedStart(a: string, b: string): number {
  const x = foldName(a);
  const y = foldName(b);
  let k = 0;
  while (k < x.length && k < y.length && x[k] === y[k]) k++;
  return k;
}

/** Could the two names fill one slot? Not a person against a place, nor a nationality against a name. */
/**
 * A word of the nationality list before any lower-case word, plural nouns too ("three Polish
 * diplomats"), or after an article or a figure ("the Belarusian said"), is a nationality; before a
 * verb with neither it may be a given name ("Danish had full control"). Read in its own sentence,
 * whatever the story reads the word as elsewhere.
 */
function readsAsNationality(m: Mention): boolean {
  const { tokens } = m.sentence;
  const [prev, next] = [tokens[m.name.from - 1], tokens[m.name.to]];
  const lower = next !== undefined && !next.cap && !next.stop && !SPEECH_VERBS.has(next.fold);
  const determined = prev !== undefined && (ARTICLE_BEFORE.test(prev.fold) || prev.num || NUMBER_WORDS.has(prev.fold));
  return m.name.to - m.name.from === 1 && (lower || determined) && isNationalityWord(m.name.text.toLowerCase().replace(/['’]s$/, ''));
}

function compatibleTypes(a: Mention, b: Mention, context: DetectionContext): boolean {
  const ta = mentionType(a, context);
  const tb = mentionType(b, context);
  if ((ta === 'nationality') !== (tb === 'nationality')) return false;
  // A nationality word in its sentence, however the story types it ("the Italian state bonds" /
  // "BTPs", "the American took a break" / "Brennan"), stands only against another, or a place.
  const [na, nb] = [readsAsNationality(a), readsAsNationality(b)];
  if (na !== nb) {
    const [other, type] = na ? [b, tb] : [a, ta];
    if (!(type === 'place' || isCountryName(other.name.text) || isKnownPlace(other.name.text, context.aliases))) return false;
  }
  return ta === tb || ta === 'unknown' || tb === 'unknown';
}

/** A name of the built-in or configured alias table (countries, cities, bodies). */
function isKnown(m: Mention, context: DetectionContext): boolean {
  return context.aliases.ids.has(foldName(m.name.text));
}

/** Nothing around the name says it is a place, an organisation or a nationality. */
export function couldBePerson(m: Mention, context: DetectionContext): boolean {
  const type = mentionType(m, context);
  return type === 'person' || type === 'unknown';
}
