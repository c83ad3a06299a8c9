/**
 * The `html` report: one self-contained page to open in a browser.
 *
 * Sources side by side (one column each), one row per aligned statement, the
 * claim words of every discrepancy marked in place, filters by kind and
 * severity, a coverage matrix showing which source says what, and the
 * boilerplate that was set aside.
 *
 * Safety: the page makes no request of its own (no fonts, images, CDNs) and
 * ships a strict Content-Security-Policy whose only allowances are the hashes
 * of its one inline `<style>` and one inline `<script>`, computed here from
 * the exact text emitted. The script is static and reads everything it needs
 * from `data-*` attributes, so no report text is ever placed in script
 * context. Every string that comes from the inputs goes through
 * `stripControl`/`oneLine` and is then HTML-escaped (`& < > " '`) for text
 * and attributes alike. Filter tokens in attributes are index-based (`d0`,
 * `g-1`), never ids taken from the report.
 *
 * Deterministic: the same report and options always give the same bytes.
 */
import { createHash } from 'node:crypto';
import { REPORT_CSS, REPORT_JS } from '../../generated/html-assets.js';
import type { Claim, Discrepancy, Group, Report, Severity, Span } from '../../types.js';
import type { FormatOptions } from '../options.js';
import { oneLine, oneLineMapped, stripControl } from '../sanitize.js';
import { HTML_ENTITIES, locate, plural, sentenceLookup, SEVERITY_RANK } from '../view.js';

export { HTML_DESCRIPTION } from '../options.js';

/** Kinds in the order the report's detectors ran (`summary.kinds`), then any other in order of first finding. */
function kindOrder(report: Report): string[] {
  return [...new Set([...(report.summary.kinds ?? []), ...report.discrepancies.map((d) => d.kind)].map(kindToken))];
}
/** Longest excerpt of a statement shown in the coverage matrix (code points). */
const EXCERPT_LENGTH = 110;

// ---------------------------------------------------------------------------
// Escaping

/** HTML-escapes already sanitised text; safe in text and in quoted attributes. */
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Untrusted single-line text, ready for HTML (text or attribute). */
const line = (text: unknown): string => esc(oneLine(String(text)));

/** Untrusted text that may span lines, ready for HTML. */
const block = (text: unknown): string => esc(stripControl(String(text)));

/** A known severity, or 'low' for anything a hand-edited report might hold. */
function severityOf(value: unknown): Severity {
  return value === 'high' || value === 'medium' || value === 'low' ? value : 'low';
}

/** A kind as a filter token: sanitised, no spaces (the attribute is a space-separated list). */
function kindToken(kind: unknown): string {
  const token = oneLine(String(kind)).trim().replace(/\s+/g, '_');
  return token === '' ? 'unknown' : token;
}

