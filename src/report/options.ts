import type { Report, Severity } from '../types.js';

/**
 * What every formatter takes and is, in a file of its own: the formats import
 * this rather than the registry (formats.ts, formatters.ts), which imports
 * them, so the module graph has no cycle.
 */

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

/** The html format's one-line description; here so html.ts can export it without importing the registry. */
export const HTML_DESCRIPTION =
  'one self-contained HTML page: sources side by side, differences highlighted, filters, coverage matrix';
