import type { Diagnostic } from '../../model/track';
import { stripHtmlMarkup } from '../../text/markup';
import { blockOf, preview, readBlocks, type BlockSpan } from '../blocks';
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
 * YouTube's own timing line, "H:MM:SS.mmm,H:MM:SS.mmm". Anything else recap can still read
 * (three-digit hours, ";" between the times, short fractions) is read and reported, since other
 * tools may drop the cue.
 */
const USUAL_TIMING = /^\d{1,2}:\d\d:\d\d\.\d{3},\d{1,2}:\d\d:\d\d\.\d{3}$/;

/**
 * One block: a timing line, then the text. With no text line it is an empty cue (ingest notes
 * that it has no text).
 */
function readBlock(text: string, span: BlockSpan, cues: SourceCue[], diagnostics: Diagnostic[]): void {
  const block = blockOf(text, span);
  const timingLine = block.lines[0]!;
  const timing = parseSbvTiming(timingLine);
  if (!timing) {
    const message = /\d:\d/.test(timingLine)
      ? `cue not read: malformed timing line ${preview(timingLine)}`
      : `text outside any cue, not read: ${preview(block.lines.join('\n'))}`;
    diagnostics.push({ severity: 'error', line: block.line, message });
    return;
  }
  if (!USUAL_TIMING.test(timingLine.trim())) {
    diagnostics.push({ severity: 'warning', line: block.line, message: `cue read despite an unusual timing line (SubViewer's is H:MM:SS.mmm,H:MM:SS.mmm): ${preview(timingLine)}` });
  }
  cues.push(makeCue(block.line, timing, block.lines.slice(1).join('\n')));
}

/** Reads SubViewer (.sbv) block by block: every block is read or reported at its line. */
export function readSbv(text: string): ReadResult {
  return readBlocks(text, readBlock);
}
