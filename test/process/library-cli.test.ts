import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, compareAsync, type CompareOptions } from '../../src/compare.js';
import { loadInputs } from '../../src/load/index.js';
import { reportFingerprints } from '../../src/report/fingerprint.js';
import { getFormatter } from '../../src/report/formatters.js';
import type { InputDocument, Report } from '../../src/types.js';
import { runCli, tempDir } from '../helpers/io.js';

/**
 * The library and the CLI filter a report the same way: `compare(docs,
 * { ignore, baseline, minSeverity })` gives the JSON that `storydiff --format
 * json` prints with the same settings from a config file and flags.
 */

const example = join(import.meta.dirname, '..', '..', 'fixtures', 'example');
const { file, dir } = tempDir('storydiff-process-');
const ignoreNames = ['Nikos Alexandrou', '/pollution/'];
const ignoreConfig = file('ignore.json', JSON.stringify({ ignore: ignoreNames }));
const configAll = file('all.json', JSON.stringify({ ignore: ['5-metre'], minSeverity: 'medium' }));
const baselinePath = join(dir, 'baseline.json');
let baseline: Report;
let docs: InputDocument[];

beforeAll(async () => {
  // The baseline: an earlier run on two of the three articles (their shared findings only).
  const recorded = await runCli(['--format', 'json', '--output', baselinePath, join(example, 'rewrite.txt'), join(example, 'wire.txt')]);
  expect(recorded.stderr).toBe('');
  baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Report;
  docs = await loadInputs([{ path: example }], (async function* (): AsyncGenerator<string> {})());
});

const json = (report: Report): string => getFormatter('json')!.format(report, { color: false, width: 100 });

const cases: [string, string[], () => CompareOptions][] = [
  ['no filtering', [], () => ({})],
  ['ignore from a config file', ['--config', ignoreConfig], () => ({ ignore: ignoreNames })],
  ['--baseline (an earlier report)', ['--baseline', baselinePath], () => ({ baseline })],
  ['--baseline (its fingerprints)', ['--baseline', baselinePath], () => ({ baseline: reportFingerprints(baseline) })],
  ['--min-severity high', ['--min-severity', 'high'], () => ({ minSeverity: 'high' })],
  ['--min-severity medium', ['--min-severity', 'medium'], () => ({ minSeverity: 'medium' })],
  ['minSeverity and ignore from a config file', ['--config', configAll], () => ({ ignore: ['5-metre'], minSeverity: 'medium' })],
  [
    'all three',
    ['--config', ignoreConfig, '--baseline', baselinePath, '--min-severity', 'high'],
    () => ({ ignore: ignoreNames, baseline, minSeverity: 'high' }),
  ],
];

describe('the library filters as the CLI does (fixtures/example)', () => {
  it.each(cases)('%s', async (_name, flags, options) => {
    const cli = await runCli(['--format', 'json', ...flags, example]);
    expect(cli.code, cli.stderr).not.toBe(2);
    expect(json(compare(docs, options()))).toBe(cli.stdout);
    expect(json(await compareAsync(docs, options()))).toBe(cli.stdout);
  });

  it('each filter changes the report (the table is not comparing no-ops)', () => {
    const full = json(compare(docs));
    for (const [name, flags, options] of cases) if (flags.length > 0) expect(json(compare(docs, options())), name).not.toBe(full);
  });

  it('custom processors run after the built-in filters', () => {
    const seen: number[] = [];
    compare(docs, { minSeverity: 'high', processors: [(r) => (seen.push(r.discrepancies.length), r)] });
    expect(seen).toEqual([compare(docs, { minSeverity: 'high' }).discrepancies.length]);
    expect(seen[0]).toBeLessThan(compare(docs).discrepancies.length);
  });
});
