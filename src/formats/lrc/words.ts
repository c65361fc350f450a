import type { TextSpan } from '../../model/source-cue';
import { parseLrcTime } from './time-tag';

const ANGLE_TAG = /<([^<>]*)>/g;

/**
 * Splits a lyrics line at enhanced-LRC word times ("<00:12.50>word"): each span after such a
 * tag carries its time (ms). Angle brackets that hold no time stay in the text; a time at the
 * very end (it marks where the last word stops) has nothing to carry and is dropped.
 */
export function lyricSpans(text: string): TextSpan[] {
  // Most lines have no word times: one span, without a regex pass.
  if (text.indexOf('<') === -1) return text === '' ? [] : [{ text }];
  const spans: TextSpan[] = [];
  let atMs: number | undefined;
  let from = 0;
  const flush = (upTo: number) => {
    const piece = text.slice(from, upTo);
    if (piece !== '') spans.push(atMs === undefined ? { text: piece } : { text: piece, atMs });
  };
  for (const m of text.matchAll(ANGLE_TAG)) {
    const ms = parseLrcTime(m[1]!);
    if (ms === null) continue;
    flush(m.index);
    atMs = ms;
    from = m.index + m[0].length;
  }
  flush(text.length);
  return spans;
}
