import { isCalendarWord } from './dates.js';
import { isCurrencyCode } from './names.js';
import type { NumberMention, Token } from './types.js';

export type { NumberMention } from './types.js';

/**
 * Numbers as values, whatever their form: "6", "six", "3,200", "3.200"
 * (a translated source's thousands), "3,8" (its decimal comma), "42m",
 * "£42million", "two decades" and "20 years". Alignment uses the values as
 * anchors; the number detector compares them.
 */

/** Ordinal words up to the twentieth: "the third motion", "her second term". */
const ORDINALS: Readonly<Record<string, number>> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP', $: 'USD', '¥': 'JPY', '₺': 'TRY', '₽': 'RUB', '₹': 'INR' };
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', gbp: 'GBP', dollar: 'USD', dollars: 'USD',
  usd: 'USD', lira: 'TRY', liras: 'TRY', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', peso: 'PESO', pesos: 'PESO',
  yen: 'JPY', rupee: 'INR', rupees: 'INR', zloty: 'PLN', zlotys: 'PLN',
  forint: 'HUF', forints: 'HUF', leu: 'RON', lei: 'RON', hryvnia: 'UAH', hryvnias: 'UAH', yuan: 'CNY', renminbi: 'CNY',
  // Crowns of several countries: the nation before the word says which (see NATIONAL_CROWNS).
  crown: 'KRONE', crowns: 'KRONE', krone: 'KRONE', kroner: 'KRONE', krona: 'KRONE', kronor: 'KRONE', koruna: 'CZK', korunas: 'CZK',
};

/** "Norwegian crowns", "Swedish kronor": the nation names which crown. */
const NATIONAL_CROWNS: Readonly<Record<string, string>> = { norwegian: 'NOK', danish: 'DKK', swedish: 'SEK', icelandic: 'ISK', czech: 'CZK' };

/** Every crown's code, and the crown of no stated nation. */
const CROWNS: ReadonlySet<string> = new Set(['KRONE', ...Object.values(NATIONAL_CROWNS)]);

/** Does one currency name the other's money? A crown of no stated nation is any nation's crown. */
export function sameCurrency(a: string, b: string): boolean {
  if (a === b) return true;
  return (a === 'KRONE' && CROWNS.has(b)) || (b === 'KRONE' && CROWNS.has(a));
}

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, half: 0.5, quarter: 0.25,
};

/** Words that are part of a number expression ("twelve", "million"), not content of their own. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set<string>();

/**
 * A whole number from 1 to 99 written in words and ending at token k ("four", "twenty-one"), with
 * the token it starts at; undefined for anything else.
 */
export function wordNumberAt(tokens: readonly { fold: string; start: number; end: number }[], k: number, text: string): { value: number; from: number } | undefined {
  const unit = UNITS[tokens[k]?.fold ?? ''];
  if (unit === undefined || !Number.isInteger(unit) || unit < 1 || unit > 90 || tokens[k]?.fold === 'dozen') return undefined;
  const prev = tokens[k - 1];
  const tens = UNITS[prev?.fold ?? ''];
  // "twenty-one": a ten, a hyphen, a unit.
  if (prev && unit < 10 && tens !== undefined && tens >= 20 && tens % 10 === 0 && /^[-‐‑]$/.test(text.slice(prev.end, tokens[k]?.start ?? prev.end))) return { value: tens + unit, from: k - 1 };
  return { value: unit, from: k };
}

/** Numbers spelled as one word ("Eleven", "Twenty"): capitalised, still no name. */
export function isCountWord(fold: string): boolean {
  return UNITS[fold] !== undefined && fold !== 'half' && fold !== 'quarter';
}

const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12,
  // South Asian scales: "2 lakh taka" is 200,000, "3 crore" 30 million.
  lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7,
};

for (const w of [...Object.keys(UNITS), ...Object.keys(SCALES)]) (NUMBER_WORDS as Set<string>).add(w);

