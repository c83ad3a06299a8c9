import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { segment, splitSentences, classifyBoilerplate } from '../../src/segment/index.js';

describe('segment', () => {
  it('re-exports the splitter and the classifier', () => {
    expect(typeof splitSentences).toBe('function');
    expect(typeof classifyBoilerplate).toBe('function');
  });

  it('gives each unit its exact text and a 1-based line/column span', () => {
    const text = 'Bridge Reopens\n\n  Traffic resumed at noon. Tolls are unchanged.\nBy Ana Diaz\n';
    const segs = segment(text);
    expect(segs.map((s) => s.text)).toEqual([
      'Bridge Reopens',
      'Traffic resumed at noon.',
      'Tolls are unchanged.',
      'By Ana Diaz',
    ]);
    for (const s of segs) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    expect(segs[0]?.span).toEqual({ start: 0, end: 14, line: 1, column: 1 });
    expect(segs[1]?.span).toMatchObject({ start: 18, line: 3, column: 3 });
    expect(segs[2]?.span).toMatchObject({ line: 3, column: 28 });
    expect(segs[3]?.span).toMatchObject({ line: 4, column: 1 });
  });

  it('sets `boilerplate` only on clutter and omits the key on content', () => {
    const segs = segment('Bridge Reopens\nTraffic resumed at noon.\nBridge Reopens\n| Last update :');
    expect(segs.map((s) => s.boilerplate)).toEqual([undefined, undefined, 'repeated-headline', 'timestamp']);
    expect('boilerplate' in (segs[0] ?? {})).toBe(false);
    expect('boilerplate' in (segs[1] ?? {})).toBe(false);
  });

  it('counts CRLF as one line break in spans', () => {
    const text = 'Rail Strike Ends\r\nTrains run again.\r\n\r\nFares are unchanged.';
    const segs = segment(text);
    expect(segs.map((s) => [s.text, s.span.line, s.span.column])).toEqual([
      ['Rail Strike Ends', 1, 1],
      ['Trains run again.', 2, 1],
      ['Fares are unchanged.', 4, 1],
    ]);
  });

  it('returns no segments for blank input', () => {
    expect(segment('')).toEqual([]);
    expect(segment('\n \n')).toEqual([]);
  });
});

// The seed pair lives beside the project (read-only, not copied in). Assert the
// shape of the result, not the seed sentences themselves.
const seeds = resolve(import.meta.dirname, '../../../shared/seeds');
const seed000 = resolve(seeds, '000_7ad5171b342f1fe8.txt');
const seed004 = resolve(seeds, '004_46668bc72a4886c3.txt');

describe.skipIf(!existsSync(seed000) || !existsSync(seed004))('segment on the seed pair', () => {
  it('000: bullets and in-body headlines are content, the trailing link is clutter', () => {
    const text = readFileSync(seed000, 'utf8');
    const segs = segment(text);
    for (const s of segs) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    // Three summary bullets, one per line, marker kept.
    expect(segs.slice(0, 3).map((s) => [s.span.line, s.text.startsWith('- '), s.boilerplate])).toEqual([
      [1, true, undefined],
      [2, true, undefined],
      [3, true, undefined],
    ]);
    // Headline-like lines inside the body (lines 6 and 13) stand alone as content.
    for (const line of [6, 13]) {
      const onLine = segs.filter((s) => s.span.line === line);
      expect(onLine).toHaveLength(1);
      expect(onLine[0]?.boilerplate).toBeUndefined();
    }
    const clutter = segs.filter((s) => s.boilerplate !== undefined);
    expect(clutter.map((s) => [s.span.line, s.boilerplate])).toEqual([[18, 'related-link']]);
    expect(segs.filter((s) => s.boilerplate === undefined)).toHaveLength(28);
  });

  it('004: repeated headline, timestamp, source line and comment policy are clutter', () => {
    const text = readFileSync(seed004, 'utf8');
    const segs = segment(text);
    for (const s of segs) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    const clutter = segs.filter((s) => s.boilerplate !== undefined);
    expect(clutter.map((s) => [s.span.line, s.boilerplate])).toEqual([
      [3, 'timestamp'],
      [7, 'repeated-headline'],
      [21, 'source-credit'],
      [23, 'comment-policy'],
    ]);
    // The first copy of the headline stays content.
    expect(segs[0]?.span.line).toBe(1);
    expect(segs[0]?.boilerplate).toBeUndefined();
    expect(segs[0]?.text.toLowerCase()).toBe(segs.find((s) => s.span.line === 7)?.text.toLowerCase());
    expect(segs.filter((s) => s.boilerplate === undefined)).toHaveLength(12);
  });
});
