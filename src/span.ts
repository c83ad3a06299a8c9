import type { Span } from './types.js';

/**
 * Maps 0-based UTF-16 offsets to 1-based line/column. Built once per text so
 * each lookup is a binary search rather than a rescan.
 */
export class LineIndex {
  /** Offsets at which each line starts. */
  private readonly lineStarts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // CRLF counts once: the line starts after the LF.
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  span(start: number, end: number): Span {
    const { line, column } = this.position(start);
    return { start, end, line, column };
  }
}
