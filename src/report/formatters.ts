import { formatGithub } from './format/github.js';
import { formatHtml } from './format/html.js';
import { formatJson } from './format/json.js';
import { formatMarkdown } from './format/markdown.js';
import { formatSarif } from './format/sarif.js';
import { formatStylish } from './format/stylish.js';
import { FORMAT_INFO } from './formats.js';
import type { Formatter } from './options.js';

export { DEFAULT_WIDTH, type FormatOptions, type Formatter } from './options.js';

const FORMAT_FUNCTIONS: Record<string, Formatter['format']> = {
  stylish: formatStylish,
  json: formatJson,
  markdown: formatMarkdown,
  github: formatGithub,
  sarif: formatSarif,
  html: formatHtml,
};

/**
 * Every output format with its code loaded, default first (the order of FORMAT_INFO). `--help`, `--format` validation and the
 * README list are all generated from this, so they cannot drift apart.
 */
export const FORMATTERS: readonly Formatter[] = Object.freeze(
  FORMAT_INFO.map((f) => {
    const format = FORMAT_FUNCTIONS[f.name];
    if (!format) throw new Error(`no formatter for ${f.name}`);
    return Object.freeze({ name: f.name, description: f.description, format });
  }),
);

export const FORMAT_NAMES: readonly string[] = Object.freeze(FORMATTERS.map((f) => f.name));

/** The formatter called `name` (exact, case-sensitive), or undefined. */
export function getFormatter(name: string): Formatter | undefined {
  return FORMATTERS.find((f) => f.name === name);
}
