import type { Diagnostic } from '../../model/track';
import { stripBraceCodes, stripHtmlMarkup } from '../../text/markup';
import { preview, splitBlocks, type TextBlock } from '../blocks';
import { subsrtCaptions } from '../subsrt';
import { parseArrowTiming } from '../timecode';
import type { ReadResult, SourceCue } from '../types';

/** SRT payloads carry HTML-like tags, `{\an8}` codes and, in practice, character references. */
export function cleanSrtText(text: string): string {
  return stripHtmlMarkup(stripBraceCodes(text));
}

function makeCue(block: TextBlock, index: string, timing: { startMs: number; endMs: number }, textLines: string[]): SourceCue {
  return {
    id: index,
    startMs: timing.startMs,
    endMs: timing.endMs,
    spans: [{ text: cleanSrtText(textLines.join('\n')) }],
    line: block.line,
  };
}

/**
 * Reads SubRip. subsrt-ts parses each block; blocks it skips silently (no index line, odd
 * timing) are recovered where the timing can still be read, and reported either way.
 */
export function readSrt(text: string): ReadResult {
  const cues: SourceCue[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const block of splitBlocks(text)) {
    const [caption] = subsrtCaptions('srt', block.lines.join('\n'));
    if (caption) {
      // subsrt-ts reads ",5" as 5 ms; recap's own timing parse is authoritative.
      const timing = parseArrowTiming(block.lines[1]!) ?? { startMs: caption.start, endMs: caption.end };
      cues.push(makeCue(block, String(caption.index), timing, block.lines.slice(2)));
      continue;
    }
    const k = block.lines.findIndex((l) => l.includes('-->'));
    if (k === -1) {
      diagnostics.push({ severity: 'error', line: block.line, message: `text outside any cue, not read: ${preview(block.lines.join('\n'))}` });
      continue;
    }
    const timing = parseArrowTiming(block.lines[k]!);
    if (!timing) {
      diagnostics.push({ severity: 'error', line: block.line + k, message: `cue not read: malformed timing line ${preview(block.lines[k]!)}` });
      continue;
    }
    const index = k === 1 && /^\d+$/.test(block.lines[0]!.trim()) ? block.lines[0]!.trim() : '';
    if (k === 0) {
      diagnostics.push({ severity: 'warning', line: block.line, message: 'cue read despite no index line before the timing line' });
    } else if (!index) {
      diagnostics.push({ severity: 'warning', line: block.line, message: `cue read despite unexpected lines before the timing line: ${preview(block.lines.slice(0, k).join('\n'))}` });
    } else if (block.lines.length > 2) {
      diagnostics.push({ severity: 'warning', line: block.line + k, message: `cue read despite a timing line subsrt-ts refuses: ${preview(block.lines[k]!)}` });
    }
    cues.push(makeCue(block, index, timing, block.lines.slice(k + 1)));
  }
  return { cues, diagnostics };
}
