import { UnreadableCaptions, type ReadResult } from '../types';
import type { SourceCue } from '../../model/source-cue';
import { ChannelFilter } from './channel-filter';
import { Cea608Decoder } from './decoder';
import { DiagnosticLog } from './diagnostic-log';
import { framesToMs, parseSccTimecode } from './timecode';

export const SCC_HEADER = 'Scenarist_SCC V1.0';

/**
 * How long a caption still on screen at the end of the file stays up after the file's last
 * code (ms). Nothing in the file says when it goes; 3 s is about the time a viewer needs to
 * read a two-line caption, and it keeps the cue from running on over whatever follows.
 */
export const END_OF_FILE_HOLD_MS = 3000;

/**
 * Cues shorter than this (ms, three frames) are reported: a caption erased as soon as it is
 * shown (EOC then EDM) cannot be read, which usually means the codes are out of order.
 */
const FLASH_MS = 100;

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/**
 * The whitespace-separated words of a line, as `line.matchAll(/\S+/g)` finds them, given as
 * offsets [start0, end0, start1, end1, ...]. Lines of ASCII (all SCC lines tools write) are split
 * by hand: no match object, and no string, for each of the line's byte pairs.
 */
function wordBounds(line: string): number[] {
  const bounds: number[] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    if (c >= 128) return [...line.matchAll(/\S+/g)].flatMap((m) => [m.index, m.index + m[0].length]);
    const space = c === 32 || (c >= 9 && c <= 13);
    if (!space && start === -1) start = i;
    else if (space && start !== -1) {
      bounds.push(start, i);
      start = -1;
    }
  }
  return bounds;
}

/**
 * The byte pair written as line[start, end): four hex digits, the high bit of each byte being
 * odd parity. Returns its value, or -1 for any other word.
 */
function bytePairAt(line: string, start: number, end: number): number {
  if (end - start !== 4) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = hexDigit(line.charCodeAt(i));
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

function preview(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/**
 * Reads Scenarist SCC: lines "HH:MM:SS:FF<tab>9420 9420 94ae ..." of CEA-608 byte pairs, one
 * pair per video frame from the line's timecode on. Caption channel 1 is decoded as a viewer's
 * decoder would show it, and each piece of text becomes one cue (see Cea608Decoder).
 */
export function readScc(text: string): ReadResult {
  const log = new DiagnosticLog();
  const decoder = new Cea608Decoder();
  const filter = new ChannelFilter(decoder, log);
  const lines = text.split('\n');

  let index = 0;
  while (index < lines.length && lines[index]!.trim() === '') index++;
  const firstLine = Math.min(index + 1, Math.max(lines.length, 1));
  if (index < lines.length && lines[index]!.trimStart().startsWith(SCC_HEADER)) {
    index++;
  } else {
    log.add('header', { severity: 'warning', line: firstLine, message: `no "${SCC_HEADER}" header; read as SCC anyway` });
  }

  let pairs = 0;
  let firstProblem: { line: number; message: string } | null = null;
  let previousStart = -1;
  let lastMs = 0;
  for (; index < lines.length; index++) {
    const lineNo = index + 1;
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const bounds = wordBounds(line);
    const stamp = line.slice(bounds[0], bounds[1]);
    const stampColumn = bounds[0]! + 1;
    const parsed = parseSccTimecode(stamp);
    if (!parsed.ok) {
      const message = `line not read: ${parsed.problem}`;
      firstProblem ??= { line: lineNo, message };
      log.add('timecode', { severity: 'error', line: lineNo, column: stampColumn, message });
      continue;
    }
    if (parsed.note) log.add('dropped-label', { severity: 'warning', line: lineNo, column: stampColumn, message: parsed.note });
    const start = parsed.timecode.frames;
    if (start < previousStart) {
      log.add('backwards', { severity: 'warning', line: lineNo, column: stampColumn, message: `timecode ${stamp} is earlier than the line before; its codes are read at their own time` });
    }
    previousStart = start;
    // Each word is one frame's pair: the k-th word on the line is sent k frames after the timecode.
    for (let k = 1; k < bounds.length / 2; k++) {
      const from = bounds[2 * k]!;
      const to = bounds[2 * k + 1]!;
      const column = from + 1;
      const value = bytePairAt(line, from, to);
      if (value < 0) {
        const message = `"${preview(line.slice(from, to))}" is not a byte pair of four hex digits; skipped`;
        firstProblem ??= { line: lineNo, message };
        log.add('hex-word', { severity: 'warning', line: lineNo, column, message });
        continue;
      }
      const frame = start + k - 1;
      const at = { ms: framesToMs(frame), line: lineNo };
      filter.feed((value >> 8) & 0x7f, value & 0x7f, frame, at, column);
      pairs++;
      lastMs = at.ms;
    }
  }

  if (pairs === 0) {
    const why = firstProblem ? `; first problem at line ${firstProblem.line}: ${firstProblem.message}` : '';
    throw new UnreadableCaptions(`no CEA-608 byte pairs found (lines "HH:MM:SS:FF<tab>9420 9420 ...")${why}`, firstProblem?.line ?? firstLine);
  }

  const lastCue = decoder.finish((startMs) => Math.max(lastMs, startMs) + END_OF_FILE_HOLD_MS);
  if (lastCue) {
    log.add('end-of-file', {
      severity: 'info',
      line: lastCue.line,
      message: `caption still on screen at the end of the file; ended ${END_OF_FILE_HOLD_MS / 1000} s after the last code`,
    });
  }
  const unshown = decoder.unshownLine();
  if (unshown !== null) {
    log.add('unshown', { severity: 'info', line: unshown, message: 'text loaded for a pop-on caption is never shown (no End Of Caption follows it)' });
  }
  if (decoder.overflowLine !== null) {
    log.add('overflow', { severity: 'warning', line: decoder.overflowLine, message: 'text runs past column 32, the width of a CEA-608 row; kept' });
  }

  for (const c of decoder.cues) {
    if (c.endMs - c.startMs < FLASH_MS) {
      log.add('flash', { severity: 'warning', line: c.line, message: `caption on screen for only ${c.endMs - c.startMs} ms: ${JSON.stringify(c.text.slice(0, 40))}` });
    }
  }
  const cues: SourceCue[] = decoder.cues
    .map((c) => ({ id: '', startMs: c.startMs, endMs: c.endMs, spans: [{ text: c.text }], line: c.line }))
    .sort((a, b) => a.startMs - b.startMs);
  return { cues, diagnostics: log.all() };
}
