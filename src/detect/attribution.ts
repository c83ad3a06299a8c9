import { isMisattribution, substitutions } from './mentions.js';
import { memberPairs } from './pairs.js';
import type { Detector, Finding } from './types.js';

/**
 * Attribution: the same remark or statement put in different people's
 * mouths — both people appear in the story, so this is not a misspelt name
 * but a quote credited to the wrong person.
 */
export const attributionDetector: Detector = {
  kind: 'attribution',
  description: 'the same statement or quote credited to different speakers',
  detect(context) {
    const findings: Finding[] = [];
    for (const group of context.alignment.groups) {
      for (const [x, y] of memberPairs(group, context)) {
        for (const { a, b, via } of substitutions(x, y, context)) {
          if (via !== 'speaker' || !isMisattribution(a, b, context)) continue;
          const claims = [context.claim(a.sentence, a.name.start, a.name.end), context.claim(b.sentence, b.name.start, b.name.end)];
          findings.push({
            kind: 'attribution',
            severity: 'high',
            confidence: Math.min(0.9, 0.5 + 0.5 * group.score),
            group: context.groupId(group),
            message: `The same statement is credited to different people: "${a.name.text}" in ${context.label(a.sentence.source)}, "${b.name.text}" in ${context.label(b.sentence.source)}`,
            claims,
          });
        }
      }
    }
    return findings;
  },
};
