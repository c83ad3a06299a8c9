// Input size: two articles of 0.5, 1 and 2 MB each (generated, many events' worth of
// statements), compared by the CLI in one child process per size. Time should grow linearly
// (ratio 2 MB / 0.5 MB ≈ 4); then an HTML page and a 500 kB line without punctuation.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { largePair } = await import('./cluster.mjs');

if (process.argv[2] === '--child') {
  const [, , , ...files] = process.argv;
  const { run } = await import(join(root, 'dist/src/cli/index.js'));
  let out = 0;
  let err = '';
  const t0 = performance.now();
  const code = await run(['--format', 'json', '--quiet', '--max-bytes', '50MB', ...files], {
    stdout: { write: (s) => (out += s.length) },
    stderr: { write: (s) => (err += s) },
    stdin: (async function* () {})(),
    env: {},
    cwd: process.cwd(),
  });
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ code, ms, out, err, rssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'storydiff-bench-'));
  const child = (files) => {
    const r = spawnSync(process.execPath, [import.meta.filename, '--child', ...files], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout);
  };
  try {
    console.log('input size: two generated articles of N MB each, the CLI in-process (load, compare, json), one child process per size');
    const rows = [];
    for (const mb of (process.env.BENCH_SIZES ?? '0.5,1,2').split(',').map(Number)) {
      const [a, b] = largePair(mb * 1e6);
      const fa = join(dir, `a-${mb}.txt`);
      const fb = join(dir, `b-${mb}.txt`);
      writeFileSync(fa, a);
      writeFileSync(fb, b);
      const row = child([fa, fb]);
      if (row.code === 2) throw new Error(row.err);
      rows.push({ mb, ...row });
      console.log(`  ${String(mb).padStart(4)} MB each  ${row.ms.toFixed(0).padStart(6)} ms  peak RSS ${row.rssMb.toFixed(0).padStart(5)} MB  report ${(row.out / 1e6).toFixed(1)} MB`);
    }
    const first = rows[0];
    const last = rows[rows.length - 1];
    console.log(`  time ratio ${last.mb} MB / ${first.mb} MB: ${(last.ms / first.ms).toFixed(2)} (4 is linear, 16 quadratic)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