/** Count nouns whose value is a multiple of the number before them ("two decades" = 20 years). */
const UNIT_FACTORS: Record<string, [string, number]> = {
  decade: ['year', 10], decades: ['year', 10], year: ['year', 1], years: ['year', 1],
  century: ['year', 100], centuries: ['year', 100], month: ['month', 1], months: ['month', 1],
  // Durations in minutes, so "48 hours" meets "two days" and "36 hours" does not.
  week: ['minute', 10080], weeks: ['minute', 10080], day: ['minute', 1440], days: ['minute', 1440],
  hour: ['minute', 60], hours: ['minute', 60], hr: ['minute', 60], hrs: ['minute', 60],
  minute: ['minute', 1], minutes: ['minute', 1], min: ['minute', 1], mins: ['minute', 1],
  percent: ['percent', 1], per: ['percent', 1], pct: ['percent', 1],
  // Lengths, areas and masses in one metric unit each, so "470 hectares" meets "4.7 square
  // kilometres", "800 metres" meets "0.8 km" and "1,400 kg" meets "1.4 tonnes".
  km: ['km', 1], kilometre: ['km', 1], kilometres: ['km', 1], kilometer: ['km', 1], kilometers: ['km', 1],
  mile: ['km', 1.609344], miles: ['km', 1.609344], metres: ['km', 0.001], meters: ['km', 0.001], metre: ['km', 0.001], meter: ['km', 0.001],
  // "a 30-foot wall" / "a 9-metre wall": feet and yards convert like miles.
  foot: ['km', 0.0003048], feet: ['km', 0.0003048], ft: ['km', 0.0003048], yard: ['km', 0.0009144], yards: ['km', 0.0009144],
  hectare: ['km2', 0.01], hectares: ['km2', 0.01], ha: ['km2', 0.01], acre: ['km2', 0.0040468564], acres: ['km2', 0.0040468564],
  tonne: ['tonne', 1], tonnes: ['tonne', 1], ton: ['tonne', 1], tons: ['tonne', 1], t: ['tonne', 1],
  kg: ['tonne', 0.001], kilogram: ['tonne', 0.001], kilograms: ['tonne', 0.001], kilo: ['tonne', 0.001], kilos: ['tonne', 0.001],
  // Data in gigabytes, so "140GB" meets "140 gigabytes" and "1.4 terabytes" does not.
  gb: ['gb', 1], gigabyte: ['gb', 1], gigabytes: ['gb', 1], tb: ['gb', 1000], terabyte: ['gb', 1000], terabytes: ['gb', 1000],
  mb: ['gb', 0.001], megabyte: ['gb', 0.001], megabytes: ['gb', 0.001], pb: ['gb', 1e6], petabyte: ['gb', 1e6], petabytes: ['gb', 1e6],
  // Rate moves: 50 basis points = 50 bps = half a percentage point = a half-point cut.
  point: ['point', 1], points: ['point', 1], basis: ['point', 0.01], bps: ['point', 0.01], bp: ['point', 0.01],
};

