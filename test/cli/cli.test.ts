import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveColor } from '../../src/cli/index.js';
import { FORMATTERS } from '../../src/report/formatters.js';
import { runCli } from '../helpers/io.js';

const dir = mkdtempSync(join(tmpdir(), 'storydiff-cli-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

// Small stories of our own: the same event, told with and without disagreements.
const wire = file(
  'wire.txt',
  'Harbour officials closed the northern pier on Tuesday after a crane collapsed.\n' +
    'Port spokesperson Lena Vasquez said nobody was hurt in the collapse.\n' +
    'The crane operator, Tomas Weber, told reporters: "The cable snapped without any warning at all."\n',
);
const same = file(
  'same.txt',
  'Port spokesperson Lena Vasquez said nobody was hurt in the collapse.\n' +
    'Harbour officials closed the northern pier on Tuesday after a crane collapsed.\n',
);
const renamed = file(
  'renamed.txt',
  'Harbour officials closed the northern pier on Tuesday after a crane collapsed.\n' +
    'Port spokesperson Lena Velasco said nobody was hurt in the collapse.\n',
);
const reworded = file(
  'reworded.txt',
  'Harbour officials closed the northern pier on Tuesday after a crane collapsed.\n' +
    'The crane operator, Tomas Weber, told reporters: "The rope broke without any warning at all."\n',
);
const empty = file('empty.txt', '   \n');
const binary = file('binary.bin', Buffer.from([0x50, 0x4b, 0x00, 0x03]));

describe('exit status', () => {
  it.each([
    ['agreeing sources', 0, [wire, same]],
    ['an entity discrepancy (high)', 1, [wire, renamed]],
    ['an entity discrepancy with --fail-on none', 0, ['--fail-on', 'none', wire, renamed]],
    ['a quote wording discrepancy (medium) at default --fail-on medium', 1, [wire, reworded]],
    ['a quote wording discrepancy with --fail-on high', 0, ['--fail-on', 'high', wire, reworded]],
    ['an entity discrepancy with --fail-on high', 1, ['--fail-on', 'high', wire, renamed]],
    ['a missing file', 2, [wire, join(dir, 'missing.txt')]],
    ['an empty file', 2, [wire, empty]],
    ['a binary file', 2, [wire, binary]],
    ['a directory without articles', 2, [wire, mkdtempSync(join(tmpdir(), 'storydiff-empty-'))]],
    ['an input over --max-bytes', 2, ['--max-bytes', '100', wire, same]],
    ['an invalid --max-bytes', 2, ['--max-bytes', 'big', wire, same]],
    ['an unknown --encoding', 2, ['--encoding', 'klingon', wire, same]],
    ['an invalid --timeout', 2, ['--timeout', 'soon', wire, same]],
    ['a Windows-1252 file with --encoding utf-8', 2, ['--encoding', 'utf-8', wire, file('cp1252.txt', Buffer.from([0x48, 0x69, 0x93, 0x2e]))]],
    ['one input only', 2, [wire]],
    ['stdin twice', 2, ['-', '-']],
    ['an unknown format', 2, ['--format', 'yaml', wire, same]],
    ['an unknown option', 2, ['--frobnicate', wire, same]],
    ['an unknown kind', 2, ['--kinds', 'weather', wire, same]],
    ['labels not matching inputs', 2, ['--label', 'one', wire, same]],
    ['a threshold out of range', 2, ['--threshold', '1.5', wire, same]],
    ['a threshold that is not a number', 2, ['--threshold', 'high', wire, same]],
    ['a valid threshold', 1, ['--threshold', '0.3', wire, renamed]],
  ] as const)('%s → %i', async (_name, expected, argv) => {
    // Every registered format: the exit status must not depend on the output format.
    for (const format of FORMATTERS.map((f) => f.name)) {
      const result = await runCli(['--format', format, ...argv]);
      expect(result.code, result.stderr).toBe(expected);
      if (expected === 2) {
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
      }
    }
  });
});

describe('input errors', () => {
  it('names the file and the problem on one line', async () => {
    const missing = join(dir, 'missing.txt');
    const result = await runCli([wire, missing]);
    expect(result.stderr).toBe(`storydiff: ${missing}: no such file\n`);
  });

  it('reads standard input for -', async () => {
    const result = await runCli(['--format', 'json', wire, '-'], {
      stdin: 'Port spokesperson Lena Velasco said nobody was hurt in the collapse.\n',
    });
    const report = JSON.parse(result.stdout);
    expect(report.sources.map((s: { path: string }) => s.path)).toEqual([wire, '-']);
    expect(report.discrepancies.some((d: { kind: string }) => d.kind === 'entity')).toBe(true);
  });
});

describe('output', () => {
  it('keeps stdout pure JSON in --format json', async () => {
    const result = await runCli(['--format', 'json', wire, renamed]);
    const report = JSON.parse(result.stdout);
    expect(report.version).toBe(1);
    expect(report.discrepancies[0].claims.map((c: { text: string }) => c.text).sort()).toEqual(['Lena Vasquez', 'Lena Velasco']);
  });

  it('uses --label for source labels', async () => {
    const result = await runCli(['--format', 'json', '--label', 'AP', '--label', 'Blog', wire, renamed]);
    expect(JSON.parse(result.stdout).sources.map((s: { label: string }) => s.label)).toEqual(['AP', 'Blog']);
  });

  it('is byte-for-byte deterministic', async () => {
    const first = await runCli(['--format', 'json', wire, renamed, reworded]);
    const second = await runCli(['--format', 'json', wire, renamed, reworded]);
    expect(second.stdout).toBe(first.stdout);
  });

  it('colours only when asked or on a terminal', async () => {
    const plain = await runCli([wire, renamed], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const forced = await runCli([wire, renamed], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const flagged = await runCli(['--no-color', wire, renamed], { env: { FORCE_COLOR: '1' } });
    expect(flagged.stdout).not.toMatch(/\u001b\[/);
  });

  it('lists kinds and formats from the registries in --help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const word of ['entity', 'quote', 'stylish', 'json', 'Exit status']) expect(result.stdout).toContain(word);
  });

  it('aligns less with a stricter --threshold', async () => {
    const loose = JSON.parse((await runCli(['--format', 'json', '--threshold', '0.1', wire, reworded])).stdout);
    const strict = JSON.parse((await runCli(['--format', 'json', '--threshold', '0.95', wire, reworded])).stdout);
    expect(loose.summary.groups).toBeGreaterThan(strict.summary.groups);
  });

  it('prints the version', async () => {
    const result = await runCli(['--version']);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('resolveColor', () => {
  it.each([
    [true, {}, false, true],
    [false, { FORCE_COLOR: '1' }, true, false],
    [undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [undefined, { NO_COLOR: '' }, true, true],
    [undefined, { FORCE_COLOR: '1' }, false, true],
    [undefined, { FORCE_COLOR: '0' }, true, false],
    [undefined, {}, true, true],
    [undefined, {}, false, false],
  ] as const)('flag %s env %j tty %s → %s', (flag, env, tty, expected) => {
    expect(resolveColor(flag, env, tty)).toBe(expected);
  });
});

describe('sentences subcommand', () => {
  it('prints one JSON object per unit with spans into the original text', async () => {
    const text = 'Breaking News\n\nThe pier closed on Tuesday. Nobody was hurt.\n';
    const path = file('sentences.txt', text);
    const result = await runCli(['sentences', path]);
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.text)).toEqual(['Breaking News', 'The pier closed on Tuesday.', 'Nobody was hurt.']);
    for (const r of rows) expect(text.slice(r.span.start, r.span.end)).toBe(r.text);
    expect(rows[1]).toMatchObject({ sentence: 1, boilerplate: false, span: { line: 3, column: 1 } });
  });

  it('reports bad input like the main command', async () => {
    const result = await runCli(['sentences', empty]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/empty\.txt: is empty/);
  });
});

describe('same-event check', () => {
  it('warns on stderr and reports nothing when the inputs tell different stories', async () => {
    const other = file(
      'other.txt',
      'The orchestra announced its winter season on Monday.\nTickets for the opening concert sold out within an hour.\n',
    );
    const result = await runCli(['--format', 'json', wire, other]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.summary.sameEvent).toBe(false);
    expect(report.discrepancies).toEqual([]);
    expect(result.stderr).toMatch(/^storydiff: warning: the inputs do not seem to report the same event/);
  });

  it('withholds findings from one unrelated source among several', async () => {
    const other = file('other2.txt', 'The orchestra announced its winter season on Monday.\nTickets for the opening concert sold out.\n');
    const result = await runCli(['--format', 'json', wire, renamed, other]);
    const report = JSON.parse(result.stdout);
    expect(report.summary.sameEvent).toBe(true);
    expect(report.summary.unrelated).toEqual(['S3']);
    // The two related sources are still compared.
    expect(report.discrepancies.some((d: { kind: string }) => d.kind === 'entity')).toBe(true);
    expect(result.stderr).toMatch(/other2\.txt share almost nothing/);
  });
});
