import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_ALIGN_OPTIONS } from '../align/index.js';
import { compareAsync } from '../compare.js';
import { DETECTORS } from '../detect/registry.js';
import {
  DEFAULT_MAX_BYTES,
  encodingName,
  formatBytes,
  INPUT_FORMATS,
  InputError,
  loadInput,
  loadInputs,
  mapReportToInputs,
  mapSegmentsToPage,
  parseByteSize,
  type InputFormat,
  type LoadOptions,
  type LoadRequest,
} from '../load/index.js';
import { DEFAULT_TIMEOUT_MS } from '../load/fetch.js';
import { applyProcessors, processorsFor } from '../process/index.js';
import { DEFAULT_WIDTH, FORMAT_INFO, loadFormatter, type FormatOptions } from '../report/formats.js';
import { oneLine } from '../report/sanitize.js';
import { segment } from '../segment/index.js';
import { LineIndex } from '../span.js';
import { SEVERITIES, type DiscrepancyKind, type Report, type Severity } from '../types.js';
import { VERSION } from '../version.js';
import type { BatchSettings } from './batch.js';
import { loadBaseline } from './baseline.js';
import { CONFIG_FILE, FAIL_ON, loadConfig, resolveFrom, type FailOn } from './config.js';

/**
 * The command line: parses arguments, calls the library, writes one complete
 * output. It returns an exit status instead of exiting, so it can be tested
 * in-process and nothing is cut off mid-write.
 */

