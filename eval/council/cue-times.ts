/**
 * Cue times of a WebVTT or SRT file, read without recap's parser so the gold check and the
 * uniform baseline do not depend on the code under evaluation. Every timing line
 * "start --> end" is one cue, numbered from 1 in file order (the numbering the gold files use).
 * Times in ms.
 */

import { vttTimestampMs } from '../align/vtt-times';

export interface CueTime {
  /** 1-based position of the cue in the file */
  number: number;
  startMs: number;
  endMs: number;
}

const TIMING_LINE = /^\s*(\S+)\s+-->\s+(\S+)/;

export function cueTimes(text: string): CueTime[] {
  const cues: CueTime[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = TIMING_LINE.exec(line);
    if (!m) continue;
    const startMs = vttTimestampMs(m[1]!);
    const endMs = vttTimestampMs(m[2]!);
    if (startMs === null || endMs === null) continue;
    cues.push({ number: cues.length + 1, startMs, endMs });
  }
  return cues;
}
