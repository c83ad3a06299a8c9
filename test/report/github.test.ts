import { describe, it, expect } from 'vitest';
import { claimEnd, escapeData, escapeProperty, formatGithub } from '../../src/report/format/github.js';
import type { FormatOptions } from '../../src/report/formatters.js';
import { stripControl } from '../../src/report/sanitize.js';
import type { Report } from '../../src/types.js';
import { HOSTILE, HOSTILE_CLAIM, HOSTILE_LABEL, HOSTILE_PATH, hostileReport } from './hostile-report.js';
import { sampleReport } from './sample-report.js';

const plain: FormatOptions = { color: false, width: 100 };

const EXPECTED = `\
::error file=wire.txt,line=3,col=26,endLine=3,endColumn=31,title=storydiff entity (high)::Sources name different spokesmen: "Petrov" vs "Peskov". [D1]
::error file=paper.txt,line=2,col=26,endLine=2,endColumn=31,title=storydiff entity (high)::Sources name different spokesmen: "Petrov" vs "Peskov". [D1]
::warning file=wire.txt,line=4,col=2,endLine=4,endColumn=26,title=storydiff quote (medium)::The quoted words differ. [D2]
::warning file=paper.txt,line=3,col=2,endLine=3,endColumn=28,title=storydiff quote (medium)::The quoted words differ. [D2]
::warning file=wire.txt,line=5,col=10,endLine=5,endColumn=11,title=storydiff number (medium)::S1 gives two death tolls: 12 and 15. [D3]
::warning file=wire.txt,line=5,col=61,endLine=5,endColumn=62,title=storydiff number (medium)::S1 gives two death tolls: 12 and 15. [D3]
::notice title=storydiff::3 discrepancies (1 high, 2 medium, 0 low) across 2 sources
`;

interface Command {
  name: string;
  props: Record<string, string>;
  message: string;
}

/** Reads one line the way the Actions runner does: `::name k=v,k=v::message`, then unescapes. */
function parse(line: string): Command {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
  const unescape = (v: string): string =>
    v.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => ({ '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' })[code] ?? '');
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    expect(eq).toBeGreaterThan(0);
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { name: m[1] ?? '', props, message: unescape(m[3] ?? '') };
}

const lines = (out: string): string[] => out.slice(0, -1).split('\n');

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in data', () => {
    expect(escapeData('100% a\nb\rc\r\nd')).toBe('100%25 a%0Ab%0Ac%0Ad');
    expect(escapeData('%0A stays literal')).toBe('%250A stays literal');
  });

  it('also escapes : and , in property values', () => {
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
  });

  it('strips terminal controls first', () => {
    expect(escapeData('\u001b[31mred\u001b[0m\u202e \u009b1m\u0007')).toBe('red ');
  });
});

describe('claimEnd', () => {
  const span = { start: 10, end: 16, line: 3, column: 5 };
  it('ends on the same line for a one-line claim (exclusive column)', () => {
    expect(claimEnd(span, 'Petrov')).toEqual({ line: 3, column: 11 });
    expect(claimEnd(span, '')).toEqual({ line: 3, column: 5 });
  });

  it('counts line breaks of every kind in the claim text', () => {
    expect(claimEnd(span, 'ab\ncd')).toEqual({ line: 4, column: 3 });
    expect(claimEnd(span, 'ab\r\ncde')).toEqual({ line: 4, column: 4 });
    expect(claimEnd(span, 'a\rb\nc\r\n')).toEqual({ line: 6, column: 1 });
  });
});

