/**
 * The default terminal report, in the spirit of ESLint's "stylish" and
 * `git diff --word-diff`: disagreements grouped by aligned statement, each
 * source's sentence with its location and the differing words picked out.
 *
 * Data first, strings last: the report is turned into styled pieces, the
 * pieces are wrapped by visible width, and only then painted. Every piece of
 * text that came from the inputs goes through `oneLine` first.
 */
import { Chalk } from 'chalk';
import { diffWordsWithSpace } from 'diff';
import type { Claim, Discrepancy, Group, Report, ReportSource, Severity, Span } from '../../types.js';
import { DEFAULT_WIDTH, type FormatOptions } from '../options.js';
import { oneLine, oneLineMapped } from '../sanitize.js';
import {
  atLeast,
  countBySeverity,
  locate,
  plural,
  sentenceLookup,
  severityRank,
  unmatchedBySource,
  type SentenceRef,
} from '../view.js';

export { sentenceLookup, unmatchedBySource, type SentenceRef } from '../view.js';

/** Below this there is no sensible layout; narrower requests are widened. */
const MIN_WIDTH = 20;
/** Keep at least this many columns for sentence text beside a hanging indent. */
const MIN_TEXT_COLUMNS = 30;
/** Word diffs needing more edits than this are not worth showing (and cost O(N·D)). */
const MAX_DIFF_EDITS = 200;
/** Share of words two sentences must have in common, in place, for a word diff to help the reader. */
const MIN_SHARED_WORDS = 0.6;

// ---------------------------------------------------------------------------
// Styled pieces and wrapping

type Paint = (text: string) => string;

interface Piece {
  text: string;
  paint: Paint | null;
}

const piece = (text: string, paint: Paint | null = null): Piece => ({ text, paint });

interface Theme {
  /** No colour: mark highlighted words with text markers instead. */
  plain: boolean;
  severity: Record<Severity, Paint>;
  /** First row of a comparison (git's "removed" side) and the others ("added"). */
  side: readonly [SideStyle, SideStyle];
  heading: Paint;
  dim: Paint;
  ok: Paint;
}

interface SideStyle {
  open: string;
  close: string;
  /** Words unique to this row in the word diff. */
  unique: Paint;
  /** The claim's own words (stronger: they are what the discrepancy is about). */
  claim: Paint;
}

function makeTheme(color: boolean): Theme {
  // Level 1 (16 colours) is enough and the most portable; level 0 emits no codes.
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    plain: !color,
    severity: { high: c.red.bold, medium: c.yellow, low: c.blue },
    side: [
      { open: '[-', close: '-]', unique: c.red.bold, claim: c.red.bold.underline },
      { open: '{+', close: '+}', unique: c.green.bold, claim: c.green.bold.underline },
    ],
    heading: c.bold,
    dim: c.dim,
    ok: c.green.bold,
  };
}

/**
 * East Asian wide characters take two columns, combining marks and
 * zero-width characters none. A compact approximation of wcwidth: enough to
 * keep CJK text and emoji from overflowing the terminal.
 */
function charWidth(cp: number): number {
  if (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff
  ) {
    return 0;
  }
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0) ?? 0);
  return w;
}

/** Cuts `text` to at most `max` columns, ending in "…" when shortened. */
function truncate(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch.codePointAt(0) ?? 0);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out.trimEnd() + '…';
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - textWidth(text)));

interface Cell {
  ch: string;
  width: number;
  paint: Paint | null;
}

/**
 * Greedy word wrap of styled pieces: the first line is indented by `first`
 * columns, continuation lines by `rest` (a hanging indent). Breaks at spaces,
 * which are dropped at the break; a word wider than a line is cut. Widths are
 * measured before painting, so colour codes never count. Each line is painted
 * on its own, so no style runs across a line break.
 */
