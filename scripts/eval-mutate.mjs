#!/usr/bin/env node
// Measures storydiff's judgement on planted changes and benign rewrites of the fixture articles:
// every article is compared with a copy of itself carrying ONE planted change of each kind, with
// copies carrying only benign rewrites, and with an unchanged copy (clean control).
// Usage: npm run eval:mutate [-- --verbose] [-- --json] [-- --seed=N] [-- --per-article=N]
// --per-article=N plants up to N different changes of each kind per article (default 1).
import { resolve } from 'node:path';
import { compare, segmentSource } from '../dist/src/index.js';
import { PLANT_KINDS, REWRITE_KINDS, plant, rewrite, rng } from '../eval/mutate.mjs';
import { SEED, articles, describe, insideContent, judgeBenign, judgeClean, judgePlant, seedFor } from '../eval/harness.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const json = args.includes('--json');
const seedArg = args.find((a) => a.startsWith('--seed='));
const seed = seedArg ? Number(seedArg.split('=')[1]) : SEED;
const perArg = args.find((a) => a.startsWith('--per-article='));
const perArticle = perArg ? Math.max(1, Number(perArg.split('=')[1])) : 1;
const fixtures = resolve(import.meta.dirname, '..', 'fixtures');

const log = [];
const say = (line) => { if (verbose && !json) log.push(line); };

const plantStats = Object.fromEntries(PLANT_KINDS.map((k) => [k, { sites: 0, skipped: 0, hit: 0, detected: 0, falseFindings: 0 }]));
const benignStats = Object.fromEntries(REWRITE_KINDS.map((k) => [k, { docs: 0, skipped: 0, flagged: 0, falseFindings: 0 }]));
const clean = { docs: 0, flagged: 0, selfContradictions: 0 };

for (const article of articles(fixtures)) {
  const { name, text } = article;
  const accept = insideContent(segmentSource, text);
  const control = judgeClean(compare, name, text);
  clean.docs++;
  clean.selfContradictions += control.report.discrepancies.length - control.between.length;
  if (control.between.length > 0) {
    clean.flagged++;
    say(`CLEAN  ${name}: ${control.between.length} finding(s) between identical copies`);
    for (const d of control.between) say(`    ${describe(control.report, d)}`);
  }

  for (const kind of PLANT_KINDS) {
    const s = plantStats[kind];
    const seen = new Set();
    for (let i = 0; i < perArticle; i++) {
    const planted = plant(text, kind, rng(i === 0 ? seedFor(seed, name, kind) : seedFor(seed, name, kind, String(i))), accept);
    if (!planted) { if (i === 0) s.skipped++; break; }
    const id = `${planted.start}:${planted.after}`;
    if (seen.has(id)) continue;
    seen.add(id);
    s.sites++;
    const j = judgePlant(compare, name, text, planted, control);
    if (j.hit) s.hit++;
    if (j.detected) s.detected++;
    s.falseFindings += j.extras.length;
    if (!j.hit || j.extras.length > 0) {
      const what = !j.detected ? 'MISS' : !j.hit ? `DUP×${j.matches.length}` : 'HIT+FP';
      say(`${what.padEnd(6)} ${kind} ${name}: "${planted.before}" → "${planted.after}"`);
      say(`    planted sentence: ${j.sentence?.text ?? '(not found in the report)'}`);
      if (j.matches.length > 1) for (const d of j.matches) say(`    match  ${describe(j.report, d)}`);
      for (const d of j.extras) say(`    false  ${describe(j.report, d)}`);
    }
    }
  }

  for (const kind of REWRITE_KINDS) {
    const b = benignStats[kind];
    const rewritten = rewrite(text, kind, rng(seedFor(seed, name, kind)));
    if (!rewritten) { b.skipped++; continue; }
    b.docs++;
    const j = judgeBenign(compare, name, text, rewritten, control);
    b.falseFindings += j.extras.length;
    if (j.extras.length > 0) {
      b.flagged++;
      say(`BENIGN ${kind} ${name}: ${rewritten.changes.map((c) => `"${c.before}" → "${c.after}"`).join(', ')}`);
      for (const d of j.extras) say(`    false  ${describe(j.report, d)}`);
    }
  }
}

const sum = (xs, f) => xs.reduce((n, x) => n + f(x), 0);
const plants = Object.values(plantStats);
const benigns = Object.values(benignStats);
const plantedDocs = sum(plants, (s) => s.sites);
const benignDocs = sum(benigns, (b) => b.docs);
const plantedFalse = sum(plants, (s) => s.falseFindings);
const benignFalse = sum(benigns, (b) => b.falseFindings);
const ratio = (a, b) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

const figures = {
  seed,
  perArticle,
  articles: clean.docs,
  planted: Object.fromEntries(PLANT_KINDS.map((k) => [k, { ...plantStats[k], recall: ratio(plantStats[k].hit, plantStats[k].sites) }])),
  plantedRecall: ratio(sum(plants, (s) => s.hit), plantedDocs),
  benign: benignStats,
  falseMediumPerDoc: {
    planted: ratio(plantedFalse, plantedDocs),
    benign: ratio(benignFalse, benignDocs),
    all: ratio(plantedFalse + benignFalse, plantedDocs + benignDocs),
  },
  benignFlagged: { flagged: sum(benigns, (b) => b.flagged), docs: benignDocs },
  cleanFlagged: { flagged: clean.flagged, docs: clean.docs, selfContradictionsNotCounted: clean.selfContradictions },
};

if (json) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  for (const line of log) console.log(line);
  if (log.length) console.log('');
  const f = (x) => (x === null ? '  n/a' : x.toFixed(3));
  console.log(`mutation eval over ${clean.docs} articles (seed ${seed}${perArticle > 1 ? `, up to ${perArticle} plants per kind and article` : ''})`);
  console.log('planted change recall (exactly one finding of the kind on the planted sentence):');
  for (const k of PLANT_KINDS) {
    const s = plantStats[k];
    console.log(`  ${k.padEnd(10)} ${f(ratio(s.hit, s.sites))}  (${s.hit}/${s.sites}; caught at all ${s.detected}; false medium+ ${s.falseFindings}; no site in ${s.skipped})`);
  }
  console.log(`  ${'all'.padEnd(10)} ${f(figures.plantedRecall)}  (${sum(plants, (s) => s.hit)}/${plantedDocs})`);
  console.log('benign rewrites (expected: nothing at medium+):');
  for (const k of REWRITE_KINDS) {
    const b = benignStats[k];
    console.log(`  ${k.padEnd(13)} flagged ${b.flagged}/${b.docs}  (false medium+ ${b.falseFindings}; nothing to rewrite in ${b.skipped})`);
  }
  console.log(`false medium+ findings per document   ${f(figures.falseMediumPerDoc.all)}  (planted ${f(figures.falseMediumPerDoc.planted)}, benign ${f(figures.falseMediumPerDoc.benign)}; ${plantedFalse + benignFalse} over ${plantedDocs + benignDocs} docs)`);
  console.log(`benign docs flagged                    ${figures.benignFlagged.flagged} of ${benignDocs}`);
  console.log(`clean controls flagged                 ${clean.flagged} of ${clean.docs}  (the articles' own self-contradictions, ${clean.selfContradictions}, not counted)`);
}
