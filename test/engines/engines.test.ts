import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cluster } from '../../bench/cluster.mjs';
import { tempDir } from '../helpers/io.js';

/**
 * `storydiff batch` on real engines, as the README's "At scale" recipes run it: GNU parallel
 * splitting the input over processes, and a Dask cluster (a scheduler and two workers on
 * 127.0.0.1, started and stopped here) running one `storydiff batch` per partition. Each must
 * give the same bytes as one process. The engines come from Debian (.ci/run installs them);
 * where one is missing its test is skipped and says why.
 */
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'storydiff.js');

const has = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;
const parallelMissing = has('parallel', ['--version']) ? undefined : 'GNU parallel is not installed (apt-get install parallel)';
// Debian's python3-distributed is for Debian's python; a pyenv python on PATH may not have it.
const python = ['/usr/bin/python3', 'python3'].find((p) => has(p, ['-c', 'import distributed, dask.bag']));
const daskMissing = python === undefined ? 'Dask is not installed (apt-get install python3-distributed)' : undefined;
for (const reason of [parallelMissing, daskMissing]) if (reason) console.warn(`engines.test.ts: skipped: ${reason}`);

const dir = tempDir('storydiff-engines-');
let input = '';
let file = '';
let single = '';

beforeAll(() => {
  const lines = Array.from({ length: 24 }, (_, i) =>
    i === 5
      ? '{"id": "broken", "articles": ['
      : JSON.stringify({ id: `c${i}`, articles: cluster(2 + (i % 3), 500 + i, 10).map((d) => ({ label: d.label, text: d.text })) }),
  );
  input = lines.join('\n') + '\n';
  file = dir.file('clusters.jsonl', input);
  const r = spawnSync(process.execPath, [bin, 'batch', file], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  single = r.stdout;
  expect(single.split('\n')).toHaveLength(25);
});

describe('GNU parallel', () => {
  it.skipIf(parallelMissing !== undefined)(`parallel --pipe --keep-order gives the single-process bytes${parallelMissing ? ` (skipped: ${parallelMissing})` : ''}`, () => {
    const r = spawnSync(
      'parallel',
      ['--will-cite', '--pipe', '--keep-order', '-N', '5', '-j', '2', '--halt', 'now,fail=1', process.execPath, bin, 'batch'],
      { input, encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' },
    );
    expect(r.error).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(single);
  });
});

describe('Dask', () => {
  const procs: ChildProcess[] = [];
  const schedulerFile = join(dir.dir, 'scheduler.json');

  /** A process in its own group, so stopping it stops anything it started. */
  const start = (args: string[]): ChildProcess => {
    const p = spawn(python ?? 'python3', args, { cwd: dir.dir, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    p.stderr?.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
    p.on('exit', (code, signal) => {
      if (code !== 0 && signal === null) console.warn(`dask process ${args[2] ?? ''} exited ${code}: ${log}`);
    });
    procs.push(p);
    return p;
  };

  beforeAll(async () => {
    if (daskMissing) return;
    start(['-m', 'distributed.cli.dask_scheduler', '--host', '127.0.0.1', '--port', '0', '--no-dashboard', '--scheduler-file', schedulerFile]);
    const deadline = Date.now() + 60_000;
    while (!(existsSync(schedulerFile) && statSync(schedulerFile).size > 0)) {
      if (Date.now() > deadline) throw new Error('the Dask scheduler did not start within 60 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const name of ['w1', 'w2']) {
      start(['-m', 'distributed.cli.dask_worker', '--scheduler-file', schedulerFile, '--nthreads', '1', '--no-nanny', '--no-dashboard', '--name', name, '--local-directory', dir.dir]);
    }
  }, 90_000);

  afterAll(async () => {
    // Stop everything started here, even when a test failed: TERM, then KILL what is left.
    for (const p of procs) if (p.pid !== undefined && p.exitCode === null) try { process.kill(-p.pid, 'SIGTERM'); } catch { /* gone */ }
    await Promise.all(
      procs.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.exitCode !== null || p.signalCode !== null) return resolve();
            const t = setTimeout(() => {
              if (p.pid !== undefined) try { process.kill(-p.pid, 'SIGKILL'); } catch { /* gone */ }
              resolve();
            }, 5_000);
            p.once('exit', () => (clearTimeout(t), resolve()));
          }),
      ),
    );
  }, 30_000);

  it.skipIf(daskMissing !== undefined)(`a dask bag over JSONL partitions, storydiff batch per partition, gives the single-process bytes${daskMissing ? ` (skipped: ${daskMissing})` : ''}`, async () => {
    const blocksize = Math.ceil(statSync(file).size / 4);
    const child = spawn(python ?? 'python3', [join(import.meta.dirname, 'dask_batch.py'), schedulerFile, file, String(blocksize), process.execPath, bin], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const t = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.on('close', (c) => (clearTimeout(t), resolve(c)));
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/dask: [2-9] partitions/);
    expect(stderr).toMatch(/dask: 24 answers, 2 workers/);
    expect(stdout).toBe(single);
  }, 150_000);
});