function wrap(pieces: readonly Piece[], width: number, first: number, rest: number): string[] {
  const cells: Cell[] = [];
  for (const p of pieces) {
    for (const ch of p.text) cells.push({ ch, width: charWidth(ch.codePointAt(0) ?? 0), paint: p.paint });
  }
  const ranges: Array<[number, number, number]> = []; // [from, to, indent]
  let start = -1;
  let end = -1;
  let indent = first;
  let used = first;
  let i = 0;
  while (i < cells.length) {
    // Gather the space run (if any) and the word after it.
    let gap = 0;
    while (i < cells.length && cells[i]?.ch === ' ') gap += cells[i++]?.width ?? 0;
    if (i >= cells.length) break;
    let from = i;
    let wordWidth = 0;
    while (i < cells.length && cells[i]?.ch !== ' ') wordWidth += cells[i++]?.width ?? 0;
    const to = i;
    if (start >= 0 && used + gap + wordWidth <= width) {
      end = to;
      used += gap + wordWidth;
      continue;
    }
    if (start >= 0) {
      ranges.push([start, end, indent]);
      indent = rest;
      used = rest;
      start = -1;
    }
    // The word starts a line; cut it while it is wider than what is left.
    while (used + wordWidth > width) {
      let k = from;
      let u = used;
      while (k < to && u + (cells[k]?.width ?? 0) <= width) u += cells[k++]?.width ?? 0;
      if (k === from) k++; // always make progress
      ranges.push([from, k, indent]);
      for (let j = from; j < k; j++) wordWidth -= cells[j]?.width ?? 0;
      indent = rest;
      used = rest;
      from = k;
    }
    if (from < to) {
      start = from;
      end = to;
      used += wordWidth;
    }
  }
  if (start >= 0) ranges.push([start, end, indent]);

  return ranges.map(([from, to, ind]) => {
    let line = ' '.repeat(ind);
    let k = from;
    while (k < to) {
      const paint = cells[k]?.paint ?? null;
      let run = '';
      while (k < to && (cells[k]?.paint ?? null) === paint) run += cells[k++]?.ch ?? '';
      line += paint ? paint(run) : run;
    }
    return line;
  });
}

// ---------------------------------------------------------------------------
// Rows: one sentence shown under a discrepancy

interface Row {
  source: string;
  sentence: number;
  /** Sentence text as in the report (untrusted). */
  raw: string;
  span: Span;
  /** Claim ranges as offsets into `raw`, with the claim's own span. */
  claims: Array<{ from: number; to: number; span: Span }>;
}

function newRow(source: string, sentence: number, ref: SentenceRef): Row {
  return { source, sentence, raw: ref.text, span: ref.span, claims: [] };
}

/** A row showing just the claim's words, when its sentence cannot be found. */
function claimRow(claim: Claim): Row {
  return {
    source: claim.source,
    sentence: claim.sentence,
    raw: claim.text,
    span: claim.span,
    claims: [{ from: 0, to: claim.text.length, span: claim.span }],
  };
}

/**
 * The sentences to show for a discrepancy: every member of its group (so the
 * reader sees each source's version), plus a row for any claim outside them;
 * for a self-contradiction (no group), one row per claim.
 */
function rowsFor(d: Discrepancy, group: Group | undefined, find: ReturnType<typeof sentenceLookup>): Row[] {
  const rows: Row[] = group ? group.members.map((m) => newRow(m.source, m.sentence, m)) : [];
  for (const claim of d.claims) {
    let row = group ? rows.find((r) => r.source === claim.source && r.sentence === claim.sentence) : undefined;
    if (!row) {
      const ref = find(claim.source, claim.sentence);
      if (!ref) {
        rows.push(claimRow(claim));
        continue;
      }
      row = newRow(claim.source, claim.sentence, ref);
      rows.push(row);
    }
    const at = locate(claim, { text: row.raw, span: row.span });
    if (at) row.claims.push({ ...at, span: claim.span });
    else rows.push(claimRow(claim));
  }
  for (const row of rows) row.claims.sort((a, b) => a.from - b.from || a.to - b.to);
  return rows;
}

const UNIQUE = 1;
const CLAIM = 2;

/** Marks [from, to) in `flags` with `flag`, leaving out whitespace at either end. */
function mark(flags: Uint8Array, text: string, from: number, to: number, flag: number): void {
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  for (let k = from; k < to; k++) flags[k] = (flags[k] ?? 0) | flag;
}

/**
 * Sanitised text of each row with flags per character: UNIQUE for words the
 * word diff found only in this row (two-member groups only), CLAIM for the
 * claim's words.
 */
