import { describe, it, expect } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeTableCell, formatMarkdown, MAX_ROWS } from '../../src/report/format/markdown.js';
import type { FormatOptions } from '../../src/report/formatters.js';
import type { Report } from '../../src/types.js';
import { HOSTILE, hostileReport } from './hostile-report.js';
import { WIRE, sampleReport, spanOf } from './sample-report.js';

const plain: FormatOptions = { color: false, width: 100 };

const EXPECTED = `\
## storydiff: 2 sources compared

**3 discrepancies** (1 high, 2 medium, 0 low) · 3 aligned statements, 67% of sentences · 3 sentences in one source only

### Sources

| ID | Label | Path | Sentences |
| --- | --- | --- | ---: |
| S1 | wire\\.txt | wire\\.txt | 5 |
| S2 | Daily Paper | paper\\.txt | 4 |

### Discrepancies

| ID | Severity | Kind | Message | Locations |
| --- | --- | --- | --- | --- |
| D1 | high | entity | Sources name different spokesmen\\: "Petrov" vs "Peskov"\\. | wire\\.txt:3:26, Daily Paper:2:26 |
| D2 | medium | quote | The quoted words differ\\. | wire\\.txt:4:2, Daily Paper:3:2 |
| D3 | medium | number | S1 gives two death tolls\\: 12 and 15\\. | wire\\.txt:5:10, wire\\.txt:5:61 |

<details><summary>D1 · high · entity: Sources name different spokesmen&#58; &quot;Petrov&quot; vs &quot;Peskov&quot;.</summary>

- <b>wire\\.txt</b> 3:26: Kremlin spokesman Dmitry <b>Petrov</b> said talks would resume on Monday\\.
- <b>Daily Paper</b> 2:26: Kremlin spokesman Dmitry <b>Peskov</b> told reporters talks would resume on Monday\\.

</details>

<details><summary>D2 · medium · quote: The quoted words differ.</summary>

- <b>wire\\.txt</b> 4:2: "<b>We are ready to continue,</b>" he told reporters\\.
- <b>Daily Paper</b> 3:2: "<b>We are willing to continue,</b>" he said\\.

</details>

<details><summary>D3 · medium · number: S1 gives two death tolls&#58; 12 and 15.</summary>

- <b>wire\\.txt</b> 5:10: At least <b>12</b> people died in the blast\\.
- <b>wire\\.txt</b> 5:61: Later, officials said <b>15</b> people had died\\.

</details>

### Only in one source (3 sentences)

<b>wire\\.txt</b>: 2 of 5 sentences

| Line:col | Sentence |
| --- | --- |
| 5:39 | Later, officials said 15 people had died\\. |
| 6:1 | The delegation arrived late on Sunday\\. |

<b>Daily Paper</b>: 1 of 4 sentences

| Line:col | Sentence |
| --- | --- |
| 5:1 | Markets fell sharply after the news\\. |

### Boilerplate set aside (3)

- wire\\.txt:1:1 (repeated\\-headline): Talks to resume Monday
- wire\\.txt:2:1 (byline): By Jane Doe, Reuters
- Daily Paper:1:1 (repeated\\-headline): Talks to resume Monday
`;

/** Our own HTML: the only tags allowed in the output. */
const OWN_TAGS = /<\/?(?:b|details|summary)>/g;

describe('escapeMarkdown', () => {
  it('backslash-escapes every character Markdown or GitHub gives meaning to', () => {
    expect(escapeMarkdown('\\ ` * _ { } [ ] ( ) # + - . ! | ~ : $')).toBe(
      '\\\\ \\` \\* \\_ \\{ \\} \\[ \\] \\( \\) \\# \\+ \\- \\. \\! \\| \\~ \\: \\$',
    );
  });

  it('writes <, > and & as entities, so no tag or entity of the input survives', () => {
    expect(escapeMarkdown('<script>alert(1)</script> & &amp;')).toBe(
      '&lt;script&gt;alert\\(1\\)&lt;/script&gt; &amp; &amp;amp;',
    );
  });

  it('defuses links, images and autolinks', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) ![i](y) https://e.vil')).toBe(
      '\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\!\\[i\\]\\(y\\) https\\://e\\.vil',
    );
  });

  it('keeps text on one line and strips terminal controls first', () => {
    expect(escapeMarkdown('a\nb\r\nc\rd\u2028e\tf')).toBe('a b c d e f');
    expect(escapeMarkdown('\u001b[31mred\u001b[0m \u009b1m\u202eok')).toBe('red ok');
  });

  it('stops @mentions and #issue references with an invisible word joiner', () => {
    expect(escapeMarkdown('@octocat #12 a@ #x')).toBe('@&#x2060;octocat \\#&#x2060;12 a@ \\#x');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdown('Kremlin spokesman Dmitry Peskov, 12 people')).toBe('Kremlin spokesman Dmitry Peskov, 12 people');
    expect(escapeMarkdown('Ferry – “Aegean Star” 日本')).toBe('Ferry – “Aegean Star” 日本');
  });
});

