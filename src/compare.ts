import { originOf } from './analyze/clauses.js';
import { analyzeSources, type AnalyzedSentence, type AnalyzedSource } from './analyze/index.js';
import { buildAliasTable, type AliasTable } from './analyze/names.js';
import { align, alignAsync, DEFAULT_ALIGN_OPTIONS, type AlignedGroup, type Alignment, type AlignOptions } from './align/index.js';
import { extrasOf } from './detect/coverage.js';
import { matchesInPart } from './detect/merge.js';
import { DETECTORS, selectDetectors } from './detect/registry.js';
import type { DetectionContext, Detector, Finding, SourceLabels } from './detect/types.js';
import { applyProcessors, discrepancyOrder, inClaimOrder, processorsFor, type Baseline, type ReportProcessor } from './process/index.js';
import { segment } from './segment/index.js';
import { LineIndex } from './span.js';
import {
  sourceNumber,
  type BoilerplateEntry,
  type Claim,
  type ClaimValue,
  type Discrepancy,
  type DiscrepancyKind,
  type Group,
  type InputDocument,
  type Report,
  type SegmentedSource,
  type Severity,
  type UnmatchedSentence,
} from './types.js';
import { VERSION } from './version.js';

export interface CompareOptions {
  /** Detector kinds to run; all when omitted. */
  kinds?: readonly DiscrepancyKind[];
  /**
   * The detectors to choose from, in report order; the built-in registry when omitted. A library
   * user adds a kind by passing `[...DETECTORS, myDetector]`.
   */
  detectors?: readonly Detector[];
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
    groupOf: (s) => groupBySentence.get(originOf(s)),
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

