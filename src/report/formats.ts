import { HTML_DESCRIPTION, type Formatter } from './options.js';

/**
 * The output formats by name, without their code: the CLI lists and checks
 * names from here and loads only the formatter a run uses (stylish pulls in
 * chalk and diff, html a page template), which keeps start-up short. The
 * library's `FORMATTERS` (formatters.ts) is built from this list.
 */

export { DEFAULT_WIDTH, HTML_DESCRIPTION, type FormatOptions, type Formatter } from './options.js';

export interface FormatInfo {
  name: string;
  description: string;
  /** Imports the module that formats. */
  load(): Promise<Formatter['format']>;
}

/** Every output format, default first. */
export const FORMAT_INFO: readonly FormatInfo[] = Object.freeze([
  {
    name: 'stylish',
    description: 'readable terminal report: disagreements grouped by statement, words that differ highlighted',
    load: async () => (await import('./format/stylish.js')).formatStylish,
  },
  {
    name: 'json',
    description: 'the full report as JSON (contract version 1, schema: storydiff/schema.json)',
    load: async () => (await import('./format/json.js')).formatJson,
  },
  {
    name: 'markdown',
    description: 'Markdown for a pull-request comment or job summary: tables, sentences in collapsible blocks',
    load: async () => (await import('./format/markdown.js')).formatMarkdown,
  },
  {
    name: 'github',
    description: 'GitHub Actions annotations: one ::error/::warning/::notice line per claim, then a summary line',
    load: async () => (await import('./format/github.js')).formatGithub,
  },
  {
    name: 'sarif',
    description: 'SARIF 2.1.0 for code scanning: a rule per kind, a result per discrepancy, a location per claim',
    load: async () => (await import('./format/sarif.js')).formatSarif,
  },
  {
    name: 'html',
    description: HTML_DESCRIPTION,
    load: async () => (await import('./format/html.js')).formatHtml,
  },
]);

/** The formatter called `name` with its code loaded, or undefined for an unknown name. */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const info = FORMAT_INFO.find((f) => f.name === name);
  return info && { name: info.name, description: info.description, format: await info.load() };
}
