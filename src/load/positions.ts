import { LineIndex } from '../span.js';
import { sourceNumber, type BoilerplateEntry, type Report, type Segment, type Span } from '../types.js';
import type { LoadedInput } from './types.js';

/**
 * Positions into the files as given. A page is compared as its extracted
 * text, so the report's spans count in that text; these functions move them
 * into the HTML file (offsets into the decoded page, line and column of the
 * text there) and list the page furniture left out as boilerplate
 * (`page-furniture`). Plain-text inputs are left as they are.
 */

type HtmlInput = NonNullable<LoadedInput['html']>;

function spanMapper(html: HtmlInput): (span: Span) => Span {
  const lines = new LineIndex(html.page);
  const n = html.starts.length;
  return (span) => {
    const start = span.start < n ? (html.starts[span.start] ?? 0) : html.page.length;
    const end = span.end > span.start ? Math.max(start, html.ends[Math.min(span.end, n) - 1] ?? start) : start;
    return lines.span(start, end);
  };
}

/** The report with every span of a page's source moved into the page, and the page furniture added as boilerplate. */
export function mapReportToInputs(report: Report, docs: readonly LoadedInput[]): Report {
  const mappers = new Map<string, (span: Span) => Span>();
  const furniture: BoilerplateEntry[] = [];
  docs.forEach((doc, i) => {
    if (!doc.html) return;
    const source = report.sources[i]?.id ?? `S${i + 1}`;
    mappers.set(source, spanMapper(doc.html));
    const lines = new LineIndex(doc.html.page);
    for (const d of doc.html.dropped) furniture.push({ source, text: d.text, span: lines.span(d.start, d.end), reason: 'page-furniture' });
  });
  if (mappers.size === 0) return report;
  const map = <T extends { source: string; span: Span }>(x: T): T => {
    const m = mappers.get(x.source);
    return m ? { ...x, span: m(x.span) } : x;
  };
  const order = (a: BoilerplateEntry, b: BoilerplateEntry): number =>
    sourceNumber(a.source) - sourceNumber(b.source) || a.span.start - b.span.start;
  return {
    ...report,
    groups: report.groups.map((g) => ({
      ...g,
      members: g.members.map((m) => {
        const mapper = mappers.get(m.source);
        return mapper ? { ...m, span: mapper(m.span), extras: m.extras.map((e) => ({ ...e, span: mapper(e.span) })) } : m;
      }),
    })),
    discrepancies: report.discrepancies.map((d) => ({ ...d, claims: d.claims.map(map) })),
    unmatched: report.unmatched.map(map),
    boilerplate: [...report.boilerplate.map(map), ...furniture].sort(order),
  };
}

/** Segments of a page's extracted text with spans into the page (for `storydiff sentences` and `extract`). */
export function mapSegmentsToPage(segments: readonly Segment[], doc: LoadedInput): Segment[] {
  if (!doc.html) return [...segments];
  const mapper = spanMapper(doc.html);
  return segments.map((s) => ({ ...s, span: mapper(s.span) }));
}
