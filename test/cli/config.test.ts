import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyIgnore, ignoreMatcher, validateConfig } from '../../src/cli/config.js';
import { InputError } from '../../src/load/index.js';
import type { Report } from '../../src/types.js';
import { sampleReport } from '../report/sample-report.js';
import { runCli, STORY, tempDir } from '../helpers/io.js';

const { dir, file } = tempDir('storydiff-config-');
const wire = file('wire.txt', STORY.wire);
const renamed = file('renamed.txt', STORY.renamed);
const reworded = file('reworded.txt', STORY.reworded);

/** A directory holding `.storydiffrc.json` with `content`, to run the CLI in. */
function rcDir(name: string, content: string): string {
  const cwd = join(dir, name);
  mkdirSync(cwd);
  writeFileSync(join(cwd, '.storydiffrc.json'), content);
  return cwd;
}

const json = async (argv: string[], options: { cwd?: string } = {}): Promise<{ code: number; report: Report; stderr: string }> => {
  const result = await runCli(['--format', 'json', ...argv], options);
  return { code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
};

describe('validateConfig', () => {
  it('accepts the documented example unchanged', () => {
    const example = {
      aliases: [['Tejo', 'Tagus']],
      ignore: ['Dmitry', '/^Lena /i'],
      threshold: 0.3,
      failOn: 'high',
      minSeverity: 'medium',
      kinds: ['entity', 'quote'],
      format: 'json',
    };
    expect(validateConfig(example, 'c.json')).toEqual(example);
    expect(validateConfig({}, 'c.json')).toEqual({});
  });

  it.each([
    ['a top-level array', [], 'c.json: expected a JSON object'],
    ['an unknown key', { treshold: 0.3 }, 'c.json: unknown key "treshold" (known: aliases, ignore, threshold, failOn, minSeverity, kinds, format)'],
    ['aliases not an array', { aliases: 'Tejo=Tagus' }, 'c.json: aliases: expected an array'],
    ['an alias group of one', { aliases: [['Tejo']] }, 'c.json: aliases[0]: expected an array of at least two non-empty names'],
    ['an empty alias', { aliases: [['Tejo', '']] }, 'c.json: aliases[0]:'],
    ['ignore not an array', { ignore: 'Dmitry' }, 'c.json: ignore: expected an array'],
    ['an empty ignore entry', { ignore: ['x', ''] }, 'c.json: ignore[1]: expected a non-empty string'],
    ['an invalid regex', { ignore: ['/(/'] }, 'c.json: ignore[0]: invalid regular expression "/(/"'],
    ['a threshold string', { threshold: '0.3' }, 'c.json: threshold: expected a number between 0 and 1, got "0.3"'],
    ['a threshold of 1', { threshold: 1 }, 'c.json: threshold: expected a number between 0 and 1, got 1'],
    ['an unknown failOn', { failOn: 'always' }, 'c.json: failOn: expected one of high, medium, low, none'],
    ['minSeverity none', { minSeverity: 'none' }, 'c.json: minSeverity: expected one of high, medium, low'],
    ['empty kinds', { kinds: [] }, 'c.json: kinds: expected a non-empty array'],
    ['an unknown kind', { kinds: ['entity', 'weather'] }, 'c.json: kinds[1]: unknown kind "weather"'],
    ['kinds as a string', { kinds: 'entity' }, 'c.json: kinds: expected a non-empty array'],
    ['an unknown format', { format: 'yaml' }, 'c.json: format: unknown format "yaml"'],
  ] as const)('rejects %s', (_name, data, message) => {
    let error: unknown;
    try {
      validateConfig(data, 'c.json');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message.startsWith(message), (error as Error).message).toBe(true);
    expect((error as Error).message).not.toMatch(/\n/);
  });
});

describe('ignore', () => {
  it.each([
    ['Lena Velasco', 'Lena Velasco', true],
    ['case and diacritics', 'LÉNA  velasco', true],
    ['surrounding space', ' Lena Velasco ', true],
    ['a part only', 'Velasco', false],
    ['a regex', '/Vel.sco$/', true],
    ['a regex with flags', '/^lena/i', true],
    ['a regex is case-sensitive without i', '/^lena/', false],
    ['a g flag does not make it stateful', '/Lena/g', true],
  ] as const)('%s', (_name, pattern, expected) => {
    const matches = ignoreMatcher([pattern]);
    // Twice: a stateful (g) regex would fail the second time.
    expect(matches('Lena Velasco')).toBe(expected);
    expect(matches('Lena Velasco')).toBe(expected);
  });

  it('drops matching claims, removes discrepancies left with fewer than two, recounts the summary', () => {
    const report = sampleReport();
    const d1 = report.discrepancies[0];
    if (!d1) throw new Error('sample report has no discrepancies');
    // A third claim, so dropping one leaves a discrepancy with two.
    d1.claims.push({ ...d1.claims[1]!, text: 'Pescov' });
    const before = report.discrepancies.length;
    const result = applyIgnore(report, ignoreMatcher(['Pescov', 'We are ready to continue,']));
    expect(result.claims).toBe(2);
    expect(result.discrepancies).toBe(1);
    expect(result.report.discrepancies).toHaveLength(before - 1);
    expect(result.report.discrepancies[0]?.claims.map((c) => c.text)).toEqual(['Petrov', 'Peskov']);
    expect(result.report.discrepancies.map((d) => d.id)).not.toContain('D2');
    const counts = { high: 0, medium: 0, low: 0 };
    for (const d of result.report.discrepancies) counts[d.severity]++;
    expect(result.report.summary.discrepancies).toEqual(counts);
  });

  it('applies through the CLI, leaving other discrepancies', async () => {
    const config = file('ignore.json', JSON.stringify({ ignore: ['lena velasco'] }));
    const { code, report } = await json(['--config', config, wire, renamed, reworded]);
    expect(report.discrepancies.map((d: { kind: string }) => d.kind)).toEqual(['quote']);
    expect(report.summary.discrepancies).toEqual({ high: 0, medium: 1, low: 0 });
    expect(code).toBe(1);
  });
});

describe('config file', () => {
  it('is found as .storydiffrc.json in the working directory', async () => {
    const cwd = rcDir('rc-kinds', JSON.stringify({ kinds: ['quote'] }));
    const { report } = await json([wire, renamed, reworded], { cwd });
    expect(report.discrepancies.map((d: { kind: string }) => d.kind)).toEqual(['quote']);
  });

  it('--config is resolved against the working directory', async () => {
    const cwd = join(dir, 'rel');
    mkdirSync(cwd);
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify({ failOn: 'none' }));
    expect((await runCli(['--config', 'settings.json', wire, renamed], { cwd })).code).toBe(0);
  });

  it('command-line options override it', async () => {
    const cwd = rcDir('rc-all', JSON.stringify({ kinds: ['quote'], format: 'json', failOn: 'none', minSeverity: 'high' }));
    const fromConfig = await runCli([wire, renamed, reworded], { cwd });
    expect(fromConfig.code).toBe(0);
    // format json from the config, minSeverity high filtering it.
    expect(JSON.parse(fromConfig.stdout).discrepancies).toEqual([]);
    const overridden = await runCli(['--format', 'stylish', '--kinds', 'entity', '--fail-on', 'high', '--min-severity', 'low', wire, renamed, reworded], { cwd });
    expect(overridden.code).toBe(1);
    expect(overridden.stdout).toContain('Lena Velasco');
    expect(overridden.stdout).not.toContain('rope broke');
  });

  it('threshold from the config, overridden by --threshold', async () => {
    const cwd = rcDir('rc-threshold', JSON.stringify({ threshold: 0.95 }));
    const strict = await json([wire, reworded], { cwd });
    const loose = await json(['--threshold', '0.1', wire, reworded], { cwd });
    expect(loose.report.summary.groups).toBeGreaterThan(strict.report.summary.groups);
  });

  it('adds aliases', async () => {
    const cwd = rcDir('rc-aliases', JSON.stringify({ aliases: [['Lena Vasquez', 'Lena Velasco']] }));
    const { code, report } = await json([wire, renamed], { cwd });
    expect(report.discrepancies).toEqual([]);
    expect(code).toBe(0);
  });

  it('accepts a byte-order mark', async () => {
    const cwd = rcDir('rc-bom', '\uFEFF' + JSON.stringify({ failOn: 'none' }));
    expect((await runCli([wire, renamed], { cwd })).code).toBe(0);
  });

  it.each([
    ['invalid JSON', '{ "failOn": "none", }', /^storydiff: (.*): invalid JSON \(.+\)\n$/],
    ['an unknown key', '{ "failOn": "none", "colour": true }', /^storydiff: (.*): unknown key "colour" \(known: .*\)\n$/],
    ['a wrong value', '{ "failOn": "sometimes" }', /^storydiff: (.*): failOn: expected one of high, medium, low, none\n$/],
  ])('reports %s on one line naming the file, exit 2', async (name, content, pattern) => {
    const cwd = rcDir(`rc-bad-${name.replace(/\W/g, '-')}`, content);
    const result = await runCli([wire, renamed], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(pattern);
    expect(pattern.exec(result.stderr)?.[1]).toBe(join(cwd, '.storydiffrc.json'));
  });

  it('names an explicit --config file as given', async () => {
    const path = file('broken.json', 'nope');
    const result = await runCli(['--config', path, wire, renamed]);
    expect(result.stderr.startsWith(`storydiff: ${path}: invalid JSON (`)).toBe(true);
    const missing = await runCli(['--config', join(dir, 'none.json'), wire, renamed]);
    expect(missing.stderr).toBe(`storydiff: ${join(dir, 'none.json')}: no such file\n`);
  });

  it('--no-config skips .storydiffrc.json', async () => {
    const cwd = rcDir('rc-skipped', JSON.stringify({ failOn: 'none' }));
    expect((await runCli([wire, renamed], { cwd })).code).toBe(0);
    expect((await runCli(['--no-config', wire, renamed], { cwd })).code).toBe(1);
  });
});
