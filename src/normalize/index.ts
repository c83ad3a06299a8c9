/**
 * Comparison forms of words. The original text is never rewritten: these
 * folds produce keys for matching, while spans keep pointing at the input.
 */

const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i', İ: 'i', ş: 's', Ş: 's', ğ: 'g', Ğ: 'g', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l',
  ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', đ: 'd', Đ: 'd', ħ: 'h', Ħ: 'h', þ: 'th', ð: 'd',
};
const SPECIAL_RE = /[ıİşŞğĞøØłŁßæÆœŒđĐħĦþð]/g;
const MARKS_RE = /\p{M}+/gu;
const APOSTROPHES_RE = /[’‘`´ʼ]/g;
const DASHES_RE = /[‐‑‒–—―]/g;

/** Case-, diacritic- and apostrophe-insensitive form of a word or phrase. */
export function foldText(text: string): string {
  return text
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(APOSTROPHES_RE, "'")
    .replace(DASHES_RE, '-')
    .toLowerCase();
}

/** Folded word without a trailing possessive ("Peskov's" -> "peskov"). */
export function foldWord(word: string): string {
  const folded = foldText(word);
  return folded.endsWith("'s") ? folded.slice(0, -2) : folded.endsWith("s'") ? folded.slice(0, -1) : folded;
}
