/**
 * The `segment` stage: cut a source's text into sentence-like units with
 * exact spans, and label clutter so it can be set aside visibly.
 */

import { LineIndex } from '../span.js';
import type { Segment } from '../types.js';
import { classifyBoilerplate } from './boilerplate.js';
import { splitSentences } from './split.js';

export { boundUnits, MAX_UNIT_CHARS, splitSentences, type Unit } from './split.js';
export { classifyBoilerplate } from './boilerplate.js';

/**
 * Segment `text` into units in reading order. `text.slice(span.start,
 * span.end) === segment.text` for every segment; `boilerplate` is present
 * only on units set aside as clutter.
 */
export function segment(text: string): Segment[] {
  const units = splitSentences(text);
  const reasons = classifyBoilerplate(text, units);
  const lines = new LineIndex(text);
  const out: Segment[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u === undefined) break;
    const seg: Segment = { text: text.slice(u.start, u.end), span: lines.span(u.start, u.end) };
    const reason = reasons[i];
    // exactOptionalPropertyTypes: omit the key for content rather than store undefined.
    if (reason !== undefined) seg.boilerplate = reason;
    if (u.cut) seg.cut = true;
    out.push(seg);
  }
  return out;
}