function highlight(rows: readonly Row[], diffPair: boolean): Array<{ text: string; flags: Uint8Array }> {
  const out = rows.map((row) => {
    const { text, map } = oneLineMapped(row.raw);
    const flags = new Uint8Array(text.length);
    for (const c of row.claims) mark(flags, text, map[c.from] ?? 0, map[c.to] ?? text.length, CLAIM);
    return { text, flags };
  });
  const [a, b] = out;
  if (diffPair && a && b && a.text !== b.text) {
    // Diff the sanitised texts: what the reader sees is what gets compared.
    const changes = diffWordsWithSpace(a.text, b.text, { maxEditLength: MAX_DIFF_EDITS });
    // A paraphrase shares few words in place; marking nearly everything hides the claim.
    const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
    const common = (changes ?? []).filter((ch) => !ch.added && !ch.removed).reduce((n, ch) => n + words(ch.value), 0);
    if (changes && common >= MIN_SHARED_WORDS * Math.max(words(a.text), words(b.text))) {
      let ia = 0;
      let ib = 0;
      for (const ch of changes) {
        const n = ch.value.length;
        if (ch.removed) mark(a.flags, a.text, ia, (ia += n), UNIQUE);
        else if (ch.added) mark(b.flags, b.text, ib, (ib += n), UNIQUE);
        else {
          ia += n;
          ib += n;
        }
      }
      bridgeGaps(a.flags, a.text);
      bridgeGaps(b.flags, b.text);
    }
  }
  return out;
}

/**
 * Joins diff-only runs separated by nothing but spaces ("{+told reporters+}"
 * rather than "{+told+} {+reporters+}"); runs touching a claim stay apart so
 * the claim's own words remain distinguishable.
 */
function bridgeGaps(flags: Uint8Array, text: string): void {
  let prevEnd = -1;
  let prevFlag = 0;
  let k = 0;
  while (k < text.length) {
    const f = flags[k] ?? 0;
    if (f === 0) {
      k++;
      continue;
    }
    const start = k;
    while (k < text.length && flags[k] === f) k++;
    if (f === UNIQUE && prevFlag === UNIQUE && /^\s+$/.test(text.slice(prevEnd, start))) {
      flags.fill(UNIQUE, prevEnd, start);
    }
    prevEnd = k;
    prevFlag = f;
  }
}

/** Sentence pieces: plain text with marked runs painted, or wrapped in markers without colour. */
function sentencePieces(text: string, flags: Uint8Array, side: SideStyle, theme: Theme): Piece[] {
  const pieces: Piece[] = [];
  let k = 0;
  while (k < text.length) {
    const f = flags[k] ?? 0;
    const from = k;
    // Without colour only marked/unmarked matters; with colour, claim vs unique too.
    while (k < text.length && (theme.plain ? ((flags[k] ?? 0) !== 0) === (f !== 0) : flags[k] === f)) k++;
    const run = text.slice(from, k);
    if (f === 0) pieces.push(piece(run));
    else if (theme.plain) pieces.push(piece(side.open + run + side.close));
    else pieces.push(piece(run, f & CLAIM ? side.claim : side.unique));
  }
  return pieces;
}

// ---------------------------------------------------------------------------
// The report

interface Context {
  width: number;
  theme: Theme;
  sources: Map<string, ReportSource>;
}

/** "S1 wire.txt": the id and the path as given, or the label for standard input. */
function sourceName(id: string, ctx: Context): string {
  const s = ctx.sources.get(id);
  if (!s) return oneLine(id);
  const shown = s.path === '-' || s.path === '' ? s.label : s.path;
  return oneLine(`${id} ${shown}`);
}

function location(source: string, span: Span, ctx: Context): string {
  return `${sourceName(source, ctx)}:${span.line}:${span.column}`;
}

/** Hanging indent for text after a prefix, falling back when the prefix eats the line. */
function hanging(prefixWidth: number, fallback: number, width: number): number {
  return width - prefixWidth >= MIN_TEXT_COLUMNS ? prefixWidth : fallback;
}

function formatHeader(report: Report, ctx: Context): string[] {
  return report.sources.flatMap((s) => {
    const name = sourceName(s.id, ctx);
    const label = oneLine(s.label);
    const extra = s.path !== '-' && label !== '' && label !== oneLine(s.path) ? `${label}, ` : '';
    const count = plural(s.sentences, 'sentence');
    return wrap([piece(name, ctx.theme.heading), piece(` (${extra}${count})`)], ctx.width, 0, 2);
  });
}

