/**
 * The captioned span of a WebVTT file, read independently of recap's parser so the uniform
 * baseline does not depend on the code under evaluation: every cue timing line
 * "start --> end ..." counts. Times in ms.
 */

const TIMESTAMP = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{3})$/;
const TIMING_LINE = /^\s*(\S+)\s+-->\s+(\S+)/;

/** A cue timestamp, WebVTT "[hh:]mm:ss.ttt" or SRT "hh:mm:ss,ttt", -> ms, or null when it is not one. */
export function vttTimestampMs(text: string): number | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const [, h, min, sec, ms] = m;
  return ((Number(h ?? 0) * 60 + Number(min)) * 60 + Number(sec)) * 1000 + Number(ms);
}

/** Earliest cue start and latest cue end (ms), or null when the file has no readable cue timing. */
export function vttCueSpan(text: string): { startMs: number; endMs: number } | null {
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = TIMING_LINE.exec(line);
    if (!m) continue;
    const start = vttTimestampMs(m[1]!);
    const end = vttTimestampMs(m[2]!);
    if (start === null || end === null) continue;
    startMs = Math.min(startMs, start);
    endMs = Math.max(endMs, end);
  }
  return startMs <= endMs ? { startMs, endMs } : null;
}
