// Planted changes and benign rewrites of a news article, for measuring storydiff's judgement:
// `npm run eval:mutate` (scripts/eval-mutate.mjs) and the property tests (test/properties/).
//
// Pure text manipulation, no dependency on src/: the instruments must not share the detectors'
// idea of what a name, a number or a quotation is, or a blind spot of the detectors would hide
// itself by leaving no site to plant in. Lives outside src/ so it is not published.
//
// Every function takes a `rand` (a `() => number` in [0, 1), see `rng`) so a fixed seed gives
// the same sites and the same replacements on every run. `accept(start, end)` lets the caller
// restrict sites (the harness keeps those inside content sentences, not boilerplate).

/** Deterministic PRNG (mulberry32), the one the benchmarks use. */
export { rng } from '../bench/cluster.mjs';

const pick = (xs, rand) => xs[Math.floor(rand() * xs.length)];

/** Kinds of planted change; `expect` lists the discrepancy kinds that count as catching it. */
export const PLANTS = {
  // Inside two quotations of one remark, a figure changed is the quote's finding.
  number: ['number', 'quote'],
  name: ['entity'],
  // Inside a quotation, a negator added is the quote's finding ('quote/negated'): the remark differs.
  negation: ['negation', 'quote'],
  date: ['date'],
  speaker: ['attribution', 'entity'],
  quote: ['quote'],
};
export const PLANT_KINDS = Object.keys(PLANTS);

/** Rewrites a careful reader treats as the same text. */
export const REWRITE_KINDS = ['digits-words', 'contraction', 'percent', 'thousands', 'diacritics', 'paragraphs'];

// ---------------------------------------------------------------------------------------------
// Shared vocabulary

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORD_VALUE = new Map([...SMALL.map((w, i) => [w, i]), ...Object.entries(TENS)]);
const VALUE_WORD = new Map([...WORD_VALUE].map(([w, v]) => [v, w]));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_RE = MONTHS.join('|');
const SPEECH = 'said|says|told|added|explained|declared|stated|announced|confirmed|insisted|warned|noted|wrote|replied|informed';
const SPEECH_RE = new RegExp(`^(?:${SPEECH})$`, 'i');
const TITLES = new Set(['Judge', 'Governor', 'Minister', 'Interior', 'Chief', 'Executive', 'CEO', 'Dr', 'Professor', 'Prof', 'President', 'Candidate', 'Owner', 'Mr', 'Mrs', 'Ms', 'Prime', 'Mayor', 'Spokesman', 'Spokesperson', 'Spokeswoman', 'Coach', 'Director', 'General', 'Senator', 'Counselor', 'Councillor', 'Sir', 'Lady', 'Lord', 'Captain', 'Colonel', 'Saint', 'St']);
const ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'director', 'coach', 'midfielder', 'striker', 'defender', 'goalkeeper', 'player', 'counselor', 'councillor', 'member', 'governor', 'mayor', 'judge', 'lawyer', 'attorney', 'prosecutor', 'researcher', 'author', 'scientist', 'professor', 'president', 'minister', 'candidate', 'hopeful', 'survivor', 'worker', 'owner', 'chief', 'executive', 'ceo', 'leader', 'chairman', 'chairwoman', 'secretary', 'official', 'analyst', 'economist', 'economists', 'manager', 'head', 'officer', 'witness', 'resident', 'mother', 'father', 'mum', 'dad', 'son', 'daughter', 'wife', 'husband', 'teacher', 'doctor', 'nurse', 'engineer', 'expert', 'founder', 'deputy', 'representative', 'negotiator', 'inspector', 'commander', 'general', 'colonel', 'captain', 'activist', 'student', 'neighbour', 'neighbor']);
const NOT_NAME = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'Near', 'Several', 'This', 'That', 'These', 'Those', 'Last', 'Next', 'Every', 'All', 'Some', 'According', 'After', 'Before', 'Since', 'Until', 'By', 'For', 'From', 'With', 'Of', 'And', 'But', 'He', 'She', 'It', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Our', 'Its', 'If', 'When', 'While', 'As', 'Source', 'Comments', 'Related', 'Article', 'Update', ...MONTHS, ...WEEKDAYS]);
const ORG = new Set(['Agency', 'Bank', 'University', 'Office', 'League', 'Lines', 'Star', 'Press', 'Wire', 'Service', 'Court', 'Dam', 'Works', 'Observatory', 'Foundation', 'Authority', 'Presidency', 'Commission', 'Republic', 'Waters', 'Watch', 'Ministry', 'Guard', 'Institute', 'Health', 'Europe', 'Apparels', 'Metall', 'Club', 'Party', 'Council', 'Police', 'News', 'Directorate', 'Election', 'Tribunal', 'Contas', 'Central', 'Chile', 'Paulo', 'FC', 'IG', 'Coast', 'State', 'National', 'Company', 'Group', 'Association', 'Union', 'Times', 'Post', 'Journal', 'Street', 'River', 'Island', 'Sea', 'Airport', 'Station', 'Hospital', 'School', 'Ferry', 'Council', 'Parliament', 'Government', 'Army', 'Navy', 'Force', 'Forces', 'Corp', 'Inc', 'Atlético', 'Atletico', 'Real', 'Sporting', 'Dynamo', 'Dinamo', 'Olympique', 'Borussia', 'Inter', 'AC', 'Ltd', 'AG', 'SA', 'GmbH']);
const INVENTED_SURNAMES = ['Halvorsen', 'Okonkwo', 'Marchetti', 'Brandauer', 'Tsvetkova', 'Quiroga', 'Lindholm', 'Abernathy'];
const INVENTED_PEOPLE = ['Ingrid Halvorsen', 'Chidi Okonkwo', 'Lucia Marchetti', 'Oskar Brandauer'];

