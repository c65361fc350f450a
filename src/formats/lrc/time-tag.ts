/**
 * An LRC time: "mm:ss", "mm:ss.xx" (hundredths, the usual form) or "mm:ss.xxx"; some writers put
 * ":" or "," before the fraction. Minutes go past 59 in long files. Returns integer ms, or null.
 */
export function parseLrcTime(text: string): number | null {
  const m = /^\s*(\d{1,6}):(\d{1,2})(?:[.:,](\d{1,3}))?\s*$/.exec(text);
  if (!m) return null;
  const seconds = parseInt(m[2]!, 10);
  if (seconds > 59) return null;
  // The fraction is a decimal fraction of a second: ".5" is 500 ms, ".05" 50 ms.
  const fraction = m[3] ? parseInt(m[3].padEnd(3, '0'), 10) : 0;
  return parseInt(m[1]!, 10) * 60_000 + seconds * 1000 + fraction;
}

/** Whether a bracketed tag was meant as a time (digits, colon, digit), so failing to read it is an error. */
export function looksLikeTime(text: string): boolean {
  return /^\s*\d+\s*:\s*\d/.test(text);
}
