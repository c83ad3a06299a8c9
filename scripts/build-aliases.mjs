#!/usr/bin/env node
// Folds the built-in alias table (curated groups and every country's names in 28 languages) once,
// at build time, with the library's own code, and writes it next to the module that reads it, in
// the sources (for the tests, which run them) and in dist. Start-up then reads a list of folded
// names instead of folding thousands of them (about 30 ms of every run). It reports on stderr:
// `npm pack --json` runs the build, and its stdout must stay JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { computeDefaultAliases, serialiseAliases } from '../dist/src/analyze/names.js';

const root = resolve(import.meta.dirname, '..');
const json = JSON.stringify(serialiseAliases(computeDefaultAliases()));
for (const dir of ['src', 'dist/src']) {
  const out = resolve(root, dir, 'analyze', 'generated', 'aliases.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
}
console.error(`aliases: ${JSON.parse(json).ids.length} folded names`);
