import type { SearchIndex } from './inverted-index';

/**
 * Hit windows. A hit is not one segment (a speaker turn, often a second long) but a stretch of
 * talk: the segment where a query word is said and the segments of the same event, recording
 * and session that start less than `windowMs` after it. It is ranked as one BM25 document, so
 * talk about a topic that runs over several short turns counts together, and it is listed as
 * one hit, so its neighbours do not take the other places. The hit ends with the window: like
 * EVAL.md's baseline's 30 s windows, but starting where a query word is said.
 */

export interface Windows {
  windowMs: number;
  /** last[doc]: the last segment of the window that starts at doc */
  last: Int32Array;
  /** content terms of every window, averaged over all windows (BM25's average document length) */
  averageLength: number;
  /** prefix[k]: content terms of segments 0..k-1, so a window's length is a difference */
  prefix: Float64Array;
}

const cache = new WeakMap<SearchIndex, Windows>();

/** Whether segment k may follow segment `first` in one window (same event, recording and session, starting in time). */
export function continuesWindow(index: SearchIndex, first: number, k: number, windowMs: number): boolean {
  const s = index.segments[first]!;
  const n = index.segments[k];
  return n !== undefined && n.eventId === s.eventId && n.recording === s.recording && n.sessionId === s.sessionId && n.startMs < s.startMs + windowMs;
}

/** Every segment's window and the average window length, computed once per index (and per windowMs). */
export function windowsOf(index: SearchIndex, windowMs: number): Windows {
  const cached = cache.get(index);
  if (cached && cached.windowMs === windowMs) return cached;
  const n = index.segments.length;
  const prefix = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) prefix[k + 1] = prefix[k]! + index.docLength[k]!;
  const last = new Int32Array(n);
  let total = 0;
  let end = 0;
  for (let doc = 0; doc < n; doc++) {
    // Segments are in time order within a recording, so a window's end never moves back.
    end = Math.max(end, doc);
    if (!continuesWindow(index, doc, end, windowMs)) end = doc;
    while (continuesWindow(index, doc, end + 1, windowMs)) end++;
    last[doc] = end;
    total += prefix[end + 1]! - prefix[doc]!;
  }
  const windows = { windowMs, last, averageLength: total / Math.max(1, n), prefix };
  cache.set(index, windows);
  return windows;
}
