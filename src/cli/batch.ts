import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { compare, CompareError } from '../compare.js';
import { describeFsError, InputError } from '../load/index.js';
import { formatJsonLine, jsonLine } from '../report/format/json.js';
import { oneLine } from '../report/sanitize.js';
import type { InputDocument, Report } from '../types.js';
import { validateConfig, type Config } from './config.js';

/**
 * `storydiff batch`: JSON Lines in, one cluster of articles a line; JSON Lines
 * out, one answer a line, in input order. Every line gets an answer (a report
 * or an error in its place), so a bad line never stops a long run, and an
 * answer depends on nothing but its line and the command's settings: the same
 * lines give the same bytes whole, split into parts, or spread over machines.
 *
 * Memory stays flat: input is pulled a chunk at a time, one line is held
 * while it is answered (a bounded window of lines with --jobs), and each
 * answer is written as soon as those before it are.
 */

/** Settings every line starts from (command-line flags, --config); a line's own options override them. */
export type BatchSettings = Pick<Config, 'aliases' | 'ignore' | 'threshold' | 'minSeverity' | 'kinds'>;

/** Per-article cap, the same as a file's default --max-bytes. */
export const MAX_ARTICLE_BYTES = 2_000_000;
/** A longer line is answered with an error and not held in memory. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const LINE_KEYS = ['id', 'articles', 'options'] as const;
const ARTICLE_KEYS = ['label', 'text'] as const;
/** Config keys that mean nothing for one batch line: every line is answered as JSON, exit 0. */
const NOT_PER_LINE = ['failOn', 'format'] as const;

class LineError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function answer(id: unknown, report: Report): string {
  return `{"id":${jsonLine(id)},"report":${formatJsonLine(report)}}`;
}

function errorAnswer(id: unknown, message: string): string {
  return `{"id":${jsonLine(id)},"error":{"message":${jsonLine(oneLine(message))}}}`;
}

function checkKeys(data: Record<string, unknown>, known: readonly string[], where: string): void {
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) throw new LineError(`${where}unknown key ${JSON.stringify(oneLine(key))} (known: ${known.join(', ')})`);
  }
}

function parseArticles(value: unknown): InputDocument[] {
  if (!Array.isArray(value)) throw new LineError('articles: expected an array of {"label", "text"} objects');
  if (value.length < 2) throw new LineError(`articles: a cluster needs at least two articles, got ${value.length}`);
  return value.map((a: unknown, i) => {
    const where = `articles[${i}]`;
    if (!isObject(a)) throw new LineError(`${where}: expected an object {"label", "text"}`);
    checkKeys(a, ARTICLE_KEYS, `${where}: `);
    if (typeof a.text !== 'string') throw new LineError(`${where}.text: expected a string`);
    if (a.label !== undefined && (typeof a.label !== 'string' || a.label.trim() === '')) {
      throw new LineError(`${where}.label: expected a non-empty string`);
    }
    if (Buffer.byteLength(a.text, 'utf8') > MAX_ARTICLE_BYTES) {
      throw new LineError(`${where}.text: larger than ${MAX_ARTICLE_BYTES} bytes`);
    }
    const label = typeof a.label === 'string' ? a.label : `article ${i + 1}`;
    // A leading byte-order mark is removed, as when a file is read.
    return { label, path: label, text: a.text.replace(/^\uFEFF/u, '') };
  });
}

function parseOptions(value: unknown): BatchSettings {
  if (value === undefined) return {};
  if (isObject(value)) {
    for (const key of NOT_PER_LINE) {
      if (key in value) throw new LineError(`options: ${JSON.stringify(key)} has no meaning in batch mode (every line is answered with a JSON report)`);
    }
  }
  // The config file's validation: the same names, the same messages.
  return validateConfig(value, 'options');
}

/**
 * The answer to one input line (without its newline): what `--format json`
 * would print for the cluster, on one line, or an error in its place. Never
 * throws; depends only on `line` and `settings`.
 */