export interface CliIO {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  /** `isTTY` decides whether a progress line may be drawn. */
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Where `.storydiffrc.json` is looked for and relative `--config`,
   * `--output` and `--baseline` paths start (input paths go to the load stage
   * as given). A parameter rather than process.cwd() so tests can set it.
   */
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_DISCREPANCIES = 1;
export const EXIT_ERROR = 2;

export type { FailOn };

/** Does the report hold a discrepancy at or above the `--fail-on` severity? */
export function failsAt(report: Report, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  const limit = SEVERITIES.indexOf(failOn);
  return report.discrepancies.some((d) => SEVERITIES.indexOf(d.severity) <= limit);
}

/** Colour on or off: the flag wins, then NO_COLOR, then FORCE_COLOR, then whether stdout is a terminal. */
export function resolveColor(flag: boolean | undefined, env: CliIO['env'], isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

/** Is this a CI run? `CI=false` / `CI=0` (used to opt out) count as not. */
export function isCI(env: CliIO['env']): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * Up to these, a run finishes before a progress line could be read (about
 * 0.2 s for 20 news-length inputs), so drawing one would only flicker.
 */
const PROGRESS_AFTER_INPUTS = 20;
const PROGRESS_AFTER_CHARS = 500_000;

class UsageError extends Error {}

function listHelp(): string {
  const kinds = DETECTORS.map((d) => `  ${d.kind.padEnd(12)} ${d.description}`).join('\n');
  const formats = FORMAT_INFO.map((f) => `  ${f.name.padEnd(12)} ${f.description}`).join('\n');
  return `
Discrepancy kinds (--kinds):
${kinds}

Formats (--format):
${formats}

Configuration: --config <file>, else ${CONFIG_FILE} in the working directory when present.
A JSON object with any of: aliases, ignore, threshold, failOn, minSeverity, kinds, format
(see the README); command-line options override it.

Exit status: 0 no discrepancy at or above --fail-on, 1 discrepancies found, 2 usage or input error.
--fail-on counts what is left after "ignore" and --baseline; --min-severity only changes what is shown.

Examples:
  storydiff wire.txt rewrite.txt
  cat tabloid.txt | storydiff wire.txt - --label wire --label tabloid
  storydiff --format json a.txt b.txt c.txt | jq '.discrepancies[] | .message'
  storydiff --min-severity high a.txt b.txt            # show only high-severity discrepancies
  storydiff --fail-on high a.txt b.txt                 # exit 1 only for high-severity ones
  storydiff --format json --output report.json a.txt b.txt    # write the report to a file
  storydiff --config ci/storydiff.json a.txt b.txt     # settings from a file
  storydiff --format json -o baseline.json a.txt b.txt # record today's discrepancies…
  storydiff --baseline baseline.json a.txt b.txt       # …then report only new ones
  storydiff --quiet a.txt b.txt                        # no warnings or notes on stderr
  storydiff --verbose a.txt b.txt                      # timings and counts per stage on stderr
  storydiff sentences wire.txt
  storydiff saved-page.html wire.txt                   # a saved web page: its article is compared
  storydiff https://example.org/a https://example.org/b   # fetch the pages
  storydiff stories/                                   # every .txt/.html file in a directory
  storydiff extract page.html                          # the text that is compared, a sentence a line
  storydiff batch clusters.jsonl > answers.jsonl       # many clusters, JSON Lines in and out (README: At scale)
`;
}

interface CompareFlags {
  threshold?: string;
  format?: string;
  failOn?: FailOn;
  minSeverity?: Severity;
  label: string[];
  kinds?: string;
  color?: boolean;
  output?: string;
  config?: string | false;
  baseline?: string;
  quiet?: boolean;
  verbose?: boolean;
  maxBytes?: string;
  encoding?: string;
  inputFormat?: InputFormat;
  timeout?: string;
}

/** The options on every command that reads inputs. */
interface InputFlags {
  timeout?: string;
  maxBytes?: string;
  encoding?: string;
  inputFormat?: InputFormat;
}

/** The options that decide how inputs are read, checked before any is. */
function loadOptions(flags: InputFlags, onNote: (s: string) => void): LoadOptions {
  const options: LoadOptions = { onNote };
  if (flags.inputFormat !== undefined) options.inputFormat = flags.inputFormat;
  if (flags.timeout !== undefined) {
    const timeout = Number(flags.timeout);
    if (!(timeout > 0 && timeout <= 3600)) throw new UsageError(`--timeout: expected a number of seconds (0–3600), got "${oneLine(flags.timeout)}"`);
    options.timeoutMs = Math.round(timeout * 1000);
  }
  if (flags.maxBytes !== undefined) {
    const max = parseByteSize(flags.maxBytes);
    if (max === undefined) throw new UsageError(`--max-bytes: expected a size such as 5000000, 500kB or 20MB, got "${oneLine(flags.maxBytes)}"`);
    options.maxBytes = max;
  }
  if (flags.encoding !== undefined) {
    if (encodingName(flags.encoding) === undefined) {
      throw new UsageError(`--encoding: unknown encoding "${oneLine(flags.encoding)}" (labels such as utf-8, utf-16le, windows-1252, iso-8859-2, shift_jis)`);
    }
    options.encoding = flags.encoding;
  }
  return options;
}

function parseKinds(value: string | undefined): DiscrepancyKind[] | undefined {
  if (value === undefined) return undefined;
  const known = DETECTORS.map((d) => d.kind);
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const k of kinds) {
    if (!known.includes(k as DiscrepancyKind)) throw new UsageError(`--kinds: unknown kind "${oneLine(k)}" (known: ${known.join(', ')})`);
  }
  return kinds as DiscrepancyKind[];
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threshold = Number(value);
  if (!(threshold > 0 && threshold < 1)) throw new UsageError(`--threshold: expected a number between 0 and 1, got "${oneLine(value)}"`);
  return threshold;
}

function describeWriteError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such directory';
    case 'ENOTDIR':
      return 'a parent is not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EISDIR':
      return 'is a directory';
    default:
      return code ?? 'unknown error';
  }
}

/**
 * Writes `content` to `path` all or nothing: a temporary file in the same
 * directory (rename is only atomic within one file system), flushed, then
 * renamed over the target. A reader never sees half a report, and a failed
 * run leaves an earlier report in place.
 */
