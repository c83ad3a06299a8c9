import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput, InputError, loadInputs } from '../../src/load/index.js';

const dir = mkdtempSync(join(tmpdir(), 'storydiff-load-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield Buffer.from(p, 'utf8');
}

describe('decodeInput', () => {
  it('removes a UTF-8 BOM and keeps CRLF line endings', () => {
    expect(decodeInput(Buffer.from('\uFEFFOne.\r\nTwo.', 'utf8'), 'a.txt')).toBe('One.\r\nTwo.');
  });

  it.each([
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42]), /binary/],
    ['invalid UTF-8', Buffer.from([0x41, 0xff, 0xfe, 0x42]), /not valid UTF-8/],
    ['empty', Buffer.alloc(0), /empty/],
    ['whitespace only', Buffer.from(' \n\t\r\n '), /empty/],
  ])('rejects %s', (_name, bytes, problem) => {
    expect(() => decodeInput(bytes, 'x.txt')).toThrow(problem);
  });
});

describe('loadInputs', () => {
  it('labels inputs by file name or given label, and reads stdin for -', async () => {
    const a = file('wire.txt', 'The minister resigned.');
    const docs = await loadInputs([{ path: a }, { path: '-', label: 'piped' }], chunks('The min', 'ister quit.'));
    expect(docs).toEqual([
      { label: 'wire.txt', path: a, text: 'The minister resigned.' },
      { label: 'piped', path: '-', text: 'The minister quit.' },
    ]);
  });

  it.each([
    ['a missing file', () => [{ path: join(dir, 'nope.txt') }, { path: file('ok1.txt', 'Fine.') }], /nope\.txt: no such file/],
    ['a directory', () => [{ path: (mkdirSync(join(dir, 'sub'), { recursive: true }), join(dir, 'sub')) }, { path: file('ok2.txt', 'Fine.') }], /sub: is a directory/],
    ['fewer than two inputs', () => [{ path: file('ok3.txt', 'Fine.') }], /at least two inputs/],
    ['stdin twice', () => [{ path: '-' }, { path: '-' }], /standard input can be given only once/],
  ])('rejects %s with an InputError naming it', async (_name, requests, message) => {
    const promise = loadInputs(requests(), chunks('x'));
    await expect(promise).rejects.toBeInstanceOf(InputError);
    await expect(loadInputs(requests(), chunks('x'))).rejects.toThrow(message);
  });
});
