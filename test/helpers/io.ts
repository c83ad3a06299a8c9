import type { CliIO } from '../../src/cli/index.js';
import { run } from '../../src/cli/index.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function runCli(
  argv: string[],
  options: { stdin?: string; env?: Record<string, string>; isTTY?: boolean } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.isTTY ?? false, columns: 100 },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: (async function* () {
      if (options.stdin !== undefined) yield Buffer.from(options.stdin, 'utf8');
    })(),
    env: options.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
