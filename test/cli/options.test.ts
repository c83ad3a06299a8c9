import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/report/formatters.js';
import { validateReport } from '../helpers/schema.js';
import { runCli, STORY, tempDir } from '../helpers/io.js';

const { dir, file } = tempDir('storydiff-options-');
const wire = file('wire.txt', STORY.wire);
const same = file('same.txt', STORY.same);
const renamed = file('renamed.txt', STORY.renamed);
const reworded = file('reworded.txt', STORY.reworded);
const other = file('other.txt', STORY.other);

// Configs and baselines used by the table.
const failNone = file('fail-none.json', JSON.stringify({ failOn: 'none' }));
const ignoreNames = file('ignore-names.json', JSON.stringify({ ignore: ['Lena Velasco'] }));
const badJson = file('bad.json', '{ "failOn": "high", }');
const unknownKey = file('unknown-key.json', JSON.stringify({ treshold: 0.3 }));
const wrongType = file('wrong-type.json', JSON.stringify({ threshold: '0.3' }));
const notReport = file('not-report.json', JSON.stringify({ hello: 'world' }));
const rcBad = join(dir, 'rc-bad');
const rcNone = join(dir, 'rc-none');
mkdirSync(rcBad);
mkdirSync(rcNone);
writeFileSync(join(rcBad, '.storydiffrc.json'), '{ nope');
writeFileSync(join(rcNone, '.storydiffrc.json'), JSON.stringify({ failOn: 'none' }));
const outDir = join(dir, 'out');
mkdirSync(outDir);
let baselineAll = '';
let baselineNone = '';

beforeAll(async () => {
  // Baselines written by the CLI itself, as a user would.
  baselineAll = join(dir, 'baseline-all.json');
  baselineNone = join(dir, 'baseline-none.json');
  expect((await runCli(['--format', 'json', '--output', baselineAll, wire, renamed, reworded])).code).toBe(1);
  expect((await runCli(['--format', 'json', '--output', baselineNone, wire, same])).code).toBe(0);
});

interface Row {
  argv: string[];
  cwd?: string;
  /** --output target that must (exit 0/1) or must not (exit 2) exist afterwards. */
  output?: string;
}

/** Rows are built per format, so --output targets do not collide. */
const TABLE: [string, 0 | 1 | 2, (format: string) => Row][] = [
  ['agreeing sources', 0, () => ({ argv: [wire, same] })],
  ['a high discrepancy', 1, () => ({ argv: [wire, renamed] })],
  ['--fail-on none', 0, () => ({ argv: ['--fail-on', 'none', wire, renamed] })],
  ['--fail-on high, only a medium discrepancy', 0, () => ({ argv: ['--fail-on', 'high', wire, reworded] })],
  ['--fail-on low, a medium discrepancy', 1, () => ({ argv: ['--fail-on', 'low', wire, reworded] })],
  ['--min-severity high does not change the exit status', 1, () => ({ argv: ['--min-severity', 'high', wire, reworded] })],
  ['--min-severity low', 1, () => ({ argv: ['--min-severity', 'low', wire, renamed] })],
  ['--min-severity unknown', 2, () => ({ argv: ['--min-severity', 'urgent', wire, renamed] })],
  ['--output to a file', 1, (f) => ({ argv: ['--output', join(outDir, `a.${f}`), wire, renamed], output: join(outDir, `a.${f}`) })],
  ['--output, --fail-on none', 0, (f) => ({ argv: ['-o', join(outDir, `b.${f}`), '--fail-on', 'none', wire, renamed], output: join(outDir, `b.${f}`) })],
  ['--output relative to the working directory', 1, (f) => ({ argv: ['-o', `c.${f}`, wire, renamed], cwd: outDir, output: join(outDir, `c.${f}`) })],
  ['--output into a missing directory', 2, (f) => ({ argv: ['-o', join(dir, 'missing', `d.${f}`), wire, renamed], output: join(dir, 'missing', `d.${f}`) })],
  ['--output onto a directory', 2, () => ({ argv: ['-o', outDir, wire, renamed] })],
  ['--output with a bad input', 2, (f) => ({ argv: ['-o', join(outDir, `e.${f}`), wire, join(dir, 'missing.txt')], output: join(outDir, `e.${f}`) })],
  ['--baseline covering every discrepancy', 0, () => ({ argv: ['--baseline', baselineAll, wire, renamed, reworded] })],
  ['--baseline covering every discrepancy, --fail-on low', 0, () => ({ argv: ['--baseline', baselineAll, '--fail-on', 'low', wire, renamed, reworded] })],
  ['--baseline from the same inputs in another order', 0, () => ({ argv: ['--baseline', baselineAll, reworded, wire, renamed] })],
  ['--baseline with none of the discrepancies', 1, () => ({ argv: ['--baseline', baselineNone, wire, renamed] })],
  ['--baseline, missing', 2, () => ({ argv: ['--baseline', join(dir, 'nope.json'), wire, renamed] })],
  ['--baseline, invalid JSON', 2, () => ({ argv: ['--baseline', badJson, wire, renamed] })],
  ['--baseline, not a report', 2, () => ({ argv: ['--baseline', notReport, wire, renamed] })],
  ['--baseline, a directory', 2, () => ({ argv: ['--baseline', outDir, wire, renamed] })],
  ['--config failOn none', 0, () => ({ argv: ['--config', failNone, wire, renamed] })],
  ['--config failOn none, --fail-on high wins', 1, () => ({ argv: ['--config', failNone, '--fail-on', 'high', wire, renamed] })],
  ['--config ignoring the differing name', 0, () => ({ argv: ['--config', ignoreNames, wire, renamed] })],
  ['--config, missing', 2, () => ({ argv: ['--config', join(dir, 'nope.json'), wire, renamed] })],
  ['--config, invalid JSON', 2, () => ({ argv: ['--config', badJson, wire, renamed] })],
  ['--config, unknown key', 2, () => ({ argv: ['--config', unknownKey, wire, renamed] })],
  ['--config, wrong type', 2, () => ({ argv: ['--config', wrongType, wire, renamed] })],
  ['.storydiffrc.json found in the working directory', 0, () => ({ argv: [wire, renamed], cwd: rcNone })],
  ['.storydiffrc.json with invalid JSON', 2, () => ({ argv: [wire, renamed], cwd: rcBad })],
  ['.storydiffrc.json with invalid JSON, --no-config', 1, () => ({ argv: ['--no-config', wire, renamed], cwd: rcBad })],
  ['.storydiffrc.json ignored when --config is given', 1, () => ({ argv: ['--config', ignoreNames, wire, renamed, reworded], cwd: rcBad })],
  ['--output with an empty name', 2, () => ({ argv: ['--output', '', wire, renamed] })],
  ['--baseline with an empty name', 2, () => ({ argv: ['--baseline', '', wire, renamed] })],
  ['--quiet', 1, () => ({ argv: ['--quiet', wire, renamed] })],
  ['--verbose', 1, () => ({ argv: ['--verbose', wire, renamed] })],
  ['--quiet with --verbose', 2, () => ({ argv: ['--quiet', '--verbose', wire, renamed] })],
  ['different events (nothing reported)', 0, () => ({ argv: [wire, other] })],
];