/** A second unit word that belongs to the first ("basis points", "percentage points", "square kilometres"). */
const UNIT_TAILS: Readonly<Record<string, ReadonlySet<string>>> = {
  basis: new Set(['point', 'points']),
  percentage: new Set(['point', 'points']),
  per: new Set(['cent']),
  square: new Set(['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'mile', 'miles', 'metre', 'metres', 'meter', 'meters']),
  sq: new Set(['km', 'kilometres', 'kilometers', 'mile', 'miles', 'metres', 'meters', 'm']),
};

/** Areas by the length unit squared ("square miles"). */
const SQUARE_FACTORS: Readonly<Record<string, number>> = {
  kilometre: 1, kilometres: 1, kilometer: 1, kilometers: 1, km: 1, mile: 2.589988, miles: 2.589988, metre: 1e-6, metres: 1e-6, meter: 1e-6, meters: 1e-6, m: 1e-6,
};

/** Units whose metric equivalent news copy rounds: a figure converted from them agrees within a small margin. */
const IMPERIAL = new Set(['mile', 'miles', 'acre', 'acres', 'foot', 'feet', 'ft', 'yard', 'yards']);

// "%", "percent" and "per cent" are one unit: their words are no content for alignment either.
for (const w of ['percent', 'per', 'cent', 'pct']) (NUMBER_WORDS as Set<string>).add(w);

/** Particles after a figure that count nothing: "104 off 112 balls", "two up", "won 3-1 away". */
const ADVERB_PARTICLES = new Set(['off', 'up', 'down', 'out', 'over', 'away', 'apiece', 'each', 'clear', 'short', 'behind', 'ahead']);

/** Past participles that count people in a state standing alone: "12 killed", "40 injured". */
const COUNTED_PARTICIPLES = new Set([
  'killed', 'injured', 'wounded', 'deceased', 'arrested', 'detained', 'evacuated', 'rescued', 'displaced', 'hospitalised', 'hospitalized',
  'infected', 'affected', 'confirmed', 'vaccinated', 'unemployed', 'employed', 'disabled', 'insured', 'registered', 'surveyed', 'polled',
]);

/** Verbs a bare figure is often the subject of ("three remain missing", "two survive"): never what it counts. */
const FIGURE_SUBJECT_VERBS = new Set(['remain', 'remains', 'stay', 'stays', 'survive', 'survives', 'die', 'dies', 'face', 'faces', 'await', 'awaits']);

/**
 * A past tense right after a number is the clause's verb ("103 voted against", "the 101 needed"),
 * not what is counted, unless it counts people in a state or describes a noun that follows
 * ("241 confirmed dengue cases"): taking the verb for a unit keeps equal counts apart. So is a
 * verb a bare figure is the subject of ("three remain missing").
 */
function isClauseVerb(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j] as Token;
  if (FIGURE_SUBJECT_VERBS.has(word.fold)) return true;
  if (!/[a-z]ed$/.test(word.fold) || COUNTED_PARTICIPLES.has(word.fold)) return false;
  const next = tokens[j + 1];
  return !(next && !next.stop && !next.num && !next.cap);
}

/** Thresholds: "passes 200 cases" agrees with 214. Only right before the figure: "passed by 30 votes" is exact. */
const THRESHOLD_VERBS = new Set(['passes', 'passed', 'surpassed', 'surpasses', 'exceeded', 'exceeds', 'topped', 'tops']);

const APPROXIMATORS = new Set([
  'about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some', 'over', 'more', 'less', 'fewer', 'up', 'least', 'than', 'estimated',
  ...THRESHOLD_VERBS,
  'above', 'below', 'under', 'beyond',
]);

/** Is the figure at i said approximately ("about 40", "some 3,000", "passes 200")? */
function isApproximated(tokens: readonly Token[], i: number): boolean {
  return [1, 2].some((d) => APPROXIMATORS.has(tokens[i - d]?.fold ?? '') && (d === 1 || !THRESHOLD_VERBS.has(tokens[i - d]?.fold ?? '')));
}

/** Words before a figure that make it a least value: "more than", "at least", "over", "upwards of". */
function boundOf(tokens: readonly Token[], i: number): 'min' | 'max' | undefined {
  const w1 = tokens[i - 1]?.fold ?? '';
  const w2 = tokens[i - 2]?.fold ?? '';
  if (w1 === 'than') return w2 === 'more' ? 'min' : w2 === 'fewer' || w2 === 'less' ? 'max' : undefined;
  if (w1 === 'least' && w2 === 'at') return 'min';
  if (w1 === 'most' && w2 === 'at') return 'max';
  if (w1 === 'to' && w2 === 'up') return 'max';
  if (w1 === 'of' && (w2 === 'upwards' || w2 === 'excess')) return 'min';
  // "a minimum of 22 years", "a minimum term of 22 years" (a floor, as "at least 21 years" is).
  const w3 = tokens[i - 3]?.fold ?? '';
  if (w1 === 'of' && (w2 === 'minimum' || (w3 === 'minimum' && !tokens[i - 2]?.stop))) return 'min';
  if (w1 === 'of' && (w2 === 'maximum' || (w3 === 'maximum' && !tokens[i - 2]?.stop))) return 'max';
  if (MIN_BOUND_WORDS.has(w1)) return 'min';
  if (MAX_BOUND_WORDS.has(w1)) return 'max';
  return undefined;
}

const MIN_BOUND_WORDS = new Set(['over', 'above', 'exceeding', 'exceeded', 'exceeds', 'surpassed', 'surpasses', 'topped', 'tops', 'passed', 'passes', 'beyond']);
const MAX_BOUND_WORDS = new Set(['under', 'below']);

/**
 * Words that name a thing by a number: "section 6(1)", "Article 5", "Flight 370", "Route 66",
 * "Gate 4". "section 6" is no count of sections.
 */
const LABEL_NOUNS = new Set([
  'section', 'sections', 'article', 'articles', 'paragraph', 'clause', 'chapter', 'rule', 'regulation', 'amendment', 'resolution', 'bill',
  'flight', 'route', 'highway', 'line', 'gate', 'platform', 'terminal', 'runway', 'track', 'exit', 'junction', 'pier', 'berth', 'bay',
  'room', 'ward', 'floor', 'block', 'building', 'unit', 'reactor', 'shaft', 'well', 'lot', 'plot', 'row', 'seat', 'bed', 'cell',
  'bus', 'train', 'tram', 'channel', 'district', 'zone', 'sector', 'precinct', 'level', 'category', 'grade', 'tier', 'phase', 'stage',
  'lap', 'hole', 'heat', 'group', 'game', 'match', 'episode', 'season', 'volume', 'issue', 'page', 'figure', 'table', 'item', 'no', 'number', 'count', 'case',
]);

/** Plural nouns without a plural "s": a figure before them counts them. */
const UNMARKED_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'crew', 'personnel', 'cattle', 'sheep', 'fish', 'aircraft', 'deer', 'livestock', 'feet', 'teeth', 'mice', 'geese', 'offspring', 'spacecraft']);

