import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput, InputError, loadInputs, parseByteSize } from '../../src/load/index.js';

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
  it('removes a UTF-8 BOM and keeps CRLF line endings', async () => {
    expect((await decodeInput(Buffer.from('\uFEFFOne.\r\nTwo.', 'utf8'), 'a.txt')).text).toBe('One.\r\nTwo.');
  });

  it.each([
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42]), /binary/],
    ['invalid UTF-8 after a UTF-8 BOM', Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42]), /not valid UTF-8 text \(byte 1, line 1, column 2\)/],
    ['empty', Buffer.alloc(0), /empty/],
    ['whitespace only', Buffer.from(' \n\t\r\n '), /empty/],
    ['a UTF-16 file of nothing but spaces', Buffer.from('\uFEFF  \n', 'utf16le'), /empty/],
  ])('rejects %s', async (_name, bytes, problem) => {
    await expect(decodeInput(bytes, 'x.txt')).rejects.toThrow(problem);
  });
});

describe('loadInputs', () => {
  it('labels inputs by file name or given label, and reads stdin for -', async () => {
    const a = file('wire.txt', 'The minister resigned.');
    const docs = await loadInputs([{ path: a }, { path: '-', label: 'piped' }], chunks('The min', 'ister quit.'));
    expect(docs).toEqual([
      { label: 'wire.txt', path: a, text: 'The minister resigned.', encoding: 'utf-8', format: 'text' },
      { label: 'piped', path: '-', text: 'The minister quit.', encoding: 'utf-8', format: 'text' },
    ]);
  });

  it.each([
    ['a missing file', () => [{ path: join(dir, 'nope.txt') }, { path: file('ok1.txt', 'Fine.') }], /nope\.txt: no such file/],
    ['a directory without articles', () => [{ path: (mkdirSync(join(dir, 'sub'), { recursive: true }), join(dir, 'sub')) }, { path: file('ok2.txt', 'Fine.') }], /sub: is a directory with no \.txt, \.html, \.htm files/],
    ['fewer than two inputs', () => [{ path: file('ok3.txt', 'Fine.') }], /at least two inputs/],
    ['stdin twice', () => [{ path: '-' }, { path: '-' }], /standard input can be given only once/],
  ])('rejects %s with an InputError naming it', async (_name, requests, message) => {
    const promise = loadInputs(requests(), chunks('x'));
    await expect(promise).rejects.toBeInstanceOf(InputError);
    await expect(loadInputs(requests(), chunks('x'))).rejects.toThrow(message);
  });
});

describe('directories, duplicates and the size cap', () => {
  it('expands a directory to its .txt/.html/.htm files, sorted by name, not recursing', async () => {
    const d = join(dir, 'stories');
    mkdirSync(join(d, 'nested'), { recursive: true });
    writeFileSync(join(d, 'b.txt'), 'Second story.');
    writeFileSync(join(d, 'a.TXT'), 'First story.');
    writeFileSync(join(d, 'notes.md'), 'Not an article.');
    writeFileSync(join(d, '.hidden.txt'), 'Hidden.');
    writeFileSync(join(d, 'nested', 'c.txt'), 'Nested.');
    const docs = await loadInputs([{ path: d }], chunks());
    expect(docs.map((doc) => doc.label)).toEqual(['a.TXT', 'b.txt']);
  });

  it('refuses a label for a directory', async () => {
    const d = join(dir, 'labelled');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'a.txt'), 'One.');
    writeFileSync(join(d, 'b.txt'), 'Two.');
    await expect(loadInputs([{ path: d, label: 'x' }, { path: file('ok4.txt', 'Fine.') }], chunks())).rejects.toThrow(/--label cannot name a directory/);
  });

  it('warns when the same file is given twice, by any name', async () => {
    const a = file('twice.txt', 'Once.');
    const link = join(dir, 'alias.txt');
    symlinkSync(a, link);
    const notes: string[] = [];
    const docs = await loadInputs([{ path: a }, { path: link }, { path: a }], chunks(), { onNote: (s) => notes.push(s) });
    expect(docs).toHaveLength(3);
    expect(notes).toEqual([`warning: ${link} is the same file as ${a}`, `warning: ${a} is given twice`]);
  });

  it('refuses a file over --max-bytes before reading it, and stdin past the cap', async () => {
    const big = file('big.txt', 'word '.repeat(1000));
    await expect(loadInputs([{ path: big }, { path: file('ok5.txt', 'Fine.') }], chunks(), { maxBytes: 1000 })).rejects.toThrow(
      `${big}: is too large (5 kB; the limit is 1 kB, raise it with --max-bytes)`,
    );
    await expect(loadInputs([{ path: '-' }, { path: file('ok6.txt', 'Fine.') }], chunks('a'.repeat(600), 'b'.repeat(600)), { maxBytes: 1000 })).rejects.toThrow(
      'stdin (-): is too large (more than that; the limit is 1 kB, raise it with --max-bytes)',
    );
    const docs = await loadInputs([{ path: big }, { path: file('ok7.txt', 'Fine.') }], chunks(), { maxBytes: 5000 });
    expect(docs[0]?.text.length).toBe(5000);
  });
});

describe('parseByteSize', () => {
  it.each([
    ['5000000', 5_000_000],
    ['500kB', 500_000],
    ['20MB', 20_000_000],
    ['1.5m', 1_500_000],
    ['0', undefined],
    ['-3', undefined],
    ['lots', undefined],
  ])('%s → %s', (value, expected) => {
    expect(parseByteSize(value)).toBe(expected);
  });
});