function formatDiscrepancy(
  d: Discrepancy,
  group: Group | undefined,
  find: ReturnType<typeof sentenceLookup>,
  columns: { kind: number; id: number },
  ctx: Context,
): string[] {
  const { theme, width } = ctx;
  const severity = oneLine(d.severity);
  const sevPaint = theme.severity[d.severity] ?? null;
  const head: Piece[] = [
    piece(severity, sevPaint),
    piece(' '.repeat(Math.max(0, 6 - textWidth(severity)) + 2)),
    piece(pad(oneLine(d.kind), columns.kind) + '  '),
    piece(oneLine(d.id), theme.dim),
    piece(' '.repeat(Math.max(0, columns.id - textWidth(oneLine(d.id))) + 2)),
    piece(oneLine(d.message)),
  ];
  const messageColumn = 2 + 8 + columns.kind + 2 + columns.id + 2;
  const lines = wrap(head, width, 2, hanging(messageColumn, 4, width));

  const rows = rowsFor(d, group, find);
  const shown = highlight(rows, group !== undefined && group.members.length === 2);
  const locs = rows.map((r) => location(r.source, r.claims[0]?.span ?? r.span, ctx));
  const locWidth = Math.max(0, ...locs.map(textWidth));
  const textColumn = 4 + locWidth + 2;
  rows.forEach((_, i) => {
    const { text, flags } = shown[i] ?? { text: '', flags: new Uint8Array(0) };
    const side = theme.side[i === 0 ? 0 : 1];
    const loc = locs[i] ?? '';
    const sentence = sentencePieces(text, flags, side, theme);
    if (width - textColumn >= MIN_TEXT_COLUMNS) {
      const gap = ' '.repeat(locWidth - textWidth(loc) + 2);
      lines.push(...wrap([piece(loc), piece(gap), ...sentence], width, 4, textColumn));
    } else {
      // Long paths: location on its own line, sentence below it.
      lines.push(...wrap([piece(loc)], width, 4, 6), ...wrap(sentence, width, 6, 6));
    }
  });
  return lines;
}

function formatDiscrepancies(report: Report, shown: readonly Discrepancy[], ctx: Context): string[] {
  const find = sentenceLookup(report);
  const groups = new Map(report.groups.map((g) => [g.id, g] as const));
  // Sections in report group order, then groups the report does not list, then
  // self-contradictions; within a section, most severe first (stable sort).
  const sections = new Map<string | null, Discrepancy[]>();
  for (const g of report.groups) sections.set(g.id, []);
  for (const d of shown) {
    if (d.group !== null && !sections.has(d.group)) sections.set(d.group, []);
  }
  sections.set(null, []);
  for (const d of shown) sections.get(d.group)?.push(d);

  const columns = {
    kind: Math.max(0, ...shown.map((d) => textWidth(oneLine(d.kind)))),
    id: Math.max(0, ...shown.map((d) => textWidth(oneLine(d.id)))),
  };
  const rank = (d: Discrepancy): number => severityRank(d.severity);
  const blocks: string[][] = [];
  for (const [id, list] of sections) {
    if (list.length === 0) continue;
    list.sort((a, b) => rank(a) - rank(b));
    const group = id === null ? undefined : groups.get(id);
    let title: string;
    if (id === null) title = 'Across statements (self-contradictions and slots named in different sentences)';
    else if (!group) title = `${oneLine(id)} (not in report)`;
    else {
      const present = new Set(group.members.map((m) => m.source));
      const score = Number.isFinite(group.score) ? group.score.toFixed(2) : '?';
      // With three or more sources, say who is silent on this statement.
      const silent = report.sources.filter((s) => !present.has(s.id)).map((s) => oneLine(s.label));
      const silence = report.sources.length > 2 && silent.length > 0 ? `; silent: ${silent.join(', ')}` : '';
      title = `${oneLine(id)} (${present.size} of ${plural(report.sources.length, 'source')}, score ${score}${silence})`;
    }
    const lines = wrap([piece(title, ctx.theme.heading)], ctx.width, 0, 2);
    for (const d of list) lines.push(...formatDiscrepancy(d, group, find, columns, ctx));
    blocks.push(lines);
  }
  return blocks.flatMap((b, i) => (i === 0 ? b : ['', ...b]));
}

