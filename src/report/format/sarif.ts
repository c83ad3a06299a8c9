/**
 * SARIF 2.1.0, for code-scanning dashboards and editor viewers: one run, one
 * rule per discrepancy kind, one result per discrepancy with a location per
 * claim.
 *
 * Data first: the log is built as plain objects with a fixed key order, then
 * serialised once, so the same report and options always give the same bytes.
 */
import { DETECTORS } from '../../detect/registry.js';
import type { Claim, Discrepancy, Report, ReportSource, Severity } from '../../types.js';
import { fingerprint } from '../fingerprint.js';
import type { FormatOptions } from '../options.js';
import { escapeInvisible, stripControl } from '../sanitize.js';
import { atLeast, claimEnd } from '../view.js';

export type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { high: 'error', medium: 'warning', low: 'note' };

/** Bumped only if the fingerprint recipe changes; dashboards match results across runs by it. */
export const FINGERPRINT_KEY = 'storydiff/v1';

/**
 * Text for a SARIF plain-text message. Control sequences are removed (viewers
 * print these strings as they are), and `\`, `[` and `]` are escaped because
 * SARIF reads `[text](target)` in a plain-text message as an embedded link.
 */
export function sarifMessage(text: string): string {
  return stripControl(text).replace(/[\\[\]]/g, (c) => '\\' + c);
}

/**
 * A path as a relative URI reference: forward slashes, each segment
 * percent-encoded (a space, `#` or `?` would otherwise change what the URI
 * means); a Windows drive path becomes a `file:` URI.
 */
export function pathToUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(slashed);
  const rest = drive ? slashed.slice(2) : slashed;
  const encoded = rest.split('/').map(encodeURIComponent).join('/');
  return drive ? `file:///${drive[1]}:${encoded}` : encoded;
}

/** The name a source goes by in the log: its path, or its label for standard input. */
function sourceUri(source: ReportSource): string {
  return pathToUri(source.path === '-' ? source.label : source.path);
}

/**
 * A stable identity for a discrepancy across runs, for dashboards to match
 * results: the same hash `--baseline` uses (kind plus sorted source labels and
 * folded claim words; no ids or offsets), cut to 32 hex digits.
 */
export function sarifFingerprint(d: Discrepancy, report: Pick<Report, 'sources'>): string {
  return fingerprint(d, report).slice(0, 32);
}

interface Rule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
}

/**
 * One rule per detector, in registry order, then any other kind the report
 * uses (a report from a newer version, or built by hand), so every result's
 * `ruleIndex` points at its rule. Severity varies within a kind (a quote
 * change can be medium or low), so the rules default to `warning` and each
 * result states its own level.
 */
function rules(shown: readonly Discrepancy[]): Rule[] {
  const list: Rule[] = DETECTORS.map((d) => rule(d.kind, d.description));
  for (const d of shown) {
    if (!list.some((r) => r.id === d.kind)) list.push(rule(d.kind, `${stripControl(d.kind)} discrepancy`));
  }
  return list;
}

function rule(id: string, description: string): Rule {
  return { id, shortDescription: { text: sarifMessage(description) }, defaultConfiguration: { level: 'warning' } };
}

function location(claim: Claim, sources: ReadonlyMap<string, { source: ReportSource; index: number }>): object {
  const known = sources.get(claim.source);
  const end = claimEnd(claim.span, claim.text);
  return {
    physicalLocation: {
      artifactLocation: known
        ? { uri: sourceUri(known.source), index: known.index }
        : { uri: pathToUri(claim.source) },
      region: {
        startLine: claim.span.line,
        startColumn: claim.span.column,
        endLine: end.line,
        endColumn: end.column,
        charOffset: claim.span.start,
        charLength: Math.max(0, claim.span.end - claim.span.start),
        snippet: { text: stripControl(claim.text) },
      },
    },
  };
}

/** `(report, options) => string`: the report as a SARIF 2.1.0 log. */
export function formatSarif(report: Report, options: FormatOptions): string {
  const min = options.minSeverity;
  const shown = atLeast(report, min);
  const sources = new Map(report.sources.map((source, index) => [source.id, { source, index }] as const));
  const ruleList = rules(shown);

  const results = shown.map((d) => ({
    ruleId: d.kind,
    ruleIndex: ruleList.findIndex((r) => r.id === d.kind),
    level: LEVEL[d.severity] ?? 'warning',
    message: { text: sarifMessage(d.message) },
    locations: d.claims.map((c) => location(c, sources)),
    partialFingerprints: { [FINGERPRINT_KEY]: sarifFingerprint(d, report) },
    properties: { severity: d.severity, confidence: d.confidence, group: d.group, id: d.id },
  }));

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'storydiff', version: report.tool.version, rules: ruleList } },
        // Span columns and offsets count UTF-16 code units (SARIF's default, stated for viewers).
        columnKind: 'utf16CodeUnits',
        artifacts: report.sources.map((s) => ({
          location: { uri: sourceUri(s) },
          description: { text: sarifMessage(s.label) },
          properties: { id: s.id, label: stripControl(s.label), sentences: s.sentences },
        })),
        results,
        properties: {
          sameEvent: report.summary.sameEvent,
          alignedShare: report.summary.alignedShare,
          unrelated: report.summary.unrelated,
          hidden: report.discrepancies.length - shown.length,
        },
      },
    ],
  };
  return escapeInvisible(JSON.stringify(log, null, 2)) + '\n';
}
