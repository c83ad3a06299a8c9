/**
 * Abbreviation data for the sentence splitter.
 *
 * Keys are lower-case, without the final period, internal periods kept
 * ("u.s", "p.m", "ph.d"). The splitter looks up the word in front of a
 * period and decides by kind:
 *
 * - `title`: never ends a sentence ("Mr. Smith", "St. Louis", "e.g. this").
 * - `numeric`: only an abbreviation before a number ("No. 3", "p. 55");
 *   otherwise an ordinary word ("No. The answer was no.").
 * - `final`: may end a sentence ("… in the U.S. The next day …"); the
 *   splitter breaks only when the next word is a likely sentence starter.
 *
 * Single letters (initials: "J. R. Smith", "p. 55") are not listed; the
 * splitter treats any one-letter word like a `final` abbreviation.
 */

export type AbbreviationKind = 'title' | 'numeric' | 'final';

const TITLE = [
  // People's titles and ranks: always followed by a name.
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'mx', 'dr', 'drs', 'prof', 'profs',
  'gen', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'lt', 'col', 'capt', 'cpt',
  'cmdr', 'cdr', 'maj', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'rev', 'revd', 'hon',
  'pres', 'supt', 'insp', 'det', 'fr', 'sra', 'srta', 'mme', 'mlle', 'atty',
  'amb', 'lieut', 'sec', 'secy', 'treas', 'ald', 'cllr', 'asst', 'assoc',
  // Place prefixes.
  'st', 'ste', 'mt', 'ft', 'pt',
  // Latin and connective abbreviations that sit mid-sentence.
  'e.g', 'i.e', 'cf', 'viz', 'vs', 'approx', 'ca', 'est', 'incl', 'excl',
  'esp', 'et',
];

const NUMERIC = [
  'no', 'nos', 'nr', 'n°', 'nº', 'num', 'pp', 'vol', 'vols', 'fig', 'figs',
  'art', 'arts', 'ch', 'chap', 'para', 'paras', 'sect', 'ed', 'eds',
  'tel', 'ph', 'ext', 'rm', 'apt', 'ref', 'pg', 'ver', 'op',
];

const FINAL = [
  // Company and name suffixes.
  'inc', 'ltd', 'co', 'corp', 'llc', 'llp', 'plc', 'bros', 'jr', 'sr', 'esq', 'cos',
  'ag', 'gmbh', 'al', 'etc', 'dept', 'govt', 'univ', 'assn', 'intl', 'natl',
  // Months and unambiguous weekdays ("Jan. 5"; "by Sept. The …").
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri',
  // Street types, which often end an address at the end of a sentence.
  'ave', 'blvd', 'rd', 'hwy', 'ln', 'sq',
  // Times and dotted acronyms not covered by the letter-dot pattern.
  'a.m', 'p.m', 'ph.d', 'm.d', 'b.a', 'm.a', 'b.sc', 'm.sc', 'll.b', 'll.m',
  'min', 'max', 'hr', 'hrs', 'mins', 'yr', 'yrs', 'mo', 'mos', 'wk', 'wks',
  'oz', 'lb', 'lbs', 'mph', 'kph',
];

const KIND = new Map<string, AbbreviationKind>();
// Later lists do not override earlier ones: a title reading wins, and a
// `numeric` entry that is also a title stays a title.
for (const w of TITLE) KIND.set(w, 'title');
for (const w of NUMERIC) if (!KIND.has(w)) KIND.set(w, 'numeric');
for (const w of FINAL) if (!KIND.has(w)) KIND.set(w, 'final');

/** Letter-dot acronyms: "u.s", "u.s.a", "d.c", "f.b.i" (word before the final period). */
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * Kind of the word in front of a period, or undefined for an ordinary word.
 * `word` is the token without the final period and surrounding quotes.
 */
export function abbreviationKind(word: string): AbbreviationKind | undefined {
  // Abbreviations are short; skipping long words keeps lookups O(1).
  if (word.length === 0 || word.length > 12) return undefined;
  const lower = word.toLowerCase();
  const kind = KIND.get(lower);
  if (kind !== undefined) return kind;
  if (DOTTED_ACRONYM.test(lower)) return 'final';
  return undefined;
}

/** Personal titles that, after a sentence-final abbreviation, signal a new sentence. */
const PERSONAL_TITLES = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.']);

export function isPersonalTitle(token: string): boolean {
  return token.length <= 5 && PERSONAL_TITLES.has(token.toLowerCase());
}

/**
 * Words that commonly open an English sentence. After an abbreviation that
 * can end a sentence ("U.S.", "p.m.", "Inc.") or an initial, a following
 * capitalised word from these lists means a new sentence; any other
 * capitalised word is taken as part of a name ("U.S. Army", "Acme Inc.
 * Chief Executive", "Albert I. Jones").
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here',
  'I', 'He', 'She', 'It', 'We', 'You', 'They', 'Someone', 'Nobody', 'Everyone',
  'His', 'Her', 'Its', 'Our', 'Your', 'Their', 'My',
  'But', 'So', 'Yet', 'Still', 'Also', 'Then', 'Now', 'Thus', 'Hence', 'Instead',
  'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Nevertheless', 'Nonetheless',
  'Otherwise', 'Indeed', 'Later', 'Earlier', 'Afterwards', 'Finally',
  'Today', 'Yesterday', 'Tomorrow',
  'After', 'Before', 'When', 'While', 'Since', 'Until', 'Although', 'Though',
  'Because', 'If', 'Unless', 'Once', 'Whether',
  'Despite', 'According', 'Amid', 'Asked',
  'Some', 'Many', 'Most', 'Several', 'Both', 'Each', 'Every',
  'Others', 'Such', 'None', 'Neither', 'Only',
  'What', 'Why', 'How', 'Where', 'Who', 'Whom', 'Whose', 'Which',
]);

/**
 * Starters that also appear inside Title Case headlines right after an
 * abbreviation ("U.S. Will Send Troops", "U.S. In Talks With China"). They
 * count as a sentence start only when the word after them is not
 * capitalised ("… the E.U. Did you know …", "… Inc. In a statement …").
 */
export const WEAK_SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'Did', 'Do', 'Does', 'Is', 'Are', 'Was', 'Were', 'Can', 'Could', 'Will',
  'Would', 'Should', 'Shall', 'May', 'Might', 'Must', 'Has', 'Have', 'Had',
  'In', 'On', 'At', 'By', 'For', 'With', 'Without', 'From', 'During', 'Under',
  'Over', 'Among', 'Following', 'As', 'All', 'Other', 'No', 'Not', 'One',
  'First', 'Second', 'Third', 'Last', 'Next', 'Let', 'Yes', 'Please', 'Few',
]);
