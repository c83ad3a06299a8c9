// Judging a comparison of an article with a changed copy of itself, shared by
// scripts/eval-mutate.mjs (which passes the built `compare` from dist/) and the property tests
// (which pass the one from src/). Pure apart from `articles`, which reads the fixtures.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PLANTS } from './mutate.mjs';

/** The fixed seed of the harness; every (article, kind) draws from its own stream derived from it. */
export const SEED = 20250617;

/** A seed for one article and kind: FNV-1a of the names, mixed with `seed`. */
export function seedFor(seed, ...names) {
  let h = 0x811c9dc5 ^ seed;
  for (const c of names.join('\u0000')) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/** Every fixture article: fixtures/events/*\/*.txt and fixtures/example/*.txt, sorted by name. */
export function articles(fixtures) {
  const dirs = [join(fixtures, 'example'), ...readdirSync(join(fixtures, 'events')).sort().map((d) => join(fixtures, 'events', d))];
  return dirs
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)))
    .map((path) => ({ name: path.slice(fixtures.length + 1), path, text: readFileSync(path, 'utf8') }));
}

/** The event folders with their sources in gold.json order (for input-order properties). */
export function events(fixtures) {
  const dirs = [join(fixtures, 'example'), ...readdirSync(join(fixtures, 'events')).sort().map((d) => join(fixtures, 'events', d))];
  return dirs
    .filter((d) => existsSync(join(d, 'gold.json')))
    .map((d) => ({
      name: d.slice(fixtures.length + 1),
      docs: JSON.parse(readFileSync(join(d, 'gold.json'), 'utf8')).sources.map((f) => ({ label: f, path: join(d, f), text: readFileSync(join(d, f), 'utf8') })),
    }));
}

/** `accept(start, end)` for `plant`/`rewrite`: the range lies inside one content (not boilerplate) sentence. */
export function insideContent(segmentSource, text) {
  const spans = segmentSource({ label: 'x', path: 'x', text }, 'S1').sentences.map((s) => s.span);
  return (start, end) => spans.some((s) => s.start <= start && end <= s.end);
}

export const mediumPlus = (d) => d.severity === 'high' || d.severity === 'medium';
const sourcesOf = (d) => new Set(d.claims.map((c) => c.source));
/** A discrepancy between sources, not a source contradicting itself. */
export const crossSource = (d) => sourcesOf(d).size > 1;

/** An order-free description of a finding: kind and the sorted (source label, claim text) pairs. */
export function findingKey(report, d) {
  const label = new Map(report.sources.map((s) => [s.id, s.label]));
  const claims = d.claims.map((c) => `${label.get(c.source) ?? c.source}\u0001${c.text}`).sort();
  return `${d.kind}\u0002${claims.join('\u0002')}`;
}

/** The sorted keys of a report's findings, for comparing two reports. */
export function findingKeys(report) {
  return report.discrepancies.map((d) => findingKey(report, d)).sort();
}

/**
 * Like `findingKeys`, with each claim named by its sentence instead of its words: for comparing a
 * report with one on a rewritten text, where the claimed words themselves are rewritten.
 */
export function findingSentenceKeys(report) {
  const label = new Map(report.sources.map((s) => [s.id, s.label]));
  return report.discrepancies
    .map((d) => `${d.kind}\u0002${d.claims.map((c) => `${label.get(c.source) ?? c.source}#${c.sentence}`).sort().join('\u0002')}`)
    .sort();
}

/** The sentence of `source` whose span contains `offset`, from the report's groups and unmatched list. */
export function sentenceAt(report, source, offset) {
  const all = [...report.groups.flatMap((g) => g.members), ...report.unmatched].filter((m) => m.source === source);
  const s = all.find((m) => m.span.start <= offset && offset < m.span.end);
  return s ? { index: s.sentence, text: s.text } : undefined;
}

/** The article against a copy: S1 is the original, S2 the copy (changed or not). */
export function pair(name, original, copy) {
  return [
    { label: `${name}`, path: name, text: original },
    { label: `${name} (copy)`, path: `${name}.copy`, text: copy },
  ];
}

/** Self-contradictions (one-source findings) per source and kind: the article's own, allowed again in a changed copy. */
function selfAllowance(report) {
  const perKind = new Map();
  for (const d of report.discrepancies) {
    if (crossSource(d)) continue;
    const key = `${d.claims[0]?.source}\u0001${d.kind}`;
    perKind.set(key, (perKind.get(key) ?? 0) + 1);
  }
  // Both copies of an unchanged article carry the same ones; take the larger count per kind.
  const out = new Map();
  for (const [key, n] of perKind) {
    const kind = key.split('\u0001')[1];
    out.set(kind, Math.max(out.get(kind) ?? 0, n));
  }
  return out;
}

/** Medium+ findings not explained by the article's own self-contradictions (at most `allowance` per source and kind). */
function unexplained(report, findings, allowance) {
  const used = new Map();
  return findings.filter((d) => {
    if (!mediumPlus(d)) return false;
    if (crossSource(d)) return true;
    const key = `${d.claims[0]?.source}\u0001${d.kind}`;
    const n = used.get(key) ?? 0;
    if (n < (allowance.get(d.kind) ?? 0)) {
      used.set(key, n + 1);
      return false;
    }
    return true;
  });
}

/** The clean control: the article against an unchanged copy. Anything between the copies is a false finding. */
export function judgeClean(compare, name, text) {
  const report = compare(pair(name, text, text));
  return { report, between: report.discrepancies.filter(crossSource), allowance: selfAllowance(report) };
}

/**
 * A planted change: expected exactly one finding of an accepted kind whose claims include the
 * planted sentence of the copy, and no other medium+ finding (beyond the article's own
 * self-contradictions, `clean.allowance`).
 */
export function judgePlant(compare, name, text, planted, clean) {
  const report = compare(pair(name, text, planted.text));
  const sentence = sentenceAt(report, 'S2', planted.start);
  const accepted = PLANTS[planted.kind];
  const onPlanted = (d) => sentence !== undefined && accepted.includes(d.kind) && d.claims.some((c) => c.source === 'S2' && c.sentence === sentence.index);
  const matches = report.discrepancies.filter((d) => onPlanted(d) && crossSource(d));
  // A name changed in one place of a copy that names the person elsewhere too makes the copy
  // contradict itself: that finding is right, a consequence of the plant, neither a second
  // report of it nor a false finding.
  const consequences = report.discrepancies.filter((d) => onPlanted(d) && !crossSource(d));
  // Further matches (the change reported twice) fail `hit`; they are not counted again as false findings.
  const others = report.discrepancies.filter((d) => !matches.includes(d) && !consequences.includes(d));
  const extras = unexplained(report, others, clean.allowance);
  return { report, sentence, matches, hit: matches.length === 1, detected: matches.length > 0, extras };
}

/** A benign rewrite: expected no medium+ finding beyond the article's own self-contradictions. */
export function judgeBenign(compare, name, text, rewritten, clean) {
  const report = compare(pair(name, text, rewritten.text));
  return { report, extras: unexplained(report, report.discrepancies, clean.allowance) };
}

/** One line describing a finding, with its claims and their sentences. */
export function describe(report, d) {
  const sentence = (c) => [...report.groups.flatMap((g) => g.members), ...report.unmatched].find((m) => m.source === c.source && m.sentence === c.sentence)?.text ?? '';
  const claims = d.claims.map((c) => `${c.source}#${c.sentence} "${c.text}" in: ${sentence(c)}`);
  return `${d.severity} ${d.kind}: ${d.message}\n        ${claims.join('\n        ')}`;
}
