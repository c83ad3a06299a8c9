import type {
  BoilerplateEntry,
  Claim,
  Discrepancy,
  Extra,
  Group,
  GroupMember,
  Report,
  ReportSource,
  Span,
  UnmatchedSentence,
} from '../../types.js';
import { escapeInvisible } from '../sanitize.js';

/**
 * The report as JSON (contract version 1, see `../schema.json`).
 *
 * Keys are written in contract order whatever order the report object was
 * built in, so the same report always gives the same bytes. Keys the contract
 * does not name (e.g. a future `summary.topics`) are kept, after the known
 * ones, rather than silently dropped.
 */
export function formatJson(report: Report): string {
  return escapeInvisible(JSON.stringify(ordered(report), null, 2)) + '\n';
}

/**
 * The same document on one line (no indentation, no newline): the value
 * `storydiff batch` puts under "report". Parsed, it equals `formatJson`'s.
 */
export function formatJsonLine(report: Report): string {
  return escapeInvisible(JSON.stringify(ordered(report)));
}

/** A JSON value on one line with the same escaping as the report (for batch lines). */
export function jsonLine(value: unknown): string {
  return escapeInvisible(JSON.stringify(value));
}

/** Copy of `obj` with the `order` keys first, then any others in their existing order. */
function pick<T extends object>(obj: T, order: readonly (keyof T & string)[], fill: Partial<T> = {}): T {
  const out: Record<string, unknown> = {};
  const src = { ...obj, ...fill } as Record<string, unknown>;
  for (const key of order) if (key in src) out[key] = src[key];
  for (const [key, value] of Object.entries(obj)) if (!(key in out)) out[key] = value;
  return out as T;
}

const span = (s: Span): Span => pick(s, ['start', 'end', 'line', 'column']);

const extra = (e: Extra): Extra => pick(e, ['text', 'span'], { span: span(e.span) });

const member = (m: GroupMember): GroupMember =>
  pick(m, ['source', 'sentence', 'text', 'span', 'linked', 'extras'], { span: span(m.span), extras: m.extras.map(extra) });

const group = (g: Group): Group => pick(g, ['id', 'score', 'members'], { members: g.members.map(member) });

const claim = (c: Claim): Claim => pick(c, ['source', 'text', 'sentence', 'span'], { span: span(c.span) });

const discrepancy = (d: Discrepancy): Discrepancy =>
  pick(d, ['id', 'kind', 'severity', 'confidence', 'group', 'message', 'claims'], { claims: d.claims.map(claim) });

const unmatched = (u: UnmatchedSentence): UnmatchedSentence =>
  pick(u, ['source', 'sentence', 'text', 'span'], { span: span(u.span) });

const boilerplate = (b: BoilerplateEntry): BoilerplateEntry =>
  pick(b, ['source', 'text', 'span', 'reason'], { span: span(b.span) });

const source = (s: ReportSource): ReportSource => pick(s, ['id', 'label', 'path', 'sentences']);

function ordered(r: Report): Report {
  return pick(r, ['version', 'tool', 'sources', 'groups', 'discrepancies', 'unmatched', 'boilerplate', 'summary'], {
    tool: pick(r.tool, ['name', 'version']),
    sources: r.sources.map(source),
    groups: r.groups.map(group),
    discrepancies: r.discrepancies.map(discrepancy),
    unmatched: r.unmatched.map(unmatched),
    boilerplate: r.boilerplate.map(boilerplate),
    summary: pick(r.summary, ['sources', 'sentences', 'groups', 'unmatched', 'sameEvent', 'alignedShare', 'unrelated', 'discrepancies'], {
      discrepancies: pick(r.summary.discrepancies, ['high', 'medium', 'low']),
    }),
  });
}
