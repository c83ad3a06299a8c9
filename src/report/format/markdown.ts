/**
 * GitHub-flavoured Markdown, for a pull-request comment or a job summary
 * (`>> "$GITHUB_STEP_SUMMARY"`): a summary line, the sources, a table of
 * discrepancies with a collapsible block of sentences for each, then what only
 * one source says and the boilerplate set aside.
 *
 * Data first, strings last: the report is turned into rows and blocks of
 * already-escaped text, then joined. Every piece of input text (sentences,
 * claims, labels, paths, messages, even ids) goes through one of the escape
 * functions below; our own markup is the only markup in the output.
 */
import type { Claim, Discrepancy, Report, ReportSource, Severity, Span } from '../../types.js';
import type { FormatOptions } from '../options.js';
import { oneLine, oneLineMapped } from '../sanitize.js';
import {
  atLeast,
  countBySeverity,
  HTML_ENTITIES,
  locate,
  plural,
  sentenceLookup,
  unmatchedBySource,
  type SentenceRef,
} from '../view.js';
/** Rows shown per source in the coverage section, and boilerplate entries; a comment has a size limit. */
export const MAX_ROWS = 50;

// ---------------------------------------------------------------------------
// Escaping

/** U+2060 WORD JOINER: invisible, but stops GitHub turning `@name` into a mention (a notification) and `#12` into an issue link. */
const JOINER = '&#x2060;';

/**
 * Escapes untrusted text for inline Markdown (paragraphs, list items, table
 * cells): control sequences removed and line breaks made spaces (`oneLine`;
 * a line break could end the block or start a new one), `<`, `>`, `&` as HTML
 * entities (so no tag or entity of the input survives), and every other
 * character Markdown or GitHub gives meaning to backslash-escaped: emphasis
 * `* _ ~`, code `` ` ``, links and images `[ ] ( ) !`, block starts
 * `# + - .` (`>` is an entity already), tables `|`, math `$`, autolinks `:`,
 * and `\` itself.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_{}[\]()#+\-.!|~:$<>&@]/g, (c, at: number, s: string) => {
    const entity = HTML_ENTITIES[c];
    if (entity !== undefined) return entity;
    const escaped = c === '@' ? c : '\\' + c;
    return escaped + (isReference(c, s.charAt(at + 1)) ? JOINER : '');
  });
}

/**
 * `escapeMarkdown` for a table cell. The text must stay inside its row:
 * `escapeMarkdown` already keeps it on one line and escapes `|` (GFM splits
 * rows on unescaped pipes before anything else); the cell is also trimmed,
 * as the table parser would.
 */
export function escapeTableCell(text: string): string {
  return escapeMarkdown(text).trim();
}

/**
 * Escapes untrusted text inside raw HTML (the `<summary>` line). GitHub does
 * not parse Markdown there, so a backslash would show: only entities work.
 * Characters with a meaning in Markdown are numeric entities too, so the text
 * stays inert even for a renderer that does parse Markdown inside HTML.
 */
export function escapeHtml(text: string): string {
  return oneLine(text).replace(/[&<>"'\\`*_[\]()|~$:@#]/g, (c, at: number, s: string) => {
    const entity = HTML_ENTITIES[c] ?? (c === '@' || c === '#' ? c : `&#${c.charCodeAt(0)};`);
    return entity + (isReference(c, s.charAt(at + 1)) ? JOINER : '');
  });
}

function isReference(c: string, next: string): boolean {
  return (c === '@' && /[A-Za-z0-9]/.test(next)) || (c === '#' && /[0-9]/.test(next));
}

// ---------------------------------------------------------------------------
// Small pieces

/** A table: header and rows of already-escaped cells. */
function table(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly string[][]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)];
}

interface Names {
  /** Escaped label of a source id (the id itself for a source the report does not list). */
  label(source: string): string;
  /** Escaped `label:line:col`. */
  location(source: string, span: Span): string;
}

