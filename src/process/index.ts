import type { Severity } from '../types.js';
import { ignoreClaims, type IgnoredCounts } from './ignore.js';
import { suppressBaseline, type Baseline } from './baseline.js';
import { applyProcessors, type ReportProcessor } from './processor.js';
import { filterSeverity } from './severity.js';

/**
 * Post-processing of a report, as a chain of pure steps: ignore → baseline →
 * severity filter, then any custom steps. `compare` runs the chain its
 * options ask for; the CLI and `storydiff batch` build theirs from the same
 * steps.
 */

export { applyProcessors, type ReportProcessor };
export { applyIgnore, compilePattern, ignoreClaims, ignoreMatcher, type IgnoredCounts } from './ignore.js';
export { suppressBaseline, type Baseline } from './baseline.js';
export { filterSeverity } from './severity.js';
export { claimOrder, discrepancyOrder, inClaimOrder, sortDiscrepancies } from './sort.js';

/** The filtering a report can be asked for (`compare`'s options, the config file, the CLI). */
export interface ProcessOptions {
  /** Claim texts (folded exact match) or `/regex/flags` strings whose claims are dropped. */
  ignore?: readonly string[] | undefined;
  /** Discrepancies already known; those found again are dropped. */
  baseline?: Baseline | undefined;
  /** Keep only discrepancies at or above this severity. */
  minSeverity?: Severity | undefined;
  /** Custom steps, run after the filters above. */
  processors?: readonly ReportProcessor[] | undefined;
}

/** Hear what the counting steps removed (the CLI prints it). */
export interface ProcessHooks {
  onIgnored?: (counts: IgnoredCounts) => void;
  onSuppressed?: (count: number) => void;
}

/** The steps `options` ask for, in chain order; none for an option left out (or an empty `ignore`). */
export function processorsFor(options: ProcessOptions, hooks: ProcessHooks = {}): ReportProcessor[] {
  const steps: ReportProcessor[] = [];
  if (options.ignore && options.ignore.length > 0) steps.push(ignoreClaims(options.ignore, hooks.onIgnored));
  if (options.baseline) steps.push(suppressBaseline(options.baseline, hooks.onSuppressed));
  if (options.minSeverity !== undefined) steps.push(filterSeverity(options.minSeverity));
  steps.push(...(options.processors ?? []));
  return steps;
}
