import { InputError } from './errors.js';

/**
 * `storydiff https://… https://…`: a page fetched with Node's fetch, within a
 * time limit, a redirect limit and the size cap, refused unless it is HTML or
 * text. Every failure is an InputError naming the address.
 */

export interface FetchOptions {
  /** The whole request, body included (default `DEFAULT_TIMEOUT_MS`). */
  timeoutMs?: number;
  /** Redirects followed (default `DEFAULT_MAX_REDIRECTS`). */
  maxRedirects?: number;
  maxBytes: number;
}

export interface Fetched {
  bytes: Uint8Array;
  /** What the content type says: a page or plain text. */
  format: 'html' | 'text' | 'unknown';
  /** The charset the server declared, if any. */
  charset?: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** A network failure as a short phrase. */
function describeNetworkError(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case 'ECONNRESET':
      return 'connection reset';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return `TLS certificate not accepted (${cause.code})`;
    default:
      return `cannot be fetched (${cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

const seconds = (ms: number): string => `${+(ms / 1000).toFixed(1)} s`;

export async function fetchUrl(url: string, options: FetchOptions): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const signal = AbortSignal.timeout(timeoutMs);
  const fail = (problem: string): never => {
    throw new InputError(url, problem);
  };
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      if (err instanceof InputError) throw err;
      if (signal.aborted) return fail(`timed out after ${seconds(timeoutMs)}`);
      return fail(describeNetworkError(err));
    }
  };

  let current = url;
  let response: Response | undefined;
  for (let redirects = 0; ; redirects++) {
    const target = current;
    response = await guard(() => fetch(target, { redirect: 'manual', signal, headers: { accept: 'text/html, text/plain;q=0.9, */*;q=0.1' } }));
    if (response.status < 300 || response.status > 399) break;
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (location === null) fail(`HTTP ${response.status} redirect without a location`);
    if (redirects >= maxRedirects) fail(`too many redirects (more than ${maxRedirects})`);
    current = new URL(location as string, current).toString();
    if (!/^https?:$/.test(new URL(current).protocol)) fail(`redirects to a non-HTTP address`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }

  const contentType = response.headers.get('content-type') ?? '';
  const [mime = '', ...params] = contentType.toLowerCase().split(';').map((s) => s.trim());
  const format = HTML_TYPES.has(mime) ? 'html' : mime === 'text/plain' ? 'text' : mime === '' ? 'unknown' : undefined;
  if (format === undefined) {
    await response.body?.cancel();
    fail(`is not an HTML page or text (content type ${mime})`);
  }
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/^["']|["']$/g, '');

  const declared = Number(response.headers.get('content-length'));
  const tooLarge = `is too large (more than ${options.maxBytes} bytes; raise the limit with --max-bytes)`;
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel();
    fail(tooLarge);
  }
  const body = response.body;
  const bytes = await guard(async () => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (body) {
      // Read as it arrives and stop at the cap: a huge or endless answer is never held whole.
      for await (const chunk of body as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (size > options.maxBytes) {
          await body.cancel().catch(() => undefined);
          fail(tooLarge);
        }
        chunks.push(chunk);
      }
    }
    return Buffer.concat(chunks);
  });
  return { bytes, format: format ?? 'unknown', ...(charset ? { charset } : {}) };
}
