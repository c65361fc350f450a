/** Timestamps as each caption format writes them; every input is an integer number of ms. */

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** "HH:MM:SS<sep>mmm"; hours take at least `hourWidth` digits (WebVTT, SRT, SBV, TTML). */
export function clock(ms: number, separator: string, hourWidth = 2): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h, hourWidth)}:${pad(m, 2)}:${pad(s, 2)}${separator}${pad(ms % 1000, 3)}`;
}

/** "H:MM:SS.cc" in centiseconds (ASS/SSA). */
export function centiClock(ms: number): string {
  const cs = Math.floor(ms / 10);
  const h = Math.floor(cs / 360_000);
  const m = Math.floor(cs / 6000) % 60;
  const s = Math.floor(cs / 100) % 60;
  return `${h}:${pad(m, 2)}:${pad(s, 2)}.${pad(cs % 100, 2)}`;
}

/** "mm:ss.cc" with minutes growing past 59 (LRC has no hours). */
export function minuteClock(ms: number): string {
  const cs = Math.floor(ms / 10);
  return `${pad(Math.floor(cs / 6000), 2)}:${pad(Math.floor(cs / 100) % 60, 2)}.${pad(cs % 100, 2)}`;
}
