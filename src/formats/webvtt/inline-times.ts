import type { Diagnostic } from '../../model/track';
import type { SourceCue } from '../../model/source-cue';

/**
 * Inline timestamps (`<00:00:04.486>`, the time each word is said) must lie within their cue. A
 * tool that joins a live stream's segments and moves each cue by its segment's place, but not the
 * timestamps inside its text (so they still count from their segment's start), leaves them seconds
 * or hours before their cue. Such timestamps are moved by their segment's shift, keeping their
 * spacing: the cues of one segment share it, so each run of consecutive cues whose possible
 * shifts overlap takes the smallest shift all of them allow (a word is put at the earliest time
 * its cues allow). A cue whose timestamps cannot all fit in it keeps only those that do; the
 * words of the others take the time of the word before them.
 */

interface Misplaced {
  cue: SourceCue;
  /** the shifts that put every timestamp of the cue inside it: [least, most], empty when least > most */
  least: number;
  most: number;
}

function misplaced(cue: SourceCue): Misplaced | null {
  let first = Infinity;
  let last = -Infinity;
  for (const span of cue.spans) {
    if (span.atMs === undefined) continue;
    first = Math.min(first, span.atMs);
    last = Math.max(last, span.atMs);
  }
  if (first === Infinity || (first >= cue.startMs && last <= cue.endMs)) return null;
  return { cue, least: cue.startMs - first, most: cue.endMs - last };
}

function shiftTimes(cue: SourceCue, by: number): void {
  cue.spans = cue.spans.map((span) => (span.atMs === undefined ? span : { ...span, atMs: span.atMs + by }));
}

function dropOutside(cue: SourceCue): void {
  cue.spans = cue.spans.map((span) => {
    if (span.atMs === undefined || (span.atMs >= cue.startMs && span.atMs <= cue.endMs)) return span;
    const rest = { ...span };
    delete rest.atMs;
    return rest;
  });
}

export function fitInlineTimes(cues: SourceCue[], diagnostics: Diagnostic[]): void {
  const found = cues.map(misplaced).filter((m): m is Misplaced => m !== null);
  if (found.length === 0) return;
  let dropped = 0;
  // Runs of consecutive misplaced cues whose shifts overlap: [start, end) in `found`, and their common range.
  let start = 0;
  let least = -Infinity;
  let most = Infinity;
  const close = (end: number) => {
    for (let k = start; k < end; k++) shiftTimes(found[k]!.cue, least);
  };
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    if (m.least > m.most) {
      dropOutside(m.cue);
      dropped++;
      close(k);
      start = k + 1;
      least = -Infinity;
      most = Infinity;
      continue;
    }
    if (Math.max(least, m.least) > Math.min(most, m.most)) {
      close(k);
      start = k;
      least = m.least;
      most = m.most;
    } else {
      least = Math.max(least, m.least);
      most = Math.min(most, m.most);
    }
  }
  close(found.length);
  diagnostics.push({
    severity: 'warning',
    line: found[0]!.cue.line,
    message: `inline timestamps outside their cue (counted from a segment's start?): moved into ${found.length - dropped} cues, left out of ${dropped} cues`,
  });
}
