import { minuteClock } from './clock';
import { plainText, type GeneratedCue } from './serialize';

/** Formats with one line per cue: LRC (start times only) and MicroDVD (frame numbers). */

/** LRC holds one text line per time tag: a cue's two caption lines are joined by a space. */
export function serializeLrc(cues: GeneratedCue[]): string {
  const head = ['[ti:Council meeting]', '[ar:City Council]', '[by:recap bench]'];
  const lines = cues.map((c) => `[${minuteClock(c.startMs)}]${c.lines.map(plainText).join(' ')}`);
  return `${[...head, ...lines].join('\n')}\n`;
}

/** Frames per second the MicroDVD file states on its first line (PAL). */
const FPS = 25;

export function serializeMicroDvd(cues: GeneratedCue[]): string {
  const frame = (ms: number) => Math.round((ms * FPS) / 1000);
  const lines = cues.map((c) => `{${frame(c.startMs)}}{${frame(c.endMs)}}${c.lines.map(plainText).join('|')}`);
  return `${[`{1}{1}${FPS.toFixed(3)}`, ...lines].join('\n')}\n`;
}
