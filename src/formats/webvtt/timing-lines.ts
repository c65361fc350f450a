import { secondsToMs } from '../timecode';

/**
 * Finds the source line of each cue webvtt-parser returns (it reports no line numbers, and sorts
 * cues by time). A timing line is keyed by the times TIMESTAMP reads from it.
 */

const TIMESTAMP = /^\s*((?:\d+:)?\d{2}:\d{2}\.\d{3})\s*-->\s*((?:\d+:)?\d{2}:\d{2}\.\d{3})/;

function timestampToMs(ts: string): number {
  const parts = ts.split(':').map(Number);
  const seconds = parts.length === 3 ? parts[0]! * 3600 + parts[1]! * 60 + parts[2]! : parts[0]! * 60 + parts[1]!;
  return secondsToMs(seconds);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Digits at `at`, as a number, or -1 when there are not exactly `count` of them. */
function digitsAt(line: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = line.charCodeAt(i);
    if (!isDigit(c)) return -1;
    value = value * 10 + (c - 48);
  }
  return isDigit(line.charCodeAt(at + count)) ? -1 : value;
}

/**
 * Reads "[H...:]MM:SS.mmm" at `at` as timestampToMs would (same float arithmetic, so the same
 * rounding), for the plain forms only: returns [ms, end offset], or null for anything else.
 */
function plainTimestamp(line: string, at: number): [number, number] | null {
  let end = at;
  while (isDigit(line.charCodeAt(end))) end++;
  const first = end - at;
  // At most 9 digits of hours: their value is exact however it is computed.
  if (first === 0 || first > 9 || line.charCodeAt(end) !== 58) return null;
  const a = digitsAt(line, at, first);
  const b = digitsAt(line, end + 1, 2);
  if (b < 0) return null;
  const sep = line.charCodeAt(end + 3);
  if (sep === 58) {
    const s = digitsAt(line, end + 4, 2);
    const f = line.charCodeAt(end + 6) === 46 ? digitsAt(line, end + 7, 3) : -1;
    if (s < 0 || f < 0) return null;
    // Number("SS.mmm") is the double nearest SS + mmm/1000, as is this correctly rounded division.
    return [secondsToMs(a * 3600 + b * 60 + (s * 1000 + f) / 1000), end + 10];
  }
  if (sep !== 46 || first !== 2) return null;
  const f = digitsAt(line, end + 4, 3);
  return f < 0 ? null : [secondsToMs(a * 60 + (b * 1000 + f) / 1000), end + 7];
}

/**
 * The times TIMESTAMP reads from a timing line, or null when it does not match. The common
 * "start --> end" shape is read by hand; anything else goes through the regex.
 */
function timingTimes(line: string): [number, number] | null {
  const start = plainTimestamp(line, 0);
  if (start && line.startsWith(' --> ', start[1])) {
    const end = plainTimestamp(line, start[1] + 5);
    if (end) return [start[0], end[0]];
  }
  const m = TIMESTAMP.exec(line);
  return m ? [timestampToMs(m[1]!), timestampToMs(m[2]!)] : null;
}

export interface CueLines {
  /** 1-based timing line of each parsed cue, in the parser's order; 0 when none was found */
  cueLines: number[];
  /** 1-based numbers of every line that holds "-->" */
  arrowLines: number[];
}

/**
 * Gives each parsed cue the first timing line, in source order, with its times that no earlier
 * cue took. When the timing lines' times, in order, are the cues' times (the file's cues are in
 * time order and all were parsed: the usual case) that is simply the n-th line for the n-th cue.
 */
export function findCueLines(lines: string[], cues: Array<{ startMs: number; endMs: number }>): CueLines {
  const arrowLines: number[] = [];
  const timed: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.indexOf('-->') === -1) continue;
    arrowLines.push(i + 1);
    const times = timingTimes(line);
    if (!times) continue;
    timed.push(i + 1);
    starts.push(times[0]);
    ends.push(times[1]);
  }
  let inOrder = timed.length === cues.length;
  for (let k = 0; inOrder && k < cues.length; k++) inOrder = cues[k]!.startMs === starts[k] && cues[k]!.endMs === ends[k];
  if (inOrder) return { cueLines: timed, arrowLines };
  const byTimes = new Map<string, number[]>();
  for (let k = 0; k < timed.length; k++) {
    const key = `${starts[k]}|${ends[k]}`;
    const list = byTimes.get(key);
    if (list) list.push(timed[k]!);
    else byTimes.set(key, [timed[k]!]);
  }
  return { cueLines: cues.map((c) => byTimes.get(`${c.startMs}|${c.endMs}`)?.shift() ?? 0), arrowLines };
}
