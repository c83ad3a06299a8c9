import type { AnalyzedSentence, AnalyzedSource } from '../analyze/index.js';
import type { Alignment } from '../align/types.js';
import { foldText } from '../normalize/index.js';
import { sourceNumber, type Claim, type ClaimValue } from '../types.js';
import type { DetectionContext, Finding, SourceLabels } from './types.js';

/** Which camp a claim belongs to: by default its folded words. */
export type CampKey = (claim: Claim) => string;

/** What a finding read in one of its claims (`values` is aligned with `claims`). */
export function valueOf(finding: Pick<Finding, 'claims' | 'values'>, claim: Claim): ClaimValue | undefined {
  return finding.values[finding.claims.indexOf(claim)];
}

/** A camp key from what the finding read in each claim, the claim's words when it read nothing. */
export function byValue(finding: Pick<Finding, 'claims' | 'values'>, key: (value: ClaimValue) => string): CampKey {
  return (c) => {
    const value = valueOf(finding, c);
    return value === undefined ? c.text : key(value);
  };
}

const byText: CampKey = (c) => foldText(c.text);


/** Claims in input order of their sources, then position. */
export function inInputOrder<T extends { source: string; span: { start: number } }>(claims: readonly T[]): T[] {
  return [...claims].sort((a, b) => sourceNumber(a.source) - sourceNumber(b.source) || a.span.start - b.span.start);
}

/** Claims grouped by what they say, the larger camp first (ties: first claim's source order). */
export function camps(claims: readonly Claim[], key: CampKey = byText): Claim[][] {
  const map = new Map<string, Claim[]>();
  for (const c of inInputOrder(claims)) map.set(key(c), [...(map.get(key(c)) ?? []), c]);
  return [...map.values()].sort((a, b) => b.length - a.length);
}

/**
 * "2 of 3 sources say "six years" (wire.txt, regional.txt); translated.txt
 * says "seven years"": with three or more sources the outlier is named.
 */
export function consensusText(claims: readonly Claim[], sources: SourceLabels, key: CampKey = byText): string {
  const { total } = sources;
  return camps(claims, key)
    .map((camp) => {
      const labels = [...new Set(camp.map((c) => sources.label(c.source)))];
      const value = `"${camp[0]?.text ?? ''}"`;
      return labels.length > 1 ? `${labels.length} of ${total} sources say ${value} (${labels.join(', ')})` : `${labels[0]} says ${value}`;
    })
    .join('; ');
}

/**
 * With three or more sources one difference shows up once per pair of
 * members (wire~translated, rewrite~translated). Findings of one group and
 * kind that share a claim (the same words of the same source) become one
 * finding naming every source, with the first finding's rule and subject and
 * every claim's value; `merged` says how many were joined (a detector may word
 * a joined finding as camps of sources).
 */
export function mergeAcrossSources(findings: readonly Finding[]): Array<Finding & { merged?: number }> {
  const claimKey = (c: Claim): string => `${c.source}:${c.span.start}:${c.span.end}`;
  // Union-find over findings that share a claim (same group, kind and severity): the closure is
  // the same whatever order the pairs were compared in.
  const parent = findings.map((_, k) => k);
  const root = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k] as number] as number;
    return k;
  };
  const owner = new Map<string, number>();
  findings.forEach((f, k) => {
    if (f.group === null) return;
    for (const c of f.claims) {
      const key = `${f.group}|${f.kind}|${f.severity}|${claimKey(c)}`;
      const other = owner.get(key);
      if (other === undefined) owner.set(key, k);
      else parent[root(k)] = root(other);
    }
  });
  const merged = new Map<number, Finding>();
  findings.forEach((f, k) => {
    const r = root(k);
    const home = merged.get(r);
    if (!home) {
      merged.set(r, { ...f, claims: [...f.claims], values: [...f.values] });
      return;
    }
    f.claims.forEach((c, i) => {
      if (home.claims.some((d) => claimKey(c) === claimKey(d))) return;
      home.claims.push(c);
      home.values.push(f.values[i] as ClaimValue);
    });
    home.confidence = Math.max(home.confidence, f.confidence);
  });
  const size = new Map<number, number>();
  findings.forEach((_, k) => size.set(root(k), (size.get(root(k)) ?? 0) + 1));
  return [...merged.entries()].map(([r, f]) => ((size.get(r) ?? 1) > 1 ? { ...f, merged: size.get(r) as number } : f));
}

