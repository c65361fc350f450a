import type { Diagnostic } from '../../model/track';
import { stripHtmlMarkup } from '../../text/markup';
import { blockOf, preview, readBlockwise, type BlockSpan } from '../blocks';
import { subsrtCaptions } from '../subsrt';
import { parseClockTime } from '../timecode';
import type { ReadResult } from '../types';
import type { SourceCue } from '../../model/source-cue';

/** "0:00:01.000,0:00:02.500" (YouTube SubViewer); the separator may also be ";". */
function parseSbvTiming(line: string): { startMs: number; endMs: number } | null {
  const m = /^\s*([\d:.]+)\s*[,;]\s*([\d:.]+)\s*$/.exec(line);
  if (!m) return null;
  const startMs = parseClockTime(m[1]!);
  const endMs = parseClockTime(m[2]!);
  return startMs === null || endMs === null ? null : { startMs, endMs };
}

function makeCue(line: number, timing: { startMs: number; endMs: number }, body: string): SourceCue {
  return {
    id: '',
    startMs: timing.startMs,
    endMs: timing.endMs,
    spans: [{ text: stripHtmlMarkup(body.indexOf('[') === -1 ? body : body.replace(/\[br\]/gi, '\n')) }],
    line,
  };
}

/**
 * One block read on its own, with recap's own timing parse. A block subsrt-ts skips is kept:
 * with no text line it is an empty cue (ingest notes it has no text); with text (a timing line it
 * refuses, e.g. with a trailing space) the text is kept and the timing line reported.
 * Returns whether subsrt-ts took the block.
 */
function readOneBlock(text: string, span: BlockSpan, cues: SourceCue[], diagnostics: Diagnostic[]): boolean {
  const block = blockOf(text, span);
  const timing = parseSbvTiming(block.lines[0]!);
  const [caption] = subsrtCaptions('sbv', block.lines.join('\n'));
  if (!timing) {
    const message = /\d:\d/.test(block.lines[0]!)
      ? `cue not read: malformed timing line ${preview(block.lines[0]!)}`
      : `text outside any cue, not read: ${preview(block.lines.join('\n'))}`;
    diagnostics.push({ severity: 'error', line: block.line, message });
    return caption !== undefined;
  }
  if (!caption && block.lines.length > 1) {
    diagnostics.push({ severity: 'warning', line: block.line, message: `cue read despite a timing line subsrt-ts refuses: ${preview(block.lines[0]!)}` });
  }
  cues.push(makeCue(block.line, timing, block.lines.slice(1).join('\n')));
  return caption !== undefined;
}

/**
 * A timing line subsrt-ts is sure to take, with times it reads as recap does: "H:MM:SS.mmm,"
 * twice (minutes and seconds under 60, three fraction digits), then a line break before a text line.
 */
const PLAIN_TIMING = /\d{1,2}:[0-5]\d:[0-5]\d\.\d{3},\d{1,2}:[0-5]\d:[0-5]\d\.\d{3}\n/y;

/**
 * Reads every block against ONE subsrt-ts parse of the text they span (it splits at the same
 * blank lines, so its captions come from the blocks in order): a block with a plain timing line
 * takes the next caption and its times; any other block is read on its own as before. Returns
 * null on any disagreement, so the caller can fall back to reading block by block.
 */
function readAgainstOneParse(text: string, spans: BlockSpan[]): ReadResult | null {
  const cues: SourceCue[] = [];
  const diagnostics: Diagnostic[] = [];
  if (spans.length === 0) return { cues, diagnostics };
  const captions = subsrtCaptions('sbv', text.slice(spans[0]!.start, spans[spans.length - 1]!.end));
  let next = 0;
  for (const span of spans) {
    PLAIN_TIMING.lastIndex = span.start;
    if (!(PLAIN_TIMING.test(text) && PLAIN_TIMING.lastIndex <= span.end)) {
      // The whole-text parse took this block too exactly when the parse of it alone did.
      if (readOneBlock(text, span, cues, diagnostics)) next++;
      continue;
    }
    const caption = captions[next++];
    const body = text.slice(PLAIN_TIMING.lastIndex, span.end);
    // subsrt-ts gives the text with "[br]" as a line break: a caption of another block would differ.
    if (!caption || caption.content !== (body.indexOf('[') === -1 ? body : body.replace(/\[br\]/gi, '\n'))) return null;
    cues.push(makeCue(span.line, { startMs: caption.start, endMs: caption.end }, body));
  }
  return next === captions.length ? { cues, diagnostics } : null;
}

/** Reads SubViewer (.sbv): one subsrt-ts parse for the whole text, block by block only if that fails. */
export function readSbv(text: string): ReadResult {
  return readBlockwise(text, readAgainstOneParse, readOneBlock);
}
