import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatHtml, HTML_DESCRIPTION } from '../../src/report/format/html.js';
import type { FormatOptions } from '../../src/report/formatters.js';
import type { Report } from '../../src/types.js';
import { sampleReport, spanOf } from './sample-report.js';

const options: FormatOptions = { color: false, width: 100 };

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

/** The CSP `content`, with the attribute escaping undone. */
function cspOf(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  expect(m, 'CSP meta element').not.toBeNull();
  return (m?.[1] ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function inline(html: string, tag: 'style' | 'script'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}

/** Every start tag: name and attribute names (escaped text never holds a raw `<`). */
function tags(html: string): Array<{ name: string; attrs: Array<{ name: string; value: string }> }> {
  const body = html.replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/g, '');
  return [...body.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/g)].map((m) => ({
    name: (m[1] ?? '').toLowerCase(),
    attrs: [...(m[2] ?? '').matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)].map((a) => ({
      name: (a[1] ?? '').toLowerCase(),
      value: a[2] ?? '',
    })),
  }));
}

const ALLOWED_TAGS = new Set(
  'html head meta title link style body header nav ul ol li a main section h1 h2 p b strong span code div fieldset legend label input select option table colgroup col thead tbody tfoot tr th td mark sub script'.split(
    ' ',
  ),
);
const ALLOWED_ATTRS = new Set(
  'lang charset http-equiv content name rel href class id title role type checked selected value aria-label aria-live scope colspan'.split(' '),
);

/** The sample report with every input string replaced by something hostile. */
function hostileReport(): Report {
  const EVIL_TEXT = 'Talks <script>alert(1)</script> " onmouseover="x \' onfocus=\'y </textarea> \u001b[31mRED\u001b]0;title\u0007 a<b>&c ok.';
  const r = sampleReport();
  r.tool.version = '1.0<script>alert(2)</script>';
  const s1 = r.sources[0];
  const s2 = r.sources[1];
  if (!s1 || !s2) throw new Error('sample report changed');
  s1.label = '<script>alert(1)</script>.txt';
  s1.path = '" onmouseover="x.txt';
  s2.label = "' onfocus='x </textarea>";
  s2.path = 'paper\u001b[2J\u202e.txt';
  const m = r.groups[0]?.members[0];
  if (!m) throw new Error('sample report changed');
  m.text = EVIL_TEXT;
  m.span = { start: 1000, end: 1000 + EVIL_TEXT.length, line: 40, column: 1 };
  const d = r.discrepancies[0];
  const c = d?.claims[0];
  if (!d || !c) throw new Error('sample report changed');
  d.message = '<img src=x onerror=alert(3)> " onmouseover="x';
  d.id = '"><script>alert(4)</script>';
  c.text = 'a<b>&c';
  c.span = { start: 1000 + EVIL_TEXT.indexOf('a<b>&c'), end: 1000 + EVIL_TEXT.indexOf('a<b>&c') + 6, line: 40, column: 1 };
  const g = r.groups[0];
  if (g) g.id = '" onclick="alert(5)';
  d.group = g?.id ?? null;
  const b = r.boilerplate[0];
  if (b) {
    b.text = '</textarea><script>alert(6)</script>\u001b[1mbold';
    b.reason = '"><b>x</b>' as typeof b.reason;
  }
  const u = r.unmatched[0];
  if (u) u.text = "<iframe src='https://evil.example/'></iframe>";
  return r;
}