/** Findings with the same claims (the same words of the same sources) once, the first kept. */
export function uniqueByClaims(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = f.claims.map((c) => `${c.source}:${c.span.start}:${c.span.end}`).sort().join('|');
    return !seen.has(key) && seen.add(key);
  });
}

/**
 * Findings that report the same difference twice once, the first kept: the same sources'
 * same sentences, every claim overlapping a claim of a finding kept before it ("58" and
 * "58, used" for one age). List the most specific reading first.
 */
export function uniqueBySpans(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const overlaps = (c: Claim, d: Claim): boolean => c.source === d.source && c.sentence === d.sentence && c.span.start < d.span.end && d.span.start < c.span.end;
  for (const f of findings) {
    const again = kept.some((g) => g.claims.length === f.claims.length && f.claims.every((c) => g.claims.some((d) => overlaps(c, d))));
    if (!again) kept.push(f);
  }
  return kept;
}

/** Does the finding rest on a sentence only linked into its group (one that carries other statements too)? */
export function restsOnLink(f: Finding, context: DetectionContext): boolean {
  const group = context.alignment.groups.find((g) => g.linked.size > 0 && context.groupId(g) === f.group);
  if (!group) return false;
  return f.claims.some((c) => [...group.linked].some((s) => s.source === c.source && s.index === c.sentence));
}

/**
 * Does a finding set against each other two sentences that match through one clause only (a
 * sentence packing several statements against one giving one)? Reported, it is weakened; it is
 * too weak to convict a source of contradicting itself.
 */
export function restsOnClause(f: Finding, context: DetectionContext): boolean {
  return matchesInPart(f.claims, context.sources, context.alignment);
}

/** Do two of the claims stand in sentences that report their statement only in part (`Alignment.partialMatch`)? */
export function matchesInPart(claims: readonly Claim[], sources: readonly AnalyzedSource[], alignment: Alignment): boolean {
  const at = claims.map((c) => {
    const sentence = sources.find((s) => s.id === c.source)?.sentences[c.sentence];
    return { sentence, token: sentence ? Math.max(0, sentence.tokens.findIndex((t) => t.end > c.span.start)) : 0 };
  });
  return at.some((a, x) => at.some((b, y) => y > x && a.sentence !== undefined && b.sentence !== undefined && alignment.partialMatch(a.sentence, a.token, b.sentence, b.token)));
}

/** The one group all these sentences belong to (their own groups), or null when they span several. */
export function sharedGroupId(sentences: readonly AnalyzedSentence[], context: DetectionContext): string | null {
  const groups = new Set(sentences.map((s) => context.groupOf(s)));
  const only = groups.size === 1 ? [...groups][0] : undefined;
  return only ? context.groupId(only) : null;
}

/** 'wire.txt contradicts itself: "12 dead" and "14 deceased"': a source's two claims that disagree. */
export function contradictionText(f: Pick<Finding, 'claims'>, labels: SourceLabels): string {
  const [first, second] = f.claims;
  return `${labels.label(first?.source ?? '')} contradicts itself: "${first?.text}" and "${second?.text}"`;
}

/** '"ready" in wire.txt, "willing" in paper.txt': each claim's words with its source, in the order given. */
export function pairText(claims: readonly Claim[], labels: SourceLabels): string {
  return claims.map((c) => `"${c.text}" in ${labels.label(c.source)}`).join(', ');
}
