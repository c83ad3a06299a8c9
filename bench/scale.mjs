// Scale: generated clusters of 2, 10, 50 and 200 articles of about 40 sentences, each size in a
// child process so peak memory (max RSS) is its own. Prints time, memory and the growth exponent
// (slope of log time against log sentences; 1 is linear).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { cluster } = await import('./cluster.mjs');

if (process.argv[2] === '--child') {
  const size = Number(process.argv[3]);
  const { compare, compareAsync } = await import(join(root, 'dist/src/index.js'));
  const docs = cluster(size);
  const t0 = performance.now();
  const report = compare(docs);
  const ms = performance.now() - t0;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  // The same work with pair scoring shared with a worker thread (what the CLI does).
  const t1 = performance.now();
  const parallel = await compareAsync(docs, { parallelMin: 0 });
  const parallelMs = performance.now() - t1;
  const same = JSON.stringify(parallel) === JSON.stringify(report);
  process.stdout.write(JSON.stringify({ size, ms, parallelMs, same, sentences: report.summary.sentences, groups: report.summary.groups, rssMb }));
} else {
  const sizes = [2, 10, 50, 200];
  const rows = [];
  console.log('scale: generated clusters, about 40 sentences an article (compare() in-process, one process per size; peak RSS before the worker run)');
  for (const size of sizes) {
    const r = spawnSync(process.execPath, [import.meta.filename, '--child', String(size)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const row = JSON.parse(r.stdout);
    rows.push(row);
    console.log(
      `  ${String(size).padStart(3)} articles  ${String(row.sentences).padStart(5)} sentences  ${row.ms.toFixed(0).padStart(6)} ms  ` +
        `peak RSS ${row.rssMb.toFixed(0).padStart(4)} MB  ${String(row.groups).padStart(3)} groups  | with a worker ${row.parallelMs.toFixed(0).padStart(6)} ms, ${row.same ? 'same output' : 'OUTPUT DIFFERS'}`,
    );
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const exponent = Math.log(last.ms / first.ms) / Math.log(last.sentences / first.sentences);
  const mid = rows[1];
  const upper = Math.log(last.ms / mid.ms) / Math.log(last.sentences / mid.sentences);
  console.log(`  growth exponent (time vs sentences): ${exponent.toFixed(2)} overall, ${upper.toFixed(2)} from 10 to 200 articles`);
}
