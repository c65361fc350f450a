import { clockMs } from '../model/timecode';

/**
 * Caption-file time syntax read by the format readers. Inside recap every time is an integer
 * number of milliseconds; turning one into text is src/model/timecode.ts's.
 */

/** Float seconds (as parsers report them) to integer ms, rounding away float noise. */
export function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

/**
 * Parses a clock time "H:MM:SS.fff", "MM:SS.fff", with "." or "," before the fraction, which
 * may have 1-3 digits (",5" is half a second, not 5 ms). Returns null when it is not one.
 */
export function parseClockTime(text: string): number | null {
  const m = /^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3})\d*)?\s*$/.exec(text);
  if (!m) return null;
  const h = m[1] ? parseInt(m[1], 10) : 0;
  const min = parseInt(m[2]!, 10);
  const s = parseInt(m[3]!, 10);
  if (min > 59 || s > 59) return null;
  return clockMs(h, min, s, m[4] ? parseInt(m[4].padEnd(3, '0'), 10) : 0);
}

/** Parses a "start --> end" line with recap's own clock-time rules, or null. */
export function parseArrowTiming(line: string): { startMs: number; endMs: number } | null {
  const arrow = line.indexOf('-->');
  if (arrow === -1) return null;
  const startMs = parseClockTime(line.slice(0, arrow));
  // Anything after the end time (SRT position hints "X1:..") is not part of it.
  const endMs = parseClockTime(line.slice(arrow + 3).trim().split(/\s+/)[0] ?? '');
  return startMs === null || endMs === null ? null : { startMs, endMs };
}
