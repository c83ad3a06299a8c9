import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cluster } from '../../bench/cluster.mjs';

/**
 * The CLI shares pair scoring with a worker thread on large clusters. The
 * worker runs the compiled code, so this drives the built binary (npm test
 * builds first) and checks that the output is byte-for-byte the same.
 */
const bin = join(import.meta.dirname, '..', '..', 'bin', 'storydiff.js');

describe('two cores, one answer', () => {
  it('produces the same JSON with and without the worker thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storydiff-parallel-'));
    const paths = cluster(12).map((doc) => {
      const path = join(dir, doc.label);
      writeFileSync(path, doc.text);
      return path;
    });
    const run = (parallelMin: string): string => {
      const r = spawnSync(process.execPath, [bin, '--format', 'json', '--fail-on', 'none', ...paths], {
        encoding: 'utf8',
        env: { ...process.env, STORYDIFF_PARALLEL_MIN: parallelMin },
      });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const withWorker = run('0');
    const alone = run('1000000000');
    expect(JSON.parse(withWorker).summary.groups).toBeGreaterThan(10);
    expect(withWorker).toBe(alone);
  });
});
