import { describe, it, expect } from 'vitest';
import { oneLine, oneLineMapped, stripControl } from '../../src/report/sanitize.js';

const ESC = '\u001b';
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
/** Anything a terminal could act on, or that reorders text. */
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('stripControl', () => {
  it('leaves ordinary text alone, including non-ASCII and \\n / \\t', () => {
    const text = 'Café « naïve » — 東京 🎉\n\tnext line';
    expect(stripControl(text)).toBe(text);
  });

  it('removes CSI sequences (colours, cursor movement, erase)', () => {
    expect(stripControl(`a${ESC}[31mred${ESC}[0m b`)).toBe('ared b');
    expect(stripControl(`${ESC}[2J${ESC}[1;1Hx${ESC}[?25l`)).toBe('x');
  });

  it('drops a malformed CSI but keeps the character that broke it', () => {
    expect(stripControl(`${ESC}[31éx`)).toBe('éx');
  });

  it('removes OSC sequences ended by BEL or ST (window titles, hyperlinks)', () => {
    expect(stripControl(`${ESC}]0;pwned\u0007title`)).toBe('title');
    expect(stripControl(`${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\`)).toBe('link');
  });

  it('drops an unterminated OSC to the end, as a terminal would swallow it', () => {
    expect(stripControl(`ok${ESC}]0;never ends`)).toBe('ok');
  });

  it('lets an ESC inside an OSC abort it and start a new sequence', () => {
    expect(stripControl(`${ESC}]0;t${ESC}[1mX`)).toBe('X');
  });

  it('removes DCS/APC strings and other escape sequences', () => {
    expect(stripControl(`${ESC}Pq#0;2;0;0;0${ESC}\\a`)).toBe('a');
    expect(stripControl(`${ESC}_payload${ESC}\\b`)).toBe('b');
    expect(stripControl(`${ESC}7saved${ESC}8 ${ESC}(Bx ${ESC}c`)).toBe('saved x ');
    expect(stripControl(`trailing${ESC}`)).toBe('trailing');
  });

  it('removes C0 controls other than \\n and \\t, and DEL', () => {
    expect(stripControl('a\u0000b\u0007c\u0008d\u000be\u000cf\u007fg')).toBe('abcdefg');
  });

  it('turns CR and CRLF into \\n so text cannot overwrite a line', () => {
    expect(stripControl('safe\rEVIL')).toBe('safe\nEVIL');
    expect(stripControl('a\r\nb')).toBe('a\nb');
  });

  it('removes C1 controls, including 8-bit CSI and OSC with their payload', () => {
    expect(stripControl('a\u0085b\u0090c')).toBe('ab'); // DCS swallows to the end
    expect(stripControl('\u009b31mX')).toBe('X');
    expect(stripControl('\u009d0;t\u0007X')).toBe('X');
    expect(stripControl('a\u0080\u0084\u0099b')).toBe('ab');
  });

  it('removes bidi embedding, override and isolate characters', () => {
    for (const c of BIDI) expect(stripControl(`abc${c}def`)).toBe('abcdef');
    // Other bidi-aware text (Hebrew, Arabic) is untouched.
    expect(stripControl('שלום مرحبا')).toBe('שלום مرحبا');
  });

  it('never lets a control character through (randomised)', () => {
    const alphabet = ['a', ' ', '\n', '\t', '\r', ESC, '[', ']', '\\', '\u0007', '\u009b', '\u009d', '\u009c', '1', ';', 'm', 'P', '\u0000', ...BIDI];
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = next() % 30;
      for (let i = 0; i < len; i++) s += alphabet[next() % alphabet.length];
      const out = stripControl(s);
      expect(out).not.toMatch(FORBIDDEN);
      expect(stripControl(out)).toBe(out);
      expect(oneLine(s)).not.toMatch(/[\n\r\t]/);
    }
  });

  it('cleans long hostile input completely (its timing is in npm run bench)', () => {
    const n = 20_000;
    const inputs = [`${ESC}]`.repeat(n), `${ESC}[`.repeat(n), `${ESC}[1;`.repeat(n), '\u009d'.repeat(n), `${ESC}]x${ESC}`.repeat(n)];
    for (const s of inputs) expect(stripControl(s)).not.toMatch(FORBIDDEN);
  });
});

describe('oneLine', () => {
  it('turns each tab and line break into one space', () => {
    expect(oneLine('a\tb\r\nc\nd\re\u2028f\u2029g')).toBe('a b c d e f g');
  });

  it('strips controls like stripControl', () => {
    expect(oneLine(`x${ESC}[31mEVIL${ESC}]0;title\u0007\u202e`)).toBe('xEVIL');
  });
});

describe('oneLineMapped', () => {
  it('maps input offsets to output offsets across removed and collapsed text', () => {
    const input = `a${ESC}[1mb\r\nc`;
    const { text, map } = oneLineMapped(input);
    expect(text).toBe('ab c');
    expect(map).toHaveLength(input.length + 1);
    const b = input.indexOf('b');
    const c = input.indexOf('c');
    expect(text.slice(map[b], map[b + 1])).toBe('b');
    expect(text.slice(map[c], map[c + 1])).toBe('c');
    expect(map[0]).toBe(0);
    expect(map[input.length]).toBe(text.length);
  });
});
