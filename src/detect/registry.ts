import type { DiscrepancyKind } from '../types.js';
import { attributionDetector } from './attribution.js';
import { dateDetector } from './date.js';
import { entityDetector } from './entity.js';
import { negationDetector } from './negation.js';
import { numberDetector } from './number.js';
import { quoteDetector } from './quote.js';
import type { Detector } from './types.js';

/** Every detector, in report order. `--kinds`, `--help` and the README read this list. */
export const DETECTORS: readonly Detector[] = [entityDetector, numberDetector, dateDetector, negationDetector, quoteDetector, attributionDetector];

export const DETECTOR_KINDS: readonly DiscrepancyKind[] = DETECTORS.map((d) => d.kind);

export function selectDetectors(kinds?: readonly string[]): Detector[] {
  if (!kinds) return [...DETECTORS];
  return DETECTORS.filter((d) => kinds.includes(d.kind));
}
