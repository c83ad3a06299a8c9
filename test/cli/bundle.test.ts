import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The binary runs the bundled CLI (dist/src/bundle, built by `npm run build`). Bundling must not
 * pull the HTML and encoding libraries into every run, and must give the same report as the
 * modules it was built from.
 */
const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'storydiff.js');
const seeds = join(root, '..', 'shared', 'seeds');
const SEEDS = [join(seeds, '000_7ad5171b342f1fe8.txt'), join(seeds, '004_46668bc72a4886c3.txt')];

// A module hook that names every file loaded from node_modules on stderr.
const HOOK = 'export async function load(url, context, next) { if (url.includes("/node_modules/")) process.stderr.write("LOADED " + url + "\\n"); return next(url, context); }';
const REGISTER = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;

function packagesLoaded(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, bin, '--fail-on', 'none', ...args], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const loaded = [...r.stderr.matchAll(/^LOADED .*\/node_modules\/((?:@[^/]+\/)?[^/]+)/gm)].map((m) => m[1] as string);
  return [...new Set(loaded)].sort();
}

describe('the bundled CLI', () => {
  it('loads no HTML or encoding library for plain text', () => {
    expect(packagesLoaded(SEEDS)).toEqual([]);
  });

  it('loads the HTML libraries when a page is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-bundle-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><body><article><h1>Flood</h1><p>The mayor said 12 people died on Monday in the flood.</p></article></body></html>');
    const loaded = packagesLoaded([page, SEEDS[0] as string]);
    expect(loaded).toContain('htmlparser2');
  });

  it('reports what the unbundled modules report', async () => {
    const r = spawnSync(process.execPath, [bin, '--format', 'json', '--fail-on', 'none', ...SEEDS], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const { run } = await import(join(root, 'dist', 'src', 'cli', 'index.js'));
    let out = '';
    const sink = { write: (s: string): boolean => ((out += s), true) };
    const status = await run(['--format', 'json', '--fail-on', 'none', ...SEEDS], { stdout: sink, stderr: sink, stdin: process.stdin, env: {}, cwd: root });
    expect(status).toBe(0);
    expect(r.stdout).toBe(out);
  });
});
