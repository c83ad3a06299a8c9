import type { DiscrepancyKind } from '../types.js';
import { attributionDetector } from './attribution.js';
import { dateDetector } from './date.js';
import { entityDetector } from './entity.js';
import { negationDetector } from './negation.js';
import { numberDetector } from './number.js';
import { quoteDetector } from './quote.js';
import type { Detector } from './types.js';

/**
 * Every detector, in report order. `--kinds`, `--help`, the README, the report schema's kind list
 * (`npm run readme` writes the last two) and `summary.kinds` read this list.
 */
export const DETECTORS: readonly Detector[] = [entityDetector, numberDetector, dateDetector, negationDetector, quoteDetector, attributionDetector];

export const DETECTOR_KINDS: readonly DiscrepancyKind[] = DETECTORS.map((d) => d.kind);

/** The detectors of `kinds` (all when omitted), from `detectors` in their order. */
export function selectDetectors(kinds?: readonly string[], detectors: readonly Detector[] = DETECTORS): Detector[] {
  if (!kinds) return [...detectors];
  return detectors.filter((d) => kinds.includes(d.kind));
}