/** Word tokens with offsets (letters, digits, apostrophes and inner hyphens). */
function words(text) {
  const out = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    let w = m[0].replace(/['’-]+$/u, '');
    out.push({ w, start: m.index, end: m.index + w.length });
  }
  return out;
}

const isCap = (w) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?$/u.test(w);
const bare = (w) => w.replace(/['’]s$/u, '');
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a sentence-ish break (., !, ?, newline, quote mark) separates two offsets. */
function broken(text, from, to) {
  return /[.!?\n"“”«»:;]/.test(text.slice(from, to));
}

/**
 * People named in the text: runs of capitalised words (titles stripped) with a cue that they
 * are a person — a role word or title before, a speech verb next to them, or their last name
 * used alone next to a speech verb elsewhere. Returns each occurrence (full and surname-only).
 */
export function people(text) {
  const ws = words(text);
  const runs = [];
  for (let i = 0; i < ws.length; ) {
    if (!isCap(bare(ws[i].w))) { i++; continue; }
    let j = i;
    while (j + 1 < ws.length && isCap(bare(ws[j + 1].w)) && /^ +$/.test(text.slice(ws[j].end, ws[j + 1].start)) && !/['’]s$/u.test(ws[j].w)) j++;
    runs.push([i, j]);
    i = j + 1;
  }
  const full = new Map(); // surname -> { given, cue }
  for (const [i0, j] of runs) {
    let i = i0;
    let cue = false;
    while (i <= j && (TITLES.has(ws[i].w) || NOT_NAME.has(ws[i].w))) { if (TITLES.has(ws[i].w)) cue = true; i++; }
    if (j - i < 1 || j - i > 2) continue;
    const toks = ws.slice(i, j + 1).map((t) => bare(t.w));
    if (toks.some((t) => ORG.has(t) || NOT_NAME.has(t) || TITLES.has(t))) continue;
    const before = ws[i0 - 1];
    if (before && !broken(text, before.end, ws[i0].start) && ROLES.has(before.w.toLowerCase().split('-').pop())) cue = true;
    const after = ws[j + 1];
    if (after && SPEECH_RE.test(after.w) && !/[.!?\n]/.test(text.slice(ws[j].end, after.start))) cue = true;
    if (before && SPEECH_RE.test(before.w) && !/[.!?\n]/.test(text.slice(before.end, ws[i0].start))) cue = true;
    const surname = toks[toks.length - 1];
    const prev = full.get(surname);
    full.set(surname, { name: toks.join(' '), cue: cue || (prev?.cue ?? false) });
  }
  // A surname alone next to a speech verb elsewhere is a cue too ("Alexiou said").
  for (let k = 0; k < ws.length; k++) {
    const s = bare(ws[k].w);
    const entry = full.get(s);
    if (!entry || entry.cue) continue;
    const a = ws[k + 1];
    const b = ws[k - 1];
    if ((a && SPEECH_RE.test(a.w) && !broken(text, ws[k].end, a.start)) || (b && SPEECH_RE.test(b.w) && !broken(text, b.end, ws[k].start))) entry.cue = true;
  }
  const persons = [...full.entries()].filter(([, e]) => e.cue).map(([surname, e]) => ({ surname, name: e.name }));
  const occurrences = [];
  for (const p of persons) {
    const given = p.name.split(' ').slice(0, -1).join(' ');
    for (let k = 0; k < ws.length; k++) {
      if (bare(ws[k].w) !== p.surname) continue;
      const start = ws[k].start;
      const end = start + p.surname.length;
      const g = text.lastIndexOf(given + ' ', start);
      const withGiven = given && g >= 0 && g + given.length + 1 === start;
      occurrences.push({ person: p, start, end, fullStart: withGiven ? g : start });
    }
  }
  return { persons, occurrences };
}

// ---------------------------------------------------------------------------------------------
// Sites: { start, end, replacement } on the original text.

function caseLike(model, word) {
  if (model === model.toUpperCase() && model.length > 1) return word.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** Digits in a number that are part of a date or a time of day, not a quantity. */
function dateLike(text, start, end) {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  const digits = text.slice(start, end);
  if (new RegExp(`(?:${MONTH_RE})\\s*$`).test(before) || new RegExp(`^\\s*(?:${MONTH_RE})\\b`).test(after)) return true;
  if (/^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|h\b|GMT|UTC|CET|o'clock)/i.test(after) || /^[:.]\d\d\b/.test(after) || /\d[:.]$/.test(before)) return true;
  if (/^\d{4}$/.test(digits) && Number(digits) >= 1900 && Number(digits) <= 2100) return true;
  if (/^(?:st|nd|rd|th)\b/.test(after)) return true;
  if (/^[./-]\d/.test(after) || /\d[./-]$/.test(before) || /^\d{1,2}[./]\d{1,2}$/.test(digits) && /^[./]\d{2,4}\b/.test(after)) return true;
  return false;
}

const NUMBER_RE = /(?<![\p{L}\p{N}.,])\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+(?!\d)|\d*)(?:[.,]\d+)?(?![\p{N}])/gu;

function numberSites(text) {
  const out = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/^\p{L}/u.test(text.slice(end)) && !/^(?:m|bn|km|k|kg|mm|cm)\b/.test(text.slice(end))) continue;
    if (dateLike(text, start, end)) continue;
    out.push({ start, end, digits: m[0] });
  }
  return out;
}

function plantNumber(text, rand) {
  const sites = [];
  for (const s of numberSites(text)) sites.push({ ...s, type: 'digits' });
  for (const m of text.matchAll(/\b[A-Za-z]+\b/g)) {
    const w = m[0].toLowerCase();
    if (!WORD_VALUE.has(w) || w === 'one' || w === 'zero') continue;
    // The tens of a compound ("Thirty" of "Thirty-seven") are left alone; its units change to units
    // only, so the text stays a number ("Thirty-two", never "Thirty-twelve").
    const end = m.index + m[0].length;
    if (/^[-‑][A-Za-z]/.test(text.slice(end))) continue;
    const units = /[A-Za-z][-‑]$/.test(text.slice(0, m.index));
    if (units && WORD_VALUE.get(w) > 9) continue;
    sites.push({ start: m.index, end, type: 'word', word: m[0], units });
  }
  return sites.map((s) => () => {
    if (s.type === 'word') {
      const v = WORD_VALUE.get(s.word.toLowerCase());
      const options = [...VALUE_WORD.keys()].filter((x) => x !== v && x > 1 && Math.abs(x - v) >= 2 && Math.abs(x - v) <= 10 && (!s.units || x <= 9));
      return { start: s.start, end: s.end, replacement: caseLike(s.word, VALUE_WORD.get(pick(options, rand))) };
    }
    const positions = [...s.digits].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
    const i = pick(positions, rand);
    const old = s.digits[i];
    const choices = '0123456789'.split('').filter((d) => d !== old && !(i === 0 && d === '0' && positions.length > 1));
    // Not a transposition of neighbouring digits: that is a finding of its own ("transposed digits"), still a number change.
    const d = pick(choices, rand);
    return { start: s.start, end: s.end, replacement: s.digits.slice(0, i) + d + s.digits.slice(i + 1) };
  });
}

const SOUNDEX = { b: 1, f: 1, p: 1, v: 1, c: 2, g: 2, j: 2, k: 2, q: 2, s: 2, x: 2, z: 2, d: 3, t: 3, l: 4, m: 5, n: 5, r: 6 };

function respell(surname, letters, rand) {
  const chars = [...surname];
  const positions = chars.map((c, i) => (i > 0 && SOUNDEX[c] ? i : -1)).filter((i) => i >= 0);
  if (positions.length === 0) return null;
  const chosen = new Set();
  while (chosen.size < Math.min(letters, positions.length)) chosen.add(pick(positions, rand));
  for (const i of chosen) {
    const cls = SOUNDEX[chars[i]];
    const options = 'bdglmr'.split('').filter((c) => SOUNDEX[c] !== cls && c !== chars[i - 1] && c !== chars[i + 1]);
    chars[i] = pick(options, rand);
  }
  return chars.join('');
}

/** Whether a name occurrence is the speaker of a statement ("X said", "said X", "according to X"). */
function speaks(text, o) {
  const after = text.slice(o.end, o.end + 40);
  const before = text.slice(Math.max(0, o.fullStart - 40), o.fullStart);
  return (
    new RegExp(`^(?:['’]s)?(?:,[^.!?\\n"“”]{0,30},)?\\s+(?:${SPEECH})\\b`).test(after) ||
    new RegExp(`\\b(?:${SPEECH})\\s+(?:[\\p{L}-]+\\s+){0,4}$`, 'u').test(before) ||
    /\baccording to\s+(?:[\p{L}-]+\s+){0,3}$/u.test(before)
  );
}

function plantName(text, rand) {
  const { occurrences } = people(text);
  return occurrences.map((o) => () => {
    // Another surname in a speaker's place is a change of speaker (PLANTS.speaker), not a misspelling.
    const how = speaks(text, o) ? Math.floor(rand() * 2) : Math.floor(rand() * 3);
    const replacement =
      how === 2 ? pick(INVENTED_SURNAMES.filter((s) => !text.includes(s)), rand) : respell(o.person.surname, how + 1, rand);
    if (!replacement || fold(replacement) === fold(o.person.surname)) return null;
    return { start: o.start, end: o.end, replacement };
  });
}

const AUX = ['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'must', 'did', 'does', 'do', 'may', 'might'];
const NEG_CONTRACT = { "wasn't": 'was', "weren't": 'were', "isn't": 'is', "aren't": 'are', "hasn't": 'has', "haven't": 'have', "hadn't": 'had', "won't": 'will', "wouldn't": 'would', "couldn't": 'could', "can't": 'can', cannot: 'can', "shouldn't": 'should', "mustn't": 'must', "didn't": 'did', "doesn't": 'does', "don't": 'do' };
const PAST = { said: 'say', told: 'tell', announced: 'announce', confirmed: 'confirm', added: 'add', explained: 'explain', declared: 'declare', stated: 'state', reported: 'report', found: 'find', signed: 'sign', joined: 'join', scored: 'score', passed: 'pass', decided: 'decide', completed: 'complete', voted: 'vote', described: 'describe', called: 'call', ordered: 'order', approved: 'approve', rejected: 'reject', accepted: 'accept', admitted: 'admit', denied: 'deny', agreed: 'agree', paid: 'pay', won: 'win', lost: 'lose', left: 'leave', met: 'meet', received: 'receive', killed: 'kill', damaged: 'damage', sentenced: 'sentence', ruled: 'rule', cut: 'cut', raised: 'raise', lowered: 'lower', fell: 'fall', rose: 'rise', showed: 'show', published: 'publish', warned: 'warn', insisted: 'insist', urged: 'urge', promised: 'promise', planned: 'plan' };
const NEGATORS = new Set(['not', 'never', "n't", 'no', 'none', 'nothing', 'nobody', 'neither', 'nor']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who']);

function plantNegation(text, rand) {
  const ws = words(text);
  const sites = [];
  for (let k = 0; k < ws.length; k++) {
    const { w, start, end } = ws[k];
    const lw = w.toLowerCase().replace('’', "'");
    const next = ws[k + 1];
    const joined = next && !broken(text, end, next.start) && /^\s+$/.test(text.slice(end, next.start));
    const negatedAlready = /\b(?:no|not|nobody|none|nothing|neither|nor|never|no one)\b[^.!?\n,;]*$/i.test(text.slice(Math.max(0, start - 40), start));
    const aux = AUX.includes(w); // lower case only: "May" is a month
    if (aux && joined && !negatedAlready && !NEGATORS.has(next.w.toLowerCase()) && /^\p{Ll}/u.test(next.w)) {
      // "was taken" -> "was not taken"; "can" -> "cannot".
      if (lw === 'can') sites.push({ start, end, replacement: caseLike(w, 'cannot') });
      else sites.push({ start, end, replacement: `${w} not` });
    } else if (aux && joined && ['not', 'never'].includes(next.w.toLowerCase())) {
      sites.push({ start, end: next.end, replacement: w }); // "was not" -> "was"
    } else if (NEG_CONTRACT[lw]) {
      sites.push({ start, end, replacement: caseLike(w, NEG_CONTRACT[lw]) });
    } else if (lw === 'never' && ws[k - 1] && !AUX.includes(ws[k - 1].w.toLowerCase()) && joined && PAST[next.w.toLowerCase()]) {
      sites.push({ start, end: next.start, replacement: '' }); // "never said" -> "said"
    } else if (PAST[lw] && ws[k - 1] && !broken(text, ws[k - 1].end, start)) {
      const prev = ws[k - 1].w;
      const lp = prev.toLowerCase();
      if (AUX.includes(lp) || lp === 'not' || lp === 'never' || lp === 'been' || lp === 'be' || lp === 'by') continue;
      const speech = SPEECH_RE.test(lw);
      if (speech || isCap(bare(prev)) || SUBJECT_PRONOUNS.has(lp)) sites.push({ start, end, replacement: `did not ${PAST[lw]}` });
    } else if (lw === 'no' && ws[k - 1] && ['is', 'was', 'are', 'were', 'has', 'have', 'had', 'there'].includes(ws[k - 1].w.toLowerCase()) && joined) {
      sites.push({ start, end: next.start, replacement: '' }); // "there is no risk" -> "there is risk"
    }
  }
  return sites.map((s) => () => s);
}

function plantDate(text, rand) {
  const sites = [];
  for (const m of text.matchAll(new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'g'))) {
    sites.push(() => ({ start: m.index, end: m.index + m[0].length, replacement: pick(WEEKDAYS.filter((d) => d !== m[0]), rand) }));
  }
  for (const m of text.matchAll(new RegExp(`\\b(${MONTH_RE})\\b`, 'g'))) {
    const around = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 6);
    // "May" is also a verb: only with a day, a year or a preposition next to it.
    if (m[0] === 'May' && !/(?:\d\s*May|May\s*\d|(?:in|of|since|until|early|late|mid-|last|next)\s+May)/.test(around)) continue;
    sites.push(() => ({ start: m.index, end: m.index + m[0].length, replacement: pick(MONTHS.filter((x) => x !== m[0] && x !== 'May'), rand) }));
  }
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})(?=\\s+(?:${MONTH_RE})\\b)|(?<=\\b(?:${MONTH_RE})\\s+)(\\d{1,2})\\b(?!\\d|,\\d)`, 'g'))) {
    const day = Number(m[0]);
    if (day < 1 || day > 31) continue;
    sites.push(() => {
      const options = Array.from({ length: 28 }, (_, i) => i + 1).filter((d) => Math.abs(d - day) >= 2);
      return { start: m.index, end: m.index + m[0].length, replacement: String(pick(options, rand)) };
    });
  }
  return sites;
}

function plantSpeaker(text, rand) {
  const { persons, occurrences } = people(text);
  const sites = [];
  for (const o of occurrences) {
    if (!speaks(text, o)) continue;
    sites.push(() => {
      const others = persons.filter((p) => p.surname !== o.person.surname);
      const full = o.fullStart < o.start;
      const pool = others.length > 0 && rand() < 0.7 ? others.map((p) => (full ? p.name : p.surname)) : full ? INVENTED_PEOPLE : INVENTED_SURNAMES;
      const replacement = pick(pool.filter((n) => !text.includes(n) || others.length > 0), rand);
      return { start: o.fullStart, end: o.end, replacement };
    });
  }
  return sites;
}

const STOP = new Set('about above after again against also because been before being below between both could does doing down during each from further have having here into itself just more most once only other over same should some such than that their them then there these they this those through under until very what when where which while will with would your ours yours were been said says must might shall cannot never always ever still just even only already'.split(' '));
const QUOTE_SWAP = {
  ed: ['ignored', 'feared', 'doubted', 'rejected'],
  ing: ['leaving', 'ignoring', 'fearing', 'doubting'],
  ly: ['slowly', 'barely', 'wrongly', 'rarely'],
  s: ['problems', 'rivals', 'failures', 'doubts'],
  '': ['difficult', 'terrible', 'strange', 'careless', 'modest', 'distant'],
};

function quotations(text) {
  const out = [];
  for (const m of text.matchAll(/"([^"\n]{3,})"|“([^”\n]{3,})”|«([^»\n]{3,})»/g)) {
    out.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
  }
  return out;
}

function plantQuote(text, rand) {
  const sites = [];
  for (const q of quotations(text)) {
    const inner = text.slice(q.start, q.end);
    for (const w of words(inner)) {
      if (w.w.length < 4 || !/^\p{Ll}+$/u.test(w.w) || STOP.has(w.w)) continue;
      sites.push(() => {
        const suffix = ['ing', 'ed', 'ly', 's'].find((s) => w.w.endsWith(s) && w.w.length > s.length + 2) ?? '';
        const options = QUOTE_SWAP[suffix].filter((x) => !inner.includes(x) && x !== w.w);
        return { start: q.start + w.start, end: q.start + w.end, replacement: pick(options, rand) };
      });
    }
  }
  return sites;
}

const PLANTERS = { number: plantNumber, name: plantName, negation: plantNegation, date: plantDate, speaker: plantSpeaker, quote: plantQuote };

/**
 * One planted change of `kind` at a site chosen with `rand`, or null when the text has no site.
 * Returns the new text and the changed range in it.
 */
export function plant(text, kind, rand, accept = () => true) {
  const makers = PLANTERS[kind](text, rand);
  // Sites are materialised lazily so the choice of site draws from `rand` before the replacement does.
  const order = makers.map((m, i) => ({ m, i, key: rand() })).sort((a, b) => a.key - b.key || a.i - b.i);
  for (const { m } of order) {
    const site = m();
    if (!site || site.replacement === undefined || !accept(site.start, site.end)) continue;
    if (text.slice(site.start, site.end) === site.replacement) continue;
    const out = text.slice(0, site.start) + site.replacement + text.slice(site.end);
    return { kind, text: out, start: site.start, end: site.start + site.replacement.length, before: text.slice(site.start, site.end), after: site.replacement };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Benign rewrites. `subset`: when true each distinct rewritten string is rewritten (in all its
// places) with probability 1/2, at least one; otherwise every site is. Boilerplate is rewritten
// too, so a repeated headline stays repeated.

function rewriteDigitsWords(text) {
  const sites = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,:%€$£#-]|\d\s)(\d{1,2})(?![\p{N}.,:%]|\s*(?:%|per ?cent|percent|a\.m\.|p\.m\.)|\s\d|[\p{L}])/gu)) {
    const v = Number(m[1]);
    if (v < 2 || v > 12 || dateLike(text, m.index, m.index + m[0].length)) continue;
    // "No 8 shirt", "number 8": a label, and "No eight" would read as a negation.
    if (/\b(?:No|no|Nos|number|Number|No\.)\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    sites.push({ start: m.index, end: m.index + m[0].length, replacement: SMALL[v] });
  }
  for (const m of text.matchAll(/(?<![\p{L}-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\p{L}\-‑]|\s+(?:of|or|\d)\b)/giu)) {
    // Not at the start of a sentence, where style wants words.
    if (/(?:^|[.!?"“]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    sites.push({ start: m.index, end: m.index + m[0].length, replacement: String(WORD_VALUE.get(m[0].toLowerCase())) });
  }
  return sites;
}

const CONTRACTIONS = [
  ['did not', "didn't"], ['does not', "doesn't"], ['do not', "don't"], ['is not', "isn't"], ['are not', "aren't"], ['was not', "wasn't"],
  ['were not', "weren't"], ['has not', "hasn't"], ['have not', "haven't"], ['had not', "hadn't"], ['will not', "won't"], ['would not', "wouldn't"],
  ['could not', "couldn't"], ['should not', "shouldn't"], ['cannot', "can't"], ['it is', "it's"], ['that is', "that's"], ['there is', "there's"],
  ['we are', "we're"], ['they are', "they're"], ['I am', "I'm"], ['you are', "you're"], ['we have', "we've"], ['I have', "I've"], ['we will', "we'll"],
];

function rewriteContractions(text) {
  const sites = [];
  for (const [long, short] of CONTRACTIONS) {
    for (const [from, to] of [[long, short], [short, long]]) {
      const re = new RegExp(`\\b${from.replace("'", "['’]")}(?![\\p{L}'’])`, 'giu');
      for (const m of text.matchAll(re)) sites.push({ start: m.index, end: m.index + m[0].length, replacement: caseLike(m[0], m[0].includes('’') ? to.replace("'", '’') : to) });
    }
  }
  return sites;
}

function rewritePercent(text, rand) {
  const sites = [];
  for (const m of text.matchAll(/(\d)\s?%/g)) sites.push({ start: m.index + 1, end: m.index + m[0].length, replacement: rand() < 0.5 ? ' percent' : ' per cent' });
  for (const m of text.matchAll(/(\d)\s+(?:per cent|percent)\b/g)) sites.push({ start: m.index + 1, end: m.index + m[0].length, replacement: '%' });
  return sites;
}

function rewriteThousands(text, rand) {
  const sites = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,])(\d{1,3}(?:[, ]\d{3})+|\d{4,})(?![\p{N}]|[.,]\d)/gu)) {
    const digits = m[0].replace(/[, ]/g, '');
    if (/^\d{4}$/.test(m[0]) && (dateLike(text, m.index, m.index + m[0].length) || Number(digits) < 1000)) continue;
    if (/^[, ]\d/.test(text.slice(m.index + m[0].length))) continue;
    const grouped = (sep) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const forms = [digits, grouped(','), grouped(' ')].filter((f) => f !== m[0]);
    sites.push({ start: m.index, end: m.index + m[0].length, replacement: pick(forms, rand) });
  }
  return sites;
}

