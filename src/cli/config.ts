import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { DETECTORS } from '../detect/registry.js';
import { describeFsError, InputError } from '../load/index.js';
import { compilePattern } from '../process/index.js';
import { FORMAT_INFO } from '../report/formats.js';
import { oneLine } from '../report/sanitize.js';
import { SEVERITIES, type DiscrepancyKind, type Severity } from '../types.js';

/**
 * The configuration file: `--config <file>`, or `.storydiffrc.json` in the
 * working directory. Validated strictly, so a typo ("treshold") is an error
 * instead of a setting silently not applied. Every problem is an InputError
 * naming the file, which the CLI prints on one line and exits 2.
 */

// The ignore patterns are compiled and applied by the ignore step; exported here too, where they were first.
export { applyIgnore, ignoreMatcher } from '../process/index.js';

export const CONFIG_FILE = '.storydiffrc.json';

export const FAIL_ON = ['high', 'medium', 'low', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface Config {
  /** Extra groups of equivalent names, passed to `compare`. */
  aliases?: string[][];
  /** Claim texts (folded exact match) or `/regex/flags` strings whose claims are dropped. */
  ignore?: string[];
  threshold?: number;
  failOn?: FailOn;
  minSeverity?: Severity;
  kinds?: DiscrepancyKind[];
  format?: string;
}

const KEYS = ['aliases', 'ignore', 'threshold', 'failOn', 'minSeverity', 'kinds', 'format'] as const;

// ---------------------------------------------------------------------------
// Reading files the CLI owns (config, baseline)

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Reads a UTF-8 text file (BOM removed); problems become an InputError naming `display`. */
export async function readTextFile(path: string, display: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).isDirectory()) throw new InputError(display, 'is a directory, not a file');
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(display, describeFsError(err));
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(display, 'is not valid UTF-8 text');
  }
}

/** `JSON.parse` whose failure is a one-line InputError: `<file>: invalid JSON (…)`. */
export function parseJsonFile(text: string, display: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new InputError(display, `invalid JSON (${oneLine(err instanceof Error ? err.message : String(err))})`);
  }
}

/** `path` resolved against the CLI's working directory (what `io.cwd` says, not the process's). */
export function resolveFrom(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

// ---------------------------------------------------------------------------
// Validation

const quote = (s: string): string => JSON.stringify(oneLine(s));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isName = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Validates a parsed config file; `display` names the file in errors. */
export function validateConfig(data: unknown, display: string): Config {
  const fail = (problem: string): never => {
    throw new InputError(display, problem);
  };
  if (!isObject(data)) return fail('expected a JSON object with settings at the top level');
  for (const key of Object.keys(data)) {
    if (!(KEYS as readonly string[]).includes(key)) fail(`unknown key ${quote(key)} (known: ${KEYS.join(', ')})`);
  }
  const config: Config = {};

  if (data.aliases !== undefined) {
    const groups = data.aliases;
    if (!Array.isArray(groups)) return fail('aliases: expected an array of name groups, e.g. [["Tejo", "Tagus"]]');
    groups.forEach((g: unknown, i) => {
      if (!Array.isArray(g) || g.length < 2 || !g.every(isName)) {
        fail(`aliases[${i}]: expected an array of at least two non-empty names`);
      }
    });
    config.aliases = (groups as string[][]).map((g) => [...g]);
  }

  if (data.ignore !== undefined) {
    const patterns = data.ignore;
    if (!Array.isArray(patterns)) return fail('ignore: expected an array of claim texts or "/regex/" strings');
    patterns.forEach((p: unknown, i) => {
      if (!isName(p)) return fail(`ignore[${i}]: expected a non-empty string`);
      try {
        compilePattern(p);
      } catch (err) {
        fail(`ignore[${i}]: invalid regular expression ${quote(p)} (${oneLine(err instanceof Error ? err.message : String(err))})`);
      }
    });
    config.ignore = [...(patterns as string[])];
  }

  if (data.threshold !== undefined) {
    const t = data.threshold;
    if (typeof t !== 'number' || !(t > 0 && t < 1)) fail(`threshold: expected a number between 0 and 1, got ${oneLine(JSON.stringify(t))}`);
    config.threshold = t as number;
  }

  if (data.failOn !== undefined) {
    if (!(FAIL_ON as readonly unknown[]).includes(data.failOn)) fail(`failOn: expected one of ${FAIL_ON.join(', ')}`);
    config.failOn = data.failOn as FailOn;
  }

  if (data.minSeverity !== undefined) {
    if (!(SEVERITIES as readonly unknown[]).includes(data.minSeverity)) fail(`minSeverity: expected one of ${SEVERITIES.join(', ')}`);
    config.minSeverity = data.minSeverity as Severity;
  }

  if (data.kinds !== undefined) {
    const known = DETECTORS.map((d) => d.kind);
    const kinds = data.kinds;
    // An empty list would silently detect nothing and always pass.
    if (!Array.isArray(kinds) || kinds.length === 0) return fail(`kinds: expected a non-empty array of kinds (${known.join(', ')})`);
    kinds.forEach((k: unknown, i) => {
      if (typeof k !== 'string' || !known.includes(k as DiscrepancyKind)) {
        fail(`kinds[${i}]: unknown kind ${quote(String(k))} (known: ${known.join(', ')})`);
      }
    });
    config.kinds = [...(kinds as DiscrepancyKind[])];
  }

  if (data.format !== undefined) {
    const names = FORMAT_INFO.map((f) => f.name);
    if (typeof data.format !== 'string' || !names.includes(data.format)) {
      fail(`format: unknown format ${quote(String(data.format))} (known: ${names.join(', ')})`);
    }
    config.format = data.format as string;
  }
  return config;
}

export interface LoadedConfig {
  config: Config;
  /** The file as named in messages. */
  display: string;
}

/**
 * The config to use: the `--config` file (`explicit`), none for `--no-config`
 * (`false`), else `.storydiffrc.json` in `cwd` when it exists.
 */
export async function loadConfig(explicit: string | false | undefined, cwd: string): Promise<LoadedConfig | undefined> {
  if (explicit === false) return undefined;
  let path: string;
  let display: string;
  if (explicit === undefined) {
    path = join(cwd, CONFIG_FILE);
    display = path;
    try {
      await stat(path);
    } catch (err) {
      // Absent is the normal case; anything else (permissions…) is reported by the read below.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    }
  } else {
    path = resolveFrom(cwd, explicit);
    display = explicit;
  }
  const text = await readTextFile(path, display);
  return { config: validateConfig(parseJsonFile(text, display), display), display };
}
