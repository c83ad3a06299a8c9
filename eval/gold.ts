import { foldText } from '../src/normalize/index.js';
import type { Claim, Discrepancy, Report } from '../src/types.js';

/**
 * Scoring a report against a hand-labelled gold file (the development set
 * in fixtures/events). Pure: the caller reads the files.
 */

export interface Gold {
  sources: string[];
  alignments: Array<Record<string, string>>;
  discrepancies: Array<{ kind: string; values: Record<string, string> }>;
  self_contradictions: Array<{ source: string; kind: string; values: string[] }>;
  omissions: Array<{ only_in: string[]; snippet: string }>;
  /** Details inside an aligned sentence that the other members lack: should be listed in `extras`. */
  details?: Array<{ only_in: string[]; snippet: string }>;
  benign: Array<{ values: Record<string, string>; why: string }>;
}

export interface KindScore {
  gold: number;
  found: number;
}

export interface EventScore {
  alignment: { gold: number; found: number; pairs: number; correctPairs: number };
  omissions: { gold: number; correct: number };
  details: { gold: number; found: number };
  discrepancies: Record<string, KindScore>;
  selfContradictions: KindScore;
  /** Reported at medium or above. */
  reported: number;
  /** Reported at medium or above and matching a gold discrepancy or self-contradiction. */
  reportedCorrect: number;
  /** Per rule, findings reported at medium or above and how many of them match gold: where precision is lost. */
  rules: Record<string, { reported: number; correct: number }>;
  /** Benign variants that a medium-or-above discrepancy flags. */
  benignFlagged: Array<{ values: Record<string, string>; why: string; by: string }>;
  missed: string[];
  falsePositives: string[];
}

/** Locates the sentence of `source` whose text contains `snippet`. */
function sentenceOf(report: Report, sourceId: string, snippet: string): number | undefined {
  const key = foldText(snippet);
  for (const g of report.groups) {
    for (const m of g.members) if (m.source === sourceId && foldText(m.text).includes(key)) return m.sentence;
  }
  for (const u of report.unmatched) if (u.source === sourceId && foldText(u.text).includes(key)) return u.sentence;
  return undefined;
}

/** Every group the sentence is in: its own, and those it is linked into as a carrier of more statements. */
function groupsOf(report: Report, sourceId: string, sentence: number): Set<string> {
  return new Set(report.groups.filter((g) => g.members.some((m) => m.source === sourceId && m.sentence === sentence)).map((g) => g.id));
}