export function answerLine(line: string, settings: BatchSettings = {}): string {
  let id: unknown = null;
  try {
    let data: unknown;
    try {
      data = JSON.parse(line) as unknown;
    } catch (err) {
      throw new LineError(`invalid JSON (${errorMessage(err)})`);
    }
    if (!isObject(data)) throw new LineError('expected a JSON object {"id", "articles", "options"}');
    const rawId = data.id;
    if ((typeof rawId === 'string' && rawId !== '') || (typeof rawId === 'number' && Number.isFinite(rawId))) id = rawId;
    else throw new LineError('id: expected a non-empty string or a number');
    checkKeys(data, LINE_KEYS, '');
    const docs = parseArticles(data.articles);
    const own = parseOptions(data.options);
    const s: BatchSettings = { ...settings, ...own };
    // minSeverity filters the document, as it does for --format json.
    const report = compare(docs, {
      ...(s.kinds ? { kinds: s.kinds } : {}),
      ...(s.threshold === undefined ? {} : { threshold: s.threshold }),
      ...(s.aliases ? { aliases: s.aliases } : {}),
      ...(s.ignore ? { ignore: s.ignore } : {}),
      ...(s.minSeverity === undefined ? {} : { minSeverity: s.minSeverity }),
    });
    return answer(id, report);
  } catch (err) {
    if (err instanceof LineError || err instanceof InputError || err instanceof CompareError) return errorAnswer(id, err.message);
    return errorAnswer(id, `internal error: ${errorMessage(err)} (please report this)`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One raw input line; `undefined` for a blank line, which gets no answer. */
export function answerBytes(bytes: Uint8Array, settings: BatchSettings): string | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return errorAnswer(null, 'the line is not valid UTF-8');
  }
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (text.trim() === '') return undefined;
  return answerLine(text, settings);
}

export interface RawLine {
  bytes: Uint8Array;
  /** Longer than MAX_LINE_BYTES: `bytes` is empty and the line is answered with an error. */
  tooLong: boolean;
}

/**
 * Splits a byte stream into lines without decoding it (a line that is not
 * UTF-8 is then that line's error, not the run's). Pulls one chunk at a time,
 * so the reader sets the pace.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array | string>, onBytes: (n: number) => void = () => {}): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let first = true;
  for await (const chunk of chunks) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    onBytes(buf.length);
    if (first && buf.length > 0) {
      first = false;
      // A byte-order mark opens the stream, not the first line.
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      const piece = buf.subarray(start, nl);
      start = nl + 1;
      if (tooLong || size + piece.length > MAX_LINE_BYTES) yield { bytes: new Uint8Array(0), tooLong: true };
      // Copied: a line must not keep its whole chunk alive while it waits in the --jobs window.
      else yield { bytes: parts.length === 0 ? Buffer.from(piece) : Buffer.concat([...parts, piece]), tooLong: false };
      parts = [];
      size = 0;
      tooLong = false;
    }
    const rest = buf.subarray(start);
    if (rest.length === 0) continue;
    if (tooLong || size + rest.length > MAX_LINE_BYTES) {
      tooLong = true;
      parts = [];
      size = 0;
    } else {
      parts.push(Buffer.from(rest));
      size += rest.length;
    }
  }
  if (tooLong) yield { bytes: new Uint8Array(0), tooLong: true };
  else if (size > 0) yield { bytes: Buffer.concat(parts), tooLong: false };
}

/** The answer to a line as split by `splitLines`. */
export function answerRaw(line: RawLine, settings: BatchSettings): string | undefined {
  return line.tooLong ? errorAnswer(null, `the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MB`) : answerBytes(line.bytes, settings);
}

export interface BatchRun {
  /** A file, or "-" for standard input. */
  input: string;
  settings: BatchSettings;
  /** Worker threads; 1 answers in this thread. */
  jobs: number;
  /** Draw a progress line on stderr (a terminal, not CI, not --quiet). */
  progress: boolean;
}

interface Output {
  write(chunk: string): unknown;
  once?: (event: 'drain' | 'close', listener: () => void) => unknown;
  /** True once the reader has gone (`storydiff batch … | head`). */
  destroyed?: boolean;
}

/** Worker threads run the compiled file; from TypeScript sources (tests) lines are answered in-thread. */
const workerUrl = new URL('./batch-worker.js', import.meta.url);
const workerAvailable = (): boolean => import.meta.url.endsWith('.js');

/** Input chunks for `input`: a file opened up front, so a missing one fails before anything is written. */
async function openInput(input: string, stdin: AsyncIterable<Uint8Array | string>): Promise<{ chunks: AsyncIterable<Uint8Array | string>; size?: number }> {
  if (input === '-') return { chunks: stdin };
  let handle;
  try {
    handle = await open(input, 'r');
  } catch (err) {
    throw new InputError(input, describeFsError(err));
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new InputError(input, 'is a directory, not a file');
    return { chunks: handle.createReadStream({ highWaterMark: 64 * 1024 }), ...(st.isFile() ? { size: st.size } : {}) };
  } catch (err) {
    await handle.close();
    if (err instanceof InputError) throw err;
    throw new InputError(input, describeFsError(err));
  }
}

/** Lines in a file (a last line without a newline counts), read in chunks: memory stays flat. */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? lines : lines + 1;
}

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Runs a batch; resolves when every line is answered. Input problems throw InputError before any output. */
export async function runBatch(
  run: BatchRun,
  io: { stdout: Output; stderr: { write(chunk: string): unknown }; stdin: AsyncIterable<Uint8Array | string> },
): Promise<void> {
  const { chunks, size } = await openInput(run.input, io.stdin);
  const started = performance.now();
  let bytesRead = 0;
  let done = 0;
  let lastDraw = 0;
  // The total for "done/total": a second, streaming pass that counts lines, only when progress is drawn.
  let total: number | undefined;
  if (run.progress && size !== undefined) void countLines(run.input).then((n) => (total = n), () => undefined);
  const draw = (final = false): void => {
    if (!run.progress) return;
    const now = performance.now();
    if (!final && now - lastDraw < 250) return;
    lastDraw = now;
    if (final) {
      io.stderr.write('\r\x1b[K');
      return;
    }
    const secs = (now - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    let line = `storydiff: batch: ${done} clusters, ${rate.toFixed(1)}/s`;
    if (total !== undefined && total > 0) {
      const eta = rate > 0 ? Math.max(0, total - done) / rate : 0;
      line = `storydiff: batch: ${done}/${total} clusters of ${oneLine(run.input)}, ${rate.toFixed(1)}/s, ETA ${duration(eta)}`;
    } else if (size !== undefined && size > 0) {
      // Until the lines are counted: the share of the file read so far.
      const share = Math.min(1, bytesRead / size);
      const eta = share > 0 ? secs * (1 / share - 1) : 0;
      line = `storydiff: batch: ${done} clusters, ${Math.floor(share * 100)}% of ${oneLine(run.input)}, ${rate.toFixed(1)}/s, ETA ${duration(eta)}`;
    }
    io.stderr.write(`\r${line}\x1b[K`);
  };

  // Back-pressure: when stdout says its buffer is full, stop reading until it drains. When the
  // reader has gone (a closed pipe), stop reading: nobody is left to answer.
  let blocked: Promise<void> | undefined;
  let closed = false;
  const stopped = (): boolean => closed || io.stdout.destroyed === true;
  const write = (out: string | undefined): void => {
    done++;
    if (out === undefined || stopped()) return;
    const ok = io.stdout.write(`${out}\n`);
    if (ok === false && typeof io.stdout.once === 'function' && blocked === undefined) {
      blocked = new Promise((resolve) => {
        const go = (): void => {
          blocked = undefined;
          resolve();
        };
        io.stdout.once?.('drain', go);
        io.stdout.once?.('close', () => {
          closed = true;
          go();
        });
      });
    }
  };

  const lines = splitLines(chunks, (n) => void (bytesRead += n));
  try {
    if (run.jobs <= 1 || !workerAvailable()) {
      for await (const line of lines) {
        if (stopped()) break;
        write(answerRaw(line, run.settings));
        draw();
        if (blocked) await blocked;
      }
    } else {
      await inWorkers(lines, run, write, () => blocked, draw, stopped);
    }
  } finally {
    draw(true);
  }
}

/**
 * Answers lines in `jobs` worker threads. At most `window` lines are out at
 * once (sent, or answered and waiting for an earlier one), so memory does
 * not grow with the input; answers are written strictly in input order.
 */
async function inWorkers(
  lines: AsyncIterable<RawLine>,
  run: BatchRun,
  write: (out: string | undefined) => void,
  blocked: () => Promise<void> | undefined,
  draw: () => void,
  stopped: () => boolean,
): Promise<void> {
  const window = run.jobs * 4;
  const workers = Array.from({ length: run.jobs }, () => ({ worker: new Worker(workerUrl, { workerData: { settings: run.settings } }), load: 0 }));
  const ready = new Map<number, string | undefined>();
  let next = 0;
  let sent = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (const slot of workers) {
    slot.worker.on('message', (msg: { seq: number; out: string | undefined }) => {
      slot.load--;
      ready.set(msg.seq, msg.out);
      while (ready.has(next)) {
        const out = ready.get(next);
        ready.delete(next);
        next++;
        write(out);
      }
      draw();
      notify();
    });
    slot.worker.on('error', (err) => {
      failure ??= err;
      notify();
    });
    slot.worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`a batch worker stopped (exit code ${code})`);
      notify();
    });
  }
  const wait = (): Promise<void> => new Promise((resolve) => (wake = resolve));
  try {
    for await (const line of lines) {
      while (failure === undefined && sent - next >= window) await wait();
      if (failure) throw failure;
      const b = blocked();
      if (b) await b;
      if (stopped()) break;
      // The least-loaded worker (the first among equals): the answer does not depend on which.
      let slot = workers[0]!;
      for (const w of workers) if (w.load < slot.load) slot = w;
      slot.load++;
      slot.worker.postMessage({ seq: sent++, line });
    }
    while (failure === undefined && next < sent) await wait();
    if (failure) throw failure;
  } finally {
    for (const slot of workers) slot.worker.removeAllListeners('exit');
    await Promise.all(workers.map((slot) => slot.worker.terminate()));
  }
}
