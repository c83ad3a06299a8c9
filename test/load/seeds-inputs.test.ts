import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/io.js';

/**
 * The seed pair (../shared/seeds, not in the repository) in the forms real
 * inputs come in, built at run time: the report must be the one the
 * originals give.
 */
const seeds = join(import.meta.dirname, '../../../shared/seeds');
const A = join(seeds, '000_7ad5171b342f1fe8.txt');
const B = join(seeds, '004_46668bc72a4886c3.txt');
const hasSeeds = existsSync(A) && existsSync(B);

/** The report without `sources` (which holds the paths): what was found, and where. */
function findings(stdout: string): unknown {
  const report = JSON.parse(stdout) as Record<string, unknown>;
  delete report.sources;
  return report;
}

describe.skipIf(!hasSeeds)('seed pair in other encodings (../shared/seeds)', () => {
  const tmp = tempDir('storydiff-seeds-');

  it('000 as UTF-16LE with a BOM and 004 in Windows-1252 compare like the originals', async () => {
    const a = readFileSync(A, 'utf8');
    const b = readFileSync(B, 'utf8');
    const utf16 = tmp.file('000-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(a, 'utf16le')]));
    const cp1252 = tmp.file('004-cp1252.txt', encodeCp1252(b));
    const labels = ['--label', '000', '--label', '004', '--format', 'json'];
    const original = await runCli([...labels, A, B]);
    const converted = await runCli([...labels, utf16, cp1252]);
    expect(converted.code).toBe(original.code);
    expect(findings(converted.stdout)).toEqual(findings(original.stdout));
    expect(converted.stderr).toBe(`storydiff: ${cp1252}: not UTF-8 (byte ${Buffer.from(b.slice(0, firstNonAscii(b)), 'utf8').length}, line ${b.slice(0, firstNonAscii(b)).split('\n').length}, column ${firstNonAscii(b) - b.lastIndexOf('\n', firstNonAscii(b))}); read as windows-1252 (a guess; --encoding <label> to set it)\n`);
    const stated = await runCli([...labels, '--encoding', 'windows-1252', A, cp1252]);
    expect(findings(stated.stdout)).toEqual(findings(original.stdout));
    expect(stated.stderr).toBe('');
  });
});

function firstNonAscii(s: string): number {
  return [...s].findIndex((ch) => ch.charCodeAt(0) > 127);
}

/** Windows-1252 for the characters the seeds use (ASCII, Latin-1 letters, curly quotes and dashes). */
function encodeCp1252(s: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from(
    [...s].map((ch) => {
      const code = special[ch] ?? ch.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
      return code;
    }),
  );
}
