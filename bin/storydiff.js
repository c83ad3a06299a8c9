#!/usr/bin/env node
// Thin launcher: the CLI returns an exit status; only this file touches `process` exit state.
import { run } from '../dist/src/cli/index.js';

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
