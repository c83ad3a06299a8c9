import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, STORY } from '../helpers/io.js';
import { newsPage } from '../helpers/page.js';

/** A local HTTP server on 127.0.0.1 answering the ways real sites do, good and bad. */
let server: Server;
let base = '';
const timers = new Set<NodeJS.Timeout>();

const PAGE = newsPage(`Crane collapse closes northern pier\n\n${STORY.renamed.split('\n').filter(Boolean).join('\n\n')}`, { marked: ['Lena Velasco'] });

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = req.url ?? '/';
    switch (route) {
      case '/article':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(PAGE);
      case '/text':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end(STORY.wire);
      case '/latin':
        res.writeHead(200, { 'content-type': 'text/plain; charset=ISO-8859-1' });
        return void res.end(Buffer.from(STORY.wire.replace('Tomas', 'Tomás'), 'latin1'));
      case '/moved':
        res.writeHead(301, { location: '/article' });
        return void res.end();
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        return void res.end();
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' });
        return void res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/html' });
        return void res.end('<h1>Not found</h1>');
      case '/slow': {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>Starting');
        const t = setTimeout(() => res.end('</p></body></html>'), 10_000);
        timers.add(t);
        return;
      }
      case '/huge': {
        // An endless body without a length: the client must stop at the cap.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = (): void => {
          while (res.write(chunk)) if (res.destroyed) return;
          res.once('drain', pump);
        };
        res.on('close', () => res.removeAllListeners('drain'));
        return pump();
      }
      case '/declared-huge':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50_000_000) });
        return void res.end('short');
      default:
        res.writeHead(500);
        return void res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const t of timers) clearTimeout(t);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('URLs as inputs', () => {
  it('fetches a page and a text, compares them and points into the page', async () => {
    const result = await runCli(['--format', 'json', `${base}/text`, `${base}/moved`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.sources.map((s: { label: string }) => s.label)).toEqual([`${base}/text`, `${base}/moved`]);
    const claim = report.discrepancies[0].claims.find((c: { source: string }) => c.source === 'S2');
    expect(claim.text).toBe('Lena Velasco');
    expect(PAGE.slice(claim.span.start, claim.span.end)).toBe('Lena Velasco');
    expect(report.boilerplate.some((b: { reason: string; text: string }) => b.reason === 'page-furniture' && b.text.includes('Most read'))).toBe(true);
  });

  it('decodes with the charset the server declares', async () => {
    const result = await runCli(['extract', `${base}/latin`]);
    expect(result.stdout).toContain('Tomás Weber');
    expect(result.stderr).toBe('');
  });

  it.each([
    ['a slow answer', '/slow', ['--timeout', '0.5'], /: timed out after 0\.5 s$/],
    ['a huge answer', '/huge', ['--max-bytes', '1MB'], /: is too large \(more than 1000000 bytes; raise the limit with --max-bytes\)$/],
    ['a declared huge answer', '/declared-huge', [], /: is too large/],
    ['a redirect loop', '/loop', [], /: too many redirects \(more than 5\)$/],
    ['an image', '/image', [], /: is not an HTML page or text \(content type image\/png\)$/],
    ['a 404', '/missing', [], /: HTTP 404 Not Found$/],
  ])('%s is one line on stderr, exit 2, nothing on stdout', async (_name, route, extra, problem) => {
    const started = performance.now();
    const result = await runCli([...extra, `${base}${route}`, `${base}/text`]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(`storydiff: ${base}${route}: `)).toBe(true);
    expect(lines[0]).toMatch(problem);
    expect(performance.now() - started).toBeLessThan(8_000);
  });

  it('names an address nothing listens on', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await runCli([`http://127.0.0.1:${port}/x`, `${base}/text`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`storydiff: http://127.0.0.1:${port}/x: connection refused\n`);
  });
});
