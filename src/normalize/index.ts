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

/** Plain lower-case ASCII letters, digits and spaces fold to themselves: most words, no work. */
const FOLDED_ASCII_RE = /^[a-z0-9 .,-]*$/;

/** Case-, diacritic- and apostrophe-insensitive form of a word or phrase. */
export function foldText(text: string): string {
  if (FOLDED_ASCII_RE.test(text)) return text;
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

/** A piece of a word written as a contraction: its place in the word and the word it stands for. */
export interface ContractionPart {
  /** Offsets within the written word. */
  start: number;
  end: number;
  /** The expanded word ("not", "will", "are"). */
  word: string;
}

/** Every contraction has an apostrophe in some spelling; a word without one needs no folding here. */
const CONTRACTION_MARK_RE = /['’‘`´ʼ]/;

/** Irregular stems before "n't": "won't" is "will not", "can't" is "can not", "shan't" is "shall not". */
const NT_STEMS: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' };
const CLITICS: Readonly<Record<string, string>> = { "'re": 'are', "'ve": 'have', "'ll": 'will', "'m": 'am' };

/**
 * Expands an English contraction into its words, keeping where each part is written: "wasn't"
 * gives was [0,3) + not [3,6); "we're" gives we + are; "cannot", can + not. Undefined when the word is no contraction
 * ("'s" stays with its word: possessive and "is" read alike for matching).
 */
export function expandContraction(word: string): ContractionPart[] | undefined {
  // "cannot" is written solid but reads as "can not", like "can't": one form for all three.
  if (word.length === 6 && word.toLowerCase() === 'cannot') {
    return [
      { start: 0, end: 3, word: 'can' },
      { start: 3, end: 6, word: 'not' },
    ];
  }
  if (!CONTRACTION_MARK_RE.test(word)) return undefined;
  const folded = foldText(word);
  if (folded.length > 3 && folded.endsWith("n't")) {
    const base = folded.slice(0, -3);
    return [
      { start: 0, end: base.length, word: NT_STEMS[base] ?? base },
      { start: base.length, end: folded.length, word: 'not' },
    ];
  }
  for (const [clitic, expanded] of Object.entries(CLITICS)) {
    if (folded.length > clitic.length && folded.endsWith(clitic)) {
      const base = folded.length - clitic.length;
      return [
        { start: 0, end: base, word: folded.slice(0, base) },
        { start: base, end: folded.length, word: expanded },
      ];
    }
  }
  return undefined;
}
