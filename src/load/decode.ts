import { InputError } from './errors.js';

/**
 * Bytes to text. In order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE)
 * decides; else `--encoding` if given; else strict UTF-8; else a legacy
 * encoding guessed by chardet and decoded by iconv-lite (both loaded only
 * then), reported through `onNote`
 * so the user can confirm or override it with `--encoding`.
 */

export interface DecodeOptions {
  /** A WHATWG encoding label (`windows-1252`, `latin1`, `shift_jis`, `utf-16le`…) stated by the user. */
  encoding?: string;
  /** One line for stderr when the encoding was guessed. */
  onNote?: (message: string) => void;
}

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used. */
  encoding: string;
  /** How it was chosen. */
  by: 'bom' | 'option' | 'utf-8' | 'guess';
}

/** chardet scores are 0–100; below this a guess is not worth acting on. */
const MIN_GUESS_CONFIDENCE = 10;

/** Is `label` an encoding this Node can decode? Returns its canonical name. */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** 0-based offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** "byte 1234, line 5" for an offset into raw bytes (lines counted by LF). */
export function bytePosition(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `byte ${offset}, line ${line}, column ${offset - lineStart + 1}`;
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Single- and multi-byte legacy encodings go through iconv-lite: Node 20's
 * TextDecoder reads windows-1252 as Latin-1 (0x93 becomes U+0093, not a curly
 * quote), and the result must not depend on the Node version.
 */
async function decodeLegacy(encoding: string, bytes: Uint8Array): Promise<string> {
  const iconv = (await import('iconv-lite')).default;
  if (iconv.encodingExists(encoding)) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

const isUnicode = (encoding: string): boolean => /^utf-/.test(encoding);

function strict(encoding: string, bytes: Uint8Array, name: string): string {
  if (encoding === 'utf-8') {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      throw new InputError(name, `is not valid UTF-8 text (${bytePosition(bytes, bad)}); if it is in another encoding, give it with --encoding <label>, e.g. --encoding windows-1252`);
    }
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(name, `is not valid ${encoding} text`);
  }
}

/** Rejects content no article has: NUL bytes outside UTF-16, or nothing but whitespace. */
function checkText(text: string, name: string): string {
  if (text.includes('\0')) throw new InputError(name, 'looks like a binary file (contains NUL bytes)');
  if (text.trim() === '') throw new InputError(name, 'is empty (no text to compare)');
  return text;
}

/** Decodes an input's bytes; see the module comment for the order of decisions. */
export async function decodeInput(bytes: Uint8Array, name: string, options: DecodeOptions = {}): Promise<Decoded> {
  const bom = bomOf(bytes);
  if (bom) {
    const text = strict(bom.encoding, bytes.subarray(bom.length), name);
    return { text: checkText(text, name), encoding: bom.encoding, by: 'bom' };
  }
  if (options.encoding !== undefined) {
    const encoding = encodingName(options.encoding);
    if (encoding === undefined) throw new InputError(name, `--encoding: unknown encoding "${options.encoding}"`);
    const text = isUnicode(encoding) ? strict(encoding, bytes, name) : await decodeLegacy(encoding, bytes);
    return { text: checkText(text, name), encoding, by: 'option' };
  }
  if (bytes.includes(0)) throw new InputError(name, 'looks like a binary file (contains NUL bytes)');
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { text: checkText(strict('utf-8', bytes, name), name), encoding: 'utf-8', by: 'utf-8' };

  const guess = await guessEncoding(bytes);
  if (guess === undefined) {
    throw new InputError(
      name,
      `is not valid UTF-8 text (${bytePosition(bytes, bad)}) and its encoding could not be guessed; give it with --encoding <label>, e.g. --encoding windows-1252`,
    );
  }
  const text = await decodeLegacy(guess, bytes);
  options.onNote?.(`${name}: not UTF-8 (${bytePosition(bytes, bad)}); read as ${guess} (a guess; --encoding <label> to set it)`);
  return { text: checkText(text, name), encoding: guess, by: 'guess' };
}

/** chardet's best guess that this Node can decode, other than UTF-8/16/32. */
async function guessEncoding(bytes: Uint8Array): Promise<string | undefined> {
  const { analyse } = await import('chardet');
  for (const match of analyse(bytes)) {
    if (match.confidence < MIN_GUESS_CONFIDENCE) break;
    const encoding = encodingName(match.name);
    if (encoding === undefined || isUnicode(encoding)) continue;
    return encoding;
  }
  return undefined;
}
