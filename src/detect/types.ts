import type { AnalyzedSentence, AnalyzedSource } from '../analyze/index.js';
import type { AliasTable } from '../analyze/names.js';
import type { AlignedGroup, Alignment } from '../align/index.js';
import type { Claim, ClaimValue, Discrepancy, DiscrepancyKind, RuleId } from '../types.js';

/** What every detector sees: the analysed sources and how they align. */
export interface DetectionContext {
  sources: readonly AnalyzedSource[];
  alignment: Alignment;
  /** Report id ("G3") of each aligned group. */
  groupId(group: AlignedGroup): string;
  /** The group a sentence belongs to, if any. */
  groupOf(sentence: AnalyzedSentence): AlignedGroup | undefined;
  /** Label of a source id. */
  label(source: string): string;
  /** A claim for the words at [start, end) of a sentence (absolute offsets). */
  claim(sentence: AnalyzedSentence, start: number, end: number): Claim;
  aliases: AliasTable;
}

/**
 * A discrepancy before ids are assigned and before it is put in words; one shape for every
 * detector. `values` is aligned with `claims`.
 */
export type Finding = Omit<Discrepancy, 'id' | 'message' | 'rule' | 'values'> & {
  rule: RuleId;
  values: ClaimValue[];
  /** How many pairwise findings `mergeAcrossSources` joined into this one, when more than one. */
  merged?: number;
};

/** What a finding's words may name besides its own data: the sources. */
export interface SourceLabels {
  /** Label of a source id. */
  label(source: string): string;
  /** How many sources were compared ("2 of 3 sources say …"). */
  readonly total: number;
}

export interface Detector {
  kind: DiscrepancyKind;
  /** One line for --help and the README. */
  description: string;
  detect(context: DetectionContext): Finding[];
  /**
   * Kinds this detector's reading is more specific than: where one of its findings claims exactly
   * the words a finding of such a kind claims, that finding is dropped (a speaker swapped for
   * another person is one misattribution, not also a misspelt name); so is one whose every claim
   * lies within a claim of one of its medium or high findings, in the same sentences (a polarity
   * changed inside a quotation is that quotation's other wording).
   */
  supersedes?: readonly DiscrepancyKind[];
  /** The finding's message, from its data alone (`compare` calls it once, when building the report). */
  describe(finding: Finding, labels: SourceLabels): string;
}
