import { analyzeSources, type AnalyzedSentence, type AnalyzedSource } from './analyze/index.js';
import { buildAliasTable, type AliasTable } from './analyze/names.js';
import { align, alignAsync, DEFAULT_ALIGN_OPTIONS, type AlignedGroup, type Alignment, type AlignOptions } from './align/index.js';
import { extrasOf } from './detect/coverage.js';
import { selectDetectors } from './detect/registry.js';
import type { DetectionContext, Finding } from './detect/types.js';
import { applyProcessors, claimOrder, discrepancyOrder, processorsFor, type Baseline, type ReportProcessor } from './process/index.js';
import { segment } from './segment/index.js';
import { LineIndex } from './span.js';
import type {
  BoilerplateEntry,
  Discrepancy,
  DiscrepancyKind,
  Group,
  InputDocument,
  Report,
  SegmentedSource,
  Severity,
  UnmatchedSentence,
} from './types.js';
import { VERSION } from './version.js';

export interface CompareOptions {
  /** Detector kinds to run; all when omitted. */
  kinds?: readonly DiscrepancyKind[];
  /** Alignment threshold (see `AlignOptions.threshold`). */
  threshold?: number;
  /** Extra groups of equivalent names (aliases, exonyms) on top of the built-in table. */
  aliases?: readonly (readonly string[])[];
  /** Claim texts (folded exact match) or `/regex/flags` strings whose claims are dropped, as the config file's `ignore`. */
  ignore?: readonly string[];
  /** Discrepancies already known (fingerprints, or an earlier report); those found again are dropped, as `--baseline`. */
  baseline?: Baseline;
  /** Keep only discrepancies at or above this severity, as `--min-severity` does to JSON. */
  minSeverity?: Severity;
  /** Custom steps, run in order after ignore → baseline → minSeverity. */
  processors?: readonly ReportProcessor[];
}

/** Thrown for inputs the library cannot compare; the CLI reports it and exits 2. */
export class CompareError extends Error {
  override readonly name = 'CompareError';
}

/**
 * A source with fewer aligned sentences than this share of the shorter
 * side's sentences is taken to report a different event (measured on the
 * fixtures: 0.8 and above for one event, 0–0.15 for two unrelated ones;
 * the seed pair, a long background piece and a short report, 0.5).
 */
export const SAME_EVENT_MIN_SHARE = 0.2;

