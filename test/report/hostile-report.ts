/**
 * A report whose every piece of input text is hostile: Markdown and HTML
 * injection, GitHub workflow-command injection, terminal escapes, line
 * breaks. Spans are computed from the texts (as in sample-report.ts), so the
 * claims are verbatim slices and the offsets are consistent.
 */
import type { Report, Span } from '../../src/types.js';
import { spanOf } from './sample-report.js';

/** Everything the formatters must neutralise, in one string (with a line break and a bare CR). */
export const HOSTILE =
  '| * _ [x](javascript:alert(1)) <script>alert(1)</script> %0A :: , \n::error::pwned \r::warning::cr ' +
  '\u001b[31mred\u001b[0m \u009b31m \u202eevil @octocat #12 $5 and $6 `code` ~~s~~ & &amp; \\';

/** A claim that runs over the line break in HOSTILE. */
export const HOSTILE_CLAIM = '<script>alert(1)</script> %0A :: , \n::error::pwned';

export const EVIL_TEXT = [
  'Headline | <img src=x onerror=alert(1)>',
  `Officials said ${HOSTILE} and Petrov left.`,
  'A line only here: [click](javascript:alert(1)) <b>bold</b> ::error::x',
].join('\n');

export const STDIN_TEXT = 'Officials said Peskov left.';

export const HOSTILE_LABEL = 'wire|<i>x</i>,a:b\n::error::label \u001b]0;title\u0007';
export const HOSTILE_PATH = 'dir,x:y/my file #1.txt';

const e = (s: string): { text: string; span: Span } => ({ text: s, span: spanOf(EVIL_TEXT, s) });
const s = (t: string): { text: string; span: Span } => ({ text: t, span: spanOf(STDIN_TEXT, t) });

export function hostileReport(): Report {
  const e0 = e(`Officials said ${HOSTILE} and Petrov left.`);
  const s0 = s(STDIN_TEXT);
  return {
    version: 1,
    tool: { name: 'storydiff', version: '0.1.0' },
    sources: [
      { id: 'S1', label: HOSTILE_LABEL, path: HOSTILE_PATH, sentences: 2 },
      { id: 'S2', label: '<stdin> | *', path: '-', sentences: 1 },
    ],
    groups: [
      {
        id: 'G1',
        score: 0.5,
        members: [
          { source: 'S1', sentence: 0, ...e0, extras: [] },
          { source: 'S2', sentence: 0, ...s0, extras: [] },
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
        message: `Names differ: ${HOSTILE}`,
        claims: [
          { source: 'S1', text: 'Petrov', sentence: 0, span: spanOf(EVIL_TEXT, 'Petrov') },
          { source: 'S1', text: HOSTILE_CLAIM, sentence: 0, span: spanOf(EVIL_TEXT, HOSTILE_CLAIM) },
          { source: 'S2', text: 'Peskov', sentence: 0, span: spanOf(STDIN_TEXT, 'Peskov') },
        ],
      },
      {
        id: 'D2',
        kind: 'quote',
        severity: 'low',
        confidence: 0.5,
        group: 'G1',
        message: 'Low one.\n::error file=x::injected',
        claims: [{ source: 'S2', text: 'left', sentence: 0, span: spanOf(STDIN_TEXT, 'left') }],
      },
    ],
    unmatched: [{ source: 'S1', sentence: 1, ...e('A line only here: [click](javascript:alert(1)) <b>bold</b> ::error::x') }],
    boilerplate: [{ source: 'S1', ...e('Headline | <img src=x onerror=alert(1)>'), reason: 'repeated-headline' }],
    summary: {
      sources: 2,
      sentences: 3,
      groups: 1,
      unmatched: 1,
      sameEvent: false,
      alignedShare: 0.667,
      unrelated: ['S2'],
      discrepancies: { high: 1, medium: 0, low: 1 },
    },
  };
}
