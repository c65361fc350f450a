import type { Diagnostic } from '../../model/track';
import { parseClockTime } from '../timecode';

/**
 * WebVTT segments of an HLS stream saved one after another in a single file (a live stream's
 * captions as yt-dlp or a plain download of the segments writes them): each segment repeats the
 * "WEBVTT" header, usually with an X-TIMESTAMP-MAP line, and times its cues from its own start.
 * RFC 8216 section 3.5: "X-TIMESTAMP-MAP=MPEGTS:<90 kHz media time>,LOCAL:<cue time>" says which
 * cue time of the segment is which media time; a segment without it maps cue time 0 to media
 * time 0. The first part of such a file may have lost its header.
 */

export interface TimestampMap {
  /** MPEG-2 presentation time, 90 kHz ticks, as written (33-bit, so it wraps after about 26.5 h) */
  mpegts: number;
  /** the cue time that media time stands for, ms */
  localMs: number;
}

export interface SegmentPart {
  /** 0-based index of the part's first line: its "WEBVTT" line, or the file's first line */
  first: number;
  /** 0-based index just after its last line */
  end: number;
  /** false for the cues before the first "WEBVTT" line of a file that does not start with one */
  signed: boolean;
  map?: TimestampMap;
}

const SIGNATURE_LINE = /^WEBVTT(?:[ \t].*)?$/;
const MAP_LINE = /^X-TIMESTAMP-MAP=(.*)$/;
const MPEGTS_TICKS_PER_MS = 90;
const MPEGTS_WRAP = 2 ** 33;

/** A WebVTT timing line: "[hh:]mm:ss.ttt --> [hh:]mm:ss.ttt" (a full stop, never SRT's comma). */
const VTT_TIMING = /^[ \t]*(?:\d+:)?\d{2}:\d{2}\.\d{3}[ \t]+-->[ \t]+(?:\d+:)?\d{2}:\d{2}\.\d{3}/m;
/** Markup only WebVTT has: inline timestamps, class spans, voice spans. */
const VTT_ONLY_MARKUP = /<(?:\d+:)?\d{2}:\d{2}\.\d{3}>|<c[.>]|<v[ .]/;
/** A Microsoft Teams cue identifier: a GUID, then "/12-0" or "-0" (or nothing). */
export const GUID_CUE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/\d+-\d+|-\d+)?$/i;
const GUID_ID_LINE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/\d+-\d+|-\d+)?[ \t]*\n[ \t]*(?:\d+:)?\d{2}:\d{2}\.\d{3}[ \t]+-->/im;
/** A segment header further down: a "WEBVTT" line after a blank line, or a timestamp map. */
const LATER_HEADER = /\n\nWEBVTT(?:[ \t][^\n]*)?\n(?![^\n]*-->)|^X-TIMESTAMP-MAP=/m;

/** How much of a file the look-alike tests read: a few segments of a live capture. */
const SNIFF_CHARS = 8192;

/**
 * WebVTT cues without the "WEBVTT" line at the top: a later segment header or timestamp map, or
 * WebVTT timing lines with markup or cue identifiers only WebVTT has. SRT never has these.
 */
export function looksLikeUnsignedWebVtt(text: string): 'segments' | 'cues' | null {
  const head = text.slice(0, SNIFF_CHARS);
  if (!VTT_TIMING.test(head)) return null;
  if (LATER_HEADER.test(head)) return 'segments';
  return VTT_ONLY_MARKUP.test(head) || GUID_ID_LINE.test(head) ? 'cues' : null;
}

/** Reads "MPEGTS:n,LOCAL:t" (either order, spaces allowed after the comma); null when malformed. */
export function parseTimestampMap(value: string): TimestampMap | null {
  let mpegts: number | undefined;
  let localMs: number | undefined;
  for (const field of value.split(',')) {
    const m = /^[ \t]*(MPEGTS|LOCAL):(.*?)[ \t]*$/.exec(field);
    if (!m) return null;
    if (m[1] === 'MPEGTS') {
      if (!/^-?\d+$/.test(m[2]!)) return null;
      mpegts = Number(m[2]);
    } else {
      const ms = /^(?:\d+:)?\d{2}:\d{2}\.\d{3}$/.test(m[2]!) ? parseClockTime(m[2]!) : null;
      if (ms === null) return null;
      localMs = ms;
    }
  }
  return mpegts === undefined || localMs === undefined ? null : { mpegts, localMs };
}

/** A "WEBVTT" line after a blank line that starts a header block, not a cue. */
function isSegmentHeader(lines: string[], i: number): boolean {
  if (!SIGNATURE_LINE.test(lines[i]!) || lines[i - 1] !== '') return false;
  // A "WEBVTT" line followed by a timing line is a cue whose identifier happens to be "WEBVTT".
  for (let k = i + 1; k < lines.length && lines[k] !== ''; k++) if (lines[k]!.includes('-->')) return false;
  return true;
}

