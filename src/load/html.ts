/**
 * A saved web page reduced to its article: the text that is compared, a map
 * from each of its characters back to the page (so the report points into
 * the HTML file), and the page furniture that was left out.
 *
 * Two passes over the page. htmlparser2 records every text node with its
 * offsets in the page (entities decoded, so `&amp;` maps to its five
 * characters). @mozilla/readability, on a linkedom document, picks the
 * article; its text nodes are the page's own, in order, so each is found in
 * the recorded text from where the previous one ended. Both libraries are
 * loaded with `await import()` only when a page is given.
 */

export interface DroppedBlock {
  /** The block's text, whitespace collapsed, at most `MAX_DROPPED_CHARS`. */
  text: string;
  /** Offsets into the page. */
  start: number;
  end: number;
}

export interface HtmlExtract {
  /** The title (as headline), then the article's blocks separated by blank lines. */
  text: string;
  title: string;
  /** For each character of `text`, its offset in the page, and the offset one past it. */
  starts: Int32Array;
  ends: Int32Array;
  /** Text of the page left out of the article (navigation, lists of links, asides, footers). */
  dropped: DroppedBlock[];
}

const MAX_DROPPED_CHARS = 200;

/** Elements whose content is not text a reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
/** Elements that start a new block of text (a paragraph break when extracting). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'title', 'body', 'html', 'caption', 'summary', 'menu',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Is `text` (the start of a file) an HTML page rather than plain text? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '');
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head)) return true;
  // A fragment: several block tags near the start.
  return (head.match(/<(?:p|div|article|section|h[1-6]|ul|li)[\s>]/gi) ?? []).length >= 3;
}

interface Piece {
  data: string;
  start: number;
  end: number;
  /** Innermost block element (an id), for grouping what was dropped. */
  block: number;
  /** Inside script, style, head…: never article text. */
  hidden: boolean;
}

interface PageText {
  /** All text nodes of the page, decoded, concatenated. */
  all: string;
  pieces: Piece[];
  /** For each character of `all`: offset in the page and one past it. */
  starts: Int32Array;
  ends: Int32Array;
  /** Offset in `all` where each piece begins. */
  pieceAt: number[];
  /** The <title> text. */
  title: string;
  titleAt: number;
}

async function pageText(page: string): Promise<PageText> {
  const { Parser } = await import('htmlparser2');
  const pieces: Piece[] = [];
  const stack: { name: string; block: number }[] = [];
  let blocks = 0;
  let hiddenDepth = 0;
  let inTitle = false;
  let title = '';
  let titleAt = -1;
  let length = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (VOID.has(name)) return;
        const block = BLOCKS.has(name) ? ++blocks : (stack.at(-1)?.block ?? 0);
        stack.push({ name, block });
        if (NOT_TEXT.has(name)) hiddenDepth++;
        if (name === 'title') inTitle = true;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // htmlparser2 closes implied tags itself; pop to the matching one.
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]?.name !== name) continue;
          for (const popped of stack.splice(i)) if (NOT_TEXT.has(popped.name)) hiddenDepth--;
          break;
        }
        if (name === 'title') inTitle = false;
      },
      ontext(data) {
        const piece = { data, start: parser.startIndex, end: parser.endIndex + 1, block: stack.at(-1)?.block ?? 0, hidden: hiddenDepth > 0 };
        if (inTitle) {
          if (titleAt < 0) titleAt = length;
          title += data;
          piece.hidden = true;
        }
        pieces.push(piece);
        length += data.length;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(page);

  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const pieceAt: number[] = [];
  let at = 0;
  for (const p of pieces) {
    pieceAt.push(at);
    // Raw text maps character for character; an entity maps every character it decodes to to itself.
    const verbatim = p.end - p.start === p.data.length;
    for (let k = 0; k < p.data.length; k++) {
      starts[at + k] = verbatim ? p.start + k : p.start;
      ends[at + k] = verbatim ? p.start + k + 1 : p.end;
    }
    at += p.data.length;
  }
  return { all: pieces.map((p) => p.data).join(''), pieces, starts, ends, pieceAt, title, titleAt };
}

