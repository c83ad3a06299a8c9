import type { AnalyzedSentence } from '../analyze/index.js';
import { ROLES, SPEECH_VERBS } from '../analyze/lexicon.js';
import { canonicalKey } from '../analyze/names.js';
import { isMisattribution, substitutions, type Mention } from './mentions.js';
import { byValue, consensusText, mergeAcrossSources } from './merge.js';
import { alignedConfidence, pairFindings } from './pairs.js';
import type { Detector, DetectionContext } from './types.js';

declare module '../types.js' {
  interface DiscrepancyKinds {
    attribution: true;
  }
}

/** The remark the speaker is credited with: the sentence's first quotation, if it has one. */
function remarkOf(m: Mention, context: DetectionContext): string | undefined {
  const quote = m.sentence.quotes[0];
  return quote ? context.claim(m.sentence, quote.start, quote.end).text : undefined;
}

/**
 * The share of the shorter statement's words the other must say for one remark credited twice.
 * On dev the true attributions share at least a third; misaligned pairs of remarks a quarter or less.
 */
const SAME_REMARK = 0.3;

/**
 * The stems a sentence says, without its names, roles, verbs of saying and small words; only
 * its quoted words when `quotedOnly` (two quotations are one remark only if their own words meet).
 */
function saidWords(sentence: AnalyzedSentence, quotedOnly: boolean): Set<string> {
  const inName = new Set<number>();
  for (const n of sentence.names) for (let k = n.from; k < n.to; k++) inName.add(k);
  const out = new Set<string>();
  sentence.tokens.forEach((t, k) => {
    if (t.stop || t.num || inName.has(k) || SPEECH_VERBS.has(t.fold) || ROLES[t.fold] !== undefined || !/\p{L}/u.test(t.text)) return;
    if (quotedOnly && !t.quoted) return;
    out.add(t.stem);
  });
  return out;
}

/**
 * Share of the shorter statement's words the other also says. Where both sentences quote, the
 * quotations are compared: "Every musician in this orchestra carries a piece of him" and "the
 * players were \"heartbroken\"" share the orchestra only outside the quotes.
 */
function remarkOverlap(a: AnalyzedSentence, b: AnalyzedSentence): number {
  const quoted = a.quotes.length > 0 && b.quotes.length > 0;
  const wa = saidWords(a, quoted);
  const wb = saidWords(b, quoted);
  const [short, long] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (short.size === 0) return 0;
  let shared = 0;
  for (const w of short) if (long.has(w)) shared++;
  return shared / short.size;
}

/**
 * Attribution: the same remark or statement put in different people's
 * mouths — both people appear in the story, so this is not a misspelt name
 * but a quote credited to the wrong person.
 */
export const attributionDetector: Detector = {
  kind: 'attribution',
  description: 'the same statement or quote credited to different speakers',
  supersedes: ['entity'],
  detect(context) {
    // Three sources, two speakers: the pairs that share a claim are one finding naming every source.
    const found = pairFindings(context, (x, y, group) =>
      substitutions(x, y, context)
        .filter(({ a, b, via }) => via === 'speaker' && isMisattribution(a, b, context))
        // Two speakers of two statements that share next to nothing are two remarks in aligned sentences.
        .filter(({ a, b }) => remarkOverlap(a.sentence, b.sentence) >= SAME_REMARK)
        .map(({ a, b }) => {
          const remark = remarkOf(a, context) ?? remarkOf(b, context);
          return {
            kind: 'attribution',
            rule: 'attribution/different-speaker',
            severity: 'high',
            confidence: alignedConfidence(0.5, group),
            group: context.groupId(group),
            ...(remark === undefined ? {} : { subject: remark }),
            claims: [a, b].map((m) => context.claim(m.sentence, m.name.start, m.name.end)),
            // Each speaker as the name's normal form (alias id or folded name).
            values: [a, b].map((m) => ({ source: m.sentence.source, value: canonicalKey(m.name.text, context.aliases) })),
          };
        }),
    );
    return mergeAcrossSources(found);
  },
  describe(f, labels) {
    if (f.claims.length > 2) return `The same statement is credited to different people: ${consensusText(f.claims, labels, byValue(f, (v) => String(v.value)))}`;
    // In the order the detector read the pair; the words are the names as each source writes them.
    const [a, b] = f.claims;
    return `The same statement is credited to different people: "${a?.text}" in ${labels.label(a?.source ?? '')}, "${b?.text}" in ${labels.label(b?.source ?? '')}`;
  },
};
