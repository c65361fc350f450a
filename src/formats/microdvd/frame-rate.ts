/** Frames per second assumed when a file does not state its rate: the PAL rate most .sub files use. */
export const DEFAULT_FPS = 25;

/** Rates a frame-rate line may plausibly state (fps); anything else is taken for a mistake. */
const MIN_FPS = 1;
const MAX_FPS = 240;

/**
 * The frame rate stated by a MicroDVD first cue such as `{1}{1}23.976` (also `{0}{0}25`), or
 * null when that cue is ordinary text. Returns NaN for a rate line with an implausible rate.
 */
export function statedFrameRate(startFrame: number, endFrame: number | null, text: string): number | null {
  if (startFrame > 1 || endFrame === null || endFrame > 1) return null;
  const m = /^\s*(\d{1,3}(?:[.,]\d+)?)\s*$/.exec(text);
  if (!m) return null;
  const fps = parseFloat(m[1]!.replace(',', '.'));
  return fps >= MIN_FPS && fps <= MAX_FPS ? fps : NaN;
}