/** The article's text nodes in order, with a flag for those that begin a block. */
async function articleTexts(content: string): Promise<{ data: string; breakBefore: 0 | 1 | 2 }[]> {
  const { Parser } = await import('htmlparser2');
  const out: { data: string; breakBefore: 0 | 1 | 2 }[] = [];
  let pending: 0 | 1 | 2 = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'br') pending = pending === 2 ? 2 : 1;
        else if (BLOCKS.has(name)) pending = 2;
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) pending = 2;
      },
      ontext(data) {
        out.push({ data, breakBefore: pending });
        if (data.trim() !== '') pending = 0;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(content);
  return out;
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;

/** Builds the extracted text with its map back to the page, collapsing whitespace as a browser does. */
class Builder {
  private readonly chars: string[] = [];
  private readonly s: number[] = [];
  private readonly e: number[] = [];
  /** Pending separator: 0 none, 1 space, 2 line break, 3 blank line. */
  private sep = 0;
  private sepAt = 0;

  /** Appends `text`, whose character k sits at page offsets [starts[k], ends[k]). */
  add(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>): void {
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (isSpace(c)) {
        if (this.sep === 0) {
          this.sep = 1;
          this.sepAt = starts[k] ?? 0;
        }
        continue;
      }
      this.flush();
      this.chars.push(text[k] as string);
      this.s.push(starts[k] ?? 0);
      this.e.push(ends[k] ?? 0);
    }
  }

  /** A line break (1) or paragraph break (2) before the next text. */
  brk(kind: 1 | 2, at: number): void {
    const sep = kind === 2 ? 3 : 2;
    if (sep > this.sep) {
      this.sep = sep;
      this.sepAt = at;
    }
  }

  private flush(): void {
    if (this.chars.length > 0 && this.sep > 0) {
      const s = this.sep === 3 ? '\n\n' : this.sep === 2 ? '\n' : ' ';
      for (const ch of s) {
        this.chars.push(ch);
        this.s.push(this.sepAt);
        this.e.push(this.sepAt);
      }
    }
    this.sep = 0;
  }

  result(): { text: string; starts: Int32Array; ends: Int32Array } {
    return { text: this.chars.join(''), starts: Int32Array.from(this.s), ends: Int32Array.from(this.e) };
  }
}

function collapse(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** Reduces an HTML page to its article; see the module comment. */
export async function extractHtml(page: string): Promise<HtmlExtract> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const src = await pageText(page);

  const { document } = parseHTML(page);
  // Readability takes a DOM Document; linkedom's is close enough for it (its own tests use jsdom).
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  const title = collapse(article?.title ?? src.title, 1000);
  const texts = article?.content ? await articleTexts(article.content) : fallbackTexts(src);

  const used = new Uint8Array(src.all.length);
  const out = new Builder();

  // The title, as the headline: mapped to the <title> text (or wherever it first occurs).
  if (title !== '') {
    let at = src.titleAt >= 0 ? src.all.indexOf(title, src.titleAt) : -1;
    if (at < 0) at = src.all.indexOf(title);
    if (at >= 0) {
      out.add(title, src.starts.subarray(at, at + title.length), src.ends.subarray(at, at + title.length));
    } else {
      const where = src.titleAt >= 0 ? (src.starts[src.titleAt] ?? 0) : 0;
      out.add(title, new Int32Array(title.length).fill(where), new Int32Array(title.length).fill(where));
    }
    out.brk(2, 0);
  }

  // Each article text node is found in the page's text from where the last one ended.
  let cursor = 0;
  let misses = 0;
  for (const { data, breakBefore } of texts) {
    if (breakBefore !== 0) out.brk(breakBefore, cursor < src.all.length ? (src.starts[cursor] ?? 0) : page.length);
    if (data.trim() === '') {
      out.add(' ', [src.starts[cursor] ?? 0], [src.starts[cursor] ?? 0]);
      continue;
    }
    // A text Readability changed (rare) is not searched for again and again: after a few misses, stop looking.
    const at = misses < 50 ? src.all.indexOf(data, cursor) : -1;
    if (at >= 0) {
      out.add(data, src.starts.subarray(at, at + data.length), src.ends.subarray(at, at + data.length));
      used.fill(1, at, at + data.length);
      cursor = at + data.length;
    } else {
      misses++;
      const where = src.starts[Math.min(cursor, src.all.length - 1)] ?? 0;
      out.add(data, new Int32Array(data.length).fill(where), new Int32Array(data.length).fill(where));
    }
  }

  const { text, starts, ends } = out.result();
  return { text, title, starts, ends, dropped: droppedBlocks(src, used) };
}

/** Without an article (Readability gave up): every visible text outside navigation, header, footer and asides. */
function fallbackTexts(src: PageText): { data: string; breakBefore: 0 | 1 | 2 }[] {
  let block = -1;
  return src.pieces
    .filter((p) => !p.hidden)
    .map((p) => {
      const breakBefore = p.block !== block ? 2 : 0;
      block = p.block;
      return { data: p.data, breakBefore };
    });
}

/** Visible text not taken into the article, one entry per block element. */
function droppedBlocks(src: PageText, used: Uint8Array): DroppedBlock[] {
  const out: DroppedBlock[] = [];
  let current: { block: number; text: string; start: number; end: number } | undefined;
  const push = (): void => {
    if (current && current.text.trim() !== '') out.push({ text: collapse(current.text, MAX_DROPPED_CHARS), start: current.start, end: current.end });
    current = undefined;
  };
  src.pieces.forEach((p, i) => {
    const at = src.pieceAt[i] ?? 0;
    if (p.hidden || p.data.trim() === '' || used[at + p.data.search(/\S/)] === 1) return;
    if (current?.block !== p.block) push();
    if (current) {
      current.text += p.data;
      current.end = p.end;
    } else current = { block: p.block, text: p.data, start: p.start + (p.end - p.start === p.data.length ? p.data.search(/\S/) : 0), end: p.end };
  });
  push();
  return out;
}
