import type { Diagnostic } from '../../model/track';
import { stripBraceCodes, stripHtmlMarkup } from '../../text/markup';
import { blockOf, preview, readBlockwise, type BlockSpan } from '../blocks';
import { subsrtCaptions } from '../subsrt';
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
 * One block read on its own: subsrt-ts parses it; a block it skips silently (no index line, odd
 * timing) is recovered where the timing can still be read, and reported either way. Returns
 * whether subsrt-ts took the block.
 */
function readOneBlock(text: string, span: BlockSpan, cues: SourceCue[], diagnostics: Diagnostic[]): boolean {
  const block = blockOf(text, span);
  const [caption] = subsrtCaptions('srt', block.lines.join('\n'));
  if (caption) {
    // subsrt-ts reads ",5" as 5 ms; recap's own timing parse is authoritative.
    const timing = parseArrowTiming(block.lines[1]!) ?? { startMs: caption.start, endMs: caption.end };
    cues.push(makeCue(block.line, String(caption.index), timing, block.lines.slice(2).join('\n')));
    return true;
  }
  const k = block.lines.findIndex((l) => l.includes('-->'));
  if (k === -1) {
    diagnostics.push({ severity: 'error', line: block.line, message: `text outside any cue, not read: ${preview(block.lines.join('\n'))}` });
    return false;
  }
  const timing = parseArrowTiming(block.lines[k]!);
  if (!timing) {
    diagnostics.push({ severity: 'error', line: block.line + k, message: `cue not read: malformed timing line ${preview(block.lines[k]!)}` });
    return false;
  }
  const index = k === 1 && /^\d+$/.test(block.lines[0]!.trim()) ? block.lines[0]!.trim() : '';
  if (k === 0) {
    diagnostics.push({ severity: 'warning', line: block.line, message: 'cue read despite no index line before the timing line' });
  } else if (!index) {
    diagnostics.push({ severity: 'warning', line: block.line, message: `cue read despite unexpected lines before the timing line: ${preview(block.lines.slice(0, k).join('\n'))}` });
  } else if (block.lines.length > 2) {
    diagnostics.push({ severity: 'warning', line: block.line + k, message: `cue read despite a timing line subsrt-ts refuses: ${preview(block.lines[k]!)}` });
  }
  cues.push(makeCue(block.line, index, timing, block.lines.slice(k + 1).join('\n')));
  return false;
}

/**
 * The head of a block subsrt-ts is sure to take, with times it reads right: an index line of
 * digits, then "HH:MM:SS,mmm --> HH:MM:SS,mmm" (minutes and seconds under 60, three fraction
 * digits, which recap's own parse reads alike), then a line break before a text line.
 */
const PLAIN_HEAD = /\d+\n\d\d:[0-5]\d:[0-5]\d[,.]\d{3} --> \d\d:[0-5]\d:[0-5]\d[,.]\d{3}\n/y;

/**
 * Reads every block against ONE subsrt-ts parse of the text they span. subsrt-ts splits at the
 * blank or white-space-only lines the blocks are split at, so its captions come from the blocks
 * in order: a block with a plain head takes the next caption (its index, times and text are
 * checked against the block); any other block is read on its own as before, and takes the next
 * caption when subsrt-ts took it alone. Returns null on any disagreement, so the caller can fall
 * back to reading block by block.
 */
function readAgainstOneParse(text: string, spans: BlockSpan[]): ReadResult | null {
  const cues: SourceCue[] = [];
  const diagnostics: Diagnostic[] = [];
  if (spans.length === 0) return { cues, diagnostics };
  const captions = subsrtCaptions('srt', text.slice(spans[0]!.start, spans[spans.length - 1]!.end));
  let next = 0;
  for (const span of spans) {
    PLAIN_HEAD.lastIndex = span.start;
    const plain = PLAIN_HEAD.test(text) && PLAIN_HEAD.lastIndex <= span.end;
    if (!plain) {
      const before = cues.length;
      if (readOneBlock(text, span, cues, diagnostics)) {
        const caption = captions[next++];
        if (!caption || String(caption.index) !== cues[before]!.id) return null;
      }
      continue;
    }
    const caption = captions[next++];
    const indexEnd = text.indexOf('\n', span.start);
    const body = text.slice(PLAIN_HEAD.lastIndex, span.end);
    if (!caption || caption.index !== parseInt(text.slice(span.start, indexEnd), 10) || caption.content !== body) return null;
    cues.push(makeCue(span.line, String(caption.index), { startMs: caption.start, endMs: caption.end }, body));
  }
  return next === captions.length ? { cues, diagnostics } : null;
}

/** Reads SubRip: one subsrt-ts parse for the whole text, block by block only if that fails. */
export function readSrt(text: string): ReadResult {
  return readBlockwise(text, readAgainstOneParse, readOneBlock);
}