/** Offsets of every occurrence of `value` in `text` (case- and diacritic-insensitive). */
function occurrences(text: string, value: string): Array<[number, number]> {
  const folded = foldText(text);
  const key = foldText(value);
  const out: Array<[number, number]> = [];
  // Folding keeps lengths for the Latin texts of the fixtures; fall back to exact search otherwise.
  const haystack = folded.length === text.length && key.length === value.length ? folded : text;
  const needle = haystack === folded ? key : value;
  if (needle === '') return out;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

/** A claim carries a gold value when their spans overlap in the source text. */
function carries(claim: Claim, value: string, text: string): boolean {
  return occurrences(text, value).some(([s, e]) => claim.span.start < e && s < claim.span.end);
}

/** A reported discrepancy matches gold values when two or more of the named sources' claims carry them. */
function matchesValues(d: Discrepancy, values: Record<string, string>, idOf: (file: string) => string | undefined, texts: ReadonlyMap<string, string>): boolean {
  let hits = 0;
  for (const [file, value] of Object.entries(values)) {
    const id = idOf(file);
    if (id && d.claims.some((c) => c.source === id && carries(c, value, texts.get(id) ?? ''))) hits++;
  }
  return hits >= 2;
}

function matchesSelf(d: Discrepancy, sc: Gold['self_contradictions'][number], idOf: (file: string) => string | undefined, texts: ReadonlyMap<string, string>): boolean {
  const id = idOf(sc.source);
  if (!id || !d.claims.every((c) => c.source === id)) return false;
  return sc.values.every((v) => d.claims.some((c) => carries(c, v, texts.get(id) ?? '')));
}

/**
 * Scores one event. `texts` maps each source id to its text, so gold values
 * are matched to claims by position rather than by string containment.
 */
export function scoreEvent(report: Report, gold: Gold, labelOf: (sourceId: string) => string, texts: ReadonlyMap<string, string>): EventScore {
  const idByFile = new Map(report.sources.map((s) => [labelOf(s.id), s.id]));
  const idOf = (file: string): string | undefined => idByFile.get(file);
  const missed: string[] = [];
  const falsePositives: string[] = [];

  // Alignment recall: every pair of sentences in a gold alignment should share a group.
  let pairs = 0;
  let correctPairs = 0;
  let found = 0;
  for (const a of gold.alignments) {
    const located = Object.entries(a).map(([file, snippet]) => {
      const id = idOf(file);
      const sentence = id === undefined ? undefined : sentenceOf(report, id, snippet);
      return { file, id, sentence, snippet };
    });
    let all = true;
    for (let i = 0; i < located.length; i++) {
      for (let j = i + 1; j < located.length; j++) {
        const x = located[i];
        const y = located[j];
        if (!x || !y) continue;
        pairs++;
        const gx = x.id !== undefined && x.sentence !== undefined ? groupsOf(report, x.id, x.sentence) : new Set<string>();
        const gy = y.id !== undefined && y.sentence !== undefined ? groupsOf(report, y.id, y.sentence) : new Set<string>();
        if ([...gx].some((g) => gy.has(g))) correctPairs++;
        else {
          all = false;
          missed.push(`alignment: ${x.file} "${x.snippet}" ~ ${y.file} "${y.snippet}"`);
        }
      }
    }
    if (all) found++;
  }

  // Omissions: a statement only some sources carry must not be grouped with another source's sentence.
  let omissionsCorrect = 0;
  for (const o of gold.omissions) {
    const file = o.only_in[0] ?? '';
    const id = idOf(file);
    const sentence = id === undefined ? undefined : sentenceOf(report, id, o.snippet);
    const groups = id !== undefined && sentence !== undefined ? report.groups.filter((g) => g.members.some((m) => m.source === id && m.sentence === sentence)) : [];
    const allowed = new Set(o.only_in.map(idOf));
    const wrong = groups.some((g) => g.members.some((m) => !allowed.has(m.source)));
    if (sentence !== undefined && !wrong) omissionsCorrect++;
    else missed.push(`omission grouped with other sources: ${file} "${o.snippet}"`);
  }

  // Details: the member carrying the snippet lists an extra that overlaps it.
  let detailsFound = 0;
  for (const d of gold.details ?? []) {
    const file = d.only_in[0] ?? '';
    const id = idOf(file);
    const hits = occurrences(texts.get(id ?? '') ?? '', d.snippet);
    const found = report.groups.some((g) =>
      g.members.some((m) => m.source === id && m.extras.some((e) => hits.some(([s, e2]) => e.span.start < e2 && s < e.span.end))),
    );
    if (found) detailsFound++;
    else missed.push(`detail not listed as extra: ${file} "${d.snippet}"`);
  }

  const reportedMedium = report.discrepancies.filter((d) => d.severity !== 'low');
  const discrepancies: Record<string, KindScore> = {};
  for (const g of gold.discrepancies) {
    const score = (discrepancies[g.kind] ??= { gold: 0, found: 0 });
    score.gold++;
    if (report.discrepancies.some((d) => d.kind === g.kind && matchesValues(d, g.values, idOf, texts))) score.found++;
    else missed.push(`${g.kind}: ${JSON.stringify(g.values)}`);
  }
  const selfScore: KindScore = { gold: 0, found: 0 };
  for (const sc of gold.self_contradictions) {
    selfScore.gold++;
    if (report.discrepancies.some((d) => d.kind === sc.kind && matchesSelf(d, sc, idOf, texts))) selfScore.found++;
    else missed.push(`self-contradiction (${sc.kind}) in ${sc.source}: ${sc.values.join(' / ')}`);
  }

  let reportedCorrect = 0;
  const correct = new Set<Discrepancy>();
  const rules: EventScore['rules'] = {};
  for (const d of reportedMedium) {
    const ok =
      gold.discrepancies.some((g) => g.kind === d.kind && matchesValues(d, g.values, idOf, texts)) ||
      gold.self_contradictions.some((sc) => sc.kind === d.kind && matchesSelf(d, sc, idOf, texts));
    const rule = (rules[d.rule ?? d.kind] ??= { reported: 0, correct: 0 });
    rule.reported++;
    if (ok) rule.correct++;
    if (ok) {
      reportedCorrect++;
      correct.add(d);
    } else falsePositives.push(`${d.id} ${d.rule}: ${d.message}`);
  }

  // A benign span may enclose a real difference (a reworded quote inside reported speech): only unexplained findings count.
  const benignFlagged: EventScore['benignFlagged'] = [];
  for (const b of gold.benign) {
    const by = reportedMedium.find((d) => !correct.has(d) && matchesValues(d, b.values, idOf, texts));
    if (by) benignFlagged.push({ ...b, by: `${by.id} ${by.kind}` });
  }

  return {
    alignment: { gold: gold.alignments.length, found, pairs, correctPairs },
    omissions: { gold: gold.omissions.length, correct: omissionsCorrect },
    details: { gold: (gold.details ?? []).length, found: detailsFound },
    discrepancies,
    selfContradictions: selfScore,
    reported: reportedMedium.length,
    reportedCorrect,
    rules,
    benignFlagged,
    missed,
    falsePositives,
  };
}
