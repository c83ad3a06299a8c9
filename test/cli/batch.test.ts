import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cluster } from '../../bench/cluster.mjs';
import { runCli, STORY, tempDir } from '../helpers/io.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'storydiff.js');

type Article = { label?: string; text?: string };
const line = (id: unknown, articles: Article[], options?: unknown): string =>
  JSON.stringify({ id, articles, ...(options === undefined ? {} : { options }) });

const renamed = line('renamed', [
  { label: 'wire', text: STORY.wire },
  { label: 'renamed', text: STORY.renamed },
]);
const reworded = line('reworded', [
  { label: 'wire', text: STORY.wire },
  { label: 'reworded', text: STORY.reworded },
]);
const generated = (i: number): string =>
  line(`gen-${i}`, cluster(3 + (i % 2), 100 + i).map((d) => ({ label: d.label, text: d.text })));

interface Answer {
  id: unknown;
  report?: { version: number; sources: { label: string; path: string }[]; discrepancies: { kind: string; severity: string }[] };
  error?: { message: string };
}
const parse = (stdout: string): Answer[] => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Answer);

describe('storydiff batch', () => {
  it('answers every line in input order, errors in their place', async () => {
    const input = [
      renamed,
      '{not json',
      line('lonely', [{ label: 'a', text: STORY.wire }]),
      line(7, [{ text: STORY.wire }, { text: STORY.reworded }]),
      JSON.stringify({ articles: [{ text: 'a' }, { text: 'b' }] }),
      line('typo', [{ text: STORY.wire }, { text: STORY.same }], { treshold: 0.3 }),
      line('bad-article', [{ text: STORY.wire }, { label: 'x' }]),
      '',
      reworded,
    ].join('\n');
    const r = await runCli(['batch', '-'], { stdin: `${input}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const answers = parse(r.stdout);
    expect(answers.map((a) => a.id)).toEqual(['renamed', null, 'lonely', 7, null, 'typo', 'bad-article', 'reworded']);
    expect(answers[0]?.report?.discrepancies.map((d) => d.kind)).toContain('entity');
    expect(answers[1]?.error?.message).toMatch(/^invalid JSON/);
    expect(answers[2]?.error?.message).toBe('articles: a cluster needs at least two articles, got 1');
    expect(answers[3]?.report?.sources.map((s) => s.label)).toEqual(['article 1', 'article 2']);
    expect(answers[4]?.error?.message).toBe('id: expected a non-empty string or a number');
    expect(answers[5]?.error?.message).toMatch(/^options: unknown key "treshold"/);
    expect(answers[6]?.error?.message).toBe('articles[1].text: expected a string');
    expect(answers[7]?.report?.discrepancies.map((d) => d.kind)).toContain('quote');
    // Every answer is one line.
    expect(r.stdout.split('\n')).toHaveLength(answers.length + 1);
  });

  it('a report is what --format json prints for the same articles', async () => {
    const dir = tempDir();
    const a = dir.file('a.txt', STORY.wire);
    const b = dir.file('b.txt', STORY.renamed);
    const single = await runCli(['--format', 'json', '--fail-on', 'none', '--label', 'wire', '--label', 'renamed', a, b]);
    expect(single.code, single.stderr).toBe(0);
    const expected = JSON.parse(single.stdout) as { sources: { path: string; label: string }[] };
    // In a batch the label stands for the path.
    for (const s of expected.sources) s.path = s.label;
    const r = await runCli(['batch'], { stdin: `${renamed}\n` });
    expect(parse(r.stdout)[0]?.report).toEqual(expected);
  });

  it('is deterministic: the whole input equals its parts concatenated', async () => {
    const lines = [renamed, generated(1), 'garbage', reworded, generated(2), generated(3)];
    const whole = await runCli(['batch'], { stdin: lines.join('\n') + '\n' });
    const parts: string[] = [];
    for (const part of [lines.slice(0, 2), lines.slice(2, 3), lines.slice(3)]) {
      parts.push((await runCli(['batch'], { stdin: part.join('\n') + '\n' })).stdout);
    }
    expect(parse(whole.stdout)).toHaveLength(6);
    expect(parts.join('')).toBe(whole.stdout);
    // Without a final newline, and with CRLF line ends, the answers are the same.
    expect((await runCli(['batch'], { stdin: lines.join('\r\n') })).stdout).toBe(whole.stdout);
  });

  it('applies options per line over the command-line settings', async () => {
    const both = [{ text: STORY.wire }, { text: STORY.renamed }];
    const input = [line('flag', both), line('own', both, { kinds: ['quote'] }), line('ignored', both, { ignore: ['/Velasco/'] })].join('\n');
    const r = await runCli(['batch', '--kinds', 'entity,quote', '--min-severity', 'high'], { stdin: input });
    const [flag, own, ignored] = parse(r.stdout);
    expect(flag?.report?.discrepancies.length).toBeGreaterThan(0);
    expect(flag?.report?.discrepancies.every((d) => d.severity === 'high')).toBe(true);
    expect(own?.report?.discrepancies).toEqual([]);
    expect(ignored?.report?.discrepancies).toEqual([]);
    const bad = parse((await runCli(['batch'], { stdin: line('x', both, { failOn: 'high' }) })).stdout);
    expect(bad[0]?.error?.message).toMatch(/"failOn" has no meaning in batch mode/);
  });

  it('answers a line that is not UTF-8 with an error and goes on', async () => {
    const dir = tempDir();
    const file = dir.file('mixed.jsonl', Buffer.concat([Buffer.from(`${renamed}\n`), Buffer.from([0xff, 0xfe, 0x7b, 0x0a]), Buffer.from(`${reworded}\n`)]));
    const r = await runCli(['batch', file]);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).map((a) => a.error?.message ?? a.id)).toEqual(['renamed', 'the line is not valid UTF-8', 'reworded']);
  });

  it('an input that cannot be read: exit 2, one line on stderr naming it, nothing on stdout', async () => {
    const dir = tempDir();
    for (const path of [join(dir.dir, 'missing.jsonl'), dir.dir]) {
      const r = await runCli(['batch', path]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^storydiff: ${path.replace(/[/\\.]/g, '\\$&')}: .+\n$`));
    }
    for (const args of [['--jobs', '0'], ['--threshold', '2'], ['--kinds', 'nope']]) {
      const r = await runCli(['batch', ...args], { stdin: renamed });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toHaveLength(2);
    }
  });

  it('draws progress only on a terminal, outside CI, without --quiet', async () => {
    const dir = tempDir();
    const file = dir.file('two.jsonl', `${renamed}\n${reworded}\n`);
    const tty = await runCli(['batch', file], { stderrTTY: true });
    // done/total once the file's lines are counted (a second pass), the share of bytes read before.
    expect(tty.stderr).toMatch(/storydiff: batch: (\d+\/2 clusters of|\d+ clusters, \d+% of) .*two\.jsonl, [\d.]+\/s, ETA \d+:\d\d/);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect((await runCli(['batch', file], { stderrTTY: true, env: { CI: 'true' } })).stderr).toBe('');
    expect((await runCli(['batch', '--quiet', file], { stderrTTY: true })).stderr).toBe('');
    expect((await runCli(['batch', file])).stderr).toBe('');
  });

  it('--jobs 2 (worker threads, built binary) gives the same bytes as one thread', () => {
    const dir = tempDir();
    const input = [renamed, 'oops', ...Array.from({ length: 10 }, (_, i) => generated(i)), reworded].join('\n') + '\n';
    const file = dir.file('many.jsonl', input);
    const runBin = (args: string[]): string => {
      // Thirteen full reports pass spawnSync's default 1 MiB output buffer now that findings carry their data.
      const r = spawnSync(process.execPath, [bin, 'batch', ...args], { encoding: 'utf8', input, env: { ...process.env, CI: 'true' }, maxBuffer: 16 * 1024 * 1024 });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const one = runBin([file]);
    expect(parse(one)).toHaveLength(13);
    expect(runBin(['--jobs', '2', file])).toBe(one);
    expect(runBin(['--jobs', '3', '-'])).toBe(one);
  });

  it('stops when the reader goes away (storydiff batch … | head), with or without workers', async () => {
    const dir = tempDir();
    const file = dir.file('long.jsonl', Array.from({ length: 1000 }, (_, i) => generated(i % 4)).join('\n') + '\n');
    for (const jobs of ['1', '2']) {
      const child = spawn(process.execPath, [bin, 'batch', '--jobs', jobs, file], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      // Read the first answer, then close the pipe as `head` would.
      child.stdout.once('data', () => child.stdout.destroy());
      const started = Date.now();
      const code = await new Promise<number | null>((resolve) => {
        const t = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.on('close', (c) => (clearTimeout(t), resolve(c)));
      });
      expect(code, `--jobs ${jobs}: ${stderr}`).toBe(0);
      expect(stderr).toBe('');
      // 1,000 clusters take about 40 s to answer here.
      expect(Date.now() - started, `--jobs ${jobs}`).toBeLessThan(15_000);
    }
  });
});