/** Splits one document into content sentences and visible boilerplate. */
export function segmentSource(doc: InputDocument, id: string): SegmentedSource {
  const segments = segment(doc.text);
  const sentences = segments
    .filter((s) => !s.boilerplate)
    .map((s, index) => ({ source: id, index, text: s.text, span: s.span }));
  return { id, label: doc.label, path: doc.path, text: doc.text, sentences, boilerplate: segments.filter((s) => s.boilerplate) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Compares two or more documents about one event: the whole pipeline
 * (normalize → segment → analyze → align → detect → report) as a pure function,
 * then the filtering its options ask for (ignore → baseline → minSeverity → processors).
 */
export function compare(inputs: readonly InputDocument[], options: CompareOptions = {}): Report {
  // Steps first: an invalid ignore pattern fails before any work.
  const steps = processorsFor(options);
  const prepared = prepare(inputs, options);
  return applyProcessors(report(prepared, align(prepared.sources, prepared.alignOptions), options), steps);
}

/**
 * The same report as `compare`, with the costly pair scoring of large
 * clusters shared with a worker thread (both cores). Used by the CLI.
 */
export async function compareAsync(inputs: readonly InputDocument[], options: CompareOptions & { parallelMin?: number } = {}): Promise<Report> {
  const steps = processorsFor(options);
  const prepared = prepare(inputs, options);
  return applyProcessors(report(prepared, await alignAsync(prepared.sources, prepared.alignOptions, options.parallelMin), options), steps);
}

interface Prepared {
  segmented: SegmentedSource[];
  sources: AnalyzedSource[];
  aliases: AliasTable;
  alignOptions: AlignOptions;
}

/** normalize → segment → analyze. */
function prepare(inputs: readonly InputDocument[], options: CompareOptions): Prepared {
  if (inputs.length < 2) throw new CompareError('compare needs at least two inputs');
  const aliases = buildAliasTable(options.aliases ?? []);
  const segmented = inputs.map((doc, i) => segmentSource(doc, `S${i + 1}`));
  // Every later stage sees the sources in an order fixed by their content, not by the command
  // line: greedy alignment and pairwise comparison then give the same findings for any input order.
  const sources = analyzeSources(canonicalOrder(segmented), aliases);
  const alignOptions = { ...DEFAULT_ALIGN_OPTIONS, ...(options.threshold === undefined ? {} : { threshold: options.threshold }) };
  return { segmented, sources, aliases, alignOptions };
}

/** detect → report. */
function report({ segmented, sources, aliases }: Prepared, alignment: Alignment, options: CompareOptions): Report {

  // Groups are numbered in report order: by the first member's source as given, then position.
  const firsts = new Map(alignment.groups.map((g) => [g, firstMember(g)]));
  const reportOrder = [...alignment.groups].sort((g, h) => bySourceOrder(firsts.get(g) as AnalyzedSentence, firsts.get(h) as AnalyzedSentence));
  const groupIds = new Map<AlignedGroup, string>(reportOrder.map((g, i) => [g, `G${i + 1}`]));
  const groupBySentence = new Map<AnalyzedSentence, AlignedGroup>();
  // A sentence's group is its home; groups it is only linked into do not claim it.
  for (const g of alignment.groups) for (const m of g.members) if (!g.linked.has(m)) groupBySentence.set(m, g);
  const lineIndexes = new Map(sources.map((s) => [s.id, new LineIndex(s.text)]));
  const textOf = new Map(sources.map((s) => [s.id, s.text]));
  const labels = new Map(sources.map((s) => [s.id, s.label]));

  const context: DetectionContext = {
    sources,
    alignment,
    aliases,
    groupId: (g) => groupIds.get(g) ?? '',
    groupOf: (s) => groupBySentence.get(s),
    label: (id) => labels.get(id) ?? id,
    claim: (sentence, start, end) => ({
      source: sentence.source,
      text: (textOf.get(sentence.source) ?? '').slice(start, end),
      sentence: sentence.index,
      span: (lineIndexes.get(sentence.source) as LineIndex).span(start, end),
    }),
  };

  const groupsById = new Map(alignment.groups.map((g) => [groupIds.get(g) ?? '', g]));

  // Same-event check: a source whose sentences almost never align reports something else.
  const alignedCount = new Map<string, number>();
  for (const g of alignment.groups) for (const m of g.members) if (!g.linked.has(m)) alignedCount.set(m.source, (alignedCount.get(m.source) ?? 0) + 1);
  // Measured against the shorter side, so a long background piece next to a short report still counts.
  const comparable = (s: AnalyzedSource): number => Math.min(s.sentences.length, Math.max(0, ...sources.filter((t) => t !== s).map((t) => t.sentences.length)));
  const unrelated = sources.filter((s) => (alignedCount.get(s.id) ?? 0) < SAME_EVENT_MIN_SHARE * comparable(s)).map((s) => s.id);
  const sameEvent = unrelated.length < sources.length - 1;
  const withheld = new Set(sameEvent ? unrelated : sources.map((s) => s.id));

  const findings: Finding[] = selectDetectors(options.kinds)
    .flatMap((d) => d.detect(context))
    .filter((f) => !f.claims.some((c) => withheld.has(c.source)))
    .map((f) => weakenLinked(f, groupsById));
  const discrepancies: Discrepancy[] = sortFindings(findings).map((f, i) => ({
    id: `D${i + 1}`,
    kind: f.kind,
    severity: f.severity,
    confidence: round(f.confidence),
    group: f.group,
    message: f.message,
    claims: f.claims,
  }));

  const groups: Group[] = reportOrder.map((g) => {
    // Details are what one report of the statement adds to the others; a linked sentence carries
    // other statements too, so it neither has details here nor hides the others' details.
    const home: AlignedGroup = { ...g, members: g.members.filter((m) => !g.linked.has(m)) };
    return {
      id: groupIds.get(g) ?? '',
      score: round(g.score),
      members: [...g.members].sort(bySourceOrder).map((m) => ({
        source: m.source,
        sentence: m.index,
        text: m.text,
        span: m.span,
        ...(g.linked.has(m) ? { linked: true } : {}),
        extras: g.linked.has(m)
          ? []
          : extrasOf(m, home, context).map(({ start, end }) => {
              const claim = context.claim(m, start, end);
              return { text: claim.text, span: claim.span };
            }),
      })),
    };
  });
  const unmatched: UnmatchedSentence[] = [...alignment.unmatched].sort(bySourceOrder).map((s) => ({
    source: s.source,
    sentence: s.index,
    text: s.text,
    span: s.span,
  }));
  const boilerplate: BoilerplateEntry[] = segmented.flatMap((s) =>
    s.boilerplate.map((b) => ({ source: s.id, text: b.text, span: b.span, reason: b.boilerplate ?? 'empty-markup' })),
  );
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const d of discrepancies) counts[d.severity]++;

  return {
    version: 1,
    tool: { name: 'storydiff', version: VERSION },
    sources: segmented.map((s) => ({ id: s.id, label: s.label, path: s.path, sentences: s.sentences.length })),
    groups,
    discrepancies,
    unmatched,
    boilerplate,
    summary: {
      sources: segmented.length,
      sentences: segmented.reduce((n, s) => n + s.sentences.length, 0),
      groups: groups.length,
      unmatched: unmatched.length,
      sameEvent,
      alignedShare: round(alignment.groups.reduce((n, g) => n + g.members.length - g.linked.size, 0) / Math.max(1, segmented.reduce((n, s) => n + s.sentences.length, 0))),
      unrelated,
      discrepancies: counts,
    },
  };
}

/**
 * Sources ordered by their paragraphs taken as a set (then label): the order alignment and
 * detection run in. Neither the order of the inputs nor the order of paragraphs inside one
 * changes it.
 */
export function canonicalOrder<T extends { text: string; label: string; id: string }>(sources: readonly T[]): T[] {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const keys = new Map(sources.map((s) => [s, s.text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).sort().join('\n')]));
  return [...sources].sort((a, b) => cmp(keys.get(a) ?? '', keys.get(b) ?? '') || cmp(a.label, b.label) || sourceNumber(a.id) - sourceNumber(b.id));
}

