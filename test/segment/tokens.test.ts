import { describe, expect, it } from 'vitest';
import { TextTokens } from '../../src/segment/split.js';

describe('segment: TextTokens', () => {
  const text = '  Mr. Smith left.\nThe end . . .\n\n\nNext…\r\nline';
  const tokens = new TextTokens(text);
  const all = Array.from({ length: tokens.count }, (_, i) => tokens.slice(i));

  it('cuts the text at whitespace, with exact offsets', () => {
    expect(all).toEqual(['Mr.', 'Smith', 'left.', 'The', 'end', '.', '.', '.', 'Next…', 'line']);
    expect([tokens.start(0), tokens.end(0)]).toEqual([2, 5]);
    expect(text.slice(tokens.start(8), tokens.end(8))).toBe('Next…');
  });

  it('counts line breaks before each token, a paragraph break as 2 (CRLF is one break)', () => {
    expect(all.map((_, i) => tokens.newlinesBefore(i))).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 2, 1]);
  });

  it('reads out-of-range tokens as empty, after a paragraph break', () => {
    expect([tokens.start(99), tokens.end(99), tokens.newlinesBefore(99)]).toEqual([0, 0, 2]);
  });

  it('counts the dots of dot-only tokens, with or without caching', () => {
    expect(all.map((_, i) => tokens.dots(i))).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 0, 0]);
    tokens.cacheDots(5);
    expect(tokens.dots(5)).toBe(1);
    expect(new TextTokens('… .. x.').dots(0)).toBe(3);
    expect(new TextTokens('… .. x.').dots(1)).toBe(2);
  });

  it('finds a token\'s final punctuation and the word before it', () => {
    const t = tokens.terminal(0);
    expect(text.slice(t.wordStart, t.wordEnd)).toBe('Mr');
    const none = tokens.terminal(1).kind;
    expect(tokens.terminal(2).kind).not.toBe(none);
    // "?" inside a closing quote is a strong end, unlike a period.
    const question = new TextTokens('"Why?"').terminal(0);
    expect(question.kind).not.toBe(none);
    expect(question.kind).not.toBe(t.kind);
  });

  it('classes a token by its first character after openers', () => {
    const classOf = (word: string) => new TextTokens(word).charClass(0);
    expect(new Set(['"Hello', '(world', '42'].map(classOf)).size).toBe(3);
    expect(classOf('(world')).toBe(classOf('über'));
    // Uncased letters can start a sentence like capitals.
    expect(classOf('中文')).toBe(classOf('Hello'));
  });
});