describe('html formatter', () => {
  const html = formatHtml(sampleReport(), options);

  it('has a one-line description', () => {
    expect(HTML_DESCRIPTION).not.toContain('\n');
    expect(HTML_DESCRIPTION.length).toBeGreaterThan(10);
  });

  it('is one HTML document with exactly one inline style and one inline script', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(inline(html, 'style')).toHaveLength(1);
    expect(inline(html, 'script')).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<style/g)).toHaveLength(1);
  });

  it('emits a strict CSP whose hashes match the inline style and script', () => {
    const csp = cspOf(html);
    const [style] = inline(html, 'style');
    const [script] = inline(html, 'script');
    expect(csp).toBe(
      [
        "default-src 'none'",
        `style-src 'sha256-${sha256(style ?? '')}'`,
        `script-src 'sha256-${sha256(script ?? '')}'`,
        'img-src data:',
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    );
    expect(csp).not.toContain('unsafe');
    // The CSP comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('makes no external requests: no URLs, no src, only in-page or data: links', () => {
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    for (const tag of tags(html)) {
      for (const a of tag.attrs) {
        if (a.name === 'href') expect(a.value).toMatch(/^(#[a-z0-9-]+|data:,)$/);
        expect(a.name).not.toMatch(/^on/);
        expect(a.name === 'style').toBe(false);
      }
    }
  });

  it('uses only known tags and attributes, no inline handlers or styles', () => {
    for (const tag of tags(html)) {
      expect(ALLOWED_TAGS, tag.name).toContain(tag.name);
      for (const a of tag.attrs) {
        if (!a.name.startsWith('data-')) expect(ALLOWED_ATTRS, `${tag.name} ${a.name}`).toContain(a.name);
      }
    }
  });

  it('marks exactly the claim words, with the severity class', () => {
    expect(html).toContain('<mark class="claim sev-high" data-d="d0" title="D1 high entity">Petrov</mark>');
    expect(html).toContain('<mark class="claim sev-high" data-d="d0" title="D1 high entity">Peskov</mark>');
    expect(html).toContain('<mark class="claim sev-medium" data-d="d1" title="D2 medium quote">We are ready to continue,</mark>');
    const marked = [...html.matchAll(/<mark class="claim [^"]*"[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1]).sort();
    const claims = sampleReport()
      .discrepancies.flatMap((d) => d.claims.map((c) => c.text))
      .sort();
    expect(marked).toEqual(claims);
  });

  it('shows every source side by side, one statement row per group, with locations', () => {
    expect(html.match(/<tbody id="g-\d+" class="statement/g)).toHaveLength(3);
    // Header: a statement column plus one per source.
    const head = /<table class="statements">[\s\S]*?<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
    expect(head.match(/<th /g)).toHaveLength(3);
    expect(html).toContain('<div class="sent" data-source="S1" data-sentence="0"><span class="loc">wire.txt:3:1</span>');
    expect(html).toContain('<div class="sent" data-source="S2" data-sentence="0"><span class="loc">paper.txt:2:1</span>');
  });

  it('puts filter data on rows with discrepancies', () => {
    expect(html).toContain('<tbody id="g-1" class="statement has-findings sev-high" data-group="G1" data-kinds="entity" data-severity="high">');
    expect(html).toContain('<tbody id="g-2" class="statement has-findings sev-medium" data-group="G2" data-kinds="quote" data-severity="medium">');
    expect(html).toContain('<tbody id="g-3" class="statement" data-group="G3" data-kinds="" data-severity="">');
    expect(html).toContain('Sources name different spokesmen: &quot;Petrov&quot; vs &quot;Peskov&quot;.');
    // One checkbox per kind present, and the severity select.
    expect(html.match(/<input type="checkbox" data-kind="[a-z]+" checked>/g)).toHaveLength(3);
    expect(html).toContain('<select id="severity"');
  });

  it('lists self-contradictions (no group) in their own section', () => {
    const other = /<section id="other">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(other).toContain('S1 gives two death tolls: 12 and 15.');
    expect(other).toContain('data-kinds="number" data-severity="medium"');
    // Both sentences, each with its claim marked: the grouped one and the unmatched one.
    expect(other).toContain('At least <mark class="claim sev-medium" data-d="d2" title="D3 medium number">12</mark> people died in the blast.');
    expect(other).toContain('Later, officials said <mark class="claim sev-medium" data-d="d2" title="D3 medium number">15</mark> people had died.');
    expect(other).toContain('<span class="loc">wire.txt:5:39</span>');
  });

  it('has a coverage matrix: one row per statement and unmatched sentence, one column per source', () => {
    const cov = /<table class="coverage">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
    const rows = [...cov.matchAll(/<tr class="cov-(group|unmatched)">([\s\S]*?)<\/tr>/g)];
    expect(rows).toHaveLength(3 + 3);
    const cells = rows.map((r) => [...(r[2] ?? '').matchAll(/<td class="(yes|no)">/g)].map((c) => c[1]).join(' '));
    expect(cells).toEqual(['yes yes', 'yes yes', 'yes yes', 'yes no', 'yes no', 'no yes']);
    expect(cov).toContain('<a href="#g-1">G1</a>');
  });

  it('lists the boilerplate', () => {
    const bp = /<section id="boilerplate">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(bp).toContain('Boilerplate set aside (3)');
    expect(bp).toContain('<span class="reason">byline</span>');
    expect(bp).toContain('By Jane Doe, Reuters');
  });

  it('warns visibly when the sources are not about one event', () => {
    expect(html).not.toContain('role="alert"');
    const r = sampleReport();
    r.summary.sameEvent = false;
    r.summary.unrelated = ['S2'];
    const out = formatHtml(r, options);
    expect(out).toContain('<div class="warning" role="alert">');
    expect(out).toContain('do not seem to report the same event');
    expect(out).toContain('Unrelated source');
  });

  it('preselects --min-severity in the severity filter', () => {
    expect(html).toContain('<option value="low" selected>all</option>');
    const out = formatHtml(sampleReport(), { ...options, minSeverity: 'high' });
    expect(out).toContain('<option value="high" selected>high only</option>');
    expect(out).not.toContain('<option value="low" selected>');
  });

  it('is deterministic', () => {
    expect(formatHtml(sampleReport(), options)).toBe(html);
    expect(formatHtml(structuredClone(sampleReport()), options)).toBe(html);
  });

  describe('hostile input', () => {
    const out = formatHtml(hostileReport(), options);

    it('never lets input open a tag, an attribute or a handler', () => {
      expect(out.match(/<script/gi)).toHaveLength(1);
      expect(out).not.toMatch(/<(img|iframe|textarea)/i);
      expect(out).not.toContain('<b>x</b>');
      expect(out).not.toContain('a<b>&c');
      expect(out).not.toContain('</textarea>');
      expect(out).not.toMatch(/onmouseover="|onfocus='|onclick="|onerror=alert\(3\)>/);
      for (const tag of tags(out)) {
        expect(ALLOWED_TAGS, tag.name).toContain(tag.name);
        for (const a of tag.attrs) {
          expect(a.name).not.toMatch(/^on/);
          if (!a.name.startsWith('data-')) expect(ALLOWED_ATTRS, `${tag.name} ${a.name}`).toContain(a.name);
        }
      }
    });

    it('shows the hostile strings escaped', () => {
      expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;.txt');
      expect(out).toContain('&quot; onmouseover=&quot;x');
      expect(out).toContain('&#39; onfocus=&#39;x &lt;/textarea&gt;');
      expect(out).toContain('&lt;img src=x onerror=alert(3)&gt;');
      expect(out).toContain('&lt;/textarea&gt;&lt;script&gt;alert(6)&lt;/script&gt;bold');
      expect(out).toContain('&lt;iframe src=&#39;https://evil.example/&#39;&gt;&lt;/iframe&gt;');
      expect(out).toContain('data-group="&quot; onclick=&quot;alert(5)"');
    });

    it('strips terminal escapes, control characters and bidi overrides', () => {
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(out).toContain('RED');
      expect(out).not.toContain('title\u0007');
      expect(out).toContain('paper.txt');
    });

    it('still marks the claim words exactly, escaped', () => {
      expect(out).toMatch(/<mark class="claim sev-high" data-d="d0" title="[^"<>]*">a&lt;b&gt;&amp;c<\/mark>/);
    });

    it('keeps the CSP hashes valid', () => {
      const csp = cspOf(out);
      expect(csp).toContain(`'sha256-${sha256(inline(out, 'style')[0] ?? '')}'`);
      expect(csp).toContain(`'sha256-${sha256(inline(out, 'script')[0] ?? '')}'`);
    });
  });

  it('splits overlapping claims into non-nested marks covering each claim', () => {
    const r = sampleReport();
    const text = 'Kremlin spokesman Dmitry Petrov said talks would resume on Monday.';
    const g = r.groups[0];
    if (!g) throw new Error('sample report changed');
    const span = (needle: string): ReturnType<typeof spanOf> => {
      const base = g.members[0]?.span.start ?? 0;
      const at = text.indexOf(needle);
      return { start: base + at, end: base + at + needle.length, line: 3, column: at + 1 };
    };
    r.discrepancies.push({
      id: 'D4',
      kind: 'attribution',
      severity: 'low',
      confidence: 0.5,
      group: 'G1',
      message: 'Different verbs of attribution.',
      claims: [{ source: 'S1', text: 'Petrov said', sentence: 0, span: span('Petrov said') }],
    });
    const out = formatHtml(r, options);
    expect(out).toContain(
      'Dmitry <mark class="claim sev-high" data-d="d0 d3" title="D1 high entity; D4 low attribution">Petrov</mark>' +
        '<mark class="claim sev-low" data-d="d3" title="D4 low attribution"> said</mark> talks',
    );
    expect(out).toContain('data-kinds="entity attribution" data-severity="high"');
  });
});
