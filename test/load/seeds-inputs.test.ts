import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/io.js';
import { FURNITURE, newsPage } from '../helpers/page.js';

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

describe.skipIf(!hasSeeds)('seed 004 as a saved web page (../shared/seeds)', () => {
  const tmp = tempDir('storydiff-seedpage-');
  const page = newsPage(readFileSync(B, 'utf8'), { marked: ['Petrov', 'Peskov', 'Kilicdaroglu', 'Dmitriy', 'Kremlin'] });
  const html = tmp.file('004.html', page);
  const furnitureWords = /Ivanov|Yilmaz|Markov|Daily Example|ballots|\b(40|12|35|99)\b/;

  type Report = { discrepancies: { kind: string; severity: string; claims: { source: string; text: string; span: { start: number; end: number; line: number; column: number } }[] }[]; boilerplate: { source: string; text: string; reason: string }[] };
  const summary = (r: Report): string[] => r.discrepancies.map((d) => `${d.kind}/${d.severity}: ${d.claims.map((c) => `${c.source} ${c.text}`).join(' | ')}`);

  it('against 000 reports the seed findings and nothing from the page furniture', async () => {
    const fromText = JSON.parse((await runCli(['--format', 'json', '-l', '000', '-l', '004', A, B])).stdout) as Report;
    const result = await runCli(['--format', 'json', '-l', '000', '-l', '004', A, html]);
    expect(result.stderr).toBe('');
    const fromPage = JSON.parse(result.stdout) as Report;
    expect(summary(fromPage)).toEqual(summary(fromText));
    expect(summary(fromPage).join('\n')).not.toMatch(furnitureWords);
    // The furniture is listed as boilerplate, visibly.
    const furniture = fromPage.boilerplate.filter((b) => b.reason === 'page-furniture').map((b) => b.text).join('\n');
    for (const item of [...FURNITURE.mostRead, FURNITURE.footer, 'Politics']) expect(furniture).toContain(item);
  });

  it('points every claim into the HTML file, markup and all', async () => {
    const report = JSON.parse((await runCli(['--format', 'json', A, html])).stdout) as Report;
    const lines = page.split('\n');
    const claims = report.discrepancies.flatMap((d) => d.claims).filter((c) => c.source === 'S2');
    expect(claims.length).toBeGreaterThan(2);
    for (const c of claims) {
      const slice = page.slice(c.span.start, c.span.end);
      expect(slice.replace(/<[^>]*>/g, '')).toBe(c.text);
      expect(lines[c.span.line - 1]?.slice(c.span.column - 1).startsWith(slice.split('\n')[0] as string)).toBe(true);
    }
    expect(claims.some((c) => page.slice(c.span.start, c.span.end) === 'Petrov')).toBe(true);
  });

  it('`extract` prints the article, headline first, and none of the furniture', async () => {
    const result = await runCli(['extract', html]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(readFileSync(B, 'utf8').split('\n')[0]?.trim());
    expect(result.stdout).not.toMatch(furnitureWords);
    expect(result.stdout).not.toMatch(/[<>]/);
    expect(lines.some((l) => /\bPetrov\b/.test(l))).toBe(true);
  });
});
