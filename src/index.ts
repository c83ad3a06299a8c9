/**
 * storydiff's public API: compare articles about one event and get a report
 * of where they disagree. The CLI is a thin layer over these exports.
 */
export { compare, compareAsync, CompareError, segmentSource, type CompareOptions } from './compare.js';
export { DETECTORS, DETECTOR_KINDS } from './detect/registry.js';
export type { Detector, DetectionContext, Finding, SourceLabels } from './detect/types.js';
export { memberPairs, pairFindings } from './detect/pairs.js';
export { FORMATTERS, getFormatter, type FormatOptions, type Formatter } from './report/formatters.js';
export {
  applyProcessors,
  filterSeverity,
  ignoreClaims,
  processorsFor,
  sortDiscrepancies,
  suppressBaseline,
  type Baseline,
  type IgnoredCounts,
  type ProcessHooks,
  type ProcessOptions,
  type ReportProcessor,
} from './process/index.js';
export { fingerprint, reportFingerprints } from './report/fingerprint.js';
export { segment } from './segment/index.js';
export { loadInputs, loadInput, InputError, type LoadRequest } from './load/index.js';
export { VERSION } from './version.js';
export type * from './types.js';
