import { evalTokens } from '../common/porter1980';
import { vttTimestampMs } from '../align/vtt-times';

/**
 * EVAL.md's search baseline, read from captions.vtt without recap's parser: BM25 over 30 s
 * windows [30000j, 30000(j+1)) holding the text of the cues that start in them, tokens as for
 * ROUGE (lower-case [a-z0-9] runs, longer than 2 chars stemmed by the 1980 Porter rules).
 */

export interface TimedText {
  startMs: number;
  text: string;
}

const WINDOW_MS = 30_000;
const K1 = 1.2;
const B = 0.75;

/** Cue starts and texts of a WebVTT file; voice and other tags removed, the usual entities decoded. */
export function vttCues(vtt: string): TimedText[] {
  const out: TimedText[] = [];
  for (const block of vtt.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = block.split('\n');
    const at = lines.findIndex((l) => l.includes('-->'));
    if (at < 0) continue;
    const start = vttTimestampMs(lines[at]!.trim().split(/\s+/)[0]!);
    if (start === null) continue;
    const text = lines
      .slice(at + 1)
      .join(' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&');
    out.push({ startMs: start, text });
  }
  return out;
}

export interface Window {
  startMs: number;
  endMs: number;
}

export class Bm25Windows {
  private readonly windows: { startMs: number; tf: Map<string, number>; length: number }[] = [];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(cues: TimedText[]) {
    const texts = new Map<number, string[]>();
    for (const cue of cues) {
      const j = Math.floor(cue.startMs / WINDOW_MS);
      (texts.get(j) ?? texts.set(j, []).get(j)!).push(cue.text);
    }
    for (const j of [...texts.keys()].sort((a, b) => a - b)) {
      const tokens = evalTokens(texts.get(j)!.join(' '));
      if (tokens.length === 0) continue; // empty windows are dropped
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.windows.push({ startMs: j * WINDOW_MS, tf, length: tokens.length });
    }
    this.avgLength = this.windows.reduce((a, w) => a + w.length, 0) / Math.max(1, this.windows.length);
  }

  search(query: string, limit = 10): Window[] {
    const n = this.windows.length;
    const terms = [...new Set(evalTokens(query))];
    const scored: { startMs: number; score: number }[] = [];
    for (const w of this.windows) {
      let score = 0;
      for (const t of terms) {
        const tf = w.tf.get(t) ?? 0;
        if (tf === 0) continue;
        const df = this.df.get(t)!;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * w.length) / this.avgLength));
      }
      if (score > 0) scored.push({ startMs: w.startMs, score });
    }
    scored.sort((a, b) => b.score - a.score || a.startMs - b.startMs);
    return scored.slice(0, limit).map((s) => ({ startMs: s.startMs, endMs: s.startMs + WINDOW_MS }));
  }
}
