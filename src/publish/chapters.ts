import { formatTimecode, shortClock } from '../model/timecode';
import { escapeCueText } from '../text/entities';

/**
 * A recording's chapters: where each aligned session lies in it. Two forms: a WebVTT chapters
 * track (one cue per aligned session, at its exact aligned span, as a `<track kind="chapters">`
 * plays it), and the list YouTube reads from a video's description.
 */

/** Version of the chapter files; folded into the captions stage's version. */
export const CHAPTERS_GENERATOR = 'chapters@2';

/** A session of the recording: ms from the recording's 00:00:00, half-open [startMs, endMs). */
export interface ChapterSpan {
  title: string;
  startMs: number;
  endMs: number;
}

/** A chapter title on one line. */
function oneLine(title: string): string {
  return title.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Sessions in time order; of two starting together, the one ending first comes first. */
function inTimeOrder(sessions: readonly ChapterSpan[]): ChapterSpan[] {
  return [...sessions].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

/**
 * The WebVTT chapters file: the sessions in time order, none overlapping (a chapters track's cues
 * must not): a chapter ends where the next begins, and one that begins with an earlier one (the
 * same start) follows it from its end instead. A session left with no time (zero length, or
 * wholly inside the one before) is no chapter. A chapter title is cue text in WebVTT (a reader
 * decodes its entities and takes "<" for a tag), so it is escaped as caption text is: "&", "<"
 * and ">" reach the viewer as the manifest spells them, and "-->" cannot end the cue's timing line.
 */
export function writeChaptersVtt(sessions: readonly ChapterSpan[]): string {
  const sorted = inTimeOrder(sessions);
  const spans: ChapterSpan[] = [];
  sorted.forEach((s, i) => {
    const startMs = Math.max(s.startMs, spans.at(-1)?.endMs ?? -Infinity);
    const next = sorted.slice(i + 1).find((n) => n.startMs > startMs && n.endMs > n.startMs);
    const endMs = Math.min(s.endMs, next?.startMs ?? Infinity);
    if (endMs > startMs) spans.push({ title: s.title, startMs, endMs });
  });
  const cues = spans.map((s, i) => `${i + 1}\n${formatTimecode(s.startMs)} --> ${formatTimecode(s.endMs)}\n${escapeCueText(oneLine(s.title)) || `Chapter ${i + 1}`}\n`);
  return `WEBVTT\n\n${cues.join('\n')}`;
}

/** YouTube's rules for a description's chapter list (YouTube Help, "Add chapters to your videos"). */
export const YOUTUBE_CHAPTER_RULES = { minChapters: 3, minSeconds: 10 } as const;

/** The title of the stretch before the first session when it is long enough to be a chapter. */
export const PRE_ROLL_TITLE = 'Introduction';

/** Leading text YouTube's parser could take for the line's time: timestamps ("0:30", "1:02:03", "12.30"), dashes, bars, colons. */
const LEADING_TIME_LIKE = /^(?:[-\u2013\u2014:|\s]|\d{1,2}(?:[:.]\d{2}){1,2}(?=$|[-\u2013\u2014|\s]))+/;

/**
 * A title YouTube keeps: one line, no angle brackets (a description holding "<" or ">" is
 * refused), no leading timestamp-like text or list dash that its parser could take for the time.
 */
export function youTubeTitle(title: string): string {
  return oneLine(title.replace(/[<>]/g, ' ')).replace(LEADING_TIME_LIKE, '');
}

export type YouTubeChapters = { list: string; chapters: number } | { list: null; reason: string };

/**
 * The chapter list for a YouTube description, or why there is none. Chapters are contiguous there
 * (each runs to the next timestamp), so: the stretch before the first session is an
 * "Introduction" chapter at 0:00; a gap between sessions stays with the session before it; a
 * chapter shorter than 10 s is merged into the one before it (the first one into the one after,
 * which then starts at 0:00); timestamps are whole seconds, rounded down. `durationMs` is the
 * recording's length (the last chapter runs to it).
 */
export function youTubeChapters(sessions: readonly ChapterSpan[], durationMs: number): YouTubeChapters {
  const { minChapters, minSeconds } = YOUTUBE_CHAPTER_RULES;
  const sorted = inTimeOrder(sessions);
  const chapters = sorted.map((s, i) => ({ title: youTubeTitle(s.title) || `Session ${i + 1}`, start: Math.floor(Math.max(0, s.startMs) / 1000) }));
  // Sessions that start in the same second: the later one is the chapter there.
  for (let i = chapters.length - 2; i >= 0; i--) if (chapters[i]!.start === chapters[i + 1]!.start) chapters.splice(i, 1);
  if (chapters.length > 0 && chapters[0]!.start > 0) chapters.unshift({ title: PRE_ROLL_TITLE, start: 0 });
  const end = Math.floor(Math.max(durationMs, ...sorted.map((s) => s.endMs)) / 1000);
  const length = (i: number): number => (chapters[i + 1]?.start ?? end) - chapters[i]!.start;
  let i = 0;
  while (i < chapters.length && chapters.length > 1) {
    if (length(i) >= minSeconds) {
      i++;
      continue;
    }
    if (i === 0) {
      chapters.shift();
      chapters[0]!.start = 0;
    } else chapters.splice(i, 1);
    i = Math.max(0, i - 1);
  }
  if (chapters.length < minChapters || chapters.some((_, k) => length(k) < minSeconds)) {
    const n = chapters.length;
    const merged = sorted.length > n ? ` (${sorted.length} session${sorted.length === 1 ? '' : 's'}; shorter stretches merged into their neighbours)` : '';
    return { list: null, reason: `${n} chapter${n === 1 ? '' : 's'} of ${minSeconds} s or more${merged}, YouTube needs ${minChapters}` };
  }
  return { list: chapters.map((c) => `${shortClock(c.start * 1000)} ${c.title}\n`).join(''), chapters: chapters.length };
}