const TRANSLIT = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', œ: 'oe', Œ: 'Oe', þ: 'th' };
const GERMAN = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

function rewriteDiacritics(text, rand) {
  const sites = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
    if (/^[\x00-\x7f]*$/.test(m[0])) continue;
    const german = rand() < 0.5;
    const plain = [...m[0]].map((c) => (german && GERMAN[c]) || TRANSLIT[c] || c.normalize('NFD').replace(/\p{M}/gu, '')).join('');
    if (plain !== m[0]) sites.push({ start: m.index, end: m.index + m[0].length, replacement: plain });
  }
  return sites;
}

function applySites(text, sites, rand, subset) {
  const sorted = sites.map((s) => ({ ...s, original: text.slice(s.start, s.end) })).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const s of sorted) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s);
  // A subset is chosen per distinct original string, so a repeated headline or name stays the same in all its places.
  const keep = new Map();
  for (const s of kept) if (!keep.has(s.original)) keep.set(s.original, rand() < 0.5);
  let chosen = subset ? kept.filter((s) => keep.get(s.original)) : kept;
  if (subset && chosen.length === 0 && kept.length > 0) {
    const one = pick(kept, rand).original;
    chosen = kept.filter((s) => s.original === one);
  }
  let out = text;
  for (const s of [...chosen].reverse()) out = out.slice(0, s.start) + s.replacement + out.slice(s.end);
  return { text: out, changes: chosen.map((s) => ({ before: text.slice(s.start, s.end), after: s.replacement })) };
}

