import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';

/** One Double Metaphone encoder for the stage: name matching and alignment's phonetic keys. */
export const metaphone = new DoubleMetaphone();
