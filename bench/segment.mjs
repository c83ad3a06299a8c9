// Throughput of the `segment` stage on generated news text of growing size.
// Build first (`npx tsc -p tsconfig.json`). The split must stay linear: ms per
// MB should be flat across sizes (growth ratio near 1) and at most ~100.
// Usage: node bench/segment.mjs [path/to/built/segment/index.js]
import { resolve } from 'node:path';
import { rng } from './cluster.mjs';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const modulePath = process.argv[2] ? resolve(process.argv[2]) : resolve(root, 'dist/src/segment/index.js');
const { segment } = await import(pathToFileURL(modulePath).href);

const SIZES_MB = [0.1, 0.5, 1, 2];
const MIN_RUNS = 9;
// Small inputs finish in a few ms, where one GC pause skews a run: keep
// timing until this much time has been spent, and report the best run.
const MIN_TOTAL_MS = 400;
const TARGET_MS_PER_MB = 100;

// Sentence shapes that exercise the splitter's branches: abbreviations,
// initials, decimals, quotes, ellipses, URLs, lists, headlines, clutter.
const SENTENCES = [
  'The council voted 7-2 on Tuesday to approve the $3.5 million budget for the new bridge.',
  'Mr. Alvarez, the U.S. envoy, arrived in the capital at 9 a.m. on Jan. 5 for talks.',
  'Officials said the storm had moved east by 4 p.m. The next update is due tonight.',
  '"We are not leaving," said Dr. R. J. Okafor, a senior adviser at Harbor Health Inc.',
  'Prices rose 4.82% in March, according to figures published by the statistics office.',
  'The report, available at https://example.org/reports/2023/q1.html, runs to 212 pages.',
  'Asked about the delay, she paused... then said the company would respond in writing.',
  'Was the decision final? Nobody at the ministry would say!',
  'Shares of Northwind Corp. fell sharply after the company cut its forecast (the second cut this year.)',
  'Gen. Haddad told reporters the unit had been moved to St. Louis in early Sept.',
  'Residents can e-mail questions to help.desk@example.com or call the hotline, No. 4 on the list.',
  'The version 2.4.1 patch fixed the flaw, the vendor said in a statement on its website.',
];
const HEADLINES = [
  'Bridge Vote Splits Council',
  'Storm Moves East as Thousands Lose Power',
  'What We Know About the Recall',
];
const CLUTTER = ['| Last update :', 'Related Article: Council Approves Budget', 'Source: Wire Services', '***'];

function article(rand) {
  const parts = [];
  parts.push(HEADLINES[Math.floor(rand() * HEADLINES.length)], '');
  if (rand() < 0.3) parts.push(CLUTTER[Math.floor(rand() * CLUTTER.length)], '');
  if (rand() < 0.3) {
    for (let i = 0; i < 3; i++) parts.push(`- ${SENTENCES[Math.floor(rand() * SENTENCES.length)].slice(0, -1)}`);
    parts.push('');
  }
  const paragraphs = 3 + Math.floor(rand() * 5);
  for (let p = 0; p < paragraphs; p++) {
    const n = 2 + Math.floor(rand() * 4);
    const ss = [];
    for (let s = 0; s < n; s++) ss.push(SENTENCES[Math.floor(rand() * SENTENCES.length)]);
    parts.push(ss.join(' '), '');
  }
  if (rand() < 0.5) parts.push(CLUTTER[Math.floor(rand() * CLUTTER.length)]);
  return parts.join('\n');
}

function makeText(bytes, seed) {
  const rand = rng(seed);
  const chunks = [];
  let size = 0;
  while (size < bytes) {
    const a = article(rand);
    chunks.push(a);
    size += a.length + 2;
  }
  return chunks.join('\n\n').slice(0, bytes);
}

function best(fn) {
  let min = Infinity;
  let total = 0;
  for (let i = 0; i < MIN_RUNS || total < MIN_TOTAL_MS; i++) {
    const t0 = performance.now();
    fn();
    const dt = performance.now() - t0;
    total += dt;
    min = Math.min(min, dt);
  }
  return min;
}

// Warm up the JIT on a mid-sized input so the first size is not penalised.
const warm = makeText(200_000, 99);
for (let i = 0; i < 5; i++) segment(warm);

const rows = [];
for (const mb of SIZES_MB) {
  const text = makeText(Math.round(mb * 1_000_000), 42);
  let units = 0;
  const ms = best(() => {
    units = segment(text).length;
  });
  rows.push({ mb, ms, perMb: ms / mb, units });
}

for (const r of rows) {
  console.log(
    `${r.mb.toFixed(1).padStart(4)} MB  ${r.ms.toFixed(1).padStart(7)} ms  ${r.perMb.toFixed(1).padStart(6)} ms/MB  ${r.units} units`,
  );
}
const first = rows[0];
const last = rows[rows.length - 1];
const growth = last.perMb / first.perMb;
console.log(`growth ratio (ms/MB at ${last.mb} MB ÷ at ${first.mb} MB): ${growth.toFixed(2)}`);
const worst = Math.max(...rows.map((r) => r.perMb));
console.log(worst <= TARGET_MS_PER_MB ? `OK: ≤ ${TARGET_MS_PER_MB} ms/MB` : `SLOW: ${worst.toFixed(1)} ms/MB > ${TARGET_MS_PER_MB}`);
