/**
 * The html report in a real headless browser (Debian's Chromium driven by
 * playwright-core): it loads from file:// with no network request, no console
 * error and no CSP violation, shows one row per aligned statement with the
 * claim words marked, and its filters hide what they should.
 *
 * Needs /usr/bin/chromium (`apt-get install chromium`); skipped without it.
 * Leaves a screenshot in test-results/html-report.png.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import { formatHtml } from '../../src/report/format/html.js';
import type { Discrepancy, Report, Severity } from '../../src/types.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Chromium not installed at ${CHROMIUM}; install Debian's chromium to run the HTML browser test (apt-get install chromium)`);
}

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'fixtures/example');
const SCREENSHOT = join(ROOT, 'test-results/html-report.png');
const TIMEOUT = 60_000;
const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * The bundled example, plus a copy of its wire story whose quotation has one word replaced: the
 * filters need rows of every severity, and the example alone has no medium finding.
 */
function fixtureReport(): Report {
  const names = readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  const docs = names.map((n) => ({ label: n, path: `fixtures/example/${n}`, text: readFileSync(join(FIXTURES, n), 'utf8') }));
  const wire = docs.find((d) => d.label === 'wire.txt')?.text ?? '';
  const reworded = wire.replace('"The situation is under control and there is no risk', '"The situation is under watch and there is no risk');
  expect(reworded, 'the example wire story still carries the quotation this test rewords').not.toBe(wire);
  return compare([...docs, { label: 'reworded.txt', path: 'reworded.txt', text: reworded }]);
}

