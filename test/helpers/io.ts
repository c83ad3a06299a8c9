import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/index.js';
import { run } from '../../src/cli/index.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string;
  env?: Record<string, string>;
  /** stdout is a terminal. */
  isTTY?: boolean;
  /** stderr is a terminal. */
  stderrTTY?: boolean;
  /** Working directory for .storydiffrc.json and relative --config/--output/--baseline paths. */
  cwd?: string;
}

// An empty directory, so a .storydiffrc.json wherever the tests happen to run cannot leak in.
const defaultCwd = mkdtempSync(join(tmpdir(), 'storydiff-cwd-'));

/** Runs the CLI in-process with captured streams. */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.isTTY ?? false, columns: 100 },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrTTY ?? false },
    stdin: (async function* () {
      if (options.stdin !== undefined) yield Buffer.from(options.stdin, 'utf8');
    })(),
    env: options.env ?? {},
    cwd: options.cwd ?? defaultCwd,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary directory and a writer for files in it. */
export function tempDir(prefix = 'storydiff-test-'): { dir: string; file(name: string, content: string | Uint8Array): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/**
 * Small stories of our own about one event: `wire` and `same` agree; `renamed`
 * names the spokesperson differently (entity, high); `reworded` quotes the
 * operator with other words (quote, medium); `other` reports another event.
 */
export const STORY = {
  wire:
    'Harbour officials closed the northern pier on Tuesday after a crane collapsed.\n' +
    'Port spokesperson Lena Vasquez said nobody was hurt in the collapse.\n' +
    'The crane operator, Tomas Weber, told reporters: "The cable snapped without any warning at all."\n',
  same:
    'Port spokesperson Lena Vasquez said nobody was hurt in the collapse.\n' +
    'Harbour officials closed the northern pier on Tuesday after a crane collapsed.\n',
  renamed:
    'Harbour officials closed the northern pier on Tuesday after a crane collapsed.\n' +
    'Port spokesperson Lena Velasco said nobody was hurt in the collapse.\n',
  reworded:
    'Harbour officials closed the northern pier on Tuesday after a crane collapsed.\n' +
    'The crane operator, Tomas Weber, told reporters: "The rope broke without any warning at all."\n',
  other: 'The orchestra announced its winter season on Monday.\nTickets for the opening concert sold out within an hour.\n',
} as const;
