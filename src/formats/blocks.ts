import type { Diagnostic } from '../model/track';
import type { ReadResult } from './types';
import type { SourceCue } from '../model/source-cue';

/** A run of non-blank lines, as SRT and SBV separate their cues. */
export interface TextBlock {
  /** 1-based line of the block's first line */
  line: number;
  lines: string[];
}

/** Where a block lies in its text, without copying its lines out. */
export interface BlockSpan {
  /** 1-based line of the block's first line */
  line: number;
  /** offset of the block's first character */
  start: number;
  /** offset just past its last line (that line's "\n", or the end of the text) */
  end: number;
}

/** Whether text[start, end) is empty or white space only, as `trim() === ''` decides. */
function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    // Printable ASCII is never white space; anything else beyond ASCII is left to trim().
    if (c < 128) return false;
    return text.slice(start, end).trim() === '';
  }
  return true;
}

/**
 * The blocks of "\n"-separated text, split at blank (or whitespace-only) lines, as offsets:
 * the same blocks as splitBlocks, for readers that only look at a few lines of most blocks.
 */
export function blockSpans(text: string): BlockSpan[] {
  const spans: BlockSpan[] = [];
  let current: BlockSpan | null = null;
  let line = 1;
  for (let pos = 0; pos <= text.length; line++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    if (isBlankLine(text, pos, end)) current = null;
    else if (current) current.end = end;
    else spans.push((current = { line, start: pos, end }));
    pos = end + 1;
  }
  return spans;
}

/** A block span as a TextBlock with its lines. */
export function blockOf(text: string, span: BlockSpan): TextBlock {
  return { line: span.line, lines: text.slice(span.start, span.end).split('\n') };
}

/** Splits "\n"-separated text into blocks at blank (or whitespace-only) lines. */
export function splitBlocks(text: string): TextBlock[] {
  return blockSpans(text).map((span) => blockOf(text, span));
}

/** A short, quoted preview of input for a diagnostic message. */
export function preview(text: string, max = 60): string {
  const flat = text.replace(/\n/g, ' / ');
  return `"${flat.length > max ? `${flat.slice(0, max)}...` : flat}"`;
}

/** How SRT and SBV are read: each block on its own, in order, by `readBlock`. */
export function readBlocks(text: string, readBlock: (text: string, span: BlockSpan, cues: SourceCue[], diagnostics: Diagnostic[]) => void): ReadResult {
  const cues: SourceCue[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const span of blockSpans(text)) readBlock(text, span, cues, diagnostics);
  return { cues, diagnostics };
}
