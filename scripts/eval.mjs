#!/usr/bin/env node
// Scores storydiff on the labelled development set: fixtures/example, fixtures/events/*/ (written
// with the code) and fixtures/studied/*/ (written blind, then studied: moved out of the sealed set).
// With --sealed it scores fixtures/sealed/*/ instead: written blind and never tuned on.
// Usage: npm run eval [-- --verbose] [-- --sealed] [-- --json] [-- fixtures/events/some-event]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compare } from '../dist/src/index.js';
import { scoreEvent } from '../dist/eval/gold.js';
import { DETECTOR_KINDS } from '../dist/src/detect/registry.js';

const args = process.argv.slice(2);
const thresholdArg = args.find((a) => a.startsWith('--threshold='));
const options = thresholdArg ? { threshold: Number(thresholdArg.split('=')[1]) } : {};
const verbose = args.includes('--verbose') || args.includes('-v');
const root = resolve(import.meta.dirname, '..', 'fixtures');
const explicit = args.filter((a) => !a.startsWith('-'));
const quiet = args.includes('--summary') || args.includes('--json');
const sealed = args.includes('--sealed');
const json = args.includes('--json');
const eventsIn = (dir) => readdirSync(join(root, dir)).sort().map((d) => join(root, dir, d));
const events = explicit.length > 0
  ? explicit.map((p) => resolve(p))
  : (sealed ? eventsIn('sealed') : [join(root, 'example'), ...eventsIn('events'), ...eventsIn('studied')]).filter((d) => existsSync(join(d, 'gold.json')));

const totals = { details: 0, detailsFound: 0, pairs: 0, correctPairs: 0, alignGold: 0, alignFound: 0, omissions: 0, omissionsCorrect: 0, reported: 0, reportedCorrect: 0, benign: 0, benignFlagged: 0, self: { gold: 0, found: 0 }, kinds: {}, rules: {} };
const pct = (a, b) => (b === 0 ? '  n/a' : (a / b).toFixed(3));

for (const dir of events) {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  const docs = gold.sources.map((file) => ({ label: file, path: join(dir, file), text: readFileSync(join(dir, file), 'utf8') }));
  const report = compare(docs, options);
  const texts = new Map(docs.map((d, i) => [`S${i + 1}`, d.text]));
  const score = scoreEvent(report, gold, (id) => report.sources.find((s) => s.id === id)?.label ?? id, texts);
  totals.pairs += score.alignment.pairs;
  totals.correctPairs += score.alignment.correctPairs;
  totals.alignGold += score.alignment.gold;
  totals.alignFound += score.alignment.found;
  totals.omissions += score.omissions.gold;
  totals.omissionsCorrect += score.omissions.correct;
  totals.details += score.details.gold;
  totals.detailsFound += score.details.found;
  totals.reported += score.reported;
  totals.reportedCorrect += score.reportedCorrect;
  totals.benign += gold.benign.length;
  totals.benignFlagged += score.benignFlagged.length;
  totals.self.gold += score.selfContradictions.gold;
  totals.self.found += score.selfContradictions.found;
  for (const [rule, r] of Object.entries(score.rules)) {
    const t = (totals.rules[rule] ??= { reported: 0, correct: 0 });
    t.reported += r.reported;
    t.correct += r.correct;
  }
  for (const [kind, k] of Object.entries(score.discrepancies)) {
    const t = (totals.kinds[kind] ??= { gold: 0, found: 0 });
    t.gold += k.gold;
    t.found += k.found;
  }
  const name = dir.slice(root.length + 1);
  if (!quiet) console.log(
    `${name.padEnd(36)} align ${pct(score.alignment.correctPairs, score.alignment.pairs)}  omissions ${pct(score.omissions.correct, score.omissions.gold)}  ` +
      `precision ${pct(score.reportedCorrect, score.reported)} (${score.reportedCorrect}/${score.reported})  benign flagged ${score.benignFlagged.length}`,
  );
  if (verbose) {
    for (const m of score.missed) console.log(`    missed  ${m}`);
    for (const f of score.falsePositives) console.log(`    extra   ${f}`);
    for (const b of score.benignFlagged) console.log(`    benign  ${JSON.stringify(b.values)} (${b.why}) flagged by ${b.by}`);
  }
}