/**
 * The naming word a figure follows directly ("section 6", "Sinar Bahari 3"), when it counts nothing.
 * `noun` is the noun the figure would count.
 */
function labelOf(tokens: readonly Token[], i: number, text: string, noun: Token | undefined): string | undefined {
  const prev = tokens[i - 1];
  const t = tokens[i] as Token;
  if (!prev || !t.num || !/^[ \t]$/.test(text.slice(prev.end, t.start))) return undefined;
  if (LABEL_NOUNS.has(prev.fold) || (prev.fold === 'no' && text[prev.end] === '.')) return prev.stem;
  // A name followed by a number is a name with a number ("Apollo 11", "Sinar Bahari 3"), unless
  // it opens the sentence or is a month ("May 4" is a date, read elsewhere).
  // A counted noun after it makes it a count again ("Harrowgate 40 homes" is no name), unless the
  // noun is singular: "the RE 32 service" is the service called RE 32, not 32 services.
  const singular = noun !== undefined && t.text !== '1' && !/s$/.test(noun.fold) && !UNMARKED_PLURALS.has(noun.fold);
  if ((noun === undefined || singular) && prev.cap && !prev.stop && i - 1 > 0 && !isCalendarWord(prev.fold)) return prev.stem;
  return undefined;
}

/** A figure with its unit written on: "62km", "41min", "48hrs". */
const UNIT_SUFFIX_RE = /^(\d+(?:[.,]\d+)?)(km|min|mins|hrs?|gb|tb|mb|ft|kg)$/i;

