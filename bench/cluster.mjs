// Generated clusters of articles about one event, shared by the scale benchmark and the parallel test.

/** Deterministic PRNG (mulberry32) so every run compares the same articles. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Maria Lindqvist', 'Tomasz Wierzba', 'Aylin Demirci', 'Jonas Berglund', 'Priya Raman', 'Kofi Mensah', 'Elena Sokolova', 'Diego Ferreira'];
const PLACES = ['Harrowgate', 'Villanueva', 'Ostrava', 'Kalmar', 'Tarsus', 'Lagos', 'Porto', 'Gdansk'];
const VERBS = ['said', 'told reporters', 'announced', 'confirmed', 'added', 'noted'];
const NOUNS = ['bridge', 'terminal', 'reservoir', 'factory', 'pipeline', 'harbour', 'station', 'tunnel', 'warehouse', 'depot'];
const ACTS = ['inspected', 'closed', 'reopened', 'evacuated', 'repaired', 'surveyed', 'secured', 'cleared'];
const FILLER = ['officials', 'residents', 'engineers', 'investigators', 'volunteers', 'workers', 'police', 'inspectors'];

/**
 * One event: `statements` statements (40, a long report, by default; 8–10 is a news brief); each
 * article tells most of them in its own order and words.
 */
export function cluster(articles, seed = 7, statements = 40) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const told = Array.from({ length: statements }, (_, i) => ({
    who: pick(PEOPLE),
    where: pick(PLACES),
    what: pick(NOUNS),
    act: pick(ACTS),
    n: 2 + Math.floor(r() * 900),
    i,
  }));
  const docs = [];
  for (let a = 0; a < articles; a++) {
    const lines = [];
    for (const s of told) {
      if (r() < 0.15) continue; // some statements only some sources carry
      const n = r() < 0.05 ? s.n + 1 : s.n; // an occasional differing number
      lines.push(
        r() < 0.5
          ? `${pick(FILLER)[0].toUpperCase()}${pick(FILLER).slice(1)} ${s.act} the ${s.what} in ${s.where} after ${n} complaints, ${s.who} ${pick(VERBS)}.`
          : `${s.who} ${pick(VERBS)} that ${n} complaints led ${pick(FILLER)} to ${s.act.replace(/ed$/, '')} the ${s.what} near ${s.where}.`,
      );
    }
    for (let k = 0; k < Math.max(1, Math.round(statements * 0.15)); k++) lines.push(`Separately, ${pick(FILLER)} in ${pick(PLACES)} reported item ${a}-${k} about the ${pick(NOUNS)}.`);
    // Reorder: each source tells the story in its own order.
    for (let k = lines.length - 1; k > 0; k--) {
      const j = Math.floor(r() * (k + 1));
      [lines[k], lines[j]] = [lines[j], lines[k]];
    }
    docs.push({ label: `a${a}.txt`, path: `a${a}.txt`, text: lines.join('\n') + '\n' });
  }
  return docs;
}

const LARGE_PEOPLE = ['Maria Lindqvist', 'Tomasz Wierzba', 'Aylin Demirci', 'Jonas Berglund', 'Priya Raman', 'Kofi Mensah', 'Elena Sokolova', 'Diego Ferreira'];
const LARGE_PLACES = ['Harrowgate', 'Villanueva', 'Ostrava', 'Kalmar', 'Tarsus', 'Lagos', 'Porto', 'Gdansk'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'shi', 'dun', 'pel', 'gar', 'zo', 'bri', 'nek', 'ula', 'sto', 'fen'];

/**
 * Two articles of about `bytes` each: successive generated events, each told by both. Every
 * event gets people and places of its own, as a long feed of different stories has, rather
 * than the same eight names thousands of times over.
 */
export function largePair(bytes) {
  const a = [];
  const b = [];
  let size = 0;
  for (let seed = 1; size < bytes; seed++) {
    const r = rng(seed * 7919);
    const word = (n) => Array.from({ length: n }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join('');
    const cap = (w) => w[0].toUpperCase() + w.slice(1);
    const names = new Map([
      ...LARGE_PEOPLE.map((p) => [p, `${cap(word(2))} ${cap(word(3))}`]),
      ...LARGE_PLACES.map((p) => [p, cap(word(3))]),
      // What is counted and what is closed differ from story to story too.
      ...['complaints', ...NOUNS].map((w) => [w, word(3)]),
    ]);
    const rename = (text) => text.replace(new RegExp(`\\b(${[...names.keys()].join('|')})\\b`, 'g'), (m) => names.get(m));
    const [x, y] = cluster(2, seed);
    a.push(rename(x.text));
    b.push(rename(y.text));
    size += x.text.length;
  }
  return [a.join('\n\n'), b.join('\n\n')];
}
