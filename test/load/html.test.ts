import { describe, expect, it } from 'vitest';
import { extractHtml, looksLikeHtml } from '../../src/load/html.js';
import { loadInput } from '../../src/load/index.js';
import { runCli, STORY, tempDir } from '../helpers/io.js';
import { FURNITURE, newsPage } from '../helpers/page.js';

const ARTICLE = `Crane collapse closes northern pier

${STORY.wire.split('\n').filter(Boolean).join('\n\n')}

Engineers from the port authority & the city will inspect the remaining cranes this week, Vasquez said. Repairs could take several weeks, according to the operator's statement.`;

async function* none(): AsyncGenerator<Uint8Array> {}

describe('extractHtml', () => {
  const page = newsPage(ARTICLE, { marked: ['Lena Vasquez', 'Tomas Weber', 'Vasquez'] });

  it('keeps the article, headline first, and drops the furniture', async () => {
    const { text, title, dropped } = await extractHtml(page);
    expect(title).toBe('Crane collapse closes northern pier');
    expect(text.startsWith('Crane collapse closes northern pier\n\n')).toBe(true);
    expect(text).toContain('Port spokesperson Lena Vasquez said nobody was hurt');
    expect(text).toContain('the port authority & the city');
    expect(text).not.toMatch(/[<>]|Ivanov|Most read|dataLayer|querySelectorAll|All rights reserved/);
    const droppedText = dropped.map((d) => d.text).join('\n');
    for (const item of [...FURNITURE.mostRead, FURNITURE.footer]) expect(droppedText).toContain(item);
    expect(droppedText).not.toMatch(/dataLayer|querySelectorAll|font-family/);
  });

  it('maps every character back to where it is in the page', async () => {
    const { text, starts, ends } = await extractHtml(page);
    expect(starts).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (/\s/.test(ch)) continue;
      const raw = page.slice(starts[i], ends[i]);
      // A character is itself in the page, or the entity that stands for it.
      expect(raw === ch || (raw.startsWith('&') && raw.endsWith(';')), `${i}: ${ch} vs ${raw}`).toBe(true);
    }
  });

  it('reduces a page without enough text for Readability to its visible text outside navigation', async () => {
    const small = '<html><head><title>Short</title></head><body><nav><a href="/">Home</a></nav><p>The pier reopened on Friday.</p><footer>Footer text</footer></body></html>';
    const { text } = await extractHtml(small);
    expect(text).toContain('The pier reopened on Friday.');
    expect(text).not.toContain('<');
  });

  it('turns <br> into a line break and block ends into paragraph breaks', async () => {
    const html = newsPage('Headline here\n\nFirst line of the paragraph.\n\nSecond paragraph.').replace('First line of the paragraph.', 'First line<br>of the paragraph.');
    const { text } = await extractHtml(html);
    expect(text).toContain('First line\nof the paragraph.\n\nSecond paragraph.');
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', true],
    ['  <!-- saved -->\n<html lang="en">', true],
    ['<div><p>One</p><p>Two</p></div>', true],
    ['The spokesperson said the <b> tag is bold.', false],
    ['Plain text.\nAnother line.', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('pages as inputs', () => {
  const tmp = tempDir();

  it('sniffs a page saved as .txt, and --input-format text keeps it as markup', async () => {
    const saved = tmp.file('saved.txt', newsPage(ARTICLE));
    expect((await loadInput({ path: saved }, none())).format).toBe('html');
    const asText = await loadInput({ path: saved }, none(), { inputFormat: 'text' });
    expect(asText.format).toBe('text');
    expect(asText.text).toContain('<nav');
  });

  it('reads the encoding a page declares in <meta charset>', async () => {
    const latin = Buffer.from(newsPage('Café owner quits\n\nThe café on the pier closed after the crane fell, its owner said.').replace('utf-8', 'windows-1252'), 'latin1');
    const doc = await loadInput({ path: tmp.file('latin.html', latin) }, none());
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.text).toContain('The café on the pier closed');
  });

  it('refuses a page with no article text, in one line', async () => {
    const empty = tmp.file('empty.html', '<html><head><script>var x = 1;</script></head><body><nav></nav></body></html>');
    const result = await runCli([empty, tmp.file('wire.txt', STORY.wire)]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`storydiff: ${empty}: is an HTML page with no article text\n`);
  });

  it('compares a page with CRLF line endings and reports positions in it', async () => {
    const crlf = newsPage(ARTICLE.replace('Lena Vasquez', 'Lena Velasco'), { eol: '\r\n', marked: ['Lena Velasco'] });
    const path = tmp.file('crlf.html', crlf);
    const result = await runCli(['--format', 'json', tmp.file('wire2.txt', STORY.wire), path]);
    const report = JSON.parse(result.stdout);
    const claim = report.discrepancies.flatMap((d: { claims: unknown[] }) => d.claims).find((c: { source: string }) => c.source === 'S2');
    expect(claim.text).toBe('Lena Velasco');
    expect(crlf.slice(claim.span.start, claim.span.end)).toBe('Lena Velasco');
    const line = crlf.split('\r\n')[claim.span.line - 1] ?? '';
    expect(line.slice(claim.span.column - 1, claim.span.column - 1 + 12)).toBe('Lena Velasco');
  });
});
