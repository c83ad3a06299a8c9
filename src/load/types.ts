import type { InputDocument } from '../types.js';
import type { DecodeOptions } from './decode.js';
import type { HtmlExtract } from './html.js';

/** Types of the load stage: what it is asked for, how, and what it hands on. */

export interface LoadRequest {
  path: string;
  label?: string;
}

export type InputFormat = 'auto' | 'text' | 'html';

export interface LoadOptions extends DecodeOptions {
  /** Largest input accepted, in bytes (`--max-bytes`); default `DEFAULT_MAX_BYTES`. */
  maxBytes?: number;
  /** Time limit for fetching one URL, body included (`--timeout`). */
  timeoutMs?: number;
  /** `auto` (default): .html/.htm files and content that looks like HTML are pages. */
  inputFormat?: InputFormat;
}

/** What the load stage hands on: the document to compare, and how it was read. */
export interface LoadedInput extends InputDocument {
  /** The encoding the bytes were decoded with (WHATWG name). */
  encoding: string;
  format: 'text' | 'html';
  /** For a page: the page as decoded, and how `text` maps back into it. */
  html?: HtmlExtract & { page: string };
}
