import subsrt from 'subsrt-ts';
import type { BuildOptions, ContentCaption } from 'subsrt-ts/dist/types/handler.js';
import type { Cue } from '../model/track';

/** What recap gives subsrt-ts to write: a cue's times (ms) and its text as the format will hold it. */
export interface WrittenCaption {
  startMs: number;
  endMs: number;
  text: string;
  /** MicroDVD only: the frames, which subsrt-ts would otherwise compute 1000 times too large */
  frames?: { start: number; end: number };
}

/**
 * Writes captions with one of subsrt-ts's builders (recap reads every format itself; subsrt-ts
 * only writes the ones recap has no writer of its own for). Lines end in "\n": its default is "\r\n".
 */
export function buildWithSubsrt(format: 'sbv' | 'ass' | 'ssa' | 'smi' | 'lrc' | 'sub', captions: WrittenCaption[], options: Partial<BuildOptions> & Record<string, unknown> = {}): string {
  const content: ContentCaption[] = captions.map((c, i) => ({
    type: 'caption',
    index: i + 1,
    start: c.startMs,
    end: c.endMs,
    duration: c.endMs - c.startMs,
    content: c.text,
    text: c.text,
    ...(c.frames ? { frame: { start: c.frames.start, end: c.frames.end, count: c.frames.end - c.frames.start } } : {}),
  }));
  return subsrt.format[format]!.build(content, { ...options, format, eol: '\n' });
}

/**
 * Ends cut at the next cue's start, for formats where a cue lasts until the next one (SAMI, LRC):
 * they cannot show two cues at once.
 */
export function endsBeforeNext(cues: readonly Cue[]): Array<{ cue: Cue; endMs: number }> {
  return cues.map((cue, i) => {
    const next = cues[i + 1];
    return { cue, endMs: next && next.startMs < cue.endMs ? Math.max(cue.startMs, next.startMs) : cue.endMs };
  });
}