function formatBoilerplate(report: Report, ctx: Context): string[] {
  if (report.boilerplate.length === 0) return [];
  const { width, theme } = ctx;
  const locs = report.boilerplate.map((b) => location(b.source, b.span, ctx));
  const reasons = report.boilerplate.map((b) => oneLine(b.reason ?? ''));
  const locWidth = Math.max(...locs.map(textWidth));
  const reasonWidth = Math.max(...reasons.map(textWidth));
  const textColumn = 2 + locWidth + 2 + reasonWidth + 2;
  const lines = wrap([piece(`Boilerplate set aside (${report.boilerplate.length})`, theme.heading)], width, 0, 2);
  // Long paths leave no room beside the location: put reason and text below it.
  const below = width - textColumn < MIN_TEXT_COLUMNS;
  report.boilerplate.forEach((b, i) => {
    const loc = locs[i] ?? '';
    const reason = pad(reasons[i] ?? '', reasonWidth);
    if (below) {
      const text = truncate(oneLine(b.text), Math.max(10, width - (4 + reasonWidth + 2)));
      lines.push(...wrap([piece(loc)], width, 2, 4));
      lines.push(...wrap([piece(reason, theme.dim), piece('  ' + text, theme.dim)], width, 4, 6));
    } else {
      const text = truncate(oneLine(b.text), width - textColumn);
      const pieces = [piece(pad(loc, locWidth) + '  '), piece(reason, theme.dim), piece('  ' + text, theme.dim)];
      lines.push(...wrap(pieces, width, 2, 4));
    }
  });
  return lines;
}

function formatUnmatched(report: Report, ctx: Context): string[] {
  if (report.unmatched.length === 0) return [];
  const { width, theme } = ctx;
  const bySource = unmatchedBySource(report);
  const lines = wrap(
    [piece(`Only in one source (${plural(report.unmatched.length, 'sentence')})`, theme.heading)],
    width,
    0,
    2,
  );
  for (const [id, list] of bySource) {
    const total = ctx.sources.get(id)?.sentences;
    const count = total === undefined ? plural(list.length, 'sentence') : `${list.length} of ${plural(total, 'sentence')}`;
    lines.push(...wrap([piece(sourceName(id, ctx), theme.heading), piece(`: ${count}`)], width, 2, 4));
    const locs = list.map((u) => `${u.span.line}:${u.span.column}`);
    const locWidth = Math.max(0, ...locs.map(textWidth));
    list.forEach((u, i) => {
      const text = truncate(oneLine(u.text), Math.max(10, width - (4 + locWidth + 2)));
      lines.push(...wrap([piece(pad(locs[i] ?? '', locWidth) + '  ', theme.dim), piece(text)], width, 4, 6));
    });
  }
  return lines;
}

function formatSummary(report: Report, hidden: number, min: Severity | undefined, ctx: Context): string[] {
  const { theme } = ctx;
  const counts = countBySeverity(report.discrepancies);
  const total = report.discrepancies.length;
  const tail =
    ` · ${plural(report.groups.length, 'aligned statement')}` +
    ` · ${plural(report.unmatched.length, 'sentence')} in one source only`;
  if (total === 0) return wrap([piece('✔', theme.ok), piece(' no discrepancies' + tail)], ctx.width, 0, 2);
  const worst: Severity = counts.high > 0 ? 'high' : counts.medium > 0 ? 'medium' : 'low';
  const hiddenNote = hidden > 0 && min ? `; ${hidden} below ${min} hidden` : '';
  const text =
    ` ${plural(total, 'discrepancy', 'discrepancies')}` +
    ` (${counts.high} high, ${counts.medium} medium, ${counts.low} low${hiddenNote})` +
    tail;
  return wrap([piece('✖', theme.severity[worst]), piece(text)], ctx.width, 0, 2);
}

/** `(report, options) => string`: the stylish formatter. Same report and options, same bytes. */
export function formatStylish(report: Report, options: FormatOptions): string {
  const width =
    Number.isFinite(options.width) && options.width > 0 ? Math.max(MIN_WIDTH, Math.floor(options.width)) : DEFAULT_WIDTH;
  const ctx: Context = {
    width,
    theme: makeTheme(options.color),
    sources: new Map(report.sources.map((s) => [s.id, s] as const)),
  };
  const min = options.minSeverity;
  const shown = atLeast(report, min);

  const blocks = [
    formatHeader(report, ctx),
    formatDiscrepancies(report, shown, ctx),
    formatBoilerplate(report, ctx),
    formatUnmatched(report, ctx),
    formatSummary(report, report.discrepancies.length - shown.length, min, ctx),
  ].filter((b) => b.length > 0);
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}
