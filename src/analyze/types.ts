import type { SegmentedSource, Sentence } from '../types.js';

/** Types of the analyze stage: what it computes for each sentence, shared by its modules, align and detect. */

export interface Token {
  text: string;
  /** Absolute offsets into the source text. */
  start: number;
  end: number;
  /** Case/diacritic-folded, possessive removed. */
  fold: string;
  /** Stem of the lemma: the key for content matching. */
  stem: string;
  stop: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Digits, possibly with separators. */
  num: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
}

export interface NameMention {
  /** The name as written ("Dmitriy Peskov"). */
  text: string;
  start: number;
  end: number;
  /** Token indices [from, to) of the name within the sentence. */
  from: number;
  to: number;
  /** Canonical role it fills when a role word stands with it ("spokesperson"). */
  role?: string;
  /** Organisation/country key qualifying the role ("russia"), when given. */
  qualifier?: string;
}

export interface Quotation {
  /** Offsets of the quoted words, quotation marks excluded. */
  start: number;
  end: number;
  /** Token indices [from, to). */
  from: number;
  to: number;
}

export interface AnalyzedSentence extends Sentence {
  tokens: Token[];
  names: NameMention[];
  quotes: Quotation[];
  /** Contains a speech verb (said, added, denied…): reported speech is possible. */
  speech: boolean;
  /** The name a speech verb attributes the statement to ("…," Petrenko said), if any. */
  speaker?: NameMention;
  /** Number expressions with their values. */
  numbers: NumberMention[];
  /** Ages given for people: "Darren Whitby, 43,", "the 45-year-old", "Kasper Nygaard (19)". */
  ages: AgeMention[];
  /** Facts a story states once about its subject: where and when someone was born, when a body was founded. */
  facts: FactMention[];
  /** Weekdays, dates, years, times of day and relative days. */
  dates: DateMention[];
  /** Weighted alignment features (see termsOf). */
  terms: Map<string, number>;
  /** The features of each clause, when the sentence has two or more (see clauses.ts); empty otherwise. */
  clauses: Clause[];
}

export interface Clause {
  /** Token indices [from, to). */
  from: number;
  to: number;
  terms: Map<string, number>;
}

/** A person's age: a fact about an entity, comparable wherever the person is named. */
export interface AgeMention {
  value: number;
  /** Absolute offsets of the words that give the age ("43", "45-year-old"). */
  start: number;
  end: number;
  /** The person it belongs to; absent for "the 45-year-old" standing for someone named before. */
  name?: NameMention;
  /**
   * The article before an unnamed "N-year-old": "a" introduces someone new ("a 47-year-old
   * woman"), "the" refers back ("the 43-year-old crane driver").
   */
  article?: 'a' | 'the';
  /** The noun (stem) an unnamed "N-year-old" describes ("driver" of "crane driver"), if one follows. */
  noun?: string;
}

export type FactAttribute = 'born-place' | 'born-year' | 'founded-year';

export interface FactMention {
  attribute: FactAttribute;
  /** A year, or the place's name as written. */
  value: number | string;
  /** Absolute offsets of the value's words. */
  start: number;
  end: number;
}

export interface AnalyzedSource extends Omit<SegmentedSource, 'sentences'> {
  sentences: AnalyzedSentence[];
}

export type DateKind = 'weekday' | 'date' | 'month' | 'year' | 'time' | 'relative';

export interface DateMention {
  kind: DateKind;
  /** weekday: 0 = Sunday…6; date: month*100 + day; month: 1–12 (a month named without a day); year: the year; time: minutes after midnight; relative: days from the dateline. */
  value: number;
  /** For times given as a part of the day ("in the morning"): the range of minutes it covers. */
  range?: [number, number];
  /** Token indices [from, to). */
  from: number;
  to: number;
}

export interface NumberMention {
  /** Possible values: an ambiguous separator ("3.200") yields both readings. */
  values: number[];
  /** Token indices [from, to) of the whole expression, unit included. */
  from: number;
  to: number;
  /** What is counted, when a unit word follows ("years", "percent", "people"). */
  unit?: string;
  /** Stem of the content word just before ("magnitude 5.9"), another way to tell what is measured. */
  before?: string;
  /**
   * For a bare count with no unit, the stem of the word it is the subject of ("colon" of "eight are
   * colonized"): what the count is about when no noun says it.
   */
  predicate?: string;
  /** What a share is of ("vote" of "42.1% of the valid votes"): two shares of different wholes are two figures. */
  of?: string;
  /** A part counted out of a whole ("seven of the patients", "87 of the 200 deputies"). */
  part?: true;
  /** The whole that parts are counted from ("Of the 11 patients, …"): never the same figure as a part. */
  whole?: true;
  /** "about", "nearly", "more than": the value is not exact. */
  approximate: boolean;
  /**
   * A one-sided figure: "more than 1,000" is a least value (`min`), "fewer than 50" / "up to 50" a
   * greatest (`max`); another source's exact figure on the right side of it agrees with it.
   */
  bound?: 'min' | 'max';
  /**
   * The number names something rather than counting it: "section 6", "Flight 370", "Apollo 11".
   * The stem of the naming word; such a number is compared only with one named by the same word.
   */
  label?: string;
  /** Converted from a unit whose metric equivalent copy rounds (miles, acres): agrees within a small margin. */
  converted?: true;
  /** Currency, from a symbol or a word: "EUR", "GBP", "USD"… */
  currency?: string;
  /** Further words of the counted noun phrase after the unit ("dengue", "cases" of "confirmed dengue cases"). */
  nouns?: string[];
  /** A rank ("second", "61st"), compared only with ranks: "the 61st minute" is no count of minutes. */
  ordinal?: true;
}