/** Readings of a digit string with separators; ambiguous groupings give both. */
export function parseDigits(raw: string): number[] {
  const text = raw.replace(/[\s\u00a0\u202f']/g, '');
  const m = /^(\d+(?:[.,]\d+)*)([a-z]*)$/i.exec(text);
  if (!m) return [];
  const body = m[1] ?? '';
  const suffix = (m[2] ?? '').toLowerCase();
  const scale = suffix === '' ? 1 : SCALES[suffix];
  if (scale === undefined && !/^(st|nd|rd|th|s)$/.test(suffix)) return [];
  const factor = scale ?? 1;
  const groups = body.split(/[.,]/);
  const seps = body.replace(/\d/g, '');
  const readings = new Set<number>();
  if (seps === '') readings.add(Number(body));
  else if (new Set(seps).size === 2) {
    // Both separators: the last one is the decimal mark ("1,234.5" or "1.234,5").
    const decimal = seps[seps.length - 1] as string;
    const [int, frac] = [body.slice(0, body.lastIndexOf(decimal)), body.slice(body.lastIndexOf(decimal) + 1)];
    readings.add(Number(`${int.replace(/[.,]/g, '')}.${frac}`));
  } else {
    const sep = seps[0] as string;
    const thousandsShaped = groups.slice(1).every((g) => g.length === 3) && (groups[0]?.length ?? 0) <= 3;
    if (thousandsShaped) readings.add(Number(groups.join('')));
    // One separator with other than three digits after it, or a comma that could be a decimal comma.
    if (groups.length === 2 && (!thousandsShaped || sep === ',' || sep === '.')) readings.add(Number(`${groups[0]}.${groups[1]}`));
  }
  return [...readings].filter((v) => Number.isFinite(v)).map((v) => round(v * factor));
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** A number in words from token k ("three", "twenty one", "five hundred"), with the token after it. */
function wordNumber(tokens: readonly Token[], k: number): { value: number; end: number } | undefined {
  const first = UNITS[tokens[k]?.fold ?? ''];
  if (first === undefined || first < 1 || !Number.isInteger(first)) return undefined;
  let value = first;
  let end = k + 1;
  const next = UNITS[tokens[end]?.fold ?? ''];
  if (first >= 20 && next !== undefined && next >= 1 && next < 10) {
    value += next;
    end++;
  }
  if (tokens[end]?.fold === 'hundred') {
    value *= 100;
    end++;
    const rest = wordNumber(tokens, tokens[end]?.fold === 'and' ? end + 1 : end);
    if (rest && rest.value < 100) return { value: value + rest.value, end: rest.end };
  }
  return { value, end };
}

/** Determiners after a partitive "of": "seven of the patients", "fourteen of his colleagues". */
const PARTITIVE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'these', 'those']);

/** Words a partitive may pass between "of" and the counted noun ("of the Monetary Policy Council's ten members"). */
const PARTITIVE_REACH = 6;

/**
 * Where the noun a partitive counts stands, from the "of" after a number: "of the 200 deputies" → deputies,
 * "out of ten members" → members, "of the patients" → patients. Undefined when no "of" follows.
 */
function partitiveWhole(tokens: readonly Token[], j: number): number | undefined {
  let k = j;
  if (tokens[k]?.fold === 'out') k++;
  if (tokens[k]?.fold !== 'of') return undefined;
  k++;
  if (PARTITIVE_DETERMINERS.has(tokens[k]?.fold ?? '')) {
    k++;
    // "seven of the patients": the whole is named, not counted.
    const noun = tokens[k];
    // "of the council's ten members": a possessive only leads to the counted noun.
    const possessive = noun !== undefined && (/['’]s$/.test(noun.text) || /^['’]s$/.test(tokens[k + 1]?.text ?? ''));
    if (noun && !noun.stop && !noun.num && !noun.cap && !possessive) return k;
  }
  for (let m = k; m < Math.min(tokens.length - 1, k + PARTITIVE_REACH); m++) {
    const t = tokens[m] as Token;
    if (t.num || UNITS[t.fold] !== undefined) {
      const noun = tokens[m + 1];
      return noun && !noun.stop && !noun.num ? m + 1 : undefined;
    }
  }
  return undefined;
}

/** Words that take a part of a whole: "one of the six", "most of the 200". */
const QUANTIFIERS = new Set(['one', 'some', 'many', 'most', 'all', 'none', 'each', 'several', 'both', 'either', 'neither', 'half', 'few', 'any']);

function isQuantifier(t: Token): boolean {
  return t.num || QUANTIFIERS.has(t.fold) || UNITS[t.fold] !== undefined;
}

/** Small words a predicate may stand behind: "eight are colonized", "three have developed". */
const PREDICATE_REACH = 3;

/** Auxiliaries between a count and its verb. */
const AUXILIARIES = new Set(['are', 'is', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'also', 'still', 'now', 'then']);

/** The stem of the verb or adjective a bare count is the subject of, behind auxiliaries only. */
function predicateAfter(tokens: readonly Token[], j: number): string | undefined {
  for (let k = j; k < Math.min(tokens.length, j + PREDICATE_REACH); k++) {
    const t = tokens[k] as Token;
    if (AUXILIARIES.has(t.fold)) continue;
    return t.stop || t.num || t.cap || !/\w/.test(t.text) || UNITS[t.fold] !== undefined ? undefined : t.stem;
  }
  return undefined;
}

/** Finds number expressions in a sentence's tokens. */
/** Digits hyphened straight onto capital letters ("CL-415", "F-16", "MH-17"): a model or a code. */
function isModelCode(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  return prev !== undefined && /^\p{Lu}{1,4}$/u.test(prev.text) && text.slice(prev.end, t.start) === '-' && /^\d+$/.test(t.text);
}

export function findNumbers(tokens: readonly Token[], text: string): NumberMention[] {
  const found: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    let values: number[] = [];
    let j = i;
    let suffixUnit: string | undefined;
    let suffixImperial = false;
    // "first" is left out: "for the first time", "first-half" say nothing countable.
    const ordinal = ORDINALS[t.fold] !== undefined || (t.num && /\d(?:st|nd|rd|th)$/i.test(t.text));
    if (ORDINALS[t.fold] !== undefined) {
      values = [ORDINALS[t.fold] as number];
      j = i + 1;
    } else if (t.num && UNIT_SUFFIX_RE.test(t.text)) {
      // A unit written onto the figure: "62km", "41min", "48hrs".
      const [, digits, suffix] = UNIT_SUFFIX_RE.exec(t.text) as RegExpExecArray;
      const factor = UNIT_FACTORS[(suffix ?? '').toLowerCase()] as [string, number];
      values = parseDigits(digits ?? '').map((v) => round(v * factor[1]));
      suffixUnit = factor[0];
      suffixImperial = IMPERIAL.has((suffix ?? '').toLowerCase());
      j = i + 1;
    } else if (t.num && isModelCode(tokens, i, text)) {
      // "CL-415", "F-16", "A-10": the digits of a name, not a figure.
      i++;
      continue;
    } else if (t.num) {
      // Thousands grouped with spaces ("11 800", "5 400") in translated copy.
      let raw = t.text;
      j = i + 1;
      while (/^\d{1,3}$/.test(raw.replace(/^.*\s/, '')) && /^\d{3}$/.test(tokens[j]?.text ?? '') && /^[ \u00a0\u202f\u2009]$/.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0))) {
        raw += ` ${tokens[j]?.text}`;
        j++;
      }
      values = parseDigits(raw);
    } else if (t.fold === 'a' && (SCALES[tokens[i + 1]?.fold ?? ''] ?? 0) >= 100 && tokens[i + 1]?.fold !== 'm') {
      // "a hundred and three", "a thousand": the article counts one.
      values = [1];
      j = i + 1;
    } else if (UNITS[t.fold] !== undefined && !(t.fold === 'one' && tokens[i + 1]?.fold === 'of')) {
      // "twenty one", "a half" are rare in news; one word is enough.
      values = [UNITS[t.fold] as number];
      j = i + 1;
      const next = tokens[j];
      if (next && (UNITS[t.fold] ?? 0) >= 20 && (UNITS[next.fold] ?? 10) < 10) {
        values = [(UNITS[t.fold] as number) + (UNITS[next.fold] as number)];
        j++;
      }
      // "four point eight" (a magnitude read out on air) is 4.8.
      const decimal = tokens[j]?.fold === 'point' ? UNITS[tokens[j + 1]?.fold ?? ''] : undefined;
      if (decimal !== undefined && Number.isInteger(decimal) && decimal < 10) {
        values = values.map((v) => round(v + decimal / 10));
        j += 2;
      }
    }
    if (values.length === 0) {
      i++;
      continue;
    }
    // Scale words: "42 million", "3 thousand"; in words, "a hundred and three", "two thousand five hundred".
    const scale = SCALES[tokens[j]?.fold ?? ''];
    // A spaced "m" is millions only beside a currency ("€2.5 m", "40 m euros"); else metres (below).
    const moneyContext = CURRENCY_SYMBOLS[text[t.start - 1] ?? ''] !== undefined || CURRENCY_WORDS[tokens[j + 1]?.fold ?? ''] !== undefined || isCurrencyCode(tokens[j + 1]?.text ?? '') || isCurrencyCode(tokens[i - 1]?.text ?? '');
    if (scale !== undefined && scale >= 100 && (tokens[j]?.fold !== 'm' || moneyContext)) {
      values = values.map((v) => round(v * scale));
      j++;
      if (!t.num) {
        const words = wordNumber(tokens, tokens[j]?.fold === 'and' ? j + 1 : j);
        if (words && words.value < scale) {
          values = values.map((v) => v + words.value);
          j = words.end;
        }
      }
    }
    let unit: string | undefined;
    const nouns: string[] = [];
    // "87 of the 200 deputies", "six out of ten members", "seven of the council's nine members",
    // "seven of the patients": the part counts what the whole counts.
    // "42.1% of the votes" is a share, not a count of votes.
    const share = text[tokens[j - 1]?.end ?? 0] === '%' || /^(?:percent|per|pct)$/.test(tokens[j]?.fold ?? '');
    const whole = ordinal || share ? undefined : partitiveWhole(tokens, j);
    if (whole !== undefined) {
      const noun = tokens[whole] as Token;
      if (UNIT_FACTORS[noun.fold] === undefined && CURRENCY_WORDS[noun.fold] === undefined) {
        const mention: NumberMention = { values, from: i, to: j, approximate: isApproximated(tokens, i), unit: noun.stem, part: true };
        const predicate = predicateAfter(tokens, whole + 1);
        if (predicate !== undefined) mention.predicate = predicate;
        found.push(mention);
        i = j;
        continue;
      }
    }
    const unitWord = suffixUnit !== undefined ? '' : text[tokens[j - 1]?.end ?? 0] === '%' ? 'percent' : (tokens[j]?.fold ?? '');
    const tail = UNIT_TAILS[unitWord]?.has(tokens[j + 1]?.fold ?? '') ? (tokens[j + 1]?.fold ?? '') : undefined;
    // "percentage points" measure like "points"; "basis points" a hundredth of one.
    const square = (unitWord === 'square' || unitWord === 'sq') && tail ? SQUARE_FACTORS[tail] : undefined;
    // "per" is a percentage only as "per cent": "4.31 per euro" is a rate.
    // "40 m an hour": a spaced "m" with no currency about it is metres ("€2.5 m" stays millions).
    const metres = unitWord === 'm' && !moneyContext;
    const factor: [string, number] | undefined =
      unitWord === 'percentage' && tail ? UNIT_FACTORS.point : square !== undefined ? ['km2', square] : unitWord === 'per' && !tail ? undefined : metres ? UNIT_FACTORS.metres : UNIT_FACTORS[unitWord];
    const imperial = IMPERIAL.has(unitWord) || (square !== undefined && IMPERIAL.has(tail ?? ''));
    if (suffixUnit !== undefined) {
      unit = suffixUnit;
    } else if (factor) {
      unit = factor[0];
      values = values.map((v) => round(v * factor[1]));
      if (unitWord === tokens[j]?.fold) j += tail ? 2 : 1;
    } else if (
      tokens[j] &&
      !tokens[j]?.stop &&
      !tokens[j]?.num &&
      !isClauseVerb(tokens, j) &&
      !ADVERB_PARTICLES.has(tokens[j]?.fold ?? '') &&
      // "eight fewer than the 289 needed", "12 more than last year": a margin, which counts what the
      // figure it is measured against counts, not a thing called "fewer".
      !(/^(?:fewer|more|less)$/.test(tokens[j]?.fold ?? '') && tokens[j + 1]?.fold === 'than') &&
      // The counted noun follows the figure directly: across a comma it is the next clause's word ("Arsenault, 52, said").
      /^[\s\-‐]*$/.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0))
    ) {
      unit = tokens[j]?.stem;
      // The rest of the noun phrase also says what is counted: "241 confirmed dengue cases".
      for (let k = j + 1; k < Math.min(tokens.length, j + 3); k++) {
        const t2 = tokens[k] as Token;
        if (t2.stop || t2.num || t2.cap || !/^[\s\-‐]+$/.test(text.slice((tokens[k - 1] as Token).end, t2.start))) break;
        nouns.push(t2.stem);
      }
    }
    const approximate = isApproximated(tokens, i);
    // "€42m", "$5 million", "42 million euros".
    // A currency word names the amount only right after it: "4.31 (zloty weaker)" is no amount in zloty.
    const adjacent = /^\s*$/.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0));
    let currency = CURRENCY_SYMBOLS[text[t.start - 1] ?? ''] ?? (adjacent ? CURRENCY_WORDS[tokens[j]?.fold ?? ''] : undefined);
    // "150,000 Norwegian crowns": the nation, then its crown.
    const nation = adjacent ? NATIONAL_CROWNS[tokens[j]?.fold ?? ''] : undefined;
    if (currency === undefined && nation !== undefined && CURRENCY_WORDS[tokens[j + 1]?.fold ?? ''] === 'KRONE') {
      currency = nation;
      j++;
    }
    // An ISO code before or after the amount: "NOK 105,000", "2.4 million CHF".
    const codeBefore = tokens[i - 1];
    if (currency === undefined && codeBefore && isCurrencyCode(codeBefore.text) && /^\s+$/.test(text.slice(codeBefore.end, t.start))) currency = codeBefore.text;
    if (currency === undefined && adjacent && isCurrencyCode(tokens[j]?.text ?? '')) {
      currency = tokens[j]?.text;
      j++;
    }
    if (currency === undefined && unit !== undefined) currency = CURRENCY_WORDS[tokens[j - 1]?.fold ?? ''];
    if (currency !== undefined && adjacent && CURRENCY_WORDS[tokens[j]?.fold ?? '']) j++;
    if (currency !== undefined) unit = 'money';
    const mention: NumberMention = { values, from: i, to: j, approximate };
    const prev = tokens[i - 1];
    // Only a word directly before, not across punctuation ("Of the 12 dead, nine were…").
    if (prev && !prev.stop && !prev.num && !APPROXIMATORS.has(prev.fold) && /^\s*$/.test(text.slice(prev.end, t.start))) mention.before = prev.stem;
    if (unit !== undefined) mention.unit = unit;
    const bound = boundOf(tokens, i);
    if (bound !== undefined) mention.bound = bound;
    // After a naming word the number names ("Flight 370 lost contact"): the next word is no counted noun.
    const label = currency === undefined && !ordinal && factor === undefined && suffixUnit === undefined ? labelOf(tokens, i, text, unit !== undefined ? tokens[j] : undefined) : undefined;
    if (label !== undefined) {
      mention.label = label;
      delete mention.before;
      delete mention.unit;
      nouns.length = 0;
    }
    if ((factor && imperial && suffixUnit === undefined) || suffixImperial) mention.converted = true;
    if (nouns.length > 0 && currency === undefined) mention.nouns = nouns;
    // "42.1% of the valid votes": what the share is of.
    if (unit === 'percent') {
      const ofAt = partitiveWhole(tokens, j);
      if (ofAt !== undefined) mention.of = (tokens[ofAt] as Token).stem;
    }
    // "Of the 11 patients, eight …": the whole a later part is counted from.
    // "one of the six satellites", "most of the 200 staff": the same.
    if (tokens[i - 1]?.fold === 'the' && tokens[i - 2]?.fold === 'of' && (i === 2 || !/\w/.test(tokens[i - 3]?.text ?? '') || isQuantifier(tokens[i - 3] as Token))) mention.whole = true;
    if (unit === undefined && currency === undefined && !ordinal) {
      const predicate = predicateAfter(tokens, j);
      if (predicate !== undefined) mention.predicate = predicate;
    }
    if (currency !== undefined) mention.currency = currency;
    if (ordinal && currency === undefined) mention.ordinal = true;
    found.push(mention);
    i = j;
  }
  return joinDurations(tokens, joinFractions(tokens, inheritOthers(found)));
}

