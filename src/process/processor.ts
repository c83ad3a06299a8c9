import type { Report } from '../types.js';

/**
 * One step of post-processing: takes a report, returns a new one (never
 * changes its argument). Steps are chained in order, as textlint's kernel
 * chains its message filters, so the CLI, `storydiff batch` and library
 * callers filter a report the same way.
 */
export type ReportProcessor = (report: Report) => Report;

/** `report` passed through each step in turn. */
export function applyProcessors(report: Report, steps: readonly ReportProcessor[]): Report {
  return steps.reduce((current, step) => step(current), report);
}
