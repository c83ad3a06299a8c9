// Linear time on hostile input: each pattern at n and 2n repetitions, timed in one run.
// A linear algorithm doubles (ratio ≈ 2); a quadratic one quadruples.
import { splitSentences } from '../dist/src/segment/index.js';
import { stripControl } from '../dist/src/report/sanitize.js';
import { sameEntity } from '../dist/src/analyze/names.js';

const ESC = '\u001b';
const cases = [
  ['split  ". "', (n) => splitSentences('. '.repeat(n))],
  ['split  "a. "', (n) => splitSentences('a. '.repeat(n))],
  ['split  "U.S. "', (n) => splitSentences('U.S. '.repeat(n))],
  ['split  "1. 2. 3. "', (n) => splitSentences('1. 2. 3. '.repeat(Math.floor(n / 3)))],
  ['split  "\\"" quotes', (n) => splitSentences('"'.repeat(n))],
  ['split  "word " no stop', (n) => splitSentences('word '.repeat(n))],
  ['split  "x" one token', (n) => splitSentences('x'.repeat(n))],
  ['strip  ESC ]', (n) => stripControl(`${ESC}]`.repeat(n))],
  ['strip  ESC [1;', (n) => stripControl(`${ESC}[1;`.repeat(n))],
  ['strip  C1 OSC', (n) => stripControl('\u009d'.repeat(n))],
];

function best(fn, n) {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    fn(n);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

console.log('hostile inputs: time at n=200k and 400k repetitions (ratio ≈ 2 means linear)');
for (const [name, fn] of cases) {
  const a = best(fn, 200_000);
  const b = best(fn, 400_000);
  console.log(`  ${name.padEnd(22)} ${a.toFixed(1).padStart(7)} ms ${b.toFixed(1).padStart(7)} ms  ratio ${(b / a).toFixed(2)}`);
}

const names = ['Dmitry Peskov', 'Dmitriy Peskov', 'Peskov', 'Kılıçdaroğlu', 'Kemal Kilicdaroglu', 'Turkey', 'Türkiye', 'Kyiv',
  'Kiev', 'Petrov', 'Sarmento', 'Serrano', 'Recep Tayyip Erdoğan', 'United States', 'U.S.', 'Zelenskyy'];
const t0 = performance.now();
let calls = 0;
for (let r = 0; r < 200; r++) for (const a of names) for (const b of names) (sameEntity(a, b), calls++);
console.log(`name matching: ${(((performance.now() - t0) / calls) * 1000).toFixed(2)} µs per sameEntity call (${calls} calls, warm caches)`);
