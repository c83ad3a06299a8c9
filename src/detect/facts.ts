import type { AnalyzedSentence, FactAttribute, FactMention } from '../analyze/index.js';
import { sameEntity } from '../analyze/names.js';
import type { Claim, ClaimValue, DiscrepancyKind } from '../types.js';
import { consensusText } from './merge.js';
import type { DetectionContext, Finding, SourceLabels } from './types.js';

/**
 * Facts a story states about its subject once — where and when someone was born, when a body
 * was founded — compared wherever they stand, aligned or not: two values in one source are a
 * contradiction, different values across sources a discrepancy. Medium: a story may also give a
 * relative's birthplace or a parent company's founding.
 */

interface Stated {
  sentence: AnalyzedSentence;
  fact: FactMention;
}

const WHAT: Record<FactAttribute, string> = {
  'born-place': 'birthplace',
  'born-year': 'year of birth',
  'founded-year': 'year of founding',
};

export function factFindings(context: DetectionContext, attributes: readonly FactAttribute[], kind: DiscrepancyKind): Finding[] {
  const findings: Finding[] = [];
  const same = (a: Stated, b: Stated): boolean =>
    typeof a.fact.value === 'number' ? a.fact.value === b.fact.value : sameEntity(String(a.fact.value), String(b.fact.value), context.aliases);
  const claim = (s: Stated): Claim => context.claim(s.sentence, s.fact.start, s.fact.end);
  const value = (s: Stated): ClaimValue => ({ source: s.sentence.source, value: s.fact.value });
  for (const attribute of attributes) {
    const bySource = new Map<string, Stated[]>();
    for (const source of context.sources) {
      for (const sentence of source.sentences) {
        for (const fact of sentence.facts) if (fact.attribute === attribute) bySource.set(source.id, [...(bySource.get(source.id) ?? []), { sentence, fact }]);
      }
    }
    for (const stated of bySource.values()) {
      const first = stated[0] as Stated;
      const other = stated.find((s) => !same(first, s) && s.sentence !== first.sentence);
      if (!other) continue;
      findings.push({
        kind,
        rule: `${kind}/self-${attribute}`,
        severity: 'medium',
        confidence: 0.55,
        group: null,
        subject: WHAT[attribute],
        claims: [claim(first), claim(other)],
        values: [value(first), value(other)],
      });
    }
    const firsts = [...bySource.values()].map((list) => list[0] as Stated);
    if (firsts.some((s) => !same(firsts[0] as Stated, s))) {
      findings.push({
        kind,
        rule: `${kind}/different-${attribute}`,
        severity: 'medium',
        confidence: 0.55,
        group: null,
        subject: WHAT[attribute],
        claims: firsts.map(claim),
        values: firsts.map(value),
      });
    }
  }
  return findings;
}

/** Words for a fact finding: its subject is the attribute ("birthplace"), its values what each source gives. */
export function describeFact(f: Finding, labels: SourceLabels): string {
  const [first, second] = f.claims;
  if (f.rule.includes('/self-')) return `${labels.label(first?.source ?? '')} contradicts itself: gives the ${f.subject ?? ''} as "${first?.text}" and "${second?.text}"`;
  return `Different ${f.subject ?? ''}: ${consensusText(f.claims, labels)}`;
}