describe('exit status for every format', () => {
  const formats = FORMATTERS.map((f) => f.name);
  describe.each(formats)('--format %s', (format) => {
    it.each(TABLE)('%s → %i', async (_name, expected, build) => {
      const row = build(format);
      const result = await runCli(['--format', format, ...row.argv], row.cwd === undefined ? {} : { cwd: row.cwd });
      expect(result.code, result.stderr).toBe(expected);
      expect(result.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
      if (expected === 2) {
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        if (row.output !== undefined) expect(existsSync(row.output)).toBe(false);
      } else if (row.output !== undefined) {
        expect(result.stdout).toBe('');
        expect(readFileSync(row.output, 'utf8').length).toBeGreaterThan(0);
      } else {
        expect(result.stdout.length).toBeGreaterThan(0);
      }
    });
  });
});

describe('--output', () => {
  it('writes exactly what stdout would get, and leaves no temporary file', async () => {
    const { dir: target } = tempDir('storydiff-output-');
    const path = join(target, 'report.json');
    const toStdout = await runCli(['--format', 'json', wire, renamed]);
    const toFile = await runCli(['--format', 'json', '--output', path, wire, renamed]);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(toStdout.stdout);
    expect(readdirSync(target)).toEqual(['report.json']);
  });

  it('replaces an earlier report, and a failed run leaves it in place', async () => {
    const { dir: target, file: put } = tempDir('storydiff-output-');
    const path = put('report.txt', 'earlier report\n');
    expect((await runCli(['--output', path, wire, join(dir, 'missing.txt')])).code).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe('earlier report\n');
    expect((await runCli(['--output', path, wire, renamed])).code).toBe(1);
    expect(readFileSync(path, 'utf8')).toMatch(/Lena Velasco/);
    expect(readdirSync(target)).toEqual(['report.txt']);
  });

  it('names the file in a one-line error', async () => {
    const path = join(dir, 'missing', 'report.json');
    const result = await runCli(['--output', path, wire, renamed]);
    expect(result.stderr).toBe(`storydiff: ${path}: cannot write the report (no such directory)\n`);
  });

  it('does not colour a file from the terminal width or TTY of stdout', async () => {
    const path = join(dir, 'plain.txt');
    await runCli(['--output', path, wire, renamed], { isTTY: true });
    expect(readFileSync(path, 'utf8')).not.toMatch(/\u001b\[/);
  });

  it('treats - as stdout', async () => {
    const result = await runCli(['--format', 'json', '--output', '-', wire, renamed]);
    expect(JSON.parse(result.stdout).version).toBe(1);
  });
});

describe('--min-severity', () => {
  it('json: keeps everything by default', async () => {
    const report = JSON.parse((await runCli(['--format', 'json', wire, renamed, reworded])).stdout);
    expect(report.discrepancies.map((d: { severity: string }) => d.severity)).toEqual(['high', 'medium']);
  });

  it('json: filters the discrepancies and recounts the summary, still schema-valid', async () => {
    const result = await runCli(['--format', 'json', '--min-severity', 'high', wire, renamed, reworded]);
    const report = JSON.parse(result.stdout);
    expect(report.discrepancies.map((d: { severity: string }) => d.severity)).toEqual(['high']);
    expect(report.summary.discrepancies).toEqual({ high: 1, medium: 0, low: 0 });
    expect(validateReport(report)).toEqual([]);
  });

  it('stylish: hides the lower ones and says so', async () => {
    const result = await runCli(['--min-severity', 'high', wire, renamed, reworded]);
    expect(result.stdout).toContain('Lena Velasco');
    expect(result.stdout).not.toContain('rope broke');
    expect(result.stdout).toMatch(/1 below high hidden/);
  });

  it('exit status follows --fail-on over the whole report', async () => {
    const result = await runCli(['--format', 'json', '--min-severity', 'high', wire, reworded]);
    expect(JSON.parse(result.stdout).discrepancies).toEqual([]);
    expect(result.code).toBe(1);
  });

  // FormatOptions.minSeverity is part of the formatter contract: every format
  // that lists discrepancies must react to it.
  it.each(FORMATTERS.map((f) => f.name))('%s shows less with --min-severity high', async (format) => {
    const all = await runCli(['--format', format, wire, reworded]);
    const high = await runCli(['--format', format, '--min-severity', 'high', wire, reworded]);
    expect(high.stdout).not.toBe(all.stdout);
  });
});

describe('--quiet and --verbose', () => {
  it('--quiet drops warnings but keeps stdout', async () => {
    const loud = await runCli(['--format', 'json', wire, other]);
    const quiet = await runCli(['--format', 'json', '--quiet', wire, other]);
    expect(loud.stderr).toMatch(/warning/);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });

  it('--quiet still prints errors', async () => {
    const result = await runCli(['--quiet', wire, join(dir, 'missing.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.txt: no such file/);
  });

  it('--verbose reports each stage on stderr only', async () => {
    const plain = await runCli(['--format', 'json', wire, renamed]);
    const verbose = await runCli(['--format', 'json', '--verbose', wire, renamed]);
    expect(verbose.stdout).toBe(plain.stdout);
    expect(verbose.stderr).toMatch(/^storydiff: load: \d+ ms \(2 inputs, \d+ characters\)$/m);
    expect(verbose.stderr).toMatch(/^storydiff: compare: \d+ ms \(\d+ sentences, \d+ groups, \d+ unmatched, 1 discrepancy: 1 high, 0 medium, 0 low\)$/m);
    expect(verbose.stderr).toMatch(/^storydiff: format: \d+ ms \(json, \d+ characters\)$/m);
    expect(verbose.stderr).toMatch(/^storydiff: total: \d+ ms; exit 1/m);
  });

  it('--verbose names the config file and the write stage', async () => {
    const path = join(dir, 'verbose.json');
    const result = await runCli(['--verbose', '--config', failNone, '--output', path, wire, renamed]);
    expect(result.stderr).toContain(`storydiff: config: ${failNone}\n`);
    expect(result.stderr).toMatch(/^storydiff: write: \d+ ms/m);
  });
});

describe('progress line', () => {
  // Enough inputs for the run to count as long.
  const many = Array.from({ length: 21 }, (_, i) => file(`many-${i}.txt`, i % 2 === 0 ? STORY.wire : STORY.same));
  const progress = /storydiff: comparing 21 inputs…\r\u001b\[K/;

  it('is drawn and cleared on a terminal', async () => {
    const result = await runCli(many, { stderrTTY: true });
    expect(result.stderr).toMatch(progress);
    expect(result.stdout).not.toMatch(/comparing/);
  });

  it.each([
    ['stderr is not a terminal', many, { stderrTTY: false }],
    ['CI is set', many, { stderrTTY: true, env: { CI: 'true' } }],
    ['--quiet', ['--quiet', ...many], { stderrTTY: true }],
    ['the run is short', [wire, same], { stderrTTY: true }],
  ] as const)('is not drawn when %s', async (_name, argv, options) => {
    const result = await runCli([...argv], options);
    expect(result.stderr).not.toMatch(/comparing/);
    expect(result.stdout).not.toMatch(/comparing/);
  });
});

describe('--help', () => {
  it('shows an example for each option', async () => {
    const result = await runCli(['--help']);
    for (const flag of ['--output', '--min-severity', '--fail-on', '--config', '--baseline', '--quiet', '--verbose', '--format json']) {
      expect(result.stdout).toMatch(new RegExp(`^  storydiff .*${flag}`, 'm'));
    }
    expect(result.stdout).toContain('.storydiffrc.json');
  });

  it('lists every registered format', async () => {
    const result = await runCli(['--help']);
    const lines = result.stdout.split('\n');
    for (const f of FORMATTERS) expect(lines.some((l) => l.startsWith(`  ${f.name} `) && l.endsWith(f.description)), f.name).toBe(true);
  });
});
