import type { InputWarning } from '../model/input-warning';
import type { Cue } from '../model/track';

/**
 * Repeated caption lines: rolling captions whose repeats were not removed, or a file that shows the
 * same cue over and over, publish every sentence several times.
 */

/**
 * Share of the words, in lines already seen earlier in the track, above which the text is
 * reported: "more than a few percent". Real minutes repeat a motion or "all those in favour say
 * aye" now and then, well under 1% of a meeting's words; rolling repeats left in double the text.
 */
export const REPEATED_SHARE = 0.05;
/**
 * Lines shorter than this repeat in any meeting ("Thank you.", "Yes, Madam Chair."), so only
 * lines of at least this many words count as repeats, and as words of the track.
 */
export const MIN_REPEAT_WORDS = 5;
/** Fewer words than this give no share worth stating (a single repeated line in a short clip). */
export const MIN_WORDS_FOR_SHARE = 200;

/**
 * Identical cues in a row from which the text is reported whatever their length: a stuck caption
 * encoder or an ASR loop ("Thank you." over and over in a silence). People repeat a short reply a
 * few times in a row (4 at most in the AMI and ICSI meetings); ten is more than twice that.
 */
export const MAX_IDENTICAL_RUN = 10;

/** The line as compared: lower case, letters and digits only, single spaces. */
function lineKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The longest run of consecutive cues with the same text (sound-only cues skipped). */
function identicalRun(cues: readonly Cue[], file: string): InputWarning[] {
  let best: { first: Cue; length: number } | undefined;
  let first: Cue | undefined;
  let length = 0;
  let previous: string | undefined;
  for (const cue of cues) {
    if (cue.nonSpeech) continue;
    const key = lineKey(cue.text);
    if (key !== '' && key === previous) {
      length++;
    } else {
      first = cue;
      length = 1;
    }
    previous = key;
    if (first && (!best || length > best.length)) best = { first, length };
  }
  if (!best || best.length < MAX_IDENTICAL_RUN) return [];
  return [
    {
      code: 'repeated-text',
      file,
      ...(best.first.line !== undefined ? { line: best.first.line } : {}),
      message: `${best.length} cues in a row say the same (${JSON.stringify(best.first.text.slice(0, 60))}), ${MAX_IDENTICAL_RUN} or more: a stuck encoder or a recogniser's loop`,
      value: best.length,
    },
  ];
}

/** Repeated lines over the whole track, then runs of identical cues. */
export function checkRepeatedText(cues: readonly Cue[], file: string): InputWarning[] {
  return [...repeatedLines(cues, file), ...identicalRun(cues, file)];
}

function repeatedLines(cues: readonly Cue[], file: string): InputWarning[] {
  const seen = new Set<string>();
  let words = 0;
  let repeated = 0;
  let first: Cue | undefined;
  for (const cue of cues) {
    if (cue.nonSpeech) continue;
    for (const line of cue.text.split('\n')) {
      const key = lineKey(line);
      const n = key === '' ? 0 : key.split(' ').length;
      words += n;
      if (n < MIN_REPEAT_WORDS) continue;
      if (seen.has(key)) {
        repeated += n;
        first ??= cue;
      } else {
        seen.add(key);
      }
    }
  }
  if (words < MIN_WORDS_FOR_SHARE || repeated / words <= REPEATED_SHARE || !first) return [];
  const percent = Math.round((repeated / words) * 1000) / 10;
  return [
    {
      code: 'repeated-text',
      file,
      ...(first.line !== undefined ? { line: first.line } : {}),
      message: `${percent}% of the words (${repeated.toLocaleString('en-US')} of ${words.toLocaleString('en-US')}) are in lines of ${MIN_REPEAT_WORDS} or more words repeated from earlier cues, more than ${REPEATED_SHARE * 100}%: rolling captions not de-duplicated, or cues written over and over`,
      value: percent,
    },
  ];
}
