#!/usr/bin/env node
// The package as users get it: `npm pack`, install the tarball into an empty temporary
// project, then run the installed CLI (`npx storydiff`) and import the library from an ESM
// script and from TypeScript. Run by .ci/run after the tests (`npm run pack-check`).
// Exits non-zero with one line per failed check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const seeds = resolve(root, '..', 'shared', 'seeds');
const SEED_A = join(seeds, '000_7ad5171b342f1fe8.txt');
const SEED_B = join(seeds, '004_46668bc72a4886c3.txt');
/** The tarball stays lean: the compiled code, its types, the WordNet table, LICENSE, README. */
const MAX_TARBALL_BYTES = 1_000_000;

const work = mkdtempSync(join(tmpdir(), 'storydiff-pack-'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function sh(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.error) throw r.error;
  return r;
}

function must(r, what) {
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error(`${what} failed (exit ${r.status})`);
  }
  return r;
}

try {
  // ---- pack
  const packed = JSON.parse(must(sh('npm', ['pack', '--json', '--pack-destination', work], { cwd: root }), 'npm pack').stdout)[0];
  const tarball = join(work, packed.filename);
  const files = packed.files.map((f) => f.path);
  console.log(`tarball: ${packed.filename}, ${(packed.size / 1000).toFixed(1)} kB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${files.length} files`);
  check(packed.size <= MAX_TARBALL_BYTES, `tarball under ${MAX_TARBALL_BYTES / 1e6} MB (${packed.size} bytes)`);
  for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/storydiff.js', 'dist/src/bundle/cli.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/report/schema.json', 'dist/src/report/batch-input.schema.json', 'dist/src/report/batch-output.schema.json', 'dist/src/generated/version.json', 'dist/src/generated/html-assets.js']) {
    check(files.includes(f), `tarball holds ${f}`);
  }
  check(!files.some((f) => /^(test|fixtures|bench|scripts|src)\//.test(f) || f.endsWith('.ts') && !f.endsWith('.d.ts')), 'tarball holds no tests, fixtures, scripts or TypeScript sources');

  // ---- install into an empty project
  const app = join(work, 'app');
  sh('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }, null, 2));
  must(sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: app }), 'npm install of the tarball');
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

  // ---- the CLI through npx
  const npx = (args, input) => sh('npx', ['--no-install', 'storydiff', ...args], { cwd: app, input: input ?? '' });
  let r = npx(['--help']);
  check(r.status === 0 && r.stdout.includes('storydiff/schema.json'), 'npx storydiff --help (exit 0, names storydiff/schema.json)');
  r = npx(['--version']);
  check(r.status === 0 && r.stdout.trim() === version, `npx storydiff --version prints ${version}`);

  // Batch mode with worker threads: the worker file must ship and resolve from the installed package.
  {
    const text = (p) => readFileSync(join(root, p), 'utf8');
    const line = JSON.stringify({ id: 'x', articles: [{ label: 'w', text: text('fixtures/example/wire.txt') }, { label: 'r', text: text('fixtures/example/rewrite.txt') }] });
    r = npx(['batch', '--jobs', '2', '-'], `${line}\n{bad\n${line}\n`);
    const answers = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    check(r.status === 0 && answers.length === 3 && answers[0].report?.version === 1 && answers[1].error && r.stdout.split('\n')[0] === r.stdout.split('\n')[2],
      `npx storydiff batch --jobs 2 (exit ${r.status}, ${answers.length} answers)`);
  }

  const haveSeeds = existsSync(SEED_A) && existsSync(SEED_B);
  const [a, b] = haveSeeds ? [SEED_A, SEED_B] : [join(root, 'fixtures/example/wire.txt'), join(root, 'fixtures/example/rewrite.txt')];
  r = npx(['--format', 'json', a, b]);
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = undefined;
  }
  check(r.status === 1 && report?.version === 1 && report.tool.version === version && r.stderr === '',
    `npx storydiff --format json on ${haveSeeds ? 'the seed pair' : 'the bundled example (no ../shared/seeds)'} (exit ${r.status}, ${report?.discrepancies.length ?? '?'} discrepancies)`);
  if (haveSeeds) {
    check(report?.discrepancies.some((d) => d.kind === 'entity' && d.claims.some((c) => c.text.includes('Petrov'))) === true, 'the seed pair reports Petrov vs Peskov');
  }
  // A page: the HTML dependencies are loaded lazily, so only a page shows they are installed.
  writeFileSync(
    join(app, 'page.html'),
    '<!DOCTYPE html><html><head><title>Pier closed | Example</title></head><body><nav><a href="/">Home</a></nav><article>' +
      '<p>Harbour officials closed the northern pier on Tuesday after a crane collapsed.</p>' +
      '<p>Port spokesperson <b>Lena Velasco</b> said nobody was hurt in the collapse.</p></article><footer>© Example</footer></body></html>',
  );
  writeFileSync(join(app, 'wire.txt'), 'Harbour officials closed the northern pier on Tuesday after a crane collapsed.\nPort spokesperson Lena Vasquez said nobody was hurt in the collapse.\n');
  r = npx(['--format', 'json', 'wire.txt', 'page.html']);
  let pageReport;
  try {
    pageReport = JSON.parse(r.stdout);
  } catch {
    pageReport = undefined;
  }
  check(r.status === 1 && pageReport?.discrepancies.some((d) => d.claims.some((c) => c.text === 'Lena Velasco')) === true, `npx storydiff on a text and an HTML page (exit ${r.status}${r.stderr ? `: ${r.stderr.trim()}` : ''})`);
  r = npx(['missing.txt', b]);
  check(r.status === 2 && r.stdout === '' && r.stderr.trim().split('\n').length === 1, 'a missing input is one line on stderr, exit 2');

  // ---- the library from an ESM script
  writeFileSync(
    join(app, 'use.mjs'),
    `import { compare, getFormatter, VERSION } from 'storydiff';
import schema from 'storydiff/schema.json' with { type: 'json' };
const text = (name) => 'Port spokesperson ' + name + ' said nobody was hurt in the collapse.\\nHarbour officials closed the northern pier on Tuesday.\\n';
const report = compare([{ label: 'a', path: 'a.txt', text: text('Lena Vasquez') }, { label: 'b', path: 'b.txt', text: text('Lena Velasco') }]);
if (VERSION !== ${JSON.stringify(version)}) throw new Error('VERSION ' + VERSION);
if (!schema.title.startsWith('storydiff report')) throw new Error('schema');
if (report.discrepancies.length === 0) throw new Error('no discrepancy found');
if (typeof getFormatter('stylish').format(report, { color: false, width: 80 }) !== 'string') throw new Error('formatter');
console.log('esm ok', report.discrepancies.length);
`,
  );
  r = sh('node', ['use.mjs'], { cwd: app });
  check(r.status === 0 && r.stdout.startsWith('esm ok'), `import('storydiff') from an ESM script${r.status === 0 ? '' : `: ${r.stderr.trim().split('\n').slice(0, 3).join(' ')}`}`);

  // ---- the types, as a strict TypeScript consumer sees them
  writeFileSync(
    join(app, 'use.ts'),
    `import { compare, type Report, type Discrepancy } from 'storydiff';
const report: Report = compare([{ label: 'a', path: 'a.txt', text: 'One.' }, { label: 'b', path: 'b.txt', text: 'Two.' }]);
const first: Discrepancy | undefined = report.discrepancies[0];
export const kind: string | undefined = first?.kind;
// @ts-expect-error compare takes documents, not strings
compare(['a', 'b']);
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false,
        types: ['node'], typeRoots: [join(root, 'node_modules/@types')],
      },
      files: ['use.ts'],
    }),
  );
  r = sh('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app });
  check(r.status === 0, `the types typecheck in a strict consumer${r.status === 0 ? '' : `: ${r.stdout.trim().split('\n').slice(0, 3).join(' ')}`}`);
} catch (err) {
  failures.push(err instanceof Error ? err.message : String(err));
  console.error(`FAIL ${failures.at(-1)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`pack-check: ${failures.length} check(s) failed`);
  process.exitCode = 1;
} else {
  console.log('pack-check: the installed package works');
}