/**
 * "23 people … and 16 others": "others" counts what the figure before it counts. Left as a noun
 * of its own, "16 others" would meet no "16 people" and make every count of people ambiguous.
 */
function inheritOthers(found: NumberMention[]): NumberMention[] {
  let last: NumberMention | undefined;
  for (const m of found) {
    if (m.unit === 'other') {
      if (last?.unit !== undefined && last.currency === undefined) m.unit = last.unit;
      else delete m.unit;
      continue;
    }
    if (m.unit !== undefined) last = m;
  }
  return found;
}

/**
 * "three years and four months": one duration in months (40), as another source may write it, not
 * two figures. Hours and minutes already share a unit and stay apart: "4 hours and 41 minutes" /
 * "4 hours and 14 minutes" shows its slip best part by part.
 */
function joinDurations(tokens: readonly Token[], found: NumberMention[]): NumberMention[] {
  const single = (m: NumberMention): boolean => m.values.length === 1 && m.currency === undefined && !m.ordinal && !m.label;
  const out: NumberMention[] = [];
  for (let k = 0; k < found.length; k++) {
    const years = found[k] as NumberMention;
    const months = found[k + 1];
    const gap = months ? tokens.slice(years.to, months.from).map((t) => t.fold).join(' ') : '';
    if (months && years.unit === 'year' && months.unit === 'month' && single(years) && single(months) && (gap === '' || gap === 'and')) {
      out.push({ ...months, from: years.from, values: [(years.values[0] as number) * 12 + (months.values[0] as number)], approximate: years.approximate || months.approximate });
      k++;
    } else {
      out.push(years);
    }
  }
  return out;
}

