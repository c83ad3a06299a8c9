// Types for eval/mutate.mjs (plain ES module shared by scripts/eval-mutate.mjs and test/properties/).
export type PlantKind = 'number' | 'name' | 'negation' | 'date' | 'speaker' | 'quote';
export type RewriteKind = 'digits-words' | 'contraction' | 'percent' | 'thousands' | 'diacritics' | 'paragraphs';
export type Rand = () => number;
export type Accept = (start: number, end: number) => boolean;

export interface Planted {
  kind: PlantKind;
  /** The changed text. */
  text: string;
  /** The changed range in `text`. */
  start: number;
  end: number;
  before: string;
  after: string;
}

export interface Rewritten {
  kind: RewriteKind;
  text: string;
  changes: Array<{ before: string; after: string }>;
}

export interface Person {
  surname: string;
  name: string;
}

export function rng(seed: number): Rand;
/** Discrepancy kinds that count as catching each planted change. */
export const PLANTS: Record<PlantKind, Array<'entity' | 'quote' | 'number' | 'date' | 'negation' | 'attribution'>>;
export const PLANT_KINDS: PlantKind[];
export const REWRITE_KINDS: RewriteKind[];
export function people(text: string): { persons: Person[]; occurrences: Array<{ person: Person; start: number; end: number; fullStart: number }> };
export function plant(text: string, kind: PlantKind, rand: Rand, accept?: Accept): Planted | null;
export function rewrite(text: string, kind: RewriteKind, rand: Rand, options?: { subset?: boolean; accept?: Accept }): Rewritten | null;
export function shuffleLines(text: string, rand: Rand): string;
