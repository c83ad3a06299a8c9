#!/usr/bin/env node
// Extracts English irregular verb forms from english-verbs-irregular (a WordNet-based list) at
// build time: past and participle forms that the Porter stemmer cannot bring back to their verb
// ("shook" / "shake", "withdrew" / "withdraw", "forbade" / "forbid"). Without them a verb's past
// and present forms are different words to alignment and to the negation detector's predicates.
// Left out: forms that are as often other words ("ground", "wound", "a bit", "rebound", "resent",
// "outspoken" — a noun, an adjective, another verb): a wrong lemma merges unrelated statements.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

const require = createRequire(import.meta.url);
const verbs = JSON.parse(readFileSync(join(dirname(require.resolve('english-verbs-irregular/package.json')), 'dist', 'verbs.json'), 'utf8'));
const out = resolve(import.meta.dirname, '..', 'src', 'analyze', 'generated', 'irregular.json');

const AMBIGUOUS = new Set(['ground', 'wound', 'bound', 'lay', 'lain', 'fed', 'rose', 'saw', 'felt', 'lit', 'spoke', 'tore', 'bore', 'stole', 'sat', 'shed', 'bid', 'dove', 'leapt', 'hung', 'born', 'dealt', 'meant', 'bit', 'rebound', 'resent', 'spat', 'outspoken', 'slew', 'underlay']);

const forms = {};
for (const [verb, pairs] of Object.entries(verbs)) {
  if (!/^[a-z]+$/.test(verb)) continue;
  for (const pair of pairs) {
    for (const form of pair) {
      if (form === verb || !/^[a-z]+$/.test(form) || AMBIGUOUS.has(form)) continue;
      // Only what stemming misses: "dropped" and "drop" already share a stem.
      if (PorterStemmer.stem(form) === PorterStemmer.stem(verb)) continue;
      // A form two verbs share ("found": find / found) keeps the first; the hand list decides those.
      forms[form] ??= verb;
    }
  }
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(forms)}\n`);
// On stderr: `npm pack --json` runs the build and reads stdout as JSON.
console.error(`irregular: ${Object.keys(forms).length} verb forms`);
