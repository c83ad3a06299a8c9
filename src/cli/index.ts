import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_ALIGN_OPTIONS } from '../align/index.js';
import { compare } from '../compare.js';
import { DETECTORS } from '../detect/registry.js';
import { InputError, loadInput, loadInputs, type LoadRequest } from '../load/index.js';
import { DEFAULT_WIDTH, FORMATTERS, getFormatter } from '../report/formatters.js';
import { oneLine } from '../report/sanitize.js';
import { segment } from '../segment/index.js';
import type { DiscrepancyKind, Report, Severity } from '../types.js';
import { VERSION } from '../version.js';

/**
 * The command line: parses arguments, calls the library, writes one complete
 * output. It returns an exit status instead of exiting, so it can be tested
 * in-process and nothing is cut off mid-write.
 */

export interface CliIO {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
export const EXIT_DISCREPANCIES = 1;
export const EXIT_ERROR = 2;

const FAIL_ON = ['high', 'medium', 'low', 'none'] as const;
type FailOn = (typeof FAIL_ON)[number];
const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low'];

/** Does the report hold a discrepancy at or above the `--fail-on` severity? */
export function failsAt(report: Report, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  const limit = SEVERITY_ORDER.indexOf(failOn);
  return report.discrepancies.some((d) => SEVERITY_ORDER.indexOf(d.severity) <= limit);
}

/** Colour on or off: the flag wins, then NO_COLOR, then FORCE_COLOR, then whether stdout is a terminal. */
export function resolveColor(flag: boolean | undefined, env: CliIO['env'], isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

class UsageError extends Error {}

function listHelp(): string {
  const kinds = DETECTORS.map((d) => `  ${d.kind.padEnd(12)} ${d.description}`).join('\n');
  const formats = FORMATTERS.map((f) => `  ${f.name.padEnd(12)} ${f.description}`).join('\n');
  return `
Discrepancy kinds (--kinds):
${kinds}

Formats (--format):
${formats}

Exit status: 0 no discrepancy at or above --fail-on, 1 discrepancies found, 2 usage or input error.

Examples:
  storydiff wire.txt rewrite.txt
  storydiff --format json a.txt b.txt c.txt | jq '.discrepancies[] | .message'
  cat tabloid.txt | storydiff wire.txt - --label wire --label tabloid
  storydiff sentences wire.txt
`;
}

interface CompareFlags {
  threshold?: string;
  format: string;
  failOn: FailOn;
  label: string[];
  kinds?: string;
  color?: boolean;
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

async function runCompare(paths: string[], flags: CompareFlags, io: CliIO): Promise<number> {
  const formatter = getFormatter(flags.format);
  if (!formatter) throw new UsageError(`--format: unknown format "${oneLine(flags.format)}" (known: ${FORMATTERS.map((f) => f.name).join(', ')})`);
  if (flags.label.length > 0 && flags.label.length !== paths.length) {
    throw new UsageError(`--label given ${flags.label.length} times for ${paths.length} inputs; give it once per input or not at all`);
  }
  const kinds = parseKinds(flags.kinds);
  const threshold = flags.threshold === undefined ? undefined : Number(flags.threshold);
  if (threshold !== undefined && !(threshold > 0 && threshold < 1)) {
    throw new UsageError(`--threshold: expected a number between 0 and 1, got "${oneLine(flags.threshold ?? '')}"`);
  }
  const requests: LoadRequest[] = paths.map((path, i) => {
    const label = flags.label[i];
    return label === undefined ? { path } : { path, label };
  });
  const docs = await loadInputs(requests, io.stdin);
  const report = compare(docs, { ...(kinds ? { kinds } : {}), ...(threshold === undefined ? {} : { threshold }) });
  const color = resolveColor(flags.color, io.env, io.stdout.isTTY === true);
  const output = formatter.format(report, { color, width: io.stdout.columns ?? DEFAULT_WIDTH });
  io.stdout.write(output);
  const labelOf = (id: string): string => oneLine(report.sources.find((s) => s.id === id)?.label ?? id);
  if (!report.summary.sameEvent) {
    io.stderr.write(
      `storydiff: warning: the inputs do not seem to report the same event (${Math.round(report.summary.alignedShare * 100)}% of sentences align); no discrepancies reported\n`,
    );
  } else if (report.summary.unrelated.length > 0) {
    io.stderr.write(`storydiff: warning: ${report.summary.unrelated.map(labelOf).join(', ')} share almost nothing with the other sources; their findings are withheld\n`);
  }
  return failsAt(report, flags.failOn) ? EXIT_DISCREPANCIES : EXIT_OK;
}

async function runSentences(path: string, io: CliIO): Promise<number> {
  const { text } = await loadInput({ path }, io.stdin);
  let index = 0;
  const lines = segment(text).map((s) =>
    JSON.stringify({
      sentence: s.boilerplate ? null : index++,
      text: s.text,
      span: s.span,
      boilerplate: s.boilerplate !== undefined,
      ...(s.boilerplate ? { reason: s.boilerplate } : {}),
    }),
  );
  io.stdout.write(lines.map((l) => `${l}\n`).join(''));
  return EXIT_OK;
}

function buildProgram(io: CliIO, result: { exit: number }): Command {
  const program = new Command();
  const writeErr = (s: string): void => void io.stderr.write(s);
  program
    .name('storydiff')
    .description('Compare news articles about the same event and report where the sources disagree.')
    .version(VERSION, '-V, --version')
    .argument('<inputs...>', 'two or more article files, or - (once) for standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATTERS.map((f) => f.name)).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a discrepancy at or above this severity is found').choices([...FAIL_ON]).default('medium'))
    .option('-l, --label <label>', 'label for an input, repeated once per input in order', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('-k, --kinds <list>', `comma-separated discrepancy kinds to detect (${DETECTORS.map((d) => d.kind).join(', ')})`)
    .option(
      '-t, --threshold <0..1>',
      `how alike two sentences must be to count as one statement (IDF-weighted cosine; default ${DEFAULT_ALIGN_OPTIONS.threshold}, lower aligns more)`,
    )
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output (also NO_COLOR=1)')
    .addHelpText('after', listHelp())
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr, outputError: (s) => writeErr(s) })
    .action(async (inputs: string[], flags: CompareFlags) => {
      result.exit = await runCompare(inputs, flags, io);
    });
  program
    .command('sentences')
    .description('print the segmentation of one input as JSON lines, to see what storydiff compares')
    .argument('<file>', 'an article file, or - for standard input')
    .action(async (file: string) => {
      result.exit = await runSentences(file, io);
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