async function writeAtomic(path: string, display: string, content: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const existing = await stat(path).catch(() => undefined);
    if (existing?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new InputError(display, `cannot write the report (${describeWriteError(err)})`);
  }
}

const elapsed = (since: number): string => `${Math.round(performance.now() - since)} ms`;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

async function runCompare(paths: string[], flags: CompareFlags, io: CliIO): Promise<number> {
  const started = performance.now();
  const quiet = flags.quiet === true;
  // Notes and warnings: silenced by --quiet. Errors never go through here.
  const note = (s: string): void => void (quiet ? undefined : io.stderr.write(`storydiff: ${s}\n`));
  const debug = (s: string): void => void (flags.verbose === true ? io.stderr.write(`storydiff: ${s}\n`) : undefined);

  for (const [name, value] of [['--output', flags.output], ['--config', flags.config], ['--baseline', flags.baseline]] as const) {
    // An empty path would resolve to the working directory itself.
    if (value === '') throw new UsageError(`${name}: expected a file name`);
  }

  const loaded = await loadConfig(flags.config, io.cwd);
  if (loaded) debug(`config: ${oneLine(loaded.display)}`);
  const config = loaded?.config ?? {};

  // Command-line flags override the config file, which overrides the defaults.
  const formatName = flags.format ?? config.format ?? 'stylish';
  // Only the chosen formatter's code is loaded.
  const formatter = await loadFormatter(formatName);
  if (!formatter) throw new UsageError(`--format: unknown format "${oneLine(formatName)}" (known: ${FORMAT_INFO.map((f) => f.name).join(', ')})`);
  const failOn = flags.failOn ?? config.failOn ?? 'medium';
  const minSeverity = flags.minSeverity ?? config.minSeverity;
  const kinds = parseKinds(flags.kinds) ?? config.kinds;
  const threshold = parseThreshold(flags.threshold) ?? config.threshold;
  if (flags.label.length > 0 && flags.label.length !== paths.length) {
    throw new UsageError(`--label given ${flags.label.length} times for ${paths.length} inputs; give it once per input or not at all`);
  }
  const toStdout = flags.output === undefined || flags.output === '-';

  // The baseline is read before the inputs so a bad one fails fast, before any work.
  const baseline = flags.baseline === undefined ? undefined : await loadBaseline(flags.baseline, io.cwd);

  let since = performance.now();
  const requests: LoadRequest[] = paths.map((path, i) => {
    const label = flags.label[i];
    return label === undefined ? { path } : { path, label };
  });
  const docs = await loadInputs(requests, io.stdin, loadOptions(flags, note));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  debug(`load: ${elapsed(since)} (${plural(docs.length, 'input', 'inputs')}, ${chars} characters)`);

  since = performance.now();
  // Alignment of a large cluster runs partly in a worker, but detection is synchronous, so a
  // timer could not redraw the line; draw it up front only when the run is large enough.
  const progress =
    io.stderr.isTTY === true && !isCI(io.env) && !quiet && (docs.length > PROGRESS_AFTER_INPUTS || chars > PROGRESS_AFTER_CHARS);
  if (progress) io.stderr.write(`storydiff: comparing ${docs.length} inputs…`);
  let report: Report;
  try {
    // STORYDIFF_PARALLEL_MIN moves the size at which a worker thread helps (tests, benchmarks).
    const parallelMin = Number(io.env.STORYDIFF_PARALLEL_MIN);
    report = await compareAsync(docs, {
      ...(Number.isFinite(parallelMin) && io.env.STORYDIFF_PARALLEL_MIN !== '' ? { parallelMin } : {}),
      ...(kinds ? { kinds } : {}),
      ...(threshold === undefined ? {} : { threshold }),
      ...(config.aliases ? { aliases: config.aliases } : {}),
    });
  } finally {
    if (progress) io.stderr.write('\r\x1b[K');
  }
  // Pages were compared as their article text: point the report into the HTML files.
  report = mapReportToInputs(report, docs);
  const s = report.summary;
  debug(
    `compare: ${elapsed(since)} (${s.sentences} sentences, ${s.groups} groups, ${s.unmatched} unmatched, ` +
      `${plural(report.discrepancies.length, 'discrepancy', 'discrepancies')}: ${s.discrepancies.high} high, ${s.discrepancies.medium} medium, ${s.discrepancies.low} low)`,
  );

  // The filters run here rather than through compareAsync's options: the compare line above
  // counts what was found before them. "ignore" and --baseline decide what is found (the exit
  // status follows them)…
  report = applyProcessors(
    report,
    processorsFor(
      { ignore: config.ignore, baseline },
      {
        onIgnored: ({ claims, discrepancies }) =>
          debug(`ignore: ${plural(claims, 'claim', 'claims')} dropped, ${plural(discrepancies, 'discrepancy', 'discrepancies')} removed`),
        onSuppressed: (suppressed) =>
          note(`${plural(suppressed, 'discrepancy', 'discrepancies')} already in the baseline ${oneLine(flags.baseline ?? '')} suppressed`),
      },
    ),
  );
  // …--min-severity only what is shown. json is a data contract with no way to say what it hid,
  // so it filters the document itself (summary counts follow); the other formats get the whole
  // report and hide entries themselves (stylish says how many).
  const shown = formatter.name === 'json' ? applyProcessors(report, processorsFor({ minSeverity })) : report;
  since = performance.now();
  const options: FormatOptions = {
    // A file is not a terminal: colour only when asked for, and the default width.
    color: resolveColor(flags.color, io.env, toStdout && io.stdout.isTTY === true),
    width: toStdout ? (io.stdout.columns ?? DEFAULT_WIDTH) : DEFAULT_WIDTH,
    ...(minSeverity === undefined ? {} : { minSeverity }),
  };
  const output = formatter.format(shown, options);
  debug(`format: ${elapsed(since)} (${formatter.name}, ${output.length} characters)`);

  if (toStdout) {
    io.stdout.write(output);
  } else {
    since = performance.now();
    const target = flags.output ?? '';
    await writeAtomic(resolveFrom(io.cwd, target), target, output);
    debug(`write: ${elapsed(since)} (${oneLine(target)})`);
  }

  const labelOf = (id: string): string => oneLine(report.sources.find((src) => src.id === id)?.label ?? id);
  if (!s.sameEvent) {
    note(`warning: the inputs do not seem to report the same event (${Math.round(s.alignedShare * 100)}% of sentences align); no discrepancies reported`);
  } else if (s.unrelated.length > 0) {
    note(`warning: ${s.unrelated.map(labelOf).join(', ')} share almost nothing with the other sources; their findings are withheld`);
  }
  const fails = failsAt(report, failOn);
  debug(`total: ${elapsed(started)}; exit ${fails ? EXIT_DISCREPANCIES : EXIT_OK} (--fail-on ${failOn})`);
  return fails ? EXIT_DISCREPANCIES : EXIT_OK;
}