/** Paragraphs: runs of text between blank lines. */
function blocks(text) {
  const out = [];
  for (const m of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Two paragraphs (blank-line separated blocks) swapped. */
function swapParagraphs(text, rand) {
  // The block with the headline stays first, as in shuffleLines.
  const bs = blocks(text).slice(1);
  if (bs.length < 2) return null;
  const i = Math.floor(rand() * bs.length);
  let j = Math.floor(rand() * (bs.length - 1));
  if (j >= i) j++;
  const [a, b] = i < j ? [bs[i], bs[j]] : [bs[j], bs[i]];
  const out = text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
  return { text: out, changes: [{ before: text.slice(a.start, a.start + 40), after: text.slice(b.start, b.start + 40) }] };
}

/** The non-empty lines of the text in a shuffled order (empty lines keep their places). */
export function shuffleLines(text, rand) {
  const lines = text.split('\n');
  // The headline stays on top: it is not a paragraph, and a page never prints it mid-story.
  const full = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0).slice(1);
  const moved = [...full];
  for (let i = moved.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [moved[i], moved[j]] = [moved[j], moved[i]];
  }
  const out = [...lines];
  full.forEach((slot, k) => { out[slot] = lines[moved[k]]; });
  return out.join('\n');
}

const REWRITERS = { 'digits-words': rewriteDigitsWords, contraction: rewriteContractions, percent: rewritePercent, thousands: rewriteThousands, diacritics: rewriteDiacritics };

/**
 * A benign rewrite of `kind`, or null when the text has nothing to rewrite. Every site is
 * rewritten unless `subset` (then about half of them, at least one).
 */
export function rewrite(text, kind, rand, { subset = false, accept = () => true } = {}) {
  if (kind === 'paragraphs') {
    const r = swapParagraphs(text, rand);
    return r && r.text !== text ? { kind, ...r } : null;
  }
  const sites = REWRITERS[kind](text, rand).filter((s) => accept(s.start, s.end));
  if (sites.length === 0) return null;
  const r = applySites(text, sites, rand, subset);
  return r.text === text ? null : { kind, ...r };
}