describe.skipIf(!hasChromium)('html report in headless Chromium', () => {
  const report = fixtureReport();
  const groupIndex = new Map(report.groups.map((g, i) => [g.id, i] as const));
  const inGroup = (d: Discrepancy): boolean => d.group !== null && groupIndex.has(d.group);
  let dir = '';
  let url = '';
  let browser: Browser | undefined;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];

  /** `#g-N` row locators in report order. */
  const rows = (): ReturnType<Page['locator']>[] => report.groups.map((_, i) => page.locator(`#g-${i + 1}`));

  /** Which statement rows the filters should leave visible. */
  function expectedVisible(unchecked: ReadonlySet<string>, min: Severity): boolean[] {
    return report.groups.map((g) => {
      const list = report.discrepancies.filter((d) => d.group === g.id);
      if (list.length === 0) return true; // "statements without discrepancies" stays checked
      return list.some((d) => !unchecked.has(d.kind) && RANK[d.severity] <= RANK[min]);
    });
  }

  async function visibility(): Promise<boolean[]> {
    return Promise.all(rows().map((r) => r.isVisible()));
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'storydiff-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, formatHtml(report, { color: false, width: 100 }));
    url = pathToFileURL(file).href;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, serviceWorkers: 'block' });
    page = await context.newPage();
    // Record every request; let only file: through.
    page.on('request', (req) => requests.push(req.url()));
    await page.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort('blockedbyclient'),
    );
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    // Runs before the page's own script (and is exempt from its CSP).
    await page.addInitScript({
      content:
        'window.__csp = []; document.addEventListener("securitypolicyviolation", function (e) {' +
        ' window.__csp.push(e.violatedDirective + " " + e.blockedURI); });',
    });
    await page.goto(url, { waitUntil: 'load' });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);

  it('loads with no network request, no console error and no CSP violation', async () => {
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(requests.filter((u) => u !== url)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate('window.__csp')).toEqual([]);
  }, TIMEOUT);

  it('applies its style and runs its script (the CSP hashes are accepted)', async () => {
    const bg = await page.locator('mark.claim').first().evaluate('(m) => getComputedStyle(m).backgroundColor');
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(bg).not.toBe('rgb(255, 255, 0)'); // the user agent's default <mark> yellow
    const n = report.groups.length;
    expect(await page.locator('#shown').textContent()).toBe(`Showing ${n} of ${n} statements`);
  }, TIMEOUT);

  it('shows one row per aligned statement, one column per source', async () => {
    expect(await page.locator('tbody.statement').count()).toBe(report.groups.length);
    expect(await page.locator('table.statements thead th').count()).toBe(report.sources.length + 1);
    expect(await visibility()).toEqual(report.groups.map(() => true));
  }, TIMEOUT);

  it('marks the claim words of every discrepancy', async () => {
    expect(report.discrepancies.length).toBeGreaterThan(0);
    expect(await page.locator('mark.claim').count()).toBeGreaterThan(0);
    for (const [i, d] of report.discrepancies.entries()) {
      const scope = inGroup(d)
        ? page.locator(`#g-${(groupIndex.get(d.group ?? '') ?? 0) + 1}`)
        : page.locator(`.orphan .finding[data-d="d${i}"]`);
      for (const c of d.claims) {
        // The claim's words may be split at another claim's boundary: join the pieces.
        const sameSentence = d.claims
          .filter((o) => o.source === c.source && o.sentence === c.sentence)
          .sort((a, b) => a.span.start - b.span.start);
        const marks = scope
          .locator(`.sent[data-source="${c.source}"][data-sentence="${c.sentence}"]`)
          .first()
          .locator(`mark.claim[data-d~="d${i}"]`);
        expect((await marks.allTextContents()).join(''), `${d.id} ${c.source}`).toBe(sameSentence.map((o) => o.text).join(''));
        expect(await marks.first().isVisible()).toBe(true);
      }
    }
  }, TIMEOUT);

  it('saves a screenshot', async () => {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
  }, TIMEOUT);

  it('hides rows of an unchecked kind', async () => {
    // A kind that is the only kind of some statement row, so unchecking it must hide that row.
    const kind = report.groups
      .map((g) => [...new Set(report.discrepancies.filter((d) => d.group === g.id).map((d) => d.kind))])
      .find((kinds) => kinds.length === 1)?.[0];
    expect(kind, 'a statement row with a single kind of discrepancy').toBeDefined();
    if (!kind) return;
    const box = page.locator(`#filters input[data-kind="${kind}"]`);
    await box.uncheck();
    const expected = expectedVisible(new Set([kind]), 'low');
    expect(expected.includes(false)).toBe(true);
    expect(await visibility()).toEqual(expected);
    await box.check();
    expect(await visibility()).toEqual(report.groups.map(() => true));
  }, TIMEOUT);

  it('hides rows below the chosen severity', async () => {
    // Rows whose worst discrepancy is medium disappear when only high is shown.
    const mediumOnly = report.groups.findIndex((g) => {
      const list = report.discrepancies.filter((d) => d.group === g.id);
      return list.length > 0 && list.every((d) => d.severity !== 'high') && list.some((d) => d.severity === 'medium');
    });
    expect(mediumOnly, 'a statement row whose worst discrepancy is medium').toBeGreaterThanOrEqual(0);
    await page.locator('#severity').selectOption('high');
    expect(await visibility()).toEqual(expectedVisible(new Set(), 'high'));
    expect(await rows()[mediumOnly]?.isVisible()).toBe(false);
    const high = report.discrepancies.filter((d) => d.severity === 'high' && inGroup(d));
    for (const d of high) expect(await page.locator(`#g-${(groupIndex.get(d.group ?? '') ?? 0) + 1}`).isVisible()).toBe(true);

    await page.locator('#severity').selectOption('medium');
    expect(await visibility()).toEqual(expectedVisible(new Set(), 'medium'));
    await page.locator('#severity').selectOption('low');
    expect(await visibility()).toEqual(report.groups.map(() => true));
  }, TIMEOUT);

  it('hides statements without discrepancies on request', async () => {
    const agreeing = page.locator('#agreeing');
    await agreeing.uncheck();
    const expected = report.groups.map((g) => report.discrepancies.some((d) => d.group === g.id));
    expect(await visibility()).toEqual(expected);
    await agreeing.check();
  }, TIMEOUT);

  it('made no request and logged no error while filtering', async () => {
    expect(requests.filter((u) => u !== url)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate('window.__csp')).toEqual([]);
  }, TIMEOUT);

  it('enforces its CSP (control: an injected inline style is refused)', async () => {
    const before = Number(await page.evaluate('window.__csp.length'));
    await page.evaluate(
      '(() => { const s = document.createElement("style"); s.textContent = "body{color:red}"; document.head.appendChild(s); })()',
    );
    await expect.poll(() => page.evaluate('window.__csp.length'), { timeout: 5_000 }).toBe(before + 1);
    expect(await page.evaluate(`window.__csp[${before}]`)).toMatch(/^style-src/);
  }, TIMEOUT);
});