async function runSentences(path: string, flags: InputFlags, io: CliIO): Promise<number> {
  const doc = await loadInput({ path }, io.stdin, loadOptions(flags, (s) => void io.stderr.write(`storydiff: ${s}\n`)));
  let index = 0;
  const lines = mapSegmentsToPage(segment(doc.text), doc).map((s) =>
    JSON.stringify({
      sentence: s.boilerplate ? null : index++,
      text: s.text,
      span: s.span,
      boilerplate: s.boilerplate !== undefined,
      ...(s.boilerplate ? { reason: s.boilerplate } : {}),
      ...(s.cut ? { cut: true } : {}),
    }),
  );
  // A page's furniture, left out of the comparison, is listed too.
  const lineIndex = doc.html ? new LineIndex(doc.html.page) : undefined;
  for (const d of doc.html?.dropped ?? []) {
    lines.push(JSON.stringify({ sentence: null, text: d.text, span: lineIndex?.span(d.start, d.end), boilerplate: true, reason: 'page-furniture' }));
  }
  io.stdout.write(lines.map((l) => `${l}\n`).join(''));
  return EXIT_OK;
}

/** The text that is compared, one content sentence a line (a page reduced to its article, headline first). */
async function runExtract(path: string, flags: InputFlags, io: CliIO): Promise<number> {
  const doc = await loadInput({ path }, io.stdin, loadOptions(flags, (s) => void io.stderr.write(`storydiff: ${s}\n`)));
  const lines = segment(doc.text)
    .filter((s) => s.boilerplate === undefined)
    .map((s) => `${s.text.replace(/\s+/g, ' ')}\n`);
  io.stdout.write(lines.join(''));
  return EXIT_OK;
}