function num(value: unknown, digits?: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '?';
  return digits === undefined ? String(value) : value.toFixed(digits);
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** First `max` code points of `text`, with "…" when cut. */
function excerpt(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('').trimEnd() + '…';
}

// ---------------------------------------------------------------------------
// Context

interface Column {
  id: string;
  /** Position in the columns, for the colour class. */
  index: number;
  label: string;
  /** What locations are prefixed with: the path as given, or the label for stdin. */
  file: string;
  path: string;
  sentences: number | undefined;
}

interface Ctx {
  report: Report;
  columns: Column[];
  byId: Map<string, Column>;
  /** Index-based filter token of each discrepancy ("d0", "d1", …). */
  token: Map<Discrepancy, string>;
  find: ReturnType<typeof sentenceLookup>;
  /** Filter tokens of the kinds, in display order (see `kindOrder`). */
  kinds: string[];
}

function buildContext(report: Report): Ctx {
  const columns: Column[] = [];
  const byId = new Map<string, Column>();
  const add = (id: string, label: string, path: string, sentences: number | undefined): void => {
    if (byId.has(id)) return;
    const file = path === '-' || path === '' ? label || id : path;
    const col: Column = { id, index: columns.length, label, file, path, sentences };
    columns.push(col);
    byId.set(id, col);
  };
  for (const s of report.sources) add(s.id, s.label, s.path, s.sentences);
  // Sources a (hand-edited) report uses without listing them still get a column.
  for (const g of report.groups) for (const m of g.members) add(m.source, m.source, '', undefined);
  for (const u of report.unmatched) add(u.source, u.source, '', undefined);
  const token = new Map(report.discrepancies.map((d, i) => [d, `d${i}`] as const));
  return { report, columns, byId, token, find: sentenceLookup(report), kinds: kindOrder(report) };
}

/** "S1" badge with the source's colour. */
function badge(id: string, ctx: Ctx): string {
  const col = ctx.byId.get(id);
  const colour = col ? ` c${col.index % 8}` : '';
  return `<span class="badge${colour}">${line(id)}</span>`;
}

function location(source: string, span: Span, ctx: Ctx): string {
  const file = ctx.byId.get(source)?.file ?? source;
  return `${line(file)}:${num(span.line)}:${num(span.column)}`;
}

// ---------------------------------------------------------------------------
// Sentences with marked claims

interface ClaimMark {
  claim: Claim;
  d: Discrepancy;
}

/** A sentence shown in a cell or under a finding. */
interface ShownSentence {
  source: string;
  sentence: number;
  text: string;
  span: Span;
  marks: ClaimMark[];
}

/**
 * The sentence text, sanitised and escaped, with each claim's words inside
 * `<mark class="claim sev-…" data-d="d0 d3">`. Overlapping claims (two
 * findings about neighbouring words) are split at every boundary so marks
 * never nest; each piece lists all findings covering it and takes the most
 * severe one's colour.
 */
function renderText(s: ShownSentence, ctx: Ctx): string {
  const { text, map } = oneLineMapped(s.text);
  const ranges: Array<{ from: number; to: number; d: Discrepancy }> = [];
  for (const m of s.marks) {
    const at = locate(m.claim, s);
    if (!at) continue;
    const from = map[at.from] ?? text.length;
    const to = map[at.to] ?? text.length;
    if (to > from) ranges.push({ from, to, d: m.d });
  }
  if (ranges.length === 0) return esc(text);
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.from, r.to])])].sort((a, b) => a - b);
  let out = '';
  let openKey: string | null = null;
  let openHtml = '';
  const close = (): void => {
    if (openKey !== null) out += openHtml + '</mark>';
    openKey = null;
    openHtml = '';
  };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] ?? 0;
    const b = cuts[i + 1] ?? 0;
    const piece = esc(text.slice(a, b));
    const covering = [...new Set(ranges.filter((r) => r.from <= a && r.to >= b).map((r) => r.d))].sort(
      (x, y) => ctx.report.discrepancies.indexOf(x) - ctx.report.discrepancies.indexOf(y),
    );
    if (covering.length === 0) {
      close();
      out += piece;
      continue;
    }
    const key = covering.map((d) => ctx.token.get(d)).join(' ');
    if (openKey === key) {
      openHtml += piece;
      continue;
    }
    close();
    const worst = covering.reduce<Severity>(
      (w, d) => (SEVERITY_RANK[severityOf(d.severity)] < SEVERITY_RANK[w] ? severityOf(d.severity) : w),
      'low',
    );
    const title = covering.map((d) => `${oneLine(String(d.id))} ${severityOf(d.severity)} ${kindToken(d.kind)}`).join('; ');
    openKey = key;
    openHtml = `<mark class="claim sev-${worst}" data-d="${key}" title="${esc(title)}">${piece}`;
  }
  close();
  return out;
}

function renderSentence(s: ShownSentence, ctx: Ctx, extraClass = ''): string {
  return (
    `<div class="sent${extraClass}" data-source="${line(s.source)}" data-sentence="${num(s.sentence)}">` +
    `<span class="loc">${location(s.source, s.span, ctx)}</span>` +
    `<span class="text">${renderText(s, ctx)}</span></div>`
  );
}

/**
 * Sentences for claims that are not among `members`, grouped by sentence in
 * first-claim order: the sentence text when the report has it, otherwise the
 * claim's own words.
 */
