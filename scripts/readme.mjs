#!/usr/bin/env node
// Regenerates the README's lists of discrepancy kinds and formats from the registries,
// so the README, --help and the code cannot drift apart. `--check` exits 1 when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DETECTORS } from '../dist/src/detect/registry.js';
import { FORMATTERS } from '../dist/src/report/formatters.js';

export function registryLists() {
  const kinds = DETECTORS.map((d) => `- \`${d.kind}\`: ${d.description}`).join('\n');
  const formats = FORMATTERS.map((f) => `- \`${f.name}\`: ${f.description}`).join('\n');
  return { kinds, formats };
}

function replaceBetween(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README is missing the ${start} … ${end} markers`);
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

const path = resolve(import.meta.dirname, '..', 'README.md');
const before = readFileSync(path, 'utf8');
const { kinds, formats } = registryLists();
const after = replaceBetween(replaceBetween(before, 'kinds', kinds), 'formats', formats);
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('README.md lists are stale: run `npm run readme`');
    process.exitCode = 1;
  }
} else if (after !== before) {
  writeFileSync(path, after);
}
