#!/usr/bin/env node
// Regenerates, from the registries, the README's lists of discrepancy kinds and formats and the
// kind lists of the report and batch-input schemas, so the README, the schemas, --help and the
// code cannot drift apart. `--check` exits 1 when any of them is stale.
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

const kindNames = DETECTORS.map((d) => d.kind);

/** The report schema is laid out by hand: only its one-line kind enum is rewritten. */
function reportSchema(text) {
  const line = /("kind": \{ "enum": )\[[^\]]*\]/;
  if (!line.test(text)) throw new Error('schema.json: the discrepancy kind enum is missing');
  return text.replace(line, `$1${JSON.stringify(kindNames).replace(/,/g, ', ')}`);
}

/** The batch-input schema is written as JSON.stringify lays it out. */
function batchInputSchema(text) {
  const schema = JSON.parse(text);
  schema.properties.options.properties.kinds.items.enum = kindNames;
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const root = resolve(import.meta.dirname, '..');
const files = [
  ['README.md', (text) => {
    const { kinds, formats } = registryLists();
    return replaceBetween(replaceBetween(text, 'kinds', kinds), 'formats', formats);
  }],
  ['src/report/schema.json', reportSchema],
  ['src/report/batch-input.schema.json', batchInputSchema],
];
for (const [name, regenerate] of files) {
  const path = resolve(root, name);
  const before = readFileSync(path, 'utf8');
  const after = regenerate(before);
  if (after === before) continue;
  if (process.argv.includes('--check')) {
    console.error(`${name} is stale: run \`npm run readme\``);
    process.exitCode = 1;
  } else writeFileSync(path, after);
}
