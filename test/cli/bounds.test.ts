import { describe, expect, it } from 'vitest';
import { MAX_UNIT_CHARS } from '../../src/segment/index.js';
import { FORMATTERS } from '../../src/report/formatters.js';
import { runCli, STORY, tempDir } from '../helpers/io.js';

/**
 * A 500 kB line without punctuation (a page flattened to one line): once it
 * was one "sentence", gave bogus high findings and a report repeating the
 * whole line in every claim.
 */
describe('a 500 kB line without punctuation', () => {
  const tmp = tempDir();
  const words = `${STORY.wire} ${STORY.renamed}`.replace(/[^A-Za-z0-9 ]+/g, ' ').replace(/\s+/g, ' ');
  const line = tmp.file('line.txt', `${words.repeat(Math.ceil(500_000 / words.length)).slice(0, 500_000)}\n`);
  const wire = tmp.file('wire.txt', STORY.wire);

  it.each(FORMATTERS.map((f) => f.name))('gives no high finding and a report under 1 MB (%s)', async (format) => {
    const result = await runCli(['--format', format, '--fail-on', 'high', line, wire]);
    expect(result.code, result.stderr).toBe(0);
    expect(Buffer.byteLength(result.stdout)).toBeLessThan(1_000_000);
  });

  it('bounds every text in the JSON report', async () => {
    const report = JSON.parse((await runCli(['--format', 'json', line, wire])).stdout);
    const texts: string[] = [
      ...report.groups.flatMap((g: { members: { text: string }[] }) => g.members.map((m) => m.text)),
      ...report.unmatched.map((u: { text: string }) => u.text),
      ...report.discrepancies.flatMap((d: { claims: { text: string }[] }) => d.claims.map((c) => c.text)),
    ];
    expect(texts.length).toBeGreaterThan(400);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(MAX_UNIT_CHARS);
  });

  it('shows the cut pieces in `storydiff sentences`', async () => {
    const result = await runCli(['sentences', line]);
    const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.every((r) => r.cut === true && r.text.length <= MAX_UNIT_CHARS)).toBe(true);
  });
});