function names(report: Report): Names {
  const sources = new Map<string, ReportSource>(report.sources.map((s) => [s.id, s] as const));
  const label = (id: string): string => escapeMarkdown(sources.get(id)?.label ?? id);
  return { label, location: (id, span) => `${label(id)}:${span.line}:${span.column}` };
}

// ---------------------------------------------------------------------------
// Sections

function summary(report: Report, shown: readonly Discrepancy[], min: Severity | undefined, n: Names): string[] {
  const counts = countBySeverity(report.discrepancies);
  const total = report.discrepancies.length;
  const hidden = total - shown.length;
  const share = Number.isFinite(report.summary.alignedShare) ? `, ${Math.round(report.summary.alignedShare * 100)}% of sentences` : '';
  const tail =
    ` · ${plural(report.groups.length, 'aligned statement')}${share}` +
    ` · ${plural(report.unmatched.length, 'sentence')} in one source only`;
  const head =
    total === 0
      ? '**No discrepancies**'
      : `**${plural(total, 'discrepancy', 'discrepancies')}** (${counts.high} high, ${counts.medium} medium, ${counts.low} low` +
        (hidden > 0 && min ? `; ${hidden} below ${min} hidden` : '') +
        ')';
  const lines = [head + tail];

  const warnings: string[] = [];
  if (!report.summary.sameEvent) {
    warnings.push('These sources do not appear to report the same event, so discrepancies are withheld.');
  }
  if (report.summary.unrelated.length > 0) {
    const list = report.summary.unrelated.map(n.label).join(', ');
    warnings.push(`Sharing almost nothing with the others, so findings involving them are withheld: ${list}.`);
  }
  // A GitHub alert; elsewhere it reads as a plain blockquote.
  if (warnings.length > 0) lines.push('', '> [!WARNING]', ...warnings.map((w) => `> ${w}`));
  return lines;
}

function sourcesTable(report: Report): string[] {
  if (report.sources.length === 0) return [];
  const rows = report.sources.map((s) => [
    escapeTableCell(s.id),
    escapeTableCell(s.label),
    escapeTableCell(s.path),
    String(s.sentences),
  ]);
  return ['### Sources', '', ...table(['ID', 'Label', 'Path', 'Sentences'], ['l', 'l', 'l', 'r'], rows)];
}

function discrepancyTable(report: Report, shown: readonly Discrepancy[], min: Severity | undefined, n: Names): string[] {
  const total = report.discrepancies.length;
  if (total === 0) return [];
  const lines = ['### Discrepancies', ''];
  if (shown.length === 0) {
    lines.push(`All ${plural(total, 'discrepancy', 'discrepancies')} are below ${min ?? 'the chosen severity'} and hidden.`);
    return lines;
  }
  const rows = shown.map((d) => [
    escapeTableCell(d.id),
    escapeTableCell(d.severity),
    escapeTableCell(d.kind),
    escapeTableCell(d.message),
    d.claims.map((c) => n.location(c.source, c.span)).join(', '),
  ]);
  lines.push(...table(['ID', 'Severity', 'Kind', 'Message', 'Locations'], ['l', 'l', 'l', 'l', 'l'], rows));
  return lines;
}

/** One sentence shown under a discrepancy, with the claims in it. */
interface Shown {
  source: string;
  sentence: number;
  ref: SentenceRef | undefined;
  claims: Claim[];
}

