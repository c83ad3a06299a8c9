/**
 * The data passed between pipeline stages and the public report shape.
 * Everything here is plain data (JSON-serialisable) so stages stay pure and
 * formatters are `(report) => string` functions.
 */

/** A range of the original input text. */
export interface Span {
  /** 0-based UTF-16 offset of the first character. */
  start: number;
  /** 0-based UTF-16 offset one past the last character. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column (UTF-16 units) of `start`. */
  column: number;
}

/** What the caller hands to `compare`: text already read by the `load` stage. */
export interface InputDocument {
  /** Shown to people; defaults to the file name. */
  label: string;
  /** The path as the user gave it ("-" for standard input). */
  path: string;
  /** The text, exactly as read (BOM removed, line endings untouched). */
  text: string;
}

/** A sentence-like unit cut from a source, with its span in the original text. */
export interface Segment {
  text: string;
  span: Span;
  /** Why this unit was set aside as clutter, if it was. */
  boilerplate?: BoilerplateReason;
  /** A piece of a run-on sentence cut at the length bound (`MAX_UNIT_CHARS`), at a clause or word boundary. */
  cut?: true;
}

export type BoilerplateReason =
  | 'repeated-headline'
  | 'timestamp'
  | 'related-link'
  | 'source-credit'
  | 'comment-policy'
  | 'byline'
  | 'empty-markup'
  /** Text of a web page left out of its article: navigation, link lists, asides, footers. */
  | 'page-furniture';

/** A source after segmentation. */
export interface SegmentedSource {
  id: string;
  label: string;
  path: string;
  text: string;
  /** Content sentences, in order; `Sentence.index` is the position in this list. */
  sentences: Sentence[];
  boilerplate: Segment[];
}

export interface Sentence {
  source: string;
  /** 0-based index among the content sentences of its source. */
  index: number;
  text: string;
  span: Span;
}

export type Severity = 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** Position of a source on the command line ("S3" -> 3): reports list sources in input order. */
export function sourceNumber(id: string): number {
  return Number(id.slice(1));
}

/**
 * The discrepancy kinds, one key per detector. Each detector file adds its own kind to this
 * interface (declaration merging: `declare module '../types.js' { interface DiscrepancyKinds {
 * entity: true } }`), so a new detector is one file plus one registry entry, and a library user's
 * detector adds its kind the same way (`declare module 'storydiff' { … }`). A merged interface
 * rather than a string: the kinds stay a closed union for every consumer that switches on them.
 */
export interface DiscrepancyKinds {}

export type DiscrepancyKind = keyof DiscrepancyKinds & string;

/** Stable id of why a detector reported a finding: "<kind>/<reason>", e.g. "number/different-value". */
export type RuleId = `${DiscrepancyKind}/${string}`;

/**
 * What a detector read in one claim, as data: a number's value, a date's normalised value, a
 * name's normal form, a polarity. The meaning of `value` and `unit` is fixed per rule.
 */
export interface ClaimValue {
  /** The claim's source (the same as the aligned claim's). */
  source: string;
  value: string | number | boolean;
  /** What the value counts or which kind of value it is ("people", "weekday"), when known. */
  unit?: string;
  /** A sum of money's currency ("EUR"). */
  currency?: string;
}

/** Why a finding's severity was lowered after detection, and what it was before. */
export interface Weakening {
  /**
   * "linked-member": one of its sentences is only linked into the group (it reports other statements too);
   * "clause-match": its sentences match through one clause, not as whole sentences;
   * "near-match": its sentences score just below the alignment threshold, each the other's best match, or one
   *   joined a group scoring just below it against two members;
   * "other-time": one sentence sets its statement in an earlier time than the other ("last year", "in 1995");
   * "translated-quote": one quotation is set in «…» or „…“, as translations are, or in a source that says it is
   *   a translation ("translated from French"): its words may be the translator's;
   * "among-times": each sentence gives several times, all agreeing but these two, or one also dates something by a year word ("last year"): the two may time two things.
   */
  reason: 'linked-member' | 'clause-match' | 'near-match' | 'other-time' | 'translated-quote' | 'among-times';
  severity: Severity;
}

export interface Extra {
  text: string;
  span: Span;
}

export interface GroupMember {
  source: string;
  sentence: number;
  text: string;
  span: Span;
  /**
   * True when the sentence belongs to another group and is linked here because it also carries
   * this statement (a sentence that merges two statements another source gives separately).
   * Absent for a sentence's own group.
   */
  linked?: true;
  extras: Extra[];
}

export interface Group {
  id: string;
  score: number;
  members: GroupMember[];
}

export interface Claim {
  source: string;
  /** The differing words themselves, not the whole sentence. */
  text: string;
  sentence: number;
  span: Span;
}

export interface Discrepancy {
  id: string;
  kind: DiscrepancyKind;
  severity: Severity;
  confidence: number;
  /** The aligned group, or null for a self-contradiction across groups. */
  group: string | null;
  /** Words for people, written from the data below. */
  message: string;
  claims: Claim[];
  /** Why it was reported ("entity/different-name"); always set by `compare` (absent in reports before 0.2). */
  rule?: RuleId;
  /** What the claims are about when the detector knows it: the counted noun, the role, the person. */
  subject?: string;
  /** What the detector read in each claim, aligned with `claims`; always set by `compare`. */
  values?: ClaimValue[];
  /** Present when the severity was lowered after detection. */
  weakened?: Weakening;
}

export interface UnmatchedSentence {
  source: string;
  sentence: number;
  text: string;
  span: Span;
}

export interface BoilerplateEntry {
  source: string;
  text: string;
  span: Span;
  reason: BoilerplateReason;
}

export interface ReportSource {
  id: string;
  label: string;
  path: string;
  sentences: number;
}

export interface Report {
  version: 1;
  tool: { name: 'storydiff'; version: string };
  sources: ReportSource[];
  groups: Group[];
  discrepancies: Discrepancy[];
  unmatched: UnmatchedSentence[];
  boilerplate: BoilerplateEntry[];
  summary: {
    sources: number;
    sentences: number;
    groups: number;
    unmatched: number;
    /** False when too little aligns for the inputs to report one event; discrepancies are then withheld. */
    sameEvent: boolean;
    /** Share of all sentences aligned with another source's. */
    alignedShare: number;
    /** Sources that share almost nothing with the others; findings involving them are withheld. */
    unrelated: string[];
    discrepancies: Record<Severity, number>;
    /** The kinds that ran, in detector order: a kind listed without findings found none. Always set by `compare`. */
    kinds?: DiscrepancyKind[];
  };
}
