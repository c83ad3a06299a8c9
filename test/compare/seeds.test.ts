import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import type { Discrepancy, Report } from '../../src/types.js';
import { validateReport } from '../helpers/schema.js';
import { expectEverySentenceOnce } from '../helpers/report.js';

/**
 * The acceptance case the project started from: two real reports of one
 * event, kept outside the repository in ../shared/seeds.
 */
const seeds = join(import.meta.dirname, '../../../shared/seeds');
const A = '000_7ad5171b342f1fe8.txt';
const B = '004_46668bc72a4886c3.txt';

const hasSeeds = existsSync(join(seeds, A)) && existsSync(join(seeds, B));

function claimTexts(d: Discrepancy, source: string): string[] {
  return d.claims.filter((c) => c.source === source).map((c) => c.text);
}

function mediumOrAbove(report: Report): Discrepancy[] {
  return report.discrepancies.filter((d) => d.severity !== 'low');
}

describe.skipIf(!hasSeeds)('seed pair (../shared/seeds)', () => {
  const docs = [A, B].map((name) => ({ label: name, path: join(seeds, name), text: readFileSync(join(seeds, name), 'utf8') }));
  const report = compare(docs);

  it('produces a report that satisfies the JSON schema', () => {
    expect(validateReport(report)).toEqual([]);
  });

  it('reports Petrov vs Peskov across the sources as an entity discrepancy', () => {
    const found = report.discrepancies.find(
      (d) => d.kind === 'entity' && claimTexts(d, 'S1').some((t) => /Peskov/.test(t)) && claimTexts(d, 'S2').some((t) => /Petrov/.test(t)),
    );
    expect(found, JSON.stringify(report.discrepancies, null, 2)).toBeDefined();
    expect(found?.severity).toBe('high');
  });

  it("reports 004's own Petrov/Peskov as a self-contradiction", () => {
    const found = report.discrepancies.find(
      (d) =>
        d.kind === 'entity' &&
        d.claims.every((c) => c.source === 'S2') &&
        d.claims.some((c) => /Petrov/.test(c.text)) &&
        d.claims.some((c) => /Peskov/.test(c.text)),
    );
    expect(found, JSON.stringify(report.discrepancies, null, 2)).toBeDefined();
  });

  it('reports "get rid of the Turkish state" vs "get its hands off the state" as quote wording', () => {
    const found = report.discrepancies.find(
      (d) =>
        d.kind === 'quote' &&
        claimTexts(d, 'S1').some((t) => t.includes('hands off')) &&
        claimTexts(d, 'S2').some((t) => t.includes('rid of the Turkish state')),
    );
    expect(found, JSON.stringify(report.discrepancies, null, 2)).toBeDefined();
  });

  it('stays quiet about benign variants at medium or above', () => {
    // Each pair is one thing said two harmless ways; flagged means a claim on each side carries it.
    const benign: Array<[string, string, string]> = [
      ['transliteration', 'Dmitry', 'Dmitriy'],
      ['exonym', 'Turkey', 'Türkiye'],
      ['reported vs direct speech', 'they were liars', 'they are liars'],
      ['case and serial comma', 'deep fake content, and tapes', 'Deep Fake content and tapes'],
      ['same weekday', 'Friday', 'Friday'],
      ['same date', 'May 14', 'May 14'],
    ];
    const carries = (d: Discrepancy, source: string, value: string): boolean =>
      claimTexts(d, source).some((t) => t.toLowerCase().includes(value.toLowerCase()) || value.toLowerCase().includes(t.toLowerCase()));
    for (const [why, a, b] of benign) {
      const noisy = mediumOrAbove(report).filter((d) => carries(d, 'S1', a) && carries(d, 'S2', b));
      expect(noisy, `${why}: ${JSON.stringify(noisy, null, 2)}`).toEqual([]);
    }
  });

  it('lists the clutter as boilerplate, not content', () => {
    const texts = report.boilerplate.map((b) => `${b.source} ${b.text}`);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^S1 Related Article:/),
        expect.stringMatching(/^S2 \| Last update/),
        expect.stringMatching(/^S2 Source: Ihlas News Agency/),
        expect.stringMatching(/^S2 WARNING: Comments/),
        expect.stringMatching(/^S2 The Kremlin responded to Kilicdaroglu's claims about Russia$/),
      ]),
    );
    // The first headline stays content; only its repeat is clutter.
    expect(report.boilerplate.filter((b) => b.text.startsWith('The Kremlin responded'))).toHaveLength(1);
  });

  it('accounts for every sentence exactly once', () => {
    expectEverySentenceOnce(report);
  });
});
