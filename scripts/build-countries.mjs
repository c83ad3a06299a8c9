#!/usr/bin/env node
// Extracts country names in many languages from i18n-iso-countries at build time: one group of
// names per country ("Germany", "Deutschland", "Allemagne", "Niemcy", …). The alias table treats
// each group as one entity, and the entity detector knows these names are countries, so a
// country's name in the language of a translated source is not a different place, and a city is
// not contradicted by its country. A name two countries share ("Congo", "Kongo"), or one inside
// another country's name ("Korea", "Guinea"), is left out: a wrong alias hides a real discrepancy.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const langs = join(dirname(require.resolve('i18n-iso-countries/package.json')), 'langs');
const out = resolve(import.meta.dirname, '..', 'src', 'analyze', 'generated', 'countries.json');

// Languages news is translated from into English most often here, in Latin, Cyrillic and Greek script.
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'ro', 'hu', 'tr', 'sv', 'da', 'nb', 'fi', 'et', 'lv', 'lt', 'id', 'ru', 'uk', 'bg', 'el'];

const byCode = new Map();
const english = new Set();
for (const lang of LANGUAGES) {
  const { countries } = JSON.parse(readFileSync(join(langs, `${lang}.json`), 'utf8'));
  for (const [code, value] of Object.entries(countries)) {
    const names = (Array.isArray(value) ? value : [value]).filter((n) => n.length >= 4 && !n.includes(','));
    const list = byCode.get(code) ?? [];
    for (const n of names) if (!list.includes(n)) list.push(n);
    byCode.set(code, list);
    if (lang === 'en') for (const n of names) english.add(n);
  }
}
const owners = new Map();
for (const [code, names] of byCode) for (const n of names) owners.set(n.toLowerCase(), [...(owners.get(n.toLowerCase()) ?? []), code]);
// A name inside another country's name is ambiguous too: "Korea" (North/South Korea), "Guinea".
const wordsOf = (n) => ` ${n.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim()} `;
const all = [...byCode].flatMap(([code, names]) => names.map((n) => ({ code, words: wordsOf(n) })));
const groups = [...byCode.keys()]
  .sort()
  .map((code) =>
    byCode.get(code).filter((n) => {
      const words = wordsOf(n);
      if (new Set(owners.get(n.toLowerCase())).size !== 1 || all.some((o) => o.code !== code && o.words.includes(words))) return false;
      // A foreign name of several words sharing a word with another country's names ("Korea
      // Selatan") would match that country's short form by its words; English ones are safe because
      // the matcher knows English qualifiers (North, South, New).
      const parts = words.trim().split(' ');
      return english.has(n) || parts.length === 1 || !parts.some((w) => all.some((o) => o.code !== code && o.words.includes(` ${w} `)));
    }),
  )
  .filter((g) => g.length > 0);

// Capitals (countries-list) are places whatever the words around them say: "Minsk hit back" is a
// government speaking through its seat, not a person. Left out: capitals that are common given
// names or surnames (a person called Hamilton or Victoria is no place).
const NOT_ONLY_PLACES = new Set(['Victoria', 'Hamilton', 'Kingston', 'Jamestown', 'Georgetown', 'Washington D.C.', 'Male', 'Avarua']);
const { countries: capitalsData } = require('countries-list');
const capitals = [...new Set(Object.values(capitalsData).map((c) => c.capital).filter((c) => typeof c === 'string' && c.length >= 4 && !NOT_ONLY_PLACES.has(c)))].sort();

// Nationality words in English (i18n-nationality): "Belarusian", "Polish", "Dutch". A word of the
// list standing alone is a nationality, never a person's name.
const nationalities = JSON.parse(readFileSync(join(dirname(require.resolve('i18n-nationality/package.json')), 'langs', 'en.json'), 'utf8')).nationalities;
// Usual forms the list lacks (nations within states, common variants); a country's own name in the
// list ("Djibouti", "Bermuda") is a place, not a nationality word.
const MORE_DEMONYMS = ['English', 'Scottish', 'Welsh', 'Irish', 'Argentine', 'Argentinian', 'Basque', 'Catalan', 'Flemish', 'Kurdish', 'Palestinian', 'Taiwanese', 'Emirati', 'Saudi', 'Kosovar', 'Bosnian', 'Slovak', 'Slovene', 'Slovenian', 'Ukrainian', 'Russian', 'European'];
const demonyms = [...new Set([...Object.values(nationalities).flatMap((n) => (Array.isArray(n) ? n : [n])), ...MORE_DEMONYMS].filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n) && !english.has(n)))].sort();

// ISO 4217 codes (countries-list), written before or after an amount ("NOK 105,000"). Left out:
// codes that are English words in capitals ("ALL", "TOP", "CUP") or common acronyms ("AMD", "USN").
const NOT_CURRENCY = new Set(['ALL', 'TOP', 'CUP', 'MAD', 'PEN', 'SOS', 'MOP', 'BAM', 'TRY', 'GEL', 'AMD', 'USN', 'CHE', 'CHW', 'BOV', 'CLF', 'UYI', 'SHP', 'PAB', 'NAD', 'SRD', 'SVC', 'ERN', 'KES', 'LAK', 'RON']);
const { currencies: currencyData } = require('countries-list/currencies');
const currencies = Object.keys(currencyData).filter((c) => /^[A-Z]{3}$/.test(c) && !NOT_CURRENCY.has(c)).sort();

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ groups, capitals, demonyms, currencies })}\n`);
// On stderr: `npm pack --json` runs the build and reads stdout as JSON.
console.error(`countries: ${groups.length} countries, ${groups.reduce((n, g) => n + g.length, 0)} names in ${LANGUAGES.length} languages, ${capitals.length} capitals, ${demonyms.length} nationality words`);
