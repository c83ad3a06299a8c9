import type { Report, Severity } from '../types.js';
import { formatJson } from './format/json.js';
import { formatStylish } from './format/stylish.js';

export interface FormatOptions {
  /** Emit ANSI colour. The CLI decides (NO_COLOR, FORCE_COLOR, --no-color, TTY). */
  color: boolean;
  /** Terminal columns; the CLI defaults this to DEFAULT_WIDTH. */
  width: number;
  /** Hide discrepancies less severe than this (formatters that list them). */
  minSeverity?: Severity;
}

export const DEFAULT_WIDTH = 100;

export interface Formatter {
  name: string;
  /** One line, shown by `--help` and in the README. */
  description: string;
  format(report: Report, options: FormatOptions): string;
}

/**
 * Every output format, default first. `--help`, `--format` validation and the
 * README list are all generated from this, so they cannot drift apart.
 */
export const FORMATTERS: readonly Formatter[] = Object.freeze([
  Object.freeze({
    name: 'stylish',
    description: 'readable terminal report: disagreements grouped by statement, words that differ highlighted',
    format: formatStylish,
  }),
  Object.freeze({
    name: 'json',
    description: 'the full report as JSON (contract version 1, see src/report/schema.json)',
    format: formatJson,
  }),
]);

export const FORMAT_NAMES: readonly string[] = Object.freeze(FORMATTERS.map((f) => f.name));

/** The formatter called `name` (exact, case-sensitive), or undefined. */
export function getFormatter(name: string): Formatter | undefined {
  return FORMATTERS.find((f) => f.name === name);
}
