import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/format/html.js';
import { sampleReport } from './sample-report.js';

const ASSETS = join(import.meta.dirname, '../../src/report/format/html');
const asset = (name: string): string => readFileSync(join(ASSETS, name), 'utf8').replace(/\r\n?/g, '\n');

describe('html assets', () => {
  // The page inlines report.css and report.js through a module generated at build time;
  // this fails when that module is stale (an asset edited without `npm run build`).
  const html = formatHtml(sampleReport(), { color: false, width: 100 });

  it('inlines report.css as the one style element', () => {
    expect(html).toContain(`<style>\n${asset('report.css')}</style>`);
  });

  it('inlines report.js as the one script element', () => {
    expect(html).toContain(`<script>\n${asset('report.js')}</script>`);
  });
});
