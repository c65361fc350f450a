/**
 * Cue times of a WebVTT or SRT file, read without recap's parser so the gold check and the
 * uniform baseline do not depend on the code under evaluation. Every timing line
 * "start --> end" is one cue, numbered from 1 in file order (the numbering the gold files use).
 * Times in ms.
 */

export interface CueTime {
  /** 1-based position of the cue in the file */
  number: number;
  startMs: number;
  endMs: number;
}

const TIMESTAMP = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{3})$/;
const TIMING_LINE = /^\s*(\S+)\s+-->\s+(\S+)/;

/** "[hh:]mm:ss.ttt" (WebVTT) or "hh:mm:ss,ttt" (SRT) -> ms, or null when it is not one. */
export function timestampMs(text: string): number | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const [, h, min, sec, ms] = m;
  return ((Number(h ?? 0) * 60 + Number(min)) * 60 + Number(sec)) * 1000 + Number(ms);
}

export function cueTimes(text: string): CueTime[] {
  const cues: CueTime[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = TIMING_LINE.exec(line);
    if (!m) continue;
    const startMs = timestampMs(m[1]!);
    const endMs = timestampMs(m[2]!);
    if (startMs === null || endMs === null) continue;
    cues.push({ number: cues.length + 1, startMs, endMs });
  }
  return cues;
}

/** Earliest cue start and latest cue end, or null when there is no cue. */
export function cueSpan(cues: readonly CueTime[]): { startMs: number; endMs: number } | null {
  if (cues.length === 0) return null;
  return cues.reduce((span, c) => ({ startMs: Math.min(span.startMs, c.startMs), endMs: Math.max(span.endMs, c.endMs) }), { startMs: Infinity, endMs: -Infinity });
}
