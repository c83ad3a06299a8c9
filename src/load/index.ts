import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { decodeInput, encodingName as encodingNameOf } from './decode.js';
import { extractHtml, looksLikeHtml } from './html.js';
import { InputError } from './errors.js';
import type { InputFormat, LoadedInput, LoadOptions, LoadRequest } from './types.js';

/**
 * The only stage that touches the file system. Everything it returns is
 * validated text, so later stages never see bytes, BOMs or empty inputs.
 */

export { InputError } from './errors.js';
export { decodeInput, encodingName, firstInvalidUtf8, type Decoded, type DecodeOptions } from './decode.js';
export { looksLikeHtml, type DroppedBlock, type HtmlExtract } from './html.js';
export { mapReportToInputs, mapSegmentsToPage } from './positions.js';
export type { InputFormat, LoadedInput, LoadOptions, LoadRequest } from './types.js';

export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html'];

/**
 * 2 MB: twenty times a very long news article. Past it, time and memory get
 * out of hand: `npm run bench` compares two generated 2 MB articles in about
 * 2 minutes and 1 GB (the detectors' checks within one source grow faster
 * than linearly). A larger input is refused before it is read.
 */
export const DEFAULT_MAX_BYTES = 2_000_000;

/** File kinds taken from a directory given as an input. */
export const DIRECTORY_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm'];

/** "5MB", "500kB", "2000000": decimal units, as file managers show sizes. */
export function parseByteSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0] as 'b' | 'k' | 'm' | 'g';
  const bytes = Math.round(Number(m[1]) * { b: 1, k: 1e3, m: 1e6, g: 1e9 }[unit]);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** "5 MB", "512 kB", "900 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${+(n / 1e3).toFixed(1)} kB`;
  return `${n} bytes`;
}

function tooLarge(name: string, size: number | undefined, max: number): InputError {
  const got = size === undefined ? 'more than that' : formatBytes(size);
  return new InputError(name, `is too large (${got}; the limit is ${formatBytes(max)}, raise it with --max-bytes)`);
}

async function readStdin(stdin: AsyncIterable<Uint8Array | string>, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    // Stop reading at the cap: the rest of a huge stream is never held in memory.
    if (size > max) throw tooLarge('stdin (-)', undefined, max);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Reads at most `max` bytes of a file (one more to tell that it is longer). */
async function readFileCapped(path: string, max: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size > max) throw tooLarge(path, size, max);
    // The size can change between stat and read (a growing log): read to max + 1 and check.
    const buffer = Buffer.alloc(Math.min(size, max) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) {
        if (filled > max) throw tooLarge(path, undefined, max);
        break;
      }
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** A file-system error as the short phrase users see after the file name. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'a parent is not a directory';
    default:
      return `cannot be read (${code ?? 'unknown error'})`;
  }
}

/** Checks the request list itself: at least two inputs, stdin at most once. */
export function validateRequests(requests: readonly LoadRequest[]): void {
  if (requests.length < 2) {
    throw new InputError(requests[0]?.path ?? 'storydiff', 'needs at least two inputs to compare');
  }
  const stdinCount = requests.filter((r) => r.path === '-').length;
  if (stdinCount > 1) throw new InputError('-', 'standard input can be given only once');
}

/**
 * Replaces each directory among the requests by its article files
 * (`DIRECTORY_EXTENSIONS`, not recursive, sorted by name so the order, and
 * so the report, does not depend on the file system). A label given for a
 * directory cannot name several files: that is an error.
 */
export async function expandDirectories(requests: readonly LoadRequest[]): Promise<LoadRequest[]> {
  const out: LoadRequest[] = [];
  for (const request of requests) {
    if (request.path === '-' || isUrl(request.path)) {
      out.push(request);
      continue;
    }
    const info = await stat(request.path).catch(() => undefined);
    if (!info?.isDirectory()) {
      out.push(request);
      continue;
    }
    let names: string[];
    try {
      names = await readdir(request.path);
    } catch (err) {
      throw new InputError(request.path, describeFsError(err));
    }
    const files = names.filter((n) => DIRECTORY_EXTENSIONS.includes(extname(n).toLowerCase()) && !n.startsWith('.')).sort(byCodePoint);
    const paths: string[] = [];
    for (const name of files) {
      const path = join(request.path, name);
      if ((await stat(path).catch(() => undefined))?.isFile()) paths.push(path);
    }
    if (paths.length === 0) throw new InputError(request.path, `is a directory with no ${DIRECTORY_EXTENSIONS.join(', ')} files`);
    if (request.label !== undefined) throw new InputError(request.path, '--label cannot name a directory (it holds several inputs)');
    for (const path of paths) out.push({ path });
  }
  return out;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An http(s) address rather than a file name. */
export function isUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}