interface BatchFlags {
  jobs?: string;
  config?: string;
  threshold?: string;
  kinds?: string;
  minSeverity?: Severity;
  quiet?: boolean;
}

/** Most worker threads --jobs accepts; more than the cores only adds memory. */
const MAX_JOBS = 256;

async function runBatchCommand(input: string | undefined, flags: BatchFlags, io: CliIO): Promise<number> {
  let jobs = 1;
  if (flags.jobs !== undefined) {
    jobs = Number(flags.jobs);
    if (!(Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs: expected a whole number from 1 to ${MAX_JOBS}, got "${oneLine(flags.jobs)}"`);
  }
  if (flags.config === '') throw new UsageError('--config: expected a file name');
  // Only an explicit --config: a .storydiffrc.json found in whatever directory a cluster node
  // happens to run in would make the same line answer differently on different hosts.
  const config = flags.config === undefined ? {} : ((await loadConfig(flags.config, io.cwd))?.config ?? {});
  const kinds = parseKinds(flags.kinds) ?? config.kinds;
  const threshold = parseThreshold(flags.threshold) ?? config.threshold;
  const minSeverity = flags.minSeverity ?? config.minSeverity;
  const settings: BatchSettings = {
    ...(config.aliases ? { aliases: config.aliases } : {}),
    ...(config.ignore ? { ignore: config.ignore } : {}),
    ...(kinds ? { kinds } : {}),
    ...(threshold === undefined ? {} : { threshold }),
    ...(minSeverity === undefined ? {} : { minSeverity }),
  };
  const progress = io.stderr.isTTY === true && !isCI(io.env) && flags.quiet !== true;
  // Loaded only for a batch run.
  const { runBatch } = await import('./batch.js');
  await runBatch({ input: input ?? '-', settings, jobs, progress }, io);
  return EXIT_OK;
}

function inputOptions(command: Command): Command {
  return command
    .option('--max-bytes <size>', `largest input accepted (default ${formatBytes(DEFAULT_MAX_BYTES)}; e.g. 500kB, 20MB)`)
    .option('--encoding <label>', 'the encoding of the inputs when not UTF-8 and without a byte-order mark (e.g. windows-1252)')
    .option('--timeout <seconds>', `time limit for fetching each URL, body included (default ${DEFAULT_TIMEOUT_MS / 1000})`)
    .addOption(new Option('--input-format <format>', 'text or html (default auto: .html/.htm files and pages that look like HTML)').choices([...INPUT_FORMATS]));
}

function buildProgram(io: CliIO, result: { exit: number }): Command {
  const program = new Command();
  // Options after a subcommand belong to it (`storydiff sentences --encoding x f`), not to the comparison.
  program.enablePositionalOptions();
  const writeErr = (s: string): void => void io.stderr.write(s);
  program
    .name('storydiff')
    .description('Compare news articles about the same event and report where the sources disagree.')
    .version(VERSION, '-V, --version')
    .argument('<inputs...>', 'two or more article files or pages, directories of them, http(s) URLs, or - (once) for standard input')
    // No commander defaults: an option left undefined means "not given", so the config file can fill it.
    .addOption(new Option('-f, --format <name>', 'output format (default: stylish)').choices(FORMAT_INFO.map((f) => f.name)))
    .addOption(new Option('-o, --output <file>', 'write the report to this file (atomically) instead of stdout'))
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a discrepancy at or above this severity is found (default: medium)').choices([...FAIL_ON]),
    )
    .addOption(
      new Option('--min-severity <severity>', 'show only discrepancies at or above this severity (exit status still follows --fail-on)').choices([
        ...SEVERITIES,
      ]),
    )
    .option('-l, --label <label>', 'label for an input, repeated once per input in order', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('-k, --kinds <list>', `comma-separated discrepancy kinds to detect (${DETECTORS.map((d) => d.kind).join(', ')})`)
    .option(
      '-t, --threshold <0..1>',
      `how alike two sentences must be to count as one statement (IDF-weighted cosine; default ${DEFAULT_ALIGN_OPTIONS.threshold}, lower aligns more)`,
    )
    .option('-c, --config <file>', `read settings from this JSON file (default: ${CONFIG_FILE} in the working directory, if present)`)
    .option('--no-config', `ignore ${CONFIG_FILE}`)
    .option('--baseline <report.json>', 'report only discrepancies not already in this earlier --format json report')
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output (also NO_COLOR=1)')
    .addOption(new Option('-q, --quiet', 'no warnings or notes on stderr, only errors').conflicts('verbose'))
    .option('--verbose', 'timings and counts per stage on stderr');
  inputOptions(program)
    .addHelpText('after', listHelp())
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr, outputError: (s) => writeErr(s) })
    .action(async (inputs: string[], flags: CompareFlags) => {
      result.exit = await runCompare(inputs, flags, io);
    });
  inputOptions(
    program
      .command('sentences')
      .description('print the segmentation of one input as JSON lines, to see what storydiff compares')
      .argument('<file>', 'an article file or page, or - for standard input'),
  ).action(async (file: string, flags: InputFlags) => {
    result.exit = await runSentences(file, flags, io);
  });
  inputOptions(
    program
      .command('extract')
      .description('print the text that is compared, one sentence a line (a web page reduced to its article)')
      .argument('<file>', 'an article file or page, or - for standard input'),
  ).action(async (file: string, flags: InputFlags) => {
    result.exit = await runExtract(file, flags, io);
  });
  program
    .command('batch')
    .description('compare many clusters: JSON Lines in ({"id", "articles": [{"label", "text"}…], "options"}), one JSON report or error a line out, in order')
    .argument('[file]', 'a JSON Lines file, or - (the default) for standard input')
    .option('-j, --jobs <n>', 'worker threads answering lines (default 1); output order is kept')
    .option('-c, --config <file>', 'settings every line starts from (aliases, ignore, threshold, minSeverity, kinds); no .storydiffrc.json is read')
    .option('-k, --kinds <list>', 'comma-separated discrepancy kinds to detect, unless a line says otherwise')
    .option('-t, --threshold <0..1>', 'alignment threshold, unless a line says otherwise')
    .addOption(new Option('--min-severity <severity>', 'keep only discrepancies at or above this severity, unless a line says otherwise').choices([...SEVERITIES]))
    .option('-q, --quiet', 'no progress line on a terminal')
    .action(async (file: string | undefined, flags: BatchFlags) => {
      result.exit = await runBatchCommand(file, flags, io);
    });
  return program;
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const result = { exit: EXIT_OK };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return result.exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; commander already printed its one-line error otherwise.
      return err.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    if (err instanceof InputError) {
      io.stderr.write(`storydiff: ${oneLine(err.message)}\n`);
      return EXIT_ERROR;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`storydiff: ${oneLine(err.message)}\n`);
      return EXIT_ERROR;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`storydiff: internal error: ${oneLine(message)} (please report this)\n`);
    return EXIT_ERROR;
  }
}
