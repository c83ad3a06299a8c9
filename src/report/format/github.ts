/**
 * GitHub Actions workflow commands: one annotation per discrepancy claim, so
 * each source's wording is marked where it occurs.
 *
 *   ::error file=wire.txt,line=3,col=26,endLine=3,endColumn=31,title=storydiff entity (high)::Sources name… [D1]
 *
 * Severity high → `error`, medium → `warning`, low → `notice`. After the
 * annotations comes exactly one summary line without a file (`::notice`, or
 * `::warning` when findings were withheld because the sources do not report
 * one event or some share almost nothing with the others): without it a run
 * whose findings were all withheld or hidden by `minSeverity` would say
 * nothing at all. Nothing else is written, and every line is a command.
 *
 * GitHub shows at most 10 annotations of each level per step (50 per job) and
 * drops the rest; the summary line comes last, so with more than ten notices
 * it is the one dropped. The log still has every line.
 */
import type { Claim, Discrepancy, Report, ReportSource, Severity } from '../../types.js';
import type { FormatOptions } from '../options.js';
import { stripControl } from '../sanitize.js';
import { atLeast, claimEnd, countBySeverity, plural } from '../view.js';

export { claimEnd, type End } from '../view.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { high: 'error', medium: 'warning', low: 'notice' };

/**
 * Escapes a command's data (the message after `::`) the way the runner
 * unescapes it. Control sequences are removed first; the only line breaks
 * left become `%0A`, so no input can start a line (and so a command) of its own.
 */
export function escapeData(text: string): string {
  return stripControl(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** `escapeData` plus `:` and `,`, which would otherwise end a property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(d: Discrepancy, claim: Claim, sources: ReadonlyMap<string, ReportSource>): string {
  const source = sources.get(claim.source);
  // Annotations attach to a file in the repository; standard input has none,
  // so its label is the best name to show.
  const file = source === undefined ? claim.source : source.path === '-' ? source.label : source.path;
  const end = claimEnd(claim.span, claim.text);
  const props: Array<[string, string]> = [
    ['file', file],
    ['line', String(claim.span.line)],
  ];
  // GitHub accepts columns only for a single-line range.
  if (end.line === claim.span.line) {
    props.push(['col', String(claim.span.column)]);
    props.push(['endLine', String(end.line)]);
    props.push(['endColumn', String(Math.max(claim.span.column, end.column - 1))]);
  } else {
    props.push(['endLine', String(end.line)]);
  }
  props.push(['title', `storydiff ${d.kind} (${d.severity})`]);
  return command(COMMAND[d.severity] ?? 'warning', props, `${d.message} [${d.id}]`);
}

function command(name: string, props: ReadonlyArray<[string, string]>, message: string): string {
  const list = props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
  return `::${name}${list ? ' ' + list : ''}::${escapeData(message)}`;
}

function summaryLine(report: Report, shown: readonly Discrepancy[], min: Severity | undefined): string {
  const counts = countBySeverity(report.discrepancies);
  const total = report.discrepancies.length;
  const hidden = total - shown.length;
  const name = (id: string): string => report.sources.find((s) => s.id === id)?.label ?? id;
  let text =
    `${plural(total, 'discrepancy', 'discrepancies')} (${counts.high} high, ${counts.medium} medium, ${counts.low} low)` +
    (hidden > 0 && min ? `, ${hidden} below ${min} not annotated` : '') +
    ` across ${plural(report.sources.length, 'source')}`;
  const withheld = !report.summary.sameEvent || report.summary.unrelated.length > 0;
  if (!report.summary.sameEvent) {
    text += '. The sources do not appear to report the same event; findings are withheld';
  } else if (report.summary.unrelated.length > 0) {
    text += `. Sharing almost nothing with the others, findings withheld: ${report.summary.unrelated.map(name).join(', ')}`;
  }
  return command(withheld ? 'warning' : 'notice', [['title', 'storydiff']], text);
}

/** `(report, options) => string`: GitHub Actions annotations, one line per claim, then a summary line. */
export function formatGithub(report: Report, options: FormatOptions): string {
  const min = options.minSeverity;
  const shown = atLeast(report, min);
  const sources = new Map(report.sources.map((s) => [s.id, s] as const));
  const lines = shown.flatMap((d) => d.claims.map((c) => annotation(d, c, sources)));
  lines.push(summaryLine(report, shown, min));
  return lines.join('\n') + '\n';
}