/**
 * Warnings for inputs given more than once (the same file by two names, a
 * file also inside a directory given): comparing a text with itself finds
 * nothing, so it is most likely a mistake, but not an error.
 */
export async function duplicateWarnings(requests: readonly LoadRequest[]): Promise<string[]> {
  const seen = new Map<string, string>();
  const warnings: string[] = [];
  for (const { path } of requests) {
    if (path === '-') continue;
    const key = isUrl(path) ? path : await realpath(path).catch(() => path);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, path);
    else warnings.push(first === path ? `${path} is given twice` : `${path} is the same file as ${first}`);
  }
  return warnings;
}

/** Reads the raw bytes of one input. */
async function readBytes(path: string, stdin: AsyncIterable<Uint8Array | string>, max: number): Promise<Uint8Array> {
  if (path === '-') return readStdin(stdin, max);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
    return await readFileCapped(path, max);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, describeFsError(err));
  }
}

/** Reads and validates one input; `-` reads standard input. */
export async function loadInput(
  request: LoadRequest,
  stdin: AsyncIterable<Uint8Array | string> = process.stdin,
  options: LoadOptions = {},
): Promise<LoadedInput> {
  const { path } = request;
  const label = request.label ?? (path === '-' ? 'stdin' : isUrl(path) ? path : basename(path));
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = path === '-' ? 'stdin (-)' : path;
  let format = options.inputFormat ?? 'auto';
  const decodeOptions = { ...options };
  let bytes: Uint8Array;
  if (isUrl(path)) {
    const { fetchUrl } = await import('./fetch.js');
    const fetched = await fetchUrl(path, { maxBytes: max, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) });
    bytes = fetched.bytes;
    if (format === 'auto' && fetched.format !== 'unknown') format = fetched.format;
    // The server's charset counts unless the user stated one.
    if (options.encoding === undefined && fetched.charset !== undefined && encodingNameOf(fetched.charset) !== undefined) decodeOptions.encoding = fetched.charset;
  } else {
    bytes = await readBytes(path, stdin, max);
  }
  const byName = !isUrl(path) && /\.html?$/i.test(path);
  // A page may state its encoding: <meta charset="…"> within its first kilobyte.
  if (decodeOptions.encoding === undefined && format !== 'text') {
    const declared = metaCharset(bytes);
    if (declared !== undefined) decodeOptions.encoding = declared;
  }
  const decoded = await decodeInput(bytes, name, decodeOptions);
  return toDocument(label, path, name, decoded.text, decoded.encoding, format === 'html' || (format === 'auto' && (byName || looksLikeHtml(decoded.text))));
}

/** The encoding a page declares in a <meta> tag near its start, if this Node knows it. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m?.[1] !== undefined ? encodingNameOf(m[1]) : undefined;
}

/** Text as a document to compare; a page is reduced to its article first. */
export async function toDocument(label: string, path: string, name: string, text: string, encoding: string, isHtml: boolean): Promise<LoadedInput> {
  if (!isHtml) return { label, path, text, encoding, format: 'text' };
  const extract = await extractHtml(text);
  if (extract.text.trim() === '') throw new InputError(name, 'is an HTML page with no article text');
  return { label, path, text: extract.text, encoding, format: 'html', html: { ...extract, page: text } };
}

/**
 * Loads every input in order (directories expanded first). `onNote` receives
 * warnings: a guessed encoding, an input given twice.
 */
export async function loadInputs(
  requests: readonly LoadRequest[],
  stdin: AsyncIterable<Uint8Array | string> = process.stdin,
  options: LoadOptions = {},
): Promise<LoadedInput[]> {
  const expanded = await expandDirectories(requests);
  validateRequests(expanded);
  for (const warning of await duplicateWarnings(expanded)) options.onNote?.(`warning: ${warning}`);
  const docs: LoadedInput[] = [];
  // One at a time: the first bad input is the one reported, deterministically.
  for (const request of expanded) docs.push(await loadInput(request, stdin, options));
  return docs;
}
