import { canonicalKey } from '../analyze/names.js';
import { isMisattribution, substitutions, type Mention } from './mentions.js';
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
 * Attribution: the same remark or statement put in different people's
 * mouths — both people appear in the story, so this is not a misspelt name
 * but a quote credited to the wrong person.
 */
export const attributionDetector: Detector = {
  kind: 'attribution',
  description: 'the same statement or quote credited to different speakers',
  supersedes: ['entity'],
  detect(context) {
    return pairFindings(context, (x, y, group) =>
      substitutions(x, y, context)
        .filter(({ a, b, via }) => via === 'speaker' && isMisattribution(a, b, context))
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
  },
  describe(f, labels) {
    // In the order the detector read the pair; the words are the names as each source writes them.
    const [a, b] = f.claims;
    return `The same statement is credited to different people: "${a?.text}" in ${labels.label(a?.source ?? '')}, "${b?.text}" in ${labels.label(b?.source ?? '')}`;
  },
};
