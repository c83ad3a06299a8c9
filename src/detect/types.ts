import type { AnalyzedSentence, AnalyzedSource } from '../analyze/index.js';
import type { AliasTable } from '../analyze/names.js';
import type { AlignedGroup, Alignment } from '../align/index.js';
import type { Claim, Discrepancy, DiscrepancyKind } from '../types.js';

/** What every detector sees: the analysed sources and how they align. */
export interface DetectionContext {
  sources: readonly AnalyzedSource[];
  alignment: Alignment;
  /** Report id ("G3") of each aligned group. */
  groupId(group: AlignedGroup): string;
  /** The group a sentence belongs to, if any. */
  groupOf(sentence: AnalyzedSentence): AlignedGroup | undefined;
  /** Label of a source id, for messages. */
  label(source: string): string;
  /** A claim for the words at [start, end) of a sentence (absolute offsets). */
  claim(sentence: AnalyzedSentence, start: number, end: number): Claim;
  aliases: AliasTable;
}

/** A discrepancy before ids are assigned; one shape for every detector. */
export type Finding = Omit<Discrepancy, 'id'>;

export interface Detector {
  kind: DiscrepancyKind;
  /** One line for --help and the README. */
  description: string;
  detect(context: DetectionContext): Finding[];
}