const implemented = Object.entries(totals.kinds).filter(([k]) => DETECTOR_KINDS.includes(k));
const recallFound = implemented.reduce((n, [, k]) => n + k.found, 0) + totals.self.found;
const recallGold = implemented.reduce((n, [, k]) => n + k.gold, 0) + totals.self.gold;
const ratio = (a, b) => (b === 0 ? null : Number((a / b).toFixed(3)));

if (json) {
  console.log(JSON.stringify({
    set: explicit.length > 0 ? 'explicit' : sealed ? 'sealed' : 'dev',
    events: events.length,
    alignmentPairRecall: ratio(totals.correctPairs, totals.pairs),
    omissionAccuracy: ratio(totals.omissionsCorrect, totals.omissions),
    recall: ratio(recallFound, recallGold),
    recallByKind: Object.fromEntries(Object.entries(totals.kinds).sort().map(([k, v]) => [k, { ...v, recall: ratio(v.found, v.gold) }])),
    selfContradictions: { ...totals.self, recall: ratio(totals.self.found, totals.self.gold) },
    precisionMediumPlus: ratio(totals.reportedCorrect, totals.reported),
    reportedMediumPlus: totals.reported,
    precisionByRule: Object.fromEntries(Object.entries(totals.rules).sort().map(([r, v]) => [r, { ...v, precision: ratio(v.correct, v.reported) }])),
    benignFlagged: totals.benignFlagged,
    benign: totals.benign,
  }, null, 2));
  process.exit(0);
}

// Alignment precision: of the sentence pairs storydiff grouped, how many are gold pairs is not
// computable without exhaustive gold; we report omission accuracy as the false-alignment measure.
console.log('');
console.log(`alignment recall (gold sentence pairs grouped)   ${pct(totals.correctPairs, totals.pairs)}  (${totals.correctPairs}/${totals.pairs})`);
console.log(`alignment: statements fully grouped              ${pct(totals.alignFound, totals.alignGold)}  (${totals.alignFound}/${totals.alignGold})`);
console.log(`omission accuracy (not grouped with others)      ${pct(totals.omissionsCorrect, totals.omissions)}  (${totals.omissionsCorrect}/${totals.omissions})`);
console.log(`details listed as extras (coverage)               ${pct(totals.detailsFound, totals.details)}  (${totals.detailsFound}/${totals.details})`);
console.log('discrepancy recall by kind:');
for (const [kind, k] of Object.entries(totals.kinds).sort()) {
  const note = DETECTOR_KINDS.includes(kind) ? '' : '  (no detector yet)';
  console.log(`  ${kind.padEnd(12)} ${pct(k.found, k.gold)}  (${k.found}/${k.gold})${note}`);
}
console.log(`  ${'self'.padEnd(12)} ${pct(totals.self.found, totals.self.gold)}  (${totals.self.found}/${totals.self.gold})`);
console.log(`recall, implemented kinds + self                 ${pct(recallFound, recallGold)}  (${recallFound}/${recallGold})`);
console.log(`precision at medium and above                    ${pct(totals.reportedCorrect, totals.reported)}  (${totals.reportedCorrect}/${totals.reported})`);
console.log(`benign variants flagged                          ${totals.benignFlagged} of ${totals.benign}`);
if (verbose) {
  console.log('precision at medium and above by rule:');
  for (const [rule, r] of Object.entries(totals.rules).sort()) console.log(`  ${rule.padEnd(36)} ${pct(r.correct, r.reported)}  (${r.correct}/${r.reported})`);
}
