import type { Diagnostic } from '../../model/track';
import { stripBraceCodes, stripHtmlMarkup } from '../../text/markup';
import { blockOf, preview, readBlocks, type BlockSpan } from '../blocks';
import { parseArrowTiming } from '../timecode';
import type { ReadResult } from '../types';
import type { SourceCue } from '../../model/source-cue';

/**
 * SRT payloads carry HTML-like tags, `{\an8}` codes and, in practice, character references, and
 * files converted from ASS keep its `\N` (forced line break) and `\h` (hard space), which players
 * built on libass (mpv, VLC) honour in SRT too: read as such, they are never shown as "\h".
 */
export function cleanSrtText(text: string): string {
  const plain = stripHtmlMarkup(stripBraceCodes(text));
  return plain.indexOf('\\') === -1 ? plain : plain.replace(/\\N/g, '\n').replace(/\\h/g, ' ');
}

function makeCue(line: number, index: string, timing: { startMs: number; endMs: number }, text: string): SourceCue {
  return {
    id: index,
    startMs: timing.startMs,
    endMs: timing.endMs,
    spans: [{ text: cleanSrtText(text) }],
    line,
  };
}

/**
 * SubRip's own timing line, as players and editors write and expect it: "HH:MM:SS,mmm -->
 * HH:MM:SS,mmm" (one or two hour digits, "." taken for ",", fewer fraction digits read as a
 * decimal). Anything else that recap can still read (three-digit hours, position hints after the
 * end time) is read and reported, since other tools may drop the cue.
 */
const USUAL_TIMING = /^\d{1,2}:\d\d:\d\d[,.]\d{1,3}[ \t]*-->[ \t]*\d{1,2}:\d\d:\d\d[,.]\d{1,3}$/;

/** An index line: digits only; leading zeros mean nothing ("007" is cue 7). */
const INDEX_LINE = /^\d+$/;

/**
 * One block: an index line, a timing line, the text. A block without an index line, or with
 * other lines before the timing, is still read when its timing is, and reported either way.
 */
function readBlock(text: string, span: BlockSpan, cues: SourceCue[], diagnostics: Diagnostic[]): void {
  const block = blockOf(text, span);
  const k = block.lines.findIndex((l) => l.includes('-->'));
  if (k === -1) {
    diagnostics.push({ severity: 'error', line: block.line, message: `text outside any cue, not read: ${preview(block.lines.join('\n'))}` });
    return;
  }
  const timingLine = block.lines[k]!;
  const timing = parseArrowTiming(timingLine);
  if (!timing) {
    diagnostics.push({ severity: 'error', line: block.line + k, message: `cue not read: malformed timing line ${preview(timingLine)}` });
    return;
  }
  const first = block.lines[0]!.trim();
  const index = k === 1 && INDEX_LINE.test(first) ? first.replace(/^0+(?=\d)/, '') : '';
  if (k === 0) {
    diagnostics.push({ severity: 'warning', line: block.line, message: 'cue read despite no index line before the timing line' });
  } else if (!index) {
    diagnostics.push({ severity: 'warning', line: block.line, message: `cue read despite unexpected lines before the timing line: ${preview(block.lines.slice(0, k).join('\n'))}` });
  } else if (!USUAL_TIMING.test(timingLine.trim())) {
    diagnostics.push({ severity: 'warning', line: block.line + k, message: `cue read despite an unusual timing line (SubRip's is HH:MM:SS,mmm --> HH:MM:SS,mmm): ${preview(timingLine)}` });
  }
  cues.push(makeCue(block.line, index, timing, block.lines.slice(k + 1).join('\n')));
}

/** Reads SubRip block by block: every block is read or reported at its line. */
export function readSrt(text: string): ReadResult {
  return readBlocks(text, readBlock);
}