/** Report order of sentences: input order of the source, then position. */
function bySourceOrder(a: { source: string; index: number }, b: { source: string; index: number }): number {
  return sourceNumber(a.source) - sourceNumber(b.source) || a.index - b.index;
}

/**
 * A finding that rests on a linked member (a sentence that carries this statement among others)
 * is weaker evidence: which of its numbers or names belongs to this statement is a guess. It is
 * kept, at low severity, with the reason in its message.
 */
function weakenLinked(f: Finding, groupsById: ReadonlyMap<string, AlignedGroup>): Finding {
  const group = f.group === null ? undefined : groupsById.get(f.group);
  if (!group || group.linked.size === 0) return f;
  const linked = new Set([...group.linked].map((s) => `${s.source}:${s.index}`));
  if (!f.claims.some((c) => linked.has(`${c.source}:${c.sentence}`))) return f;
  return { ...f, severity: 'low', message: `${f.message} (low: one of the sentences also reports other statements)` };
}

/** The member that comes first in report order. */
function firstMember(g: AlignedGroup): AnalyzedSentence {
  return [...g.members].filter((m) => !g.linked.has(m)).sort(bySourceOrder)[0] as AnalyzedSentence;
}

function sourceNumber(id: string): number {
  return Number(id.slice(1));
}

/** Deterministic order (the sort step's): claims by source then position, findings by first claim, severity, kind, message. */
function sortFindings(findings: Finding[]): Finding[] {
  for (const f of findings) f.claims.sort(claimOrder);
  return [...findings].sort(discrepancyOrder);
}
