/**
 * A small hand-built report for the formatter tests. Spans are computed from
 * the source texts below (not typed in), so offsets, lines and columns are
 * consistent with what the pipeline would produce.
 */
import type { Report, Span } from '../../src/types.js';

export const WIRE = [
  'Talks to resume Monday', // boilerplate: repeated headline
  'By Jane Doe, Reuters', // boilerplate: byline
  'Kremlin spokesman Dmitry Petrov said talks would resume on Monday.', // s0
  '"We are ready to continue," he told reporters.', // s1
  'At least 12 people died in the blast. Later, officials said 15 people had died.', // s2, s3
  'The delegation arrived late on Sunday.', // s4
].join('\n');

export const PAPER = [
  'Talks to resume Monday', // boilerplate: repeated headline
  'Kremlin spokesman Dmitry Peskov told reporters talks would resume on Monday.', // s0
  '"We are willing to continue," he said.', // s1
  'At least 12 people were killed in the explosion.', // s2
  'Markets fell sharply after the news.', // s3
].join('\r\n'); // CRLF on purpose: columns must still be right

/** Span of the `nth` occurrence (0-based) of `needle` in `text`. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, start);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const line = before.split(/\r\n|\r|\n/).length;
  return { start, end: start + needle.length, line, column: start - lineStart + 1 };
}

const w = (s: string): { text: string; span: Span } => ({ text: s, span: spanOf(WIRE, s) });
const p = (s: string): { text: string; span: Span } => ({ text: s, span: spanOf(PAPER, s) });

const W0 = w('Kremlin spokesman Dmitry Petrov said talks would resume on Monday.');
const W1 = w('"We are ready to continue," he told reporters.');
const W2 = w('At least 12 people died in the blast.');
const W3 = w('Later, officials said 15 people had died.');
const W4 = w('The delegation arrived late on Sunday.');
const P0 = p('Kremlin spokesman Dmitry Peskov told reporters talks would resume on Monday.');
const P1 = p('"We are willing to continue," he said.');
const P2 = p('At least 12 people were killed in the explosion.');
const P3 = p('Markets fell sharply after the news.');

export function sampleReport(): Report {
  return {
    version: 1,
    tool: { name: 'storydiff', version: '0.1.0' },
    sources: [
      { id: 'S1', label: 'wire.txt', path: 'wire.txt', sentences: 5 },
      { id: 'S2', label: 'Daily Paper', path: 'paper.txt', sentences: 4 },
    ],
    groups: [
      {
        id: 'G1',
        score: 0.82,
        members: [
          { source: 'S1', sentence: 0, ...W0, extras: [] },
          { source: 'S2', sentence: 0, ...P0, extras: [] },
        ],
      },
      {
        id: 'G2',
        score: 0.71,
        members: [
          { source: 'S1', sentence: 1, ...W1, extras: [] },
          { source: 'S2', sentence: 1, ...P1, extras: [] },
        ],
      },
      {
        id: 'G3',
        score: 0.64,
        members: [
          { source: 'S1', sentence: 2, ...W2, extras: [] },
          { source: 'S2', sentence: 2, ...P2, extras: [] },
        ],
      },
    ],
    discrepancies: [
      {
        id: 'D1',
        kind: 'entity',
        severity: 'high',
        confidence: 0.9,
        group: 'G1',
        message: 'Sources name different spokesmen: "Petrov" vs "Peskov".',
        claims: [
          { source: 'S1', text: 'Petrov', sentence: 0, span: spanOf(WIRE, 'Petrov') },
          { source: 'S2', text: 'Peskov', sentence: 0, span: spanOf(PAPER, 'Peskov') },
        ],
      },
      {
        id: 'D2',
        kind: 'quote',
        severity: 'medium',
        confidence: 0.75,
        group: 'G2',
        message: 'The quoted words differ.',
        claims: [
          { source: 'S1', text: 'We are ready to continue,', sentence: 1, span: spanOf(WIRE, 'We are ready to continue,') },
          {
            source: 'S2',
            text: 'We are willing to continue,',
            sentence: 1,
            span: spanOf(PAPER, 'We are willing to continue,'),
          },
        ],
      },
      {
        id: 'D3',
        kind: 'number',
        severity: 'medium',
        confidence: 0.6,
        group: null,
        message: 'S1 gives two death tolls: 12 and 15.',
        claims: [
          // Claim in a grouped sentence (found via the groups)…
          { source: 'S1', text: '12', sentence: 2, span: spanOf(WIRE, '12') },
          // …and one in an unmatched sentence (found via `unmatched`).
          { source: 'S1', text: '15', sentence: 3, span: spanOf(WIRE, '15') },
        ],
      },
    ],
    unmatched: [
      { source: 'S1', sentence: 3, ...W3 },
      { source: 'S1', sentence: 4, ...W4 },
      { source: 'S2', sentence: 3, ...P3 },
    ],
    boilerplate: [
      { source: 'S1', ...w('Talks to resume Monday'), reason: 'repeated-headline' },
      { source: 'S1', ...w('By Jane Doe, Reuters'), reason: 'byline' },
      { source: 'S2', ...p('Talks to resume Monday'), reason: 'repeated-headline' },
    ],
    summary: {
      sources: 2,
      sentences: 9,
      groups: 3,
      unmatched: 3,
      sameEvent: true,
      alignedShare: 0.667,
      unrelated: [],
      discrepancies: { high: 1, medium: 2, low: 0 },
    },
  };
}