  const detectors = selectDetectors(options.kinds, options.detectors ?? DETECTORS);
  const sourceLabels: SourceLabels = { label: context.label, total: sources.length };
  // Words come last, from each finding's data as its detector left it (claims in detection order).
  const findings: Worded[] = withoutSuperseded(detectors.flatMap((d) => d.detect(context).map((f) => ({ f, d }))))
    .filter(({ f }) => !f.claims.some((c) => withheld.has(c.source)))
    .map(({ f, d }) => {
      const weakened = weakenLinked(f, groupsById) ?? weakenPartialMatch(f, sources, alignment, groupsById);
      return { f: weakened, message: describeFinding(d, weakened, sourceLabels) };
    });
  const discrepancies: Discrepancy[] = sortFindings(findings).map(({ f, message, claims, values }, i) => ({
    id: `D${i + 1}`,
    kind: f.kind,
    severity: f.severity,
    confidence: round(f.confidence),
    group: f.group,
    message,
    claims,
    rule: f.rule,
    ...(f.subject === undefined ? {} : { subject: f.subject }),
    values,
    ...(f.weakened ? { weakened: f.weakened } : {}),
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
      kinds: detectors.map((d) => d.kind),
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
 * kept, at low severity, with the reason and the severity it had in `weakened`.
 */
function weakenLinked(f: Finding, groupsById: ReadonlyMap<string, AlignedGroup>): Finding | undefined {
  const group = f.group === null ? undefined : groupsById.get(f.group);
  // A detector that weakened its own finding has said why already.
  if (!group || group.linked.size === 0 || f.weakened) return undefined;
  const linked = new Set([...group.linked].map((s) => `${s.source}:${s.index}`));
  if (!f.claims.some((c) => linked.has(`${c.source}:${c.sentence}`))) return undefined;
  return { ...f, severity: 'low', weakened: { reason: 'linked-member', severity: f.severity } };
}

/**
 * Likewise a finding on a group two leftovers formed just below the threshold, or between
 * sentences that match through one clause only (a lede that packs several statements against a
 * sentence that gives one), or whose claims stand in clauses that share next to nothing
 * ("automotive sales fell to $412 million, while data center revenue rose 41%" against "data
 * center revenue rose 41% to $1.06 billion"): the clause is the best guess at the shared
 * statement, not proof of it.
 */
function weakenPartialMatch(f: Finding, sources: readonly AnalyzedSource[], alignment: Alignment, groupsById: ReadonlyMap<string, AlignedGroup>): Finding {
  if (f.group === null || f.severity === 'low') return f;
  const group = groupsById.get(f.group);
  const near = [...(group?.near ?? [])];
  const nearMember = (c: Claim): boolean => near.some((s) => s.source === c.source && s.index === c.sentence);
  if (group?.weak || f.claims.some(nearMember)) return { ...f, severity: 'low', weakened: { reason: 'near-match', severity: f.severity } };
  return matchesInPart(f.claims, sources, alignment) ? { ...f, severity: 'low', weakened: { reason: 'clause-match', severity: f.severity } } : f;
}

/** Why a finding was weakened, as words appended to its detector's. */
const WEAKENED_WORDS: Readonly<Record<NonNullable<Finding['weakened']>['reason'], string>> = {
  'linked-member': 'one of the sentences also reports other statements',
  'clause-match': 'the sentences share one clause, not the whole statement',
  'near-match': 'the sentences match only just, each the other\'s closest',
  'other-time': 'one statement is set in an earlier time than the other',
  'translated-quote': 'one quotation is in a translation (by its quotation marks or its own note), whose words may be the translator\'s',
  'among-times': 'the sentences give other times too, and these two may time two different things',
};

/** The finding's message: its detector's words, then why its severity was lowered, if it was. */
function describeFinding(detector: Detector, f: Finding, labels: SourceLabels): string {
  const words = detector.describe(f, labels);
  return f.weakened ? `${words} (low: ${WEAKENED_WORDS[f.weakened.reason]})` : words;
}

/**
 * Drops a finding when a detector that `supersedes` its kind claims exactly the same words, or,
 * with a medium or high finding, words around every one of its claims (see `Detector.supersedes`).
 */
function withoutSuperseded(found: ReadonlyArray<{ f: Finding; d: Detector }>): Array<{ f: Finding; d: Detector }> {
  const superseding = found.filter(({ d }) => (d.supersedes ?? []).length > 0);
  if (superseding.length === 0) return [...found];
  // Every claim of the finding lies within a claim of the more specific one (same source and
  // sentence, overlapping words): "not a prescription" inside the quote finding's "trial, not a
  // prescription" is that finding's difference, read again.
  // A low finding covers only exactly the same words: it must not hide a surer one behind a guess.
  const same = (f: Finding, g: Finding): boolean => f.claims.length === g.claims.length && f.claims.every((c) => g.claims.some((e) => e.source === c.source && e.span.start === c.span.start && e.span.end === c.span.end));
  const overlaps = (c: Claim, e: Claim): boolean => e.source === c.source && e.sentence === c.sentence && e.span.start < c.span.end && c.span.start < e.span.end;
  const within = (f: Finding, g: Finding): boolean => f.claims.every((c) => g.claims.some((e) => overlaps(c, e)));
  // The same words seen from a third source: "Gareth Boyce" in the live blog against "Helen Marsh"
  // in the tabloid, where the attribution finding sets the wire's "Gareth Boyce" against that same
  // "Helen Marsh", is that finding read again, not a second discrepancy.
  const echoed = (f: Finding, g: Finding): boolean =>
    f.claims.some((c) => g.claims.some((e) => overlaps(c, e))) &&
    f.claims.every((c) => g.claims.some((e) => overlaps(c, e) || (e.source !== c.source && e.text.toLowerCase() === c.text.toLowerCase())));
  // Each test needs a claim of one finding in a sentence of the other: only findings sharing a
  // sentence are compared, which keeps a 200-article run from comparing every pair of findings.
  const where = (c: Claim): string => `${c.source}|${c.sentence}`;
  const bySentence = new Map<string, Array<{ f: Finding; d: Detector }>>();
  for (const entry of superseding) {
    for (const key of new Set(entry.f.claims.map(where))) {
      const bucket = bySentence.get(key);
      if (bucket) bucket.push(entry);
      else bySentence.set(key, [entry]);
    }
  }
  const candidates = (f: Finding): Array<{ f: Finding; d: Detector }> => f.claims.flatMap((c) => bySentence.get(where(c)) ?? []);
  return found.filter(({ f }) => !candidates(f).some(({ f: g, d }) => g !== f && (d.supersedes ?? []).includes(f.kind) && (same(f, g) || (g.severity !== 'low' && (within(f, g) || echoed(f, g))))));
}

/** A finding with its message, before its claims are put in report order. */
interface Worded {
  f: Finding;
  message: string;
}

/** The member that comes first in report order. */
function firstMember(g: AlignedGroup): AnalyzedSentence {
  return [...g.members].filter((m) => !g.linked.has(m)).sort(bySourceOrder)[0] as AnalyzedSentence;
}

/**
 * Deterministic order, the sort step's (process/sort.ts): each finding's claims (and their values
 * with them) by source, then position; findings by their first claim, then severity, kind, rule,
 * the claims themselves and what was read in them. Never message text.
 */
function sortFindings(findings: readonly Worded[]): Array<Worded & { claims: Claim[]; values: ClaimValue[] }> {
  // The finding in claim order is built once per finding, not once per comparison of the sort.
  return findings
    .map((w) => {
      const { claims, values } = inClaimOrder(w.f);
      return { w: { ...w, claims, values }, key: { ...w.f, claims, values } };
    })
    .sort((x, y) => discrepancyOrder(x.key, y.key))
    .map(({ w }) => w);
}
