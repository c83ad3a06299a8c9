// Types for eval/harness.mjs (plain ES module shared by scripts/eval-mutate.mjs and test/properties/).
import type { Discrepancy, InputDocument, Report } from '../src/types.js';
import type { Accept, Planted, Rewritten } from './mutate.mjs';

type Compare = (inputs: readonly InputDocument[]) => Report;
type SegmentSource = (doc: InputDocument, id: string) => { sentences: Array<{ span: { start: number; end: number } }> };

export interface Clean {
  report: Report;
  /** Findings between the two identical copies (expected: none). */
  between: Discrepancy[];
  allowance: Map<string, number>;
}

export const SEED: number;
export function seedFor(seed: number, ...names: string[]): number;
export function articles(fixtures: string): Array<{ name: string; path: string; text: string }>;
export function events(fixtures: string): Array<{ name: string; docs: InputDocument[] }>;
export function insideContent(segmentSource: SegmentSource, text: string): Accept;
export function mediumPlus(d: Discrepancy): boolean;
export function crossSource(d: Discrepancy): boolean;
export function findingKey(report: Report, d: Discrepancy): string;
export function findingKeys(report: Report): string[];
export function findingSentenceKeys(report: Report): string[];
export function sentenceAt(report: Report, source: string, offset: number): { index: number; text: string } | undefined;
export function pair(name: string, original: string, copy: string): InputDocument[];
export function judgeClean(compare: Compare, name: string, text: string): Clean;
export function judgePlant(
  compare: Compare,
  name: string,
  text: string,
  planted: Planted,
  clean: Clean,
): { report: Report; sentence: { index: number; text: string } | undefined; matches: Discrepancy[]; hit: boolean; detected: boolean; extras: Discrepancy[] };
export function judgeBenign(compare: Compare, name: string, text: string, rewritten: Rewritten, clean: Clean): { report: Report; extras: Discrepancy[] };
export function describe(report: Report, d: Discrepancy): string;