describe('escapeTableCell', () => {
  it('keeps the text inside its cell: pipes escaped, no line breaks, trimmed', () => {
    expect(escapeTableCell('  a | b\nc  ')).toBe('a \\| b c');
    expect(escapeTableCell('x\\|y')).toBe('x\\\\\\|y');
  });
});

describe('escapeHtml', () => {
  it('uses entities only (Markdown is not parsed inside raw HTML), on one line', () => {
    expect(escapeHtml('<i>"a" & \'b\'</i>\n[x](javascript:alert(1)) *y* `z` | $1 \\')).toBe(
      '&lt;i&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/i&gt; &#91;x&#93;&#40;javascript&#58;alert&#40;1&#41;&#41; &#42;y&#42; &#96;z&#96; &#124; &#36;1 &#92;',
    );
    expect(escapeHtml('@octocat #12')).toBe('@&#x2060;octocat #&#x2060;12');
  });
});

describe('markdown formatter', () => {
  it('renders the sample report', () => {
    expect(formatMarkdown(sampleReport(), plain)).toBe(EXPECTED);
  });

  it('is deterministic and ends with one newline', () => {
    const out = formatMarkdown(sampleReport(), plain);
    expect(formatMarkdown(sampleReport(), plain)).toBe(out);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
  });

  it('hides discrepancies below minSeverity and says how many', () => {
    const out = formatMarkdown(sampleReport(), { ...plain, minSeverity: 'high' });
    expect(out).toContain('(1 high, 2 medium, 0 low; 2 below high hidden)');
    expect(out).toContain('| D1 | high |');
    expect(out).not.toContain('| D2 |');
    expect(out).not.toContain('<summary>D2');
    expect(formatMarkdown(sampleReport(), { ...plain, minSeverity: 'low' })).toBe(EXPECTED);
  });

  it('says so when every discrepancy is hidden', () => {
    const report = sampleReport();
    report.discrepancies = report.discrepancies.filter((d) => d.severity !== 'high');
    const out = formatMarkdown(report, { ...plain, minSeverity: 'high' });
    expect(out).toContain('All 2 discrepancies are below high and hidden.');
    expect(out).not.toContain('<details>');
  });

  it('says so when there are no discrepancies, with no empty sections', () => {
    const report: Report = { ...sampleReport(), discrepancies: [], boilerplate: [], unmatched: [] };
    const out = formatMarkdown(report, plain);
    expect(out).toContain('**No discrepancies** · 3 aligned statements, 67% of sentences · 0 sentences in one source only');
    expect(out).not.toContain('### Discrepancies');
    expect(out).not.toContain('### Only in one source');
    expect(out).not.toContain('### Boilerplate');
  });

  it('warns when the sources do not report one event, or some share nothing', () => {
    const report = sampleReport();
    expect(formatMarkdown(report, plain)).not.toContain('[!WARNING]');
    report.summary.unrelated = ['S2'];
    let out = formatMarkdown(report, plain);
    expect(out).toContain('> [!WARNING]\n> Sharing almost nothing with the others, so findings involving them are withheld: Daily Paper.\n');
    report.summary.sameEvent = false;
    out = formatMarkdown(report, plain);
    expect(out).toContain('> These sources do not appear to report the same event, so discrepancies are withheld.\n');
  });

  it('bolds every claim in a sentence, and falls back to the claim when its sentence is missing', () => {
    const report = sampleReport();
    const d1 = report.discrepancies[0]!;
    report.discrepancies[2]!.claims.push({ source: 'S1', text: 'blast', sentence: 2, span: spanOf(WIRE, 'blast') });
    d1.claims.push({ source: 'S9', text: 'Ghost <x>', sentence: 7, span: { start: 0, end: 9, line: 1, column: 1 } });
    const out = formatMarkdown(report, plain);
    expect(out).toContain('- <b>wire\\.txt</b> 5:10: At least <b>12</b> people died in the <b>blast</b>\\.\n');
    expect(out).toContain('- <b>S9</b> 1:1: <b>Ghost &lt;x&gt;</b>\n');
    expect(out).toContain('S9:1:1');
  });

  it('caps the one-source sentences per source, saying how many more', () => {
    const report = sampleReport();
    const u = report.unmatched[0]!;
    report.unmatched = Array.from({ length: MAX_ROWS + 7 }, (_, i) => ({ ...u, sentence: 10 + i, text: `Sentence ${i}.` }));
    const out = formatMarkdown(report, plain);
    expect(out).toContain(`| Sentence ${MAX_ROWS - 1}\\. |`);
    expect(out).not.toContain(`| Sentence ${MAX_ROWS}\\. |`);
    expect(out).toContain('\n… and 7 more\n');
  });

  describe('hostile input', () => {
    const out = formatMarkdown(hostileReport(), plain);

    it('lets no tag, link, control or line break from the input through', () => {
      expect(out.replace(OWN_TAGS, '').replace(/^> /gm, '')).not.toMatch(/[<>]/);
      expect(out).not.toContain('<script');
      expect(out).not.toContain('](');
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      // Our own line structure only: every line is blank, a heading, a table row, a list item, an alert, our HTML or a summary.
      for (const line of out.split('\n')) {
        expect(line).toMatch(/^(|#{2,3} .*|\| .* \||- .*|> .*|<details><summary>.*<\/summary>|<\/details>|\*\*.*|<b>.*|… and \d+ more)$/);
      }
    });

    it('escapes every unescaped Markdown character from the input', () => {
      // Outside our own markup, each special character is preceded by a backslash or written as an entity.
      const body = out
        .split('\n')
        .filter((l) => !l.startsWith('<details>'))
        .join('\n')
        .replace(OWN_TAGS, '')
        .replace(/^(#{2,3} |- |> \[!WARNING\]|> |\| |\*\*)/gm, '')
        .replace(/ \|$/gm, '')
        .replace(/ \| /g, ' ')
        .replace(/\*\*/g, '')
        .replace(/\((?:\d+(?: [a-z]+)?(?:, \d+ [a-z]+)*|repeated\\-headline)\)/g, '') // our own parentheses
        .replace(/\\[\\`*_{}[\]()#+\-.!|~:$]/g, '')
        .replace(/&(?:lt|gt|amp|quot|#39|#x2060);/g, '');
      expect(body.match(/[\\`*_[\]()|~$<>&]/g) ?? []).toEqual([]);
    });

    it('keeps table rows to their columns', () => {
      // Cells split on pipes that are not backslash-escaped (an escaped backslash does not escape the pipe).
      const cells = (row: string): number => row.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2;
      const tables = out.split(/\n(?!\| )/).map((t) => t.split('\n').filter((l) => l.startsWith('| ')));
      expect(tables.filter((t) => t.length > 0).length).toBe(3);
      for (const rows of tables) for (const row of rows) expect(cells(row)).toBe(cells(rows[0]!));
    });

    it('escapes the <summary> line with entities only', () => {
      const summary = out.split('\n').find((l) => l.startsWith('<details><summary>D1'));
      expect(summary).toBeDefined();
      const inner = summary!.replace(/^<details><summary>/, '').replace(/<\/summary>$/, '');
      expect(inner).not.toMatch(/[<>\\`*_[\]()|~$]/);
      expect(inner).toContain('&lt;script&gt;');
    });

    it('shows the hostile text, neutralised, with line breaks as spaces', () => {
      expect(out).toContain('\\[x\\]\\(javascript\\:alert\\(1\\)\\) <b>&lt;script&gt;alert\\(1\\)&lt;/script&gt; %0A \\:\\: ,  \\:\\:error\\:\\:pwned</b>');
      expect(out).toContain('@&#x2060;octocat \\#&#x2060;12 \\$5 and \\$6 \\`code\\` \\~\\~s\\~\\~ &amp; &amp;amp; \\\\');
      expect(out).toContain('| S2 | &lt;stdin&gt; \\| \\* | \\- | 1 |');
      expect(HOSTILE).toContain('\n');
    });

    it('warns about the withheld findings', () => {
      expect(out).toContain('> [!WARNING]\n> These sources do not appear to report the same event');
      expect(out).toContain('withheld: &lt;stdin&gt; \\| \\*.');
    });
  });
});
