// `storydiff batch` at scale: clusters per second for generated 3–4-article clusters, in one
// thread and with --jobs 2, and peak memory (max RSS of the whole process, workers included) at
// 1,000 and 10,000 clusters, which should be flat: the input is streamed, never held.
// BENCH_BATCH_CLUSTERS changes the large count (default 10000).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { cluster } from './cluster.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'storydiff.js');
const LARGE = Number(process.env.BENCH_BATCH_CLUSTERS ?? 10_000);
/** Statements per event: a news brief of about a dozen sentences an article. */
const STATEMENTS = 12;
// Reports the process's peak resident set size on exit; --import runs it before the CLI.
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss '+process.resourceUsage().maxRSS+'\\n'))`;

/** Writes `n` cluster lines; cluster i is the same whatever n, so the 1k file is the 10k file's head. */
async function writeClusters(path, n) {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const articles = cluster(3 + (i % 2), 1000 + i, STATEMENTS).map((d) => ({ label: d.label, text: d.text }));
    if (!out.write(`${JSON.stringify({ id: `c${i}`, articles })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs the batch on `path`, counting answer lines without keeping them. */
function runBatch(path, jobs) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', PEAK, bin, 'batch', '--jobs', String(jobs), path], {
      env: { ...process.env, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let errors = 0;
    let tail = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const parts = (tail + chunk).split('\n');
      tail = parts.pop();
      lines += parts.length;
      for (const p of parts) if (p.includes('"error":{"message"')) errors++;
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const peak = /peak-rss (\d+)/.exec(stderr);
      if (code !== 0 || !peak) return reject(new Error(`batch --jobs ${jobs} exited ${code}: ${stderr}`));
      resolvePromise({ lines, errors, seconds, peakMB: Number(peak[1]) / 1024 });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'storydiff-bench-batch-'));
try {
  const small = join(dir, 'small.jsonl');
  const large = join(dir, 'large.jsonl');
  await writeClusters(small, 1000);
  await writeClusters(large, LARGE);
  const mb = (p) => (statSync(p).size / 1024 / 1024).toFixed(1);
  console.log(`batch: generated 3–4-article clusters, ${STATEMENTS} statements an event (${LARGE} clusters = ${mb(large)} MB of JSONL)`);
  const s1 = await runBatch(small, 1);
  const one = await runBatch(large, 1);
  const two = await runBatch(large, 2);
  for (const r of [s1, one, two]) if (r.errors > 0) throw new Error(`${r.errors} clusters answered with an error`);
  const row = (name, r) =>
    console.log(`  ${name.padEnd(26)} ${(r.lines / r.seconds).toFixed(1).padStart(7)} clusters/s  ${r.seconds.toFixed(1).padStart(6)} s  peak ${r.peakMB.toFixed(0)} MB  (${r.lines} answers)`);
  row('1,000 clusters, 1 thread', s1);
  row(`${LARGE} clusters, 1 thread`, one);
  row(`${LARGE} clusters, --jobs 2`, two);
  console.log(`  --jobs 2 speed-up          ${(one.seconds / two.seconds).toFixed(2)}×`);
  console.log(`  peak memory ${LARGE} vs 1,000   ${(one.peakMB / s1.peakMB).toFixed(2)}× (flat is 1.0)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
