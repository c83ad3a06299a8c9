/**
 * Comparison forms of words. The original text is never rewritten: these
 * folds produce keys for matching, while spans keep pointing at the input.
 */

/** Letters NFKD does not decompose into base + combining mark (lower case: folding lowers first). */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i', ş: 's', ğ: 'g', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ħ: 'h',
  ð: 'd', þ: 'th', ŧ: 't', ŀ: 'l', ŋ: 'n', ĸ: 'k', ſ: 's', ə: 'e',
};
const SPECIAL_RE = /[ışğøłßæœđħðþŧŀŋĸſə]/g;
const MARKS_RE = /\p{M}+/gu;
const APOSTROPHES_RE = /[’‘`´ʼ]/g;
const DASHES_RE = /[‐‑‒–—―]/g;

/** Case-, diacritic- and apostrophe-insensitive form of a word or phrase. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(APOSTROPHES_RE, "'")
    .replace(DASHES_RE, '-');
}

/** Folded word without a trailing possessive ("Peskov's" -> "peskov"). */
export function foldWord(word: string): string {
  const folded = foldText(word);
  return folded.endsWith("'s") ? folded.slice(0, -2) : folded.endsWith("s'") ? folded.slice(0, -1) : folded;
}