function outsideSentences(d: Discrepancy, members: readonly ShownSentence[], ctx: Ctx): ShownSentence[] {
  const out: ShownSentence[] = [];
  for (const claim of d.claims) {
    const inMember = members.some(
      (m) => m.source === claim.source && m.sentence === claim.sentence && locate(claim, m) !== undefined,
    );
    if (inMember) continue;
    let shown = out.find((s) => s.source === claim.source && s.sentence === claim.sentence);
    if (!shown || !locate(claim, shown)) {
      const ref = ctx.find(claim.source, claim.sentence);
      const base = ref && locate(claim, ref) ? ref : { text: claim.text, span: claim.span };
      shown = { source: claim.source, sentence: claim.sentence, text: base.text, span: base.span, marks: [] };
      out.push(shown);
    }
    shown.marks.push({ claim, d });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Findings

const bySeverity = (a: Discrepancy, b: Discrepancy): number =>
  SEVERITY_RANK[severityOf(a.severity)] - SEVERITY_RANK[severityOf(b.severity)];

/** `data-kinds` / `data-severity` of a row holding `list` (empty attributes when none). */
function rowData(list: readonly Discrepancy[], ctx: Ctx): string {
  const kinds = [...new Set(list.map((d) => kindToken(d.kind)))].sort((a, b) => kindRank(a, ctx) - kindRank(b, ctx) || (a < b ? -1 : a > b ? 1 : 0));
  const worst = [...list].sort(bySeverity)[0];
  return ` data-kinds="${esc(kinds.join(' '))}" data-severity="${worst ? severityOf(worst.severity) : ''}"`;
}

function kindRank(kind: string, ctx: Ctx): number {
  const i = ctx.kinds.indexOf(kind);
  return i < 0 ? ctx.kinds.length : i;
}

function renderFinding(d: Discrepancy, extra: readonly ShownSentence[], ctx: Ctx, tag: 'li' | 'div'): string {
  const sev = severityOf(d.severity);
  const kind = kindToken(d.kind);
  const head =
    `<span class="chip sev-${sev}">${sev}</span> <span class="kind">${esc(kind)}</span> ` +
    `<span class="did">${line(d.id)}</span> <span class="msg">${line(d.message)}</span> ` +
    `<span class="conf" title="confidence">${num(d.confidence, 2)}</span>`;
  const more = extra.length > 0 ? `<div class="also">${extra.map((s) => renderSentence(s, ctx, ' outside')).join('')}</div>` : '';
  return (
    `<${tag} class="finding" data-d="${ctx.token.get(d) ?? ''}" data-kind="${esc(kind)}" data-severity="${sev}">` +
    `<div class="fhead">${head}</div>${more}</${tag}>`
  );
}

// ---------------------------------------------------------------------------
// Sections

function renderHeader(ctx: Ctx): string {
  const { report } = ctx;
  const s = report.summary;
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const d of report.discrepancies) counts[severityOf(d.severity)]++;
  const share = typeof s.alignedShare === 'number' && Number.isFinite(s.alignedShare) ? `${Math.round(s.alignedShare * 100)}%` : '?';
  const stats = [
    `<li><b>${num(s.sources)}</b> sources</li>`,
    `<li><b>${num(s.sentences)}</b> sentences</li>`,
    `<li><b>${report.groups.length}</b> aligned statements</li>`,
    `<li><b>${share}</b> of sentences aligned</li>`,
    `<li><b>${report.unmatched.length}</b> in one source only</li>`,
  ];
  const total = report.discrepancies.length;
  const sev =
    total === 0
      ? '<li class="ok">no discrepancies</li>'
      : `<li><b>${total}</b> ${total === 1 ? 'discrepancy' : 'discrepancies'}</li>` +
        (['high', 'medium', 'low'] as const).map((k) => `<li><span class="chip sev-${k}">${counts[k]} ${k}</span></li>`).join('');

  const warnings: string[] = [];
  const unrelated = Array.isArray(s.unrelated) ? s.unrelated : [];
  if (s.sameEvent === false) {
    warnings.push(
      '<strong>These sources do not seem to report the same event.</strong> Too little of them aligns, so discrepancies are withheld.',
    );
  }
  if (unrelated.length > 0) {
    const names = unrelated.map((id) => `${badge(id, ctx)} ${line(ctx.byId.get(id)?.label ?? id)}`).join(', ');
    warnings.push(
      `<strong>Unrelated ${unrelated.length === 1 ? 'source' : 'sources'}:</strong> ${names} ` +
        `${unrelated.length === 1 ? 'shares' : 'share'} almost nothing with the others; findings involving ${unrelated.length === 1 ? 'it' : 'them'} are withheld.`,
    );
  }
  const warning = warnings.length > 0 ? `<div class="warning" role="alert">${warnings.map((w) => `<p>${w}</p>`).join('')}</div>` : '';
  return (
    `<header><h1>storydiff report</h1>` +
    `<p class="meta">${line(report.tool?.name ?? 'storydiff')} ${line(report.tool?.version ?? '?')} · report format ${num(report.version)}</p>` +
    `<ul class="stats">${stats.join('')}</ul><ul class="stats sevs">${sev}</ul>${warning}</header>`
  );
}

function renderNav(hasOrphans: boolean, ctx: Ctx): string {
  const links = [
    ['#sources', 'Sources'],
    ['#statements', 'Aligned statements'],
    ...(hasOrphans ? [['#other', 'Across statements']] : []),
    ['#coverage', 'Coverage'],
    ...(ctx.report.boilerplate.length > 0 ? [['#boilerplate', 'Boilerplate']] : []),
  ];
  return `<nav><ul>${links.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul></nav>`;
}

function renderLegend(ctx: Ctx): string {
  const items = ctx.columns.map((c) => {
    const count = c.sentences === undefined ? '' : ` <span class="muted">(${plural(c.sentences, 'sentence')})</span>`;
    const path = c.path !== '' && c.path !== '-' && oneLine(c.path) !== oneLine(c.label) ? ` <code>${line(c.path)}</code>` : '';
    const stdin = c.path === '-' ? ' <span class="muted">(standard input)</span>' : '';
    return `<li>${badge(c.id, ctx)} <span class="label">${line(c.label)}</span>${path}${stdin}${count}</li>`;
  });
  return `<section id="sources"><h2>Sources</h2><ul class="legend">${items.join('')}</ul></section>`;
}

function renderFilters(ctx: Ctx, min: Severity | undefined): string {
  const counts = new Map<string, number>();
  for (const d of ctx.report.discrepancies) counts.set(kindToken(d.kind), (counts.get(kindToken(d.kind)) ?? 0) + 1);
  const kinds = [...counts.keys()].sort((a, b) => kindRank(a, ctx) - kindRank(b, ctx) || (a < b ? -1 : a > b ? 1 : 0));
  const boxes =
    kinds.length === 0
      ? '<span class="muted">no discrepancies</span>'
      : kinds
          .map(
            (k) =>
              `<label><input type="checkbox" data-kind="${esc(k)}" checked> ${esc(k)} <span class="n">${counts.get(k) ?? 0}</span></label>`,
          )
          .join('');
  const selected = (v: Severity): string => ((min ?? 'low') === v ? ' selected' : '');
  return (
    `<div class="filters" id="filters">` +
    `<fieldset><legend>Kinds</legend>${boxes}</fieldset>` +
    `<fieldset><legend>Severity</legend><select id="severity" aria-label="Minimum severity">` +
    `<option value="low"${selected('low')}>all</option>` +
    `<option value="medium"${selected('medium')}>≥ medium</option>` +
    `<option value="high"${selected('high')}>high only</option></select></fieldset>` +
    `<fieldset><legend>Rows</legend><label><input type="checkbox" id="agreeing" checked> statements without discrepancies</label></fieldset>` +
    `<p class="shown" id="shown" aria-live="polite"></p></div>`
  );
}

function renderStatements(ctx: Ctx, byGroup: Map<string, Discrepancy[]>): string {
  const { report, columns } = ctx;
  if (report.groups.length === 0) {
    return '<p class="empty">No statement aligns across sources.</p>';
  }
  const head =
    `<thead><tr><th scope="col" class="gcol">Statement</th>` +
    columns.map((c) => `<th scope="col">${badge(c.id, ctx)} ${line(c.label)}</th>`).join('') +
    `</tr></thead>`;
  const bodies = report.groups.map((g, i) => renderGroup(g, i, byGroup.get(g.id) ?? [], ctx));
  const cols = `<colgroup><col class="gcol">${columns.map(() => '<col>').join('')}</colgroup>`;
  return `<table class="statements">${cols}${head}${bodies.join('')}</table>`;
}

function renderGroup(g: Group, i: number, list: Discrepancy[], ctx: Ctx): string {
  const members: ShownSentence[] = g.members.map((m) => ({
    source: m.source,
    sentence: m.sentence,
    text: m.text,
    span: m.span,
    marks: [],
  }));
  const sorted = [...list].sort(bySeverity);
  const extras = new Map<Discrepancy, ShownSentence[]>();
  for (const d of list) {
    for (const claim of d.claims) {
      const m = members.find((s) => s.source === claim.source && s.sentence === claim.sentence && locate(claim, s));
      if (m) m.marks.push({ claim, d });
    }
    extras.set(d, outsideSentences(d, members, ctx));
  }
  const findings =
    sorted.length === 0
      ? ''
      : `<tr class="findings"><td colspan="${ctx.columns.length + 1}"><ul>` +
        sorted.map((d) => renderFinding(d, extras.get(d) ?? [], ctx, 'li')).join('') +
        `</ul></td></tr>`;
  const cells = ctx.columns.map((c) => {
    const mine = members.filter((m) => m.source === c.id);
    if (mine.length === 0) return '<td class="silent"><span class="none" title="not in this source">—</span></td>';
    return `<td>${mine.map((m) => renderSentence(m, ctx)).join('')}</td>`;
  });
  const score = typeof g.score === 'number' && Number.isFinite(g.score) ? g.score.toFixed(2) : '?';
  const cls = sorted.length > 0 ? `statement has-findings sev-${severityOf(sorted[0]?.severity)}` : 'statement';
  return (
    `<tbody id="g-${i + 1}" class="${cls}" data-group="${line(g.id)}"${rowData(sorted, ctx)}>` +
    findings +
    `<tr class="cells"><th scope="row" class="gcol"><span class="gid">${line(g.id)}</span>` +
    `<span class="score" title="alignment score">${score}</span></th>${cells.join('')}</tr></tbody>`
  );
}

function renderOrphans(list: readonly Discrepancy[], ctx: Ctx): string {
  if (list.length === 0) return '';
  const items = [...list].sort(bySeverity).map((d) => {
    const sentences = outsideSentences(d, [], ctx);
    return `<div class="orphan"${rowData([d], ctx)}>${renderFinding(d, sentences, ctx, 'div')}</div>`;
  });
  return (
    `<section id="other"><h2>Across statements</h2>` +
    `<p class="note">Self-contradictions: findings that compare sentences of different statements, often within one source.</p>` +
    items.join('') +
    `</section>`
  );
}

function renderCoverage(ctx: Ctx, byGroup: Map<string, Discrepancy[]>): string {
  const { report, columns } = ctx;
  const head =
    `<thead><tr><th scope="col">Statement</th>` +
    columns.map((c) => `<th scope="col" class="cov">${badge(c.id, ctx)}</th>`).join('') +
    `</tr></thead>`;
  const yes = (n: number): string => `<td class="yes">✓${n > 1 ? `<sub>×${n}</sub>` : ''}</td>`;
  const no = '<td class="no">—</td>';
  const rows: string[] = [];
  report.groups.forEach((g, i) => {
    const first = g.members[0];
    const text = first ? excerpt(oneLine(first.text), EXCERPT_LENGTH) : '';
    const worst = [...(byGroup.get(g.id) ?? [])].sort(bySeverity)[0];
    const dot = worst ? ` <span class="dot sev-${severityOf(worst.severity)}" title="${severityOf(worst.severity)}"></span>` : '';
    const cells = columns.map((c) => {
      const n = g.members.filter((m) => m.source === c.id).length;
      return n > 0 ? yes(n) : no;
    });
    rows.push(
      `<tr class="cov-group"><th scope="row"><a href="#g-${i + 1}">${line(g.id)}</a>${dot} <span class="excerpt">${esc(text)}</span></th>${cells.join('')}</tr>`,
    );
  });
  for (const u of report.unmatched) {
    const cells = columns.map((c) => (c.id === u.source ? yes(1) : no));
    rows.push(
      `<tr class="cov-unmatched"><th scope="row"><span class="loc">${location(u.source, u.span, ctx)}</span> ` +
        `<span class="excerpt">${line(u.text)}</span></th>${cells.join('')}</tr>`,
    );
  }
  const foot =
    `<tfoot><tr><th scope="row">In aligned statements</th>` +
    columns
      .map((c) => {
        const n = report.groups.reduce((k, g) => k + g.members.filter((m) => m.source === c.id).length, 0);
        return `<td>${n}${c.sentences === undefined ? '' : `/${num(c.sentences)}`}</td>`;
      })
      .join('') +
    `</tr></tfoot>`;
  const note =
    report.unmatched.length > 0
      ? `<p class="note">Aligned statements first, then the ${plural(report.unmatched.length, 'sentence')} found in one source only (shown in full).</p>`
      : '';
  return `<section id="coverage"><h2>Coverage</h2>${note}<table class="coverage">${head}<tbody>${rows.join('')}</tbody>${foot}</table></section>`;
}

function renderBoilerplate(ctx: Ctx): string {
  const list = ctx.report.boilerplate;
  if (list.length === 0) return '';
  const rows = list.map(
    (b) =>
      `<tr><td class="loc">${badge(b.source, ctx)} ${location(b.source, b.span, ctx)}</td>` +
      `<td><span class="reason">${line(b.reason)}</span></td><td class="bp">${block(b.text)}</td></tr>`,
  );
  return (
    `<section id="boilerplate"><h2>Boilerplate set aside (${list.length})</h2>` +
    `<table class="boilerplate"><thead><tr><th scope="col">Where</th><th scope="col">Why</th><th scope="col">Text</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

// ---------------------------------------------------------------------------
// Style and behaviour (static; hashed into the CSP)

// Kept as report.css and report.js in ./html/ and inlined at build time
// (scripts/build-assets.mjs). Each starts on the line after its opening tag.
const STYLE = `\n${REPORT_CSS}`;

/**
 * Filters: a statement row (or a finding outside statements) is shown when
 * one of its findings has a checked kind and at least the chosen severity;
 * rows without findings follow the "statements without discrepancies" box.
 * Marks whose findings are all filtered out lose their colour.
 */
const SCRIPT = `\n${REPORT_JS}`;

// ---------------------------------------------------------------------------
// The page

/** `(report, options) => string`: the html formatter. Same report and options, same bytes. */
export function formatHtml(report: Report, options: FormatOptions): string {
  const ctx = buildContext(report);
  const groupIds = new Set(report.groups.map((g) => g.id));
  const byGroup = new Map<string, Discrepancy[]>();
  const orphans: Discrepancy[] = [];
  for (const d of report.discrepancies) {
    if (d.group !== null && groupIds.has(d.group)) {
      const list = byGroup.get(d.group) ?? [];
      list.push(d);
      byGroup.set(d.group, list);
    } else {
      // Self-contradictions, and findings naming a group the report lacks.
      orphans.push(d);
    }
  }
  const min = options.minSeverity;
  const csp = [
    "default-src 'none'",
    `style-src 'sha256-${sha256(STYLE)}'`,
    `script-src 'sha256-${sha256(SCRIPT)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = `storydiff: ${ctx.columns.map((c) => oneLine(c.label)).join(' · ')}`;
  const body = [
    renderHeader(ctx),
    renderNav(orphans.length > 0, ctx),
    '<main>',
    renderLegend(ctx),
    `<section id="statements"><h2>Aligned statements</h2>${renderFilters(ctx, min)}${renderStatements(ctx, byGroup)}</section>`,
    renderOrphans(orphans, ctx),
    renderCoverage(ctx, byGroup),
    renderBoilerplate(ctx),
    '</main>',
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${line(report.tool?.name ?? 'storydiff')} ${line(report.tool?.version ?? '')}">`,
    `<title>${esc(title)}</title>`,
    '<link rel="icon" href="data:,">',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
