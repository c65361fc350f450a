/**
 * SCC timecodes. Line 21 captions belong to NTSC video, which runs at 30000/1001 (about 29.97)
 * frames per second whatever the timecode says, so every timecode is first turned into a frame
 * count and the frame count into milliseconds:
 * - non-drop "HH:MM:SS:FF" labels 30 frames to each labelled second, so the label falls behind
 *   the clock by 3.6 s an hour (01:00:00:00 is frame 108000, 3603.6 s into the video);
 * - drop-frame "HH:MM:SS;FF" skips labels ;00 and ;01 at the start of each minute except every
 *   tenth minute, which keeps the label within a frame of the clock.
 * (ttconv reads non-drop timecodes as exact 30 fps and pycaption reads drop-frame labels as clock
 * time; both are off by the drift that the frame count removes.)
 */

/** Nominal frames per labelled second. */
export const FRAMES_PER_SECOND = 30;

export interface SccTimecode {
  /** frame number from 00:00:00:00 */
  frames: number;
  dropFrame: boolean;
}

export type TimecodeResult = { ok: true; timecode: SccTimecode; note?: string } | { ok: false; problem: string };

/** "HH:MM:SS:FF"; the last separator says drop-frame (";" or ".") or non-drop (":"). */
const TIMECODE = /^(\d{1,3})[:;](\d{2})[:;](\d{2})([:;.])(\d{2})$/;

export function parseSccTimecode(text: string): TimecodeResult {
  const m = TIMECODE.exec(text);
  if (!m) return { ok: false, problem: `"${text.slice(0, 20)}" is not a timecode HH:MM:SS:FF or HH:MM:SS;FF` };
  const [h, min, s, f] = [m[1]!, m[2]!, m[3]!, m[5]!].map((x) => parseInt(x, 10)) as [number, number, number, number];
  const dropFrame = m[4] !== ':';
  if (min > 59 || s > 59) return { ok: false, problem: `timecode ${text} has minutes or seconds above 59` };
  if (f >= FRAMES_PER_SECOND) return { ok: false, problem: `timecode ${text} has frame ${f}; there are 30 frames (00-29) a second` };
  const totalMinutes = h * 60 + min;
  let frame = f;
  let note: string | undefined;
  if (dropFrame && s === 0 && frame < 2 && totalMinutes % 10 !== 0) {
    // This label does not exist in drop-frame counting; the next label that does is ;02.
    note = `drop-frame timecode ${text} names a skipped label; read as ;02`;
    frame = 2;
  }
  let frames = ((h * 60 + min) * 60 + s) * FRAMES_PER_SECOND + frame;
  if (dropFrame) frames -= 2 * (totalMinutes - Math.floor(totalMinutes / 10));
  return note ? { ok: true, timecode: { frames, dropFrame }, note } : { ok: true, timecode: { frames, dropFrame } };
}

/** Milliseconds (integer) from 00:00:00:00 to the start of the given frame at 30000/1001 fps. */
export function framesToMs(frames: number): number {
  return Math.round((frames * 1001) / 30);
}
