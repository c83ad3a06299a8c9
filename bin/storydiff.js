#!/usr/bin/env node
// Thin launcher: the CLI returns an exit status; only this file touches `process` exit state.
import module from 'node:module';

// Node ≥ 22.1 keeps V8's compiled code for these modules on disk between runs (in the system's temp
// directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off). Node 20 has no such cache: a no-op there.
// It must be on before the CLI's modules load, hence the dynamic import below.
module.enableCompileCache?.();
const { run } = await import('../dist/src/bundle/cli.js');

process.stdout.on('error', (err) => {
  // A closed pipe (`storydiff … | head`) is not an error worth a stack trace.
  if (err && err.code === 'EPIPE') return;
  throw err;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
