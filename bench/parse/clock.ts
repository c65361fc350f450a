import { clockParts } from '../../src/model/timecode';

/** Timestamps as each caption format writes them; every input is an integer number of ms. */

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** "HH:MM:SS<sep>mmm"; hours take at least `hourWidth` digits (WebVTT, SRT, SBV, TTML). */
export function clock(ms: number, separator: string, hourWidth = 2): string {
  const { hours, minutes, seconds, millis } = clockParts(ms);
  return `${pad(hours, hourWidth)}:${pad(minutes, 2)}:${pad(seconds, 2)}${separator}${pad(millis, 3)}`;
}

/** "H:MM:SS.cc" in centiseconds, rounded down (ASS/SSA). */
export function centiClock(ms: number): string {
  const { hours, minutes, seconds, millis } = clockParts(ms);
  return `${hours}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(Math.floor(millis / 10), 2)}`;
}

/** "mm:ss.cc" with minutes growing past 59 (LRC has no hours). */
export function minuteClock(ms: number): string {
  const { hours, minutes, seconds, millis } = clockParts(ms);
  return `${pad(hours * 60 + minutes, 2)}:${pad(seconds, 2)}.${pad(Math.floor(millis / 10), 2)}`;
}
