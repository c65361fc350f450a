import type { Track } from '../model/track';
import { isRightToLeft } from '../text/language/registry';
import { RIGHT_TO_LEFT_LETTER } from '../text/language/right-to-left-scripts';

/**
 * Right-to-left text in caption formats that have no direction of their own (WebVTT, SRT).
 *
 * Players lay a caption line out by the Unicode bidirectional algorithm, with a base direction
 * they choose: browsers take each line's first strong character (WebVTT's rendering rules), so an
 * Arabic line opening with a Latin speaker name or ">> Name:" is laid out left to right; renderers
 * built on libass (ffmpeg, mpv, VLC) take left to right for every line, so the full stop ending an
 * Arabic sentence lands on its right, at its start for a reader. Each line holding right-to-left
 * letters is therefore written as a right-to-left paragraph whatever the player: a RIGHT-TO-LEFT
 * MARK first (a strong character: the first-strong rule finds it) and the line inside a
 * RIGHT-TO-LEFT EMBEDDING (which holds even where the base direction is forced). Lines of only
 * left-to-right text ("Thank you.") are left as they are. An embedding rather than an isolate
 * (RLI...PDI): renderers older than Unicode 6.3's isolates (FriBidi before 1.0) know embeddings. Readers remove the marks (src/text/bidi-controls.ts).
 */

const RLM = '\u200F';
const RLE = '\u202B';
const PDF = '\u202C';

const RTL_LETTERS = new RegExp(RIGHT_TO_LEFT_LETTER.source, 'gu');
const LETTERS = /\p{L}/gu;

/**
 * Whether a track is written right to left: by its declared language, or, where it declares none,
 * by its letters (most of them of a right-to-left script).
 */
export function isRightToLeftTrack(track: Pick<Track, 'language' | 'cues'>): boolean {
  if (track.language) return isRightToLeft(track.language);
  let rtl = 0;
  let all = 0;
  for (const cue of track.cues) {
    rtl += cue.text.match(RTL_LETTERS)?.length ?? 0;
    all += cue.text.match(LETTERS)?.length ?? 0;
  }
  return rtl > all / 2;
}

/** Whether a line holds a letter of a right-to-left script. */
export function hasRightToLeftLetter(text: string): boolean {
  return RIGHT_TO_LEFT_LETTER.test(text);
}

/** Each line holding right-to-left letters set as a right-to-left paragraph (above); other lines unchanged. */
export function rightToLeftLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (hasRightToLeftLetter(line) ? `${RLM}${RLE}${line}${PDF}` : line))
    .join('\n');
}
