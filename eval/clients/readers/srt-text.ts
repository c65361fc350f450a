import type { ReadCue } from '../agreement';

const TIMING = /^(\d+):(\d{2}):(\d{2})[,.](\d{3}) --> (\d+):(\d{2}):(\d{2})[,.](\d{3})/;

const ms = (h: string, m: string, s: string, f: string): number => ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(f);

/**
 * Reads the SubRip that ffmpeg writes (its own output, one block per event: number, timing, text
 * lines, a blank line). Not a general SRT reader: it only needs to read ffmpeg's, exactly.
 */
export function readFfmpegSrt(text: string): ReadCue[] {
  const cues: ReadCue[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const timing = TIMING.exec(lines[i]!);
    if (!timing || !/^\d+$/.test(lines[i - 1] ?? '')) continue;
    const [, h1, m1, s1, f1, h2, m2, s2, f2] = timing as unknown as string[];
    const body: string[] = [];
    // Text ends at the blank line before the next block's number and timing.
    while (i + 1 < lines.length && !(lines[i + 1] === '' && (i + 3 >= lines.length || (/^\d+$/.test(lines[i + 2]!) && TIMING.test(lines[i + 3]!))))) body.push(lines[++i]!);
    cues.push({ startMs: ms(h1!, m1!, s1!, f1!), endMs: ms(h2!, m2!, s2!, f2!), text: body.join('\n') });
  }
  return cues;
}
