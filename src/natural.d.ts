/**
 * Ambient types for the few `natural` submodules we import directly.
 *
 * We never import the `natural` index: it eagerly loads DB-backed modules
 * (pg, mongoose, memjs) and reads `.env`. The submodules below are plain
 * CommonJS files (`module.exports = …`), which Node's ESM loader exposes as
 * the default export, hence `export default`.
 */

declare module 'natural/lib/natural/phonetics/double_metaphone.js' {
  export default class DoubleMetaphone {
    /** [primary, secondary] codes, upper-case (e.g. "PSKF"); maxLength defaults to 32. */
    process(token: string, maxLength?: number): [string, string];
    /** True when either the primary or the secondary codes are equal. */
    compare(stringA: string, stringB: string): boolean;
    isVowel(c: string): boolean;
    tokenizeAndPhoneticize(
      str: string,
      phoneticsProcessor: { process(token: string): unknown },
      keepStops?: boolean,
    ): unknown[];
  }
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /**
   * Jaro–Winkler similarity in [0, 1] (1 = equal), despite the name.
   * `dj` lets the caller pass a precomputed Jaro similarity.
   */
  export default function JaroWinklerDistance(
    s1: string,
    s2: string,
    options?: { ignoreCase?: boolean; dj?: number },
  ): number;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  /** A singleton stemmer object (not a class). */
  const PorterStemmer: {
    stem(token: string): string;
    tokenizeAndStem(text: string, keepStops?: boolean): string[];
    addStopWord(stopWord: string): void;
    addStopWords(moreStopWords: string[]): void;
    removeStopWord(stopWord: string): void;
    removeStopWords(moreStopWords: string[]): void;
  };
  export default PorterStemmer;
}
