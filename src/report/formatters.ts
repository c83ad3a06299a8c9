import type { Report, Severity } from '../types.js';
import { formatGithub } from './format/github.js';
import { formatHtml, HTML_DESCRIPTION } from './format/html.js';
import { formatJson } from './format/json.js';
import { formatMarkdown } from './format/markdown.js';
import { formatSarif } from './format/sarif.js';
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
    description: 'the full report as JSON (contract version 1, schema: storydiff/schema.json)',
    format: formatJson,
  }),
  Object.freeze({
    name: 'markdown',
    description: 'Markdown for a pull-request comment or job summary: tables, sentences in collapsible blocks',
    format: formatMarkdown,
  }),
  Object.freeze({
    name: 'github',
    description: 'GitHub Actions annotations: one ::error/::warning/::notice line per claim, then a summary line',
    format: formatGithub,
  }),
  Object.freeze({
    name: 'sarif',
    description: 'SARIF 2.1.0 for code scanning: a rule per kind, a result per discrepancy, a location per claim',
    format: formatSarif,
  }),
  Object.freeze({
    name: 'html',
    description: HTML_DESCRIPTION,
    format: formatHtml,
  }),
]);

export const FORMAT_NAMES: readonly string[] = Object.freeze(FORMATTERS.map((f) => f.name));

/** The formatter called `name` (exact, case-sensitive), or undefined. */
export function getFormatter(name: string): Formatter | undefined {
  return FORMATTERS.find((f) => f.name === name);
}
