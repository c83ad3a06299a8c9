import { InputError } from '../load/index.js';
import { reportFingerprints } from '../report/fingerprint.js';
import type { Discrepancy, ReportSource } from '../types.js';
import { parseJsonFile, readTextFile, resolveFrom } from './config.js';

/**
 * `--baseline <report.json>`: the fingerprints of the discrepancies in an
 * earlier `--format json` report. Only the parts the fingerprint needs are
 * checked (sources' ids and labels, discrepancies' kinds and claim texts), so
 * reports from later 1.x versions with extra fields still work as baselines.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fingerprints of a parsed baseline report; `display` names the file in errors. */
export function baselineFingerprints(data: unknown, display: string): Set<string> {
  const fail = (problem: string): never => {
    throw new InputError(display, `not a storydiff JSON report (${problem})`);
  };
  if (!isObject(data)) return fail('expected a JSON object, as written by --format json');
  if (data.version !== 1) return fail(data.version === undefined ? 'no "version"' : `unsupported version ${JSON.stringify(data.version)}`);
  const { sources, discrepancies } = data;
  if (!Array.isArray(sources)) return fail('no "sources" array');
  sources.forEach((s: unknown, i) => {
    if (!isObject(s) || typeof s.id !== 'string' || typeof s.label !== 'string') fail(`sources[${i}] needs a string id and label`);
  });
  if (!Array.isArray(discrepancies)) return fail('no "discrepancies" array');
  discrepancies.forEach((d: unknown, i) => {
    if (!isObject(d) || typeof d.kind !== 'string' || !Array.isArray(d.claims)) fail(`discrepancies[${i}] needs a kind and claims`);
    (d as { claims: unknown[] }).claims.forEach((c, j) => {
      if (!isObject(c) || typeof c.source !== 'string' || typeof c.text !== 'string') {
        fail(`discrepancies[${i}].claims[${j}] needs a string source and text`);
      }
    });
  });
  return reportFingerprints({ sources: sources as ReportSource[], discrepancies: discrepancies as Discrepancy[] });
}

/** Reads and checks the baseline file (relative to `cwd`); problems are one-line InputErrors naming it. */
export async function loadBaseline(path: string, cwd: string): Promise<Set<string>> {
  const text = await readTextFile(resolveFrom(cwd, path), path);
  return baselineFingerprints(parseJsonFile(text, path), path);
}
