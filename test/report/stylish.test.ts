import { describe, it, expect } from 'vitest';
import { formatStylish, sentenceLookup } from '../../src/report/format/stylish.js';
import type { FormatOptions } from '../../src/report/formatters.js';
import type { Report } from '../../src/types.js';
import { PAPER, WIRE, sampleReport, spanOf } from './sample-report.js';

const plain: FormatOptions = { color: false, width: 100 };
const color: FormatOptions = { color: true, width: 100 };
/** SGR (colour/style) sequences: the only escapes the formatter itself writes. */
const SGR = /\u001b\[[0-9;]*m/g;
const visible = (line: string): string => line.replace(SGR, '');
const EVIL = '\u001b[31mEVIL\u001b]0;title\u0007';

const EXPECTED = `\
S1 wire.txt (5 sentences)
S2 paper.txt (Daily Paper, 4 sentences)

G1 (2 of 2 sources, score 0.82)
  high    entity  D1  Sources name different spokesmen: "Petrov" vs "Peskov".
    S1 wire.txt:3:26   Kremlin spokesman Dmitry [-Petrov-] [-said-] talks would resume on Monday.
    S2 paper.txt:2:26  Kremlin spokesman Dmitry {+Peskov+} {+told reporters+} talks would resume on
                       Monday.

G2 (2 of 2 sources, score 0.71)
  medium  quote   D2  The quoted words differ.
    S1 wire.txt:4:2   "[-We are ready to continue,-]" he [-told reporters-].
    S2 paper.txt:3:2  "{+We are willing to continue,+}" he {+said+}.

Across statements (self-contradictions and slots named in different sentences)
  medium  number  D3  S1 gives two death tolls: 12 and 15.
    S1 wire.txt:5:10  At least [-12-] people died in the blast.
    S1 wire.txt:5:61  Later, officials said {+15+} people had died.

Boilerplate set aside (3)
  S1 wire.txt:1:1   repeated-headline  Talks to resume Monday
  S1 wire.txt:2:1   byline             By Jane Doe, Reuters
  S2 paper.txt:1:1  repeated-headline  Talks to resume Monday

Only in one source (3 sentences)
  S1 wire.txt: 2 of 5 sentences
    5:39  Later, officials said 15 people had died.
    6:1   The delegation arrived late on Sunday.
  S2 paper.txt: 1 of 4 sentences
    5:1  Markets fell sharply after the news.

✖ 3 discrepancies (1 high, 2 medium, 0 low) · 3 aligned statements · 3 sentences in one source only
`;

describe('stylish formatter', () => {
  it('renders the sample report (plain)', () => {
    expect(formatStylish(sampleReport(), plain)).toBe(EXPECTED);
  });

  it('is deterministic', () => {
    expect(formatStylish(sampleReport(), color)).toBe(formatStylish(sampleReport(), color));
  });

  it('writes no ANSI codes without colour, and some with it', () => {
    expect(formatStylish(sampleReport(), plain)).not.toContain('\u001b');
    const out = formatStylish(sampleReport(), color);
    expect(out).toMatch(SGR);
    // Colour replaces the text markers; the visible text is otherwise the same.
    expect(out).not.toContain('[-Petrov-]');
    expect(visible(out)).toContain('Dmitry Petrov said');
  });

  it('shows path:line:column of each claim, matching the original text', () => {
    const out = formatStylish(sampleReport(), plain);
    for (const [path, text, needle] of [
      ['wire.txt', WIRE, 'Petrov'],
      ['paper.txt', PAPER, 'Peskov'],
      ['wire.txt', WIRE, '15'],
    ] as const) {
      const { line, column } = spanOf(text, needle);
      expect(out).toContain(`${path}:${line}:${column} `);
    }
    expect(out).toContain('S1 wire.txt:3:26 ');
    expect(out).toContain('S2 paper.txt:2:26 '); // CRLF input: columns still right
  });

  it('shows the label, not "-", for standard input', () => {
    const r = sampleReport();
    r.sources[1] = { id: 'S2', label: 'stdin', path: '-', sentences: 4 };
    const out = formatStylish(r, plain);
    expect(out).toContain('S2 stdin:2:26 ');
    expect(out).not.toContain(' -:');
  });

  it('marks the claim words and the word diff, git --word-diff style', () => {
    const out = formatStylish(sampleReport(), plain);
    expect(out).toContain('Dmitry [-Petrov-] [-said-] talks');
    expect(out).toContain('Dmitry {+Peskov+} {+told reporters+} talks');
    expect(out).toContain('"[-We are ready to continue,-]"');
    // Self-contradiction: claims only, no word diff between unrelated sentences.
    expect(out).toContain('At least [-12-] people died in the blast.');
    expect(out).toContain('Later, officials said {+15+} people had died.');
  });

  it('highlights claims even when the word diff finds nothing', () => {
    const r = sampleReport();
    // Three members: no pairwise word diff, claims still marked.
    r.groups[0]!.members.push({ ...r.groups[0]!.members[1]!, source: 'S3' });
    const out = formatStylish(r, plain);
    expect(out).toContain('Dmitry [-Petrov-] said talks');
    expect(out).toContain('Dmitry {+Peskov+} told reporters');
  });

  it('finds sentences across groups and unmatched', () => {
    const find = sentenceLookup(sampleReport());
    expect(find('S1', 2)?.text).toBe('At least 12 people died in the blast.');
    expect(find('S1', 3)?.text).toBe('Later, officials said 15 people had died.');
    expect(find('S1', 99)).toBeUndefined();
  });

  it('falls back to the claim text when its sentence is nowhere in the report', () => {
    const r = sampleReport();
    r.discrepancies[2]!.claims[1]!.sentence = 42;
    expect(formatStylish(r, plain)).toContain('S1 wire.txt:5:61  {+15+}');
  });

  it('never passes control or bidi characters from the input through', () => {
    const r = sampleReport();
    // Controls before the claim shift offsets; the highlight must still land on it.
    const member = r.groups[0]!.members[0]!;
    const text = `Kremlin ${EVIL}spokesman\u202e Dmitry Petrov said talks would resume on Monday.`;
    member.text = text;
    member.span = { ...member.span, end: member.span.start + text.length };
    r.discrepancies[0]!.claims[0]!.span = {
      ...member.span,
      start: member.span.start + text.indexOf('Petrov'),
      end: member.span.start + text.indexOf('Petrov') + 6,
    };
    r.sources[0]!.label = `wire${EVIL}`;
    r.sources[0]!.path = `wire\u202e.txt${EVIL}`;
    r.discrepancies[0]!.message = `Names differ ${EVIL}\u202e\u009b31m`;
    r.discrepancies[1]!.claims[0]!.text = EVIL;
    r.boilerplate[0]!.text = `Headline${EVIL}\u202e`;
    r.unmatched[0]!.text = `Later\r\n${EVIL}\u2066text\u0008`;
    r.groups[1]!.id = `G2${EVIL}`;
    r.discrepancies[1]!.group = r.groups[1]!.id;

    for (const options of [plain, color]) {
      const out = visible(formatStylish(r, options));
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    const out = formatStylish(r, plain);
    // "EVIL" is plain text once its escapes are gone, so the word diff sees it.
    expect(out).toContain('Kremlin [-EVILspokesman-] Dmitry [-Petrov-] [-said-] talks');
    expect(out).toContain('S1 wire.txtEVIL:');
  });

  it('keeps every line within the width, colour codes not counted', () => {
    const r = sampleReport();
    const url = 'https://example.com/' + 'a'.repeat(150);
    r.unmatched[1]!.text = `See ${url} for more.`;
    r.groups[0]!.members[0]!.text += ` Details at ${url}.`;
    r.discrepancies[0]!.message = 'A rather long message that goes on and on about the names, '.repeat(3);
    r.groups[2]!.members[1]!.text = '東京で会談が月曜日に再開されると報道官は述べた。'.repeat(4);
    r.sources[1]!.path = '/srv/archive/' + 'nested/'.repeat(12) + 'paper-2024-05-01.txt';
    for (const width of [20, 33, 40, 60, 80, 100, 140]) {
      for (const c of [false, true]) {
        const out = formatStylish(r, { color: c, width });
        for (const line of out.split('\n')) {
          const cols = [...visible(line)].reduce((n, ch) => n + (ch >= '\u3000' && ch <= '\u9fff' ? 2 : 1), 0);
          expect(cols, `width ${width}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(width);
          expect(line).toBe(line.trimEnd()); // no trailing blanks
        }
      }
    }
  });

  it('wraps sentences with a hanging indent under the text column', () => {
    const lines = formatStylish(sampleReport(), { color: false, width: 60 }).split('\n');
    const i = lines.findIndex((l) => l.startsWith('    S2 paper.txt:2:26'));
    const textColumn = lines[i]!.indexOf('Kremlin');
    expect(lines[i + 1]!.length - lines[i + 1]!.trimStart().length).toBe(textColumn);
  });

  it('ends with a summary line counting discrepancies, statements and one-source sentences', () => {
    const lines = formatStylish(sampleReport(), plain).trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      '✖ 3 discrepancies (1 high, 2 medium, 0 low) · 3 aligned statements · 3 sentences in one source only',
    );
  });

  it('says so when there are no discrepancies', () => {
    const r: Report = { ...sampleReport(), discrepancies: [] };
    r.unmatched = r.unmatched.slice(0, 1);
    r.groups = r.groups.slice(0, 1);
    const out = formatStylish(r, plain);
    expect(out.trimEnd().split('\n').at(-1)).toBe('✔ no discrepancies · 1 aligned statement · 1 sentence in one source only');
    expect(out).not.toContain('G1 (');
  });

  it('hides discrepancies below minSeverity and says how many', () => {
    const out = formatStylish(sampleReport(), { ...plain, width: 140, minSeverity: 'high' });
    expect(out).toContain('D1');
    expect(out).not.toContain('D2');
    expect(out).not.toContain('D3');
    expect(out).not.toContain('Self-contradictions');
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '✖ 3 discrepancies (1 high, 2 medium, 0 low; 2 below high hidden) · 3 aligned statements · 3 sentences in one source only',
    );
    expect(formatStylish(sampleReport(), { ...plain, minSeverity: 'low' })).toBe(EXPECTED);
  });

  it('lists the most severe discrepancy of a statement first', () => {
    const r = sampleReport();
    r.discrepancies.unshift({ ...r.discrepancies[0]!, id: 'D4', severity: 'low', kind: 'attribution', message: 'Who said it differs.' });
    const out = formatStylish(r, plain);
    expect(out.indexOf('D1  ')).toBeLessThan(out.indexOf('D4  '));
    expect(out).toContain('  low     attribution  D4  Who said it differs.');
  });
});

describe('stylish with three sources', () => {
  it('names the sources that are silent on a statement', async () => {
    const { compare } = await import('../../src/compare.js');
    const docs = [
      'The storm destroyed 40 houses in the village of Marlow, the mayor said.\nThe army sent two helicopters to Marlow.',
      'The storm destroyed 14 houses in the village of Marlow, the mayor said.\nThe army sent two helicopters to Marlow.',
      'The army sent two helicopters to Marlow.\nSchools in Marlow will stay shut until Friday.',
    ].map((text, i) => ({ label: `s${i + 1}.txt`, path: `s${i + 1}.txt`, text }));
    const out = formatStylish(compare(docs), { color: false, width: 100 });
    expect(out).toMatch(/G\d+ \(2 of 3 sources, score [\d.]+; silent: s3\.txt\)/);
  });
});