/** Shares a fraction word gives: "half" / "a quarter" / "three quarters" / "two thirds". */
const FRACTION_UNITS: Readonly<Record<string, number>> = { quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3, half: 0.5, halves: 0.5 };

/**
 * "a quarter of a million euros", "half a million dollars", "three quarters of a billion": the
 * fraction scales the amount after it, one figure (250,000 euros), not two.
 */
function joinFractions(tokens: readonly Token[], found: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let k = 0; k < found.length; k++) {
    const part = found[k] as NumberMention;
    const whole = found[k + 1];
    // "three quarters": the count, then the fraction word (inside the mention or just after it).
    const fractionAt = [part.to - 1, part.to].find((at) => at >= part.from && FRACTION_UNITS[tokens[at]?.fold ?? ''] !== undefined);
    const single = part.values.length === 1 ? (part.values[0] as number) : undefined;
    const share = single === undefined ? undefined : single < 1 ? single : fractionAt !== undefined ? single * (FRACTION_UNITS[tokens[fractionAt]?.fold ?? ''] as number) : undefined;
    const gap = whole ? tokens.slice(Math.max(part.to, (fractionAt ?? -1) + 1), whole.from).map((t) => t.fold) : [];
    const joined = whole !== undefined && share !== undefined && (gap.length === 0 || (gap.length === 1 && gap[0] === 'of')) && whole.values.every((v) => v >= 1000);
    if (!joined) {
      out.push(part);
      continue;
    }
    const { from: _from, values, ...rest } = whole;
    out.push({ ...rest, from: part.from, values: values.map((v) => Math.round(v * share)) });
    k++;
  }
  return out;
}

