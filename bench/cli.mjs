// Start-up and end-to-end time of the CLI on two typical articles, next to a bare
// `node -e ''` measured in the same run: on a shared machine only the ratio is stable.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'storydiff.js');
const example = ['fixtures/example/wire.txt', 'fixtures/example/rewrite.txt'].map((p) => join(root, p));
const RUNS = 15;
// The seed pair (../shared/seeds, next to the repository) when present: the start-up goal
// is this pair end to end at most 2× a bare node start.
const seedDir = resolve(root, '..', 'shared', 'seeds');
const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 2).map((f) => join(seedDir, f)) : [];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    times.push(Number(t1 - t0) / 1e6);
  }
  return median(times);
}

const bare = time(['-e', '']);
const help = time([bin, '--version']);
const full = time([bin, ...example]);
const json = time([bin, '--format', 'json', ...example]);
const seed = seeds.length === 2 ? time([bin, ...seeds]) : undefined;
const seedJson = seeds.length === 2 ? time([bin, '--format', 'json', ...seeds]) : undefined;

const { compare } = await import(join(root, 'dist/src/index.js'));
const docs = example.map((p) => ({ label: p, path: p, text: readFileSync(p, 'utf8') }));
compare(docs); // warm caches, as a long-running library user would
const inproc = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  compare(docs);
  inproc.push(performance.now() - t0);
}

console.log('cli: two typical articles (median of %d runs)', RUNS);
console.log(`  node -e ''                 ${bare.toFixed(1)} ms`);
console.log(`  storydiff --version        ${help.toFixed(1)} ms  (start-up, ${(help / bare).toFixed(2)}× bare node)`);
console.log(`  storydiff (stylish)        ${full.toFixed(1)} ms  (${(full / bare).toFixed(2)}× bare node)`);
console.log(`  storydiff --format json    ${json.toFixed(1)} ms  (${(json / bare).toFixed(2)}× bare node)`);
if (seed !== undefined && seedJson !== undefined) {
  console.log(`  seed pair (stylish)        ${seed.toFixed(1)} ms  (start-up ratio ${(seed / bare).toFixed(2)}× bare node; goal ≤ 2×)`);
  console.log(`  seed pair --format json    ${seedJson.toFixed(1)} ms  (${(seedJson / bare).toFixed(2)}× bare node)`);
} else {
  console.log('  seed pair                  not measured (no ../shared/seeds)');
}
console.log(`  compare() in-process, warm ${median(inproc).toFixed(2)} ms`);
console.log(`  share of start-up in a run ${((help / full) * 100).toFixed(0)}%`);
