// Scale: generated clusters of 2, 10, 50, 200 and 1,000 articles of about 40 sentences, each size
// in a child process so peak memory (max RSS) is its own. Prints time, memory and the growth
// exponent (slope of log time against log sentences; 1 is linear). The 1,000-article run skips the
// second, worker-thread run (it would double a half-minute run to say what 200 already says).
// BENCH_SCALE_MAX=200 leaves the 1,000-article run out.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { cluster } = await import('./cluster.mjs');
const WORKER_RUN_MAX = 200;

if (process.argv[2] === '--child') {
  const size = Number(process.argv[3]);
  const { compare, compareAsync } = await import(join(root, 'dist/src/index.js'));
  const docs = cluster(size);
  const t0 = performance.now();
  const report = compare(docs);
  const ms = performance.now() - t0;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  // The same work with pair scoring shared with a worker thread (what the CLI does).
  let parallelMs;
  let same;
  if (size <= WORKER_RUN_MAX) {
    const t1 = performance.now();
    const parallel = await compareAsync(docs, { parallelMin: 0 });
    parallelMs = performance.now() - t1;
    same = JSON.stringify(parallel) === JSON.stringify(report);
  }
  process.stdout.write(JSON.stringify({ size, ms, parallelMs, same, sentences: report.summary.sentences, groups: report.summary.groups, rssMb }));
} else {
  const max = Number(process.env.BENCH_SCALE_MAX ?? 1000);
  const sizes = [2, 10, 50, 200, 1000].filter((n) => n <= max);
  const rows = [];
  console.log('scale: generated clusters, about 40 sentences an article (compare() in-process, one process per size; peak RSS before the worker run)');
  for (const size of sizes) {
    const r = spawnSync(process.execPath, [import.meta.filename, '--child', String(size)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const row = JSON.parse(r.stdout);
    rows.push(row);
    const worker = row.parallelMs === undefined ? '' : ` | with a worker ${row.parallelMs.toFixed(0).padStart(6)} ms, ${row.same ? 'same output' : 'OUTPUT DIFFERS'}`;
    console.log(
      `  ${String(size).padStart(4)} articles  ${String(row.sentences).padStart(5)} sentences  ${row.ms.toFixed(0).padStart(6)} ms  ` +
        `peak RSS ${row.rssMb.toFixed(0).padStart(4)} MB  ${String(row.groups).padStart(3)} groups${worker}`,
    );
  }
  const at = (n) => rows.find((r) => r.size === n);
  const slope = (a, b) => (a && b ? (Math.log(b.ms / a.ms) / Math.log(b.sentences / a.sentences)).toFixed(2) : 'n/a');
  const of200 = at(200);
  console.log(
    `  growth exponent (time vs sentences): ${slope(at(2), of200)} from 2 to 200 articles, ${slope(at(50), of200)} from 50 to 200 (goal ≤ 1.2), ` +
      `${slope(of200, at(1000))} from 200 to 1,000`,
  );
  if (of200) console.log(`  200 articles: ${(of200.ms / 1000).toFixed(2)} s single-threaded (goal ≤ 2.5 s on a 2-core machine)`);
}
