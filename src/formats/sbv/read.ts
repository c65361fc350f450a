import type { Diagnostic } from '../../model/track';
import { stripHtmlMarkup } from '../../text/markup';
import { preview, splitBlocks } from '../blocks';
import { subsrtCaptions } from '../subsrt';
import { parseClockTime } from '../timecode';
import type { ReadResult, SourceCue } from '../types';

/** "0:00:01.000,0:00:02.500" (YouTube SubViewer); the separator may also be ";". */
function parseSbvTiming(line: string): { startMs: number; endMs: number } | null {
  const m = /^\s*([\d:.]+)\s*[,;]\s*([\d:.]+)\s*$/.exec(line);
  if (!m) return null;
  const startMs = parseClockTime(m[1]!);
  const endMs = parseClockTime(m[2]!);
  return startMs === null || endMs === null ? null : { startMs, endMs };
}

/** Reads SubViewer (.sbv) through subsrt-ts, block by block, reporting what it skips. */
export function readSbv(text: string): ReadResult {
  const cues: SourceCue[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const block of splitBlocks(text)) {
    const timing = parseSbvTiming(block.lines[0]!);
    if (!timing) {
      const message = /\d:\d/.test(block.lines[0]!)
        ? `cue not read: malformed timing line ${preview(block.lines[0]!)}`
        : `text outside any cue, not read: ${preview(block.lines.join('\n'))}`;
      diagnostics.push({ severity: 'error', line: block.line, message });
      continue;
    }
    // subsrt-ts skips a cue with no text line; recap keeps it (the ingest notes it has no text).
    const [caption] = subsrtCaptions('sbv', block.lines.join('\n'));
    const body = caption ? block.lines.slice(1).join('\n') : '';
    cues.push({
      id: '',
      startMs: timing.startMs,
      endMs: timing.endMs,
      spans: [{ text: stripHtmlMarkup(body.replace(/\[br\]/gi, '\n')) }],
      line: block.line,
    });
  }
  return { cues, diagnostics };
}