describe('github formatter', () => {
  it('renders the sample report: one annotation per claim, then a summary', () => {
    expect(formatGithub(sampleReport(), plain)).toBe(EXPECTED);
  });

  it('maps severity to the command and puts the id after the message', () => {
    const parsed = lines(formatGithub(sampleReport(), plain)).map(parse);
    expect(parsed.map((c) => c.name)).toEqual(['error', 'error', 'warning', 'warning', 'warning', 'warning', 'notice']);
    expect(parsed[0]).toEqual({
      name: 'error',
      props: { file: 'wire.txt', line: '3', col: '26', endLine: '3', endColumn: '31', title: 'storydiff entity (high)' },
      message: 'Sources name different spokesmen: "Petrov" vs "Peskov". [D1]',
    });
    const low = sampleReport();
    low.discrepancies[1]!.severity = 'low';
    expect(parse(lines(formatGithub(low, plain))[2]!).name).toBe('notice');
  });

  it('hides discrepancies below minSeverity and says how many in the summary', () => {
    const out = lines(formatGithub(sampleReport(), { ...plain, minSeverity: 'high' }));
    expect(out).toHaveLength(3);
    expect(out[2]).toBe('::notice title=storydiff::3 discrepancies (1 high, 2 medium, 0 low), 2 below high not annotated across 2 sources');
    expect(formatGithub(sampleReport(), { ...plain, minSeverity: 'low' })).toBe(EXPECTED);
  });

  it('writes only the summary when there is nothing to annotate', () => {
    const report: Report = { ...sampleReport(), discrepancies: [] };
    expect(formatGithub(report, plain)).toBe('::notice title=storydiff::0 discrepancies (0 high, 0 medium, 0 low) across 2 sources\n');
  });

  it('makes the summary a warning when findings were withheld', () => {
    const report = sampleReport();
    report.summary.unrelated = ['S2'];
    expect(lines(formatGithub(report, plain)).at(-1)).toBe(
      '::warning title=storydiff::3 discrepancies (1 high, 2 medium, 0 low) across 2 sources. Sharing almost nothing with the others, findings withheld: Daily Paper',
    );
    report.summary.sameEvent = false;
    report.discrepancies = [];
    expect(formatGithub(report, plain)).toBe(
      '::warning title=storydiff::0 discrepancies (0 high, 0 medium, 0 low) across 2 sources. The sources do not appear to report the same event; findings are withheld\n',
    );
  });

  it('names standard input by its label and a source missing from the report by its id', () => {
    const report = sampleReport();
    report.sources[1] = { ...report.sources[1]!, path: '-' };
    report.discrepancies[0]!.claims[0]!.source = 'S9';
    const out = lines(formatGithub(report, plain)).map(parse);
    expect(out[0]?.props.file).toBe('S9');
    expect(out[1]?.props.file).toBe('Daily Paper');
  });

  describe('hostile input', () => {
    const out = formatGithub(hostileReport(), plain);
    const parsed = lines(out).map(parse);

    it('writes exactly one command per claim plus the summary, and nothing else', () => {
      expect(out.endsWith('\n')).toBe(true);
      expect(out).not.toMatch(/\r/);
      expect(lines(out)).toHaveLength(3 + 1 + 1);
      for (const line of lines(out)) expect(line).toMatch(/^::(error|warning|notice) [^:\n]*::[^\n]*$/);
      // No input reaches a line start: every `::` command is ours.
      expect(out.match(/^::/gm)).toHaveLength(5);
      expect(parsed.map((c) => c.name)).toEqual(['error', 'error', 'error', 'notice', 'warning']);
    });

    it('turns line breaks in messages into %0A and keeps a literal %0A literal', () => {
      const raw = lines(out)[0]!;
      expect(raw).toContain(', %0A::error::pwned %0A::warning::cr');
      expect(raw).toContain(' %250A ');
      expect(lines(out)[3]).toContain('::Low one.%0A::error file=x::injected [D2]');
    });

    it('round-trips: the runner reads back the sanitised text', () => {
      expect(parsed[0]?.message).toBe(`Names differ: ${stripControl(HOSTILE)} [D1]`);
      expect(parsed[0]?.props.file).toBe(HOSTILE_PATH);
      expect(parsed[0]?.props.title).toBe('storydiff entity (high)');
      // Standard input: the label, commas and colons intact after unescaping.
      expect(parsed[2]?.props.file).toBe('<stdin> | *');
    });

    it('escapes a hostile label used as the file name', () => {
      const report = hostileReport();
      report.sources[1]!.label = HOSTILE_LABEL;
      const line = lines(formatGithub(report, plain))[2]!;
      expect(line).toMatch(/^::error file=wire\|<i>x<\/i>%2Ca%3Ab%0A%3A%3Aerror%3A%3Alabel ,line=1,/);
      expect(parse(line).props.file).toBe(stripControl(HOSTILE_LABEL));
    });

    it('strips terminal escapes', () => {
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(out).toContain(' red  evil ');
    });

    it('gives a multi-line claim its end line and no columns', () => {
      expect(HOSTILE_CLAIM).toContain('\n');
      expect(parsed[1]?.props).toEqual({ file: HOSTILE_PATH, line: '2', endLine: '3', title: 'storydiff entity (high)' });
    });
  });
});
