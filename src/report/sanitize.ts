/**
 * Neutralises untrusted text before it is printed to a terminal.
 *
 * Article text, labels and paths come from the user's inputs (often scraped
 * web pages), so they may carry escape sequences that recolour the screen,
 * set the window title, hide text or, with bidi overrides, make the text read
 * differently from what it is. Formatters pass every piece of input text
 * through `stripControl` or `oneLine` so none of that reaches the terminal.
 *
 * One left-to-right scan, each code unit inspected once: linear time even for
 * hostile input (an unterminated OSC does not trigger rescanning).
 */

/** Result of a sanitising scan that also records where each input offset went. */
export interface Sanitized {
  text: string;
  /**
   * `map[i]` is the output offset of input offset `i` (for a removed unit: the
   * offset of the next kept output character); `map[input.length]` is the
   * output length. Lets callers carry spans from the original text over.
   */
  map: number[];
}

const ESC = 0x1b;
const BEL = 0x07;

/** Removes terminal control sequences and control characters; keeps `\n` and `\t`. */
export function stripControl(text: string): string {
  return scan(text, false, undefined);
}

/**
 * `stripControl` for single-line output: additionally turns tabs and line
 * breaks (`\r\n`, `\n`, `\r`, U+2028, U+2029) into one space each.
 */
export function oneLine(text: string): string {
  return scan(text, true, undefined);
}

/** `oneLine` plus the offset map, for highlighting spans of the original text. */
export function oneLineMapped(text: string): Sanitized {
  const map: number[] = new Array<number>(text.length + 1);
  const out = scan(text, true, map);
  return { text: out, map };
}

function isBidiControl(c: number): boolean {
  // Embeddings/overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** End (exclusive) of a CSI whose parameters start at `i`. */
function endOfCsi(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && inRange(text.charCodeAt(j), 0x30, 0x3f)) j++; // parameter bytes
  while (j < n && inRange(text.charCodeAt(j), 0x20, 0x2f)) j++; // intermediate bytes
  // A final byte ends it; anything else means a malformed sequence: drop what
  // was read and let the offending character be judged on its own.
  if (j < n && inRange(text.charCodeAt(j), 0x40, 0x7e)) j++;
  return j;
}

/**
 * End (exclusive) of a control string (OSC, DCS, SOS, PM, APC) whose payload
 * starts at `i`. Terminals swallow the payload until BEL or ST, so we drop it
 * too. Another ESC (not ST) aborts the string and is left for the caller, as
 * do terminals; CAN/SUB abort and are consumed.
 */
function endOfControlString(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === BEL || c === 0x9c || c === 0x18 || c === 0x1a) return j + 1;
    if (c === ESC) return text.charCodeAt(j + 1) === 0x5c ? j + 2 : j;
    j++;
  }
  return j;
}

/** End (exclusive) of the escape sequence starting with ESC at `i`. */
function endOfEscape(text: string, i: number): number {
  const next = text.charCodeAt(i + 1); // NaN past the end: matches nothing below
  if (next === 0x5b) return endOfCsi(text, i + 2); // ESC [
  // ESC ] (OSC), ESC P (DCS), ESC X (SOS), ESC ^ (PM), ESC _ (APC)
  if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f) {
    return endOfControlString(text, i + 2);
  }
  // Other escapes: intermediates 0x20–0x2F, then one final byte 0x30–0x7E.
  let j = i + 1;
  while (j < text.length && inRange(text.charCodeAt(j), 0x20, 0x2f)) j++;
  if (j < text.length && inRange(text.charCodeAt(j), 0x30, 0x7e)) return j + 1;
  return i + 1; // a lone ESC
}

function inRange(c: number, lo: number, hi: number): boolean {
  return c >= lo && c <= hi;
}

function scan(text: string, singleLine: boolean, map: number[] | undefined): string {
  const n = text.length;
  let out = '';
  let outLen = 0;
  let runStart = 0; // start of the pending run of kept characters

  const flush = (to: number): void => {
    if (to > runStart) {
      out += text.slice(runStart, to);
      outLen += to - runStart;
    }
  };
  // Replace text[from, to) by `by` (possibly empty).
  const replace = (from: number, to: number, by: string): void => {
    flush(from);
    if (map) for (let k = from; k < to; k++) map[k] = outLen;
    out += by;
    outLen += by.length;
    runStart = to;
  };
  const newline = singleLine ? ' ' : '\n';

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast path: printable ASCII and ordinary non-ASCII text.
    if ((c >= 0x20 && c < 0x7f) || (c > 0x9f && !isBidiControl(c) && c !== 0x2028 && c !== 0x2029)) {
      if (map) map[i] = outLen + (i - runStart);
      i++;
      continue;
    }
    let end = i + 1;
    let by = '';
    if (c === 0x0a || c === 0x2028 || c === 0x2029) {
      by = newline;
    } else if (c === 0x0d) {
      // CRLF is one line break; a lone CR (old Mac endings) is one too. Never
      // pass CR through: it returns the cursor and lets text overwrite a line.
      if (text.charCodeAt(i + 1) === 0x0a) end = i + 2;
      by = newline;
    } else if (c === 0x09) {
      by = singleLine ? ' ' : '\t';
    } else if (c === ESC) {
      end = endOfEscape(text, i);
    } else if (c === 0x9b) {
      end = endOfCsi(text, i + 1); // 8-bit CSI
    } else if (c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) {
      end = endOfControlString(text, i + 1); // 8-bit OSC, DCS, SOS, PM, APC
    }
    // Everything else that reaches here (other C0, DEL, other C1, bidi
    // controls) is dropped: `by` stays empty.
    replace(i, end, by);
    i = end;
  }
  flush(n);
  if (map) map[n] = outLen;
  return out;
}

/**
 * For JSON output (json, sarif): JSON.stringify escapes C0 controls but leaves
 * C1 controls (U+0080–U+009F, some of which terminals obey as CSI/OSC) and
 * bidi overrides raw. These can only occur inside JSON strings, so escaping
 * them keeps the value identical while making the output safe to print to a
 * terminal.
 */
export function escapeInvisible(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}
