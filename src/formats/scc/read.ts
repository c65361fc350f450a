import { UnreadableCaptions, type ReadResult, type SourceCue } from '../types';
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

/** A byte pair as written: four hex digits, the high bit of each byte being odd parity. */
const HEX_WORD = /^[0-9a-fA-F]{4}$/;

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
    const words = [...line.matchAll(/\S+/g)];
    const stamp = words[0]!;
    const parsed = parseSccTimecode(stamp[0]);
    if (!parsed.ok) {
      const message = `line not read: ${parsed.problem}`;
      firstProblem ??= { line: lineNo, message };
      log.add('timecode', { severity: 'error', line: lineNo, column: stamp.index + 1, message });
      continue;
    }
    if (parsed.note) log.add('dropped-label', { severity: 'warning', line: lineNo, column: stamp.index + 1, message: parsed.note });
    const start = parsed.timecode.frames;
    if (start < previousStart) {
      log.add('backwards', { severity: 'warning', line: lineNo, column: stamp.index + 1, message: `timecode ${stamp[0]} is earlier than the line before; its codes are read at their own time` });
    }
    previousStart = start;
    // Each word is one frame's pair: the k-th word on the line is sent k frames after the timecode.
    for (let k = 1; k < words.length; k++) {
      const word = words[k]!;
      const column = word.index + 1;
      if (!HEX_WORD.test(word[0])) {
        const message = `"${preview(word[0])}" is not a byte pair of four hex digits; skipped`;
        firstProblem ??= { line: lineNo, message };
        log.add('hex-word', { severity: 'warning', line: lineNo, column, message });
        continue;
      }
      const value = parseInt(word[0], 16);
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