/** The sentence with its claims in bold, escaped. `<b>` rather than `**`: it works whatever punctuation is next to it. */
function highlighted(row: Shown): string {
  const ref = row.ref;
  if (ref === undefined) return row.claims.map((c) => `<b>${escapeMarkdown(c.text)}</b>`).join(' … ');
  const clean = oneLineMapped(ref.text);
  const at = (i: number): number => clean.map[i] ?? clean.text.length;
  const ranges = row.claims
    .map((c) => locate(c, ref))
    .filter((r): r is { from: number; to: number } => r !== undefined)
    .map((r) => ({ from: at(r.from), to: at(r.to) }))
    .sort((a, b) => a.from - b.from);
  let out = '';
  let pos = 0;
  for (const r of ranges) {
    if (r.to <= pos) continue; // inside an earlier claim
    const from = Math.max(r.from, pos);
    out += escapeMarkdown(clean.text.slice(pos, from)) + `<b>${escapeMarkdown(clean.text.slice(from, r.to))}</b>`;
    pos = r.to;
  }
  return out + escapeMarkdown(clean.text.slice(pos));
}

function details(report: Report, shown: readonly Discrepancy[], n: Names): string[] {
  const find = sentenceLookup(report);
  const lines: string[] = [];
  for (const d of shown) {
    // One row per sentence, in claim order: claims in the same sentence are highlighted together.
    const rows = new Map<string, Shown>();
    for (const c of d.claims) {
      const key = `${c.source}\u0000${c.sentence}`;
      const row = rows.get(key) ?? { source: c.source, sentence: c.sentence, ref: find(c.source, c.sentence), claims: [] };
      row.claims.push(c);
      rows.set(key, row);
    }
    const title = `${escapeHtml(d.id)} · ${escapeHtml(d.severity)} · ${escapeHtml(d.kind)}: ${escapeHtml(d.message)}`;
    lines.push('', `<details><summary>${title}</summary>`, '');
    for (const row of rows.values()) {
      const first = row.claims[0];
      const where = first ? `${first.span.line}:${first.span.column}` : '';
      lines.push(`- <b>${n.label(row.source)}</b> ${where}: ${highlighted(row)}`);
    }
    lines.push('', '</details>');
  }
  return lines.slice(1);
}

function coverage(report: Report): string[] {
  if (report.unmatched.length === 0) return [];
  const bySource = unmatchedBySource(report);
  const sources = new Map(report.sources.map((s) => [s.id, s] as const));
  const lines = [`### Only in one source (${plural(report.unmatched.length, 'sentence')})`];
  for (const [id, list] of bySource) {
    if (list.length === 0) continue;
    const source = sources.get(id);
    const count = source ? `${list.length} of ${plural(source.sentences, 'sentence')}` : plural(list.length, 'sentence');
    lines.push('', `<b>${escapeMarkdown(source?.label ?? id)}</b>: ${count}`, '');
    const rows = list.slice(0, MAX_ROWS).map((u) => [`${u.span.line}:${u.span.column}`, escapeTableCell(u.text)]);
    lines.push(...table(['Line:col', 'Sentence'], ['l', 'l'], rows));
    if (list.length > MAX_ROWS) lines.push('', `… and ${list.length - MAX_ROWS} more`);
  }
  return lines;
}

function boilerplate(report: Report, n: Names): string[] {
  const list = report.boilerplate;
  if (list.length === 0) return [];
  const lines = [`### Boilerplate set aside (${list.length})`, ''];
  for (const b of list.slice(0, MAX_ROWS)) {
    lines.push(`- ${n.location(b.source, b.span)} (${escapeMarkdown(b.reason)}): ${escapeMarkdown(b.text)}`);
  }
  if (list.length > MAX_ROWS) lines.push(`- … and ${list.length - MAX_ROWS} more`);
  return lines;
}

/** `(report, options) => string`: the Markdown report. Same report and options, same bytes. */
export function formatMarkdown(report: Report, options: FormatOptions): string {
  const min = options.minSeverity;
  const shown = atLeast(report, min);
  const n = names(report);
  const blocks = [
    [`## storydiff: ${plural(report.sources.length, 'source')} compared`],
    summary(report, shown, min, n),
    sourcesTable(report),
    discrepancyTable(report, shown, min, n),
    details(report, shown, n),
    coverage(report),
    boilerplate(report, n),
  ].filter((b) => b.length > 0);
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}
