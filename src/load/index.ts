import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { InputDocument } from '../types.js';

/**
 * The only stage that touches the file system. Everything it returns is
 * validated text, so later stages never see bytes, BOMs or empty inputs.
 */

/** An input problem the user can fix; the CLI prints `message` on one line and exits 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`${input}: ${problem}`);
  }
}

export interface LoadRequest {
  path: string;
  label?: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 strictly (BOM removed) and rejects binary or empty content. */
export function decodeInput(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError(name, 'looks like a binary file (contains NUL bytes)');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(name, 'is not valid UTF-8 text');
  }
  if (text.trim() === '') throw new InputError(name, 'is empty (no text to compare)');
  return text;
}

async function readStdin(stdin: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  }
  return Buffer.concat(chunks);
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

/** Reads and validates one input; `-` reads standard input. */
export async function loadInput(
  request: LoadRequest,
  stdin: AsyncIterable<Uint8Array | string> = process.stdin,
): Promise<InputDocument> {
  const { path } = request;
  const label = request.label ?? (path === '-' ? 'stdin' : basename(path));
  let bytes: Uint8Array;
  if (path === '-') {
    bytes = await readStdin(stdin);
  } else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
      bytes = await readFile(path);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(path, describeFsError(err));
    }
  }
  return { label, path, text: decodeInput(bytes, path === '-' ? 'stdin (-)' : path) };
}

export async function loadInputs(
  requests: readonly LoadRequest[],
  stdin: AsyncIterable<Uint8Array | string> = process.stdin,
): Promise<InputDocument[]> {
  validateRequests(requests);
  const docs: InputDocument[] = [];
  // One at a time: the first bad input is the one reported, deterministically.
  for (const request of requests) docs.push(await loadInput(request, stdin));
  return docs;
}