/**
 * The parts of a file made of several segments (or of cues with no "WEBVTT" line at the top), or
 * null when it is one ordinary WebVTT file: signed at the top, no header further down. Problems
 * with a timestamp map are reported.
 */
export function findSegments(lines: string[], diagnostics: Diagnostic[]): SegmentPart[] | null {
  // The top line is the signature whatever follows it (the one-file reader says what is wrong there).
  const signedAtTop = SIGNATURE_LINE.test(lines[0]!);
  const starts: number[] = signedAtTop ? [0] : [];
  for (let i = 1; i < lines.length; i++) if (lines[i]!.startsWith('WEBVTT') && isSegmentHeader(lines, i)) starts.push(i);
  // One segment (a single HLS segment file among them) is an ordinary file: its map moves nothing.
  if (signedAtTop && starts.length === 1) return null;
  const parts: SegmentPart[] = [];
  const leadEnd = starts[0] ?? lines.length;
  if (!signedAtTop && lines.slice(0, leadEnd).some((l) => l.trim() !== '')) parts.push({ first: 0, end: leadEnd, signed: false });
  starts.forEach((first, k) => parts.push({ first, end: starts[k + 1] ?? lines.length, signed: true }));
  for (const part of parts) {
    // The header runs to the first blank line; a part without a signature may still start with a map.
    for (let i = part.first; i < part.end && lines[i] !== '' && !lines[i]!.includes('-->'); i++) {
      const m = MAP_LINE.exec(lines[i]!);
      if (!m) continue;
      const map = parseTimestampMap(m[1]!);
      if (map) part.map = map;
      else diagnostics.push({ severity: 'warning', line: i + 1, message: `malformed X-TIMESTAMP-MAP "${lines[i]!.slice(0, 80)}": expected MPEGTS:<90 kHz time>,LOCAL:<cue time>; the segment is placed by its neighbours` });
    }
  }
  return parts;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Where each part's cue time 0 lies on the track, in ms, from the start of the first part. A
 * mapped part is placed by its map (the 33-bit MPEG time unwrapped: a fall of more than half its
 * range is a wrap, not a step back); a part without a map follows its mapped neighbour by the
 * usual distance between segments (or by its own length when no two segments are mapped).
 * `lengthsMs` is each part's last cue end, in its own cue time.
 */
export function placeSegments(parts: SegmentPart[], lengthsMs: number[], diagnostics: Diagnostic[]): number[] {
  const media: Array<number | undefined> = [];
  let wraps = 0;
  let previous: number | undefined;
  for (const part of parts) {
    if (!part.map) {
      media.push(undefined);
      continue;
    }
    if (previous !== undefined && part.map.mpegts < previous - MPEGTS_WRAP / 2) wraps++;
    previous = part.map.mpegts;
    media.push((part.map.mpegts + wraps * MPEGTS_WRAP) / MPEGTS_TICKS_PER_MS - part.map.localMs);
  }
  const firstMapped = media.findIndex((m) => m !== undefined);
  // No map anywhere: the cue times are all there is, taken as written.
  if (firstMapped === -1) return parts.map(() => 0);
  const steps: number[] = [];
  for (let i = 1; i < media.length; i++) {
    const a = media[i - 1];
    const b = media[i];
    if (a !== undefined && b !== undefined && b > a) steps.push(b - a);
  }
  const usualStep = median(steps);
  const offsets = media.map((m) => (m === undefined ? undefined : m - media[firstMapped]!));
  for (let i = firstMapped + 1; i < parts.length; i++) {
    if (offsets[i] !== undefined) continue;
    offsets[i] = offsets[i - 1]! + (usualStep ?? lengthsMs[i - 1]!);
    unmapped(parts[i]!, diagnostics, 'placed after the segment before it');
  }
  for (let i = firstMapped - 1; i >= 0; i--) {
    offsets[i] = offsets[i + 1]! - (usualStep ?? lengthsMs[i]!);
    unmapped(parts[i]!, diagnostics, 'placed just before the first mapped segment');
  }
  // A loop, not Math.min(...): a capture may have more segments than a call takes arguments.
  let least = Infinity;
  for (const o of offsets as number[]) least = Math.min(least, o);
  return (offsets as number[]).map((o) => Math.round(o - least));
}

function unmapped(part: SegmentPart, diagnostics: Diagnostic[], where: string): void {
  const what = part.signed ? 'segment has no X-TIMESTAMP-MAP' : `the cues before the first "WEBVTT" line (lines 1-${part.end}) have no header`;
  diagnostics.push({ severity: 'warning', line: part.first + 1, message: `${what}: ${where} (its place is estimated)` });
}
