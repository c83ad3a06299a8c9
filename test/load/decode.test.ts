import { describe, expect, it } from 'vitest';
import { decodeInput, encodingName, firstInvalidUtf8 } from '../../src/load/index.js';

const TEXT = 'Mayor Zoë Ferré said “the bridge reopens on Monday” – at 6 a.m.\nNo one was hurt.\n';

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return le;
}

describe('byte-order marks', () => {
  it.each([
    ['UTF-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8'],
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le'],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'utf-16be'],
  ])('decodes %s with a BOM (the BOM removed)', async (_name, bytes, encoding) => {
    const notes: string[] = [];
    const decoded = await decodeInput(bytes, 'a.txt', { onNote: (s) => notes.push(s) });
    expect(decoded).toEqual({ text: TEXT, encoding, by: 'bom' });
    expect(notes).toEqual([]);
  });
});

describe('legacy encodings', () => {
  // windows-1252 bytes for TEXT (curly quotes 0x93/0x94 and the en dash 0x96 are where Latin-1 differs).
  const cp1252 = Buffer.from(
    [...TEXT].map((ch) => ({ '“': 0x93, '”': 0x94, '–': 0x96 })[ch] ?? ch.charCodeAt(0)),
  );

  it('guesses windows-1252, decodes it as such (not as Latin-1) and says so once', async () => {
    const notes: string[] = [];
    const decoded = await decodeInput(cp1252, 'old.txt', { onNote: (s) => notes.push(s) });
    expect(decoded.text).toBe(TEXT);
    expect(decoded.by).toBe('guess');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^old\.txt: not UTF-8 \(byte 8, line 1, column 9\); read as windows-1252/);
  });

  it('uses --encoding when given, without a note', async () => {
    const notes: string[] = [];
    const decoded = await decodeInput(cp1252, 'old.txt', { encoding: 'latin1', onNote: (s) => notes.push(s) });
    expect(decoded).toEqual({ text: TEXT, encoding: 'windows-1252', by: 'option' });
    expect(notes).toEqual([]);
  });

  it('names the byte offset and line of invalid UTF-8 when UTF-8 is stated', async () => {
    const bytes = Buffer.concat([Buffer.from('Line one.\nLine ', 'utf8'), Buffer.from([0xe9]), Buffer.from('two.', 'utf8')]);
    await expect(decodeInput(bytes, 'bad.txt', { encoding: 'utf-8' })).rejects.toThrow(
      'bad.txt: is not valid UTF-8 text (byte 15, line 2, column 6); if it is in another encoding, give it with --encoding <label>',
    );
  });

  it('rejects an unknown --encoding label', async () => {
    await expect(decodeInput(Buffer.from('Hi.'), 'a.txt', { encoding: 'klingon' })).rejects.toThrow(/unknown encoding "klingon"/);
    expect(encodingName('klingon')).toBeUndefined();
    expect(encodingName('Latin1')).toBe('windows-1252');
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid text', Buffer.from(TEXT, 'utf8'), -1],
    ['a lone continuation byte', Buffer.from([0x41, 0x80]), 1],
    ['an overlong encoding', Buffer.from([0x41, 0xc0, 0xaf]), 1],
    ['a truncated sequence at the end', Buffer.from([0x41, 0x42, 0xe2, 0x82]), 2],
    ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80]), 0],
    ['a code point past U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
  ])('%s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8(bytes)).toBe(expected);
    // Agrees with the platform's strict decoder.
    let platformOk = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      platformOk = false;
    }
    expect(platformOk).toBe(expected === -1);
  });
});
