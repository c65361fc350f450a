import type { CueLines } from './cart-text';
import { clock } from './clock';

/** A generated cue: times in integer ms, payload lines as written in the file. */
export interface GeneratedCue {
  startMs: number;
  endMs: number;
  lines: CueLines;
  /** WebVTT cue settings written after the timing, e.g. "align:start line:84%" */
  settings?: string;
}

/** Formats without character references carry a plain "&" where the CART text has "&amp;". */
export function plainText(line: string): string {
  return line.replace(/&amp;/g, '&');
}

/** Markup formats (SAMI, TTML) escape ">" too, so ">>" is written "&gt;&gt;" as real exports do. */
export function markupText(line: string): string {
  return line.replace(/>/g, '&gt;');
}

/** WebVTT as CART exports write it: no cue ids, settings on some cues, LF line endings. */
export function serializeVtt(cues: GeneratedCue[]): string {
  const parts = ['WEBVTT\n'];
  for (const cue of cues) {
    const settings = cue.settings ? ` ${cue.settings}` : '';
    parts.push(`${clock(cue.startMs, '.')} --> ${clock(cue.endMs, '.')}${settings}\n${cue.lines.join('\n')}\n`);
  }
  return parts.join('\n');
}

/** SubRip with CRLF line endings, as most subtitle tools write it (so decoding has work to do). */
export function serializeSrt(cues: GeneratedCue[]): string {
  const blocks = cues.map((cue, i) => [String(i + 1), `${clock(cue.startMs, ',')} --> ${clock(cue.endMs, ',')}`, ...cue.lines].join('\r\n'));
  return `${blocks.join('\r\n\r\n')}\r\n`;
}

/** YouTube SubViewer: "H:MM:SS.mmm,H:MM:SS.mmm" then the text, blank line between cues. */
export function serializeSbv(cues: GeneratedCue[]): string {
  const blocks = cues.map((cue) => [`${clock(cue.startMs, '.', 1)},${clock(cue.endMs, '.', 1)}`, ...cue.lines].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
