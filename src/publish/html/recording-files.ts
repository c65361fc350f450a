import type { RecordingPlayerFile } from '../../model/event-layout';
import type { Transcript } from '../../model/transcript';
import { YOUTUBE_CHAPTER_RULES } from '../chapters';
import { el, fragment, type Html } from './builder';
import { recordingTime } from './session-times';
import type { LanguageAttributes } from './text-language';

/** Which downloadable files a session page offers (each present in the store when true). */
export interface SessionFiles {
  /** sessions/<id>/captions.vtt and .srt: timed from the session's start */
  sessionCaptions: boolean;
  /** recordings/<rid>/captions.vtt: on the recording's clock */
  recordingCaptions: boolean;
  /** recordings/<rid>/chapters.vtt */
  chapters: boolean;
  /** recordings/<rid>/chapters.youtube.txt */
  youTubeChapters: boolean;
}

/**
 * The "Files" section: the session's caption files and its recording's player files, each saying
 * which clock its times are on (the session's captions start at 00:00:00 at the session's start;
 * the page and the recording's files use the recording's own times). All of it is recap's own
 * words: `ui` marks their language on a page in another.
 */
export function recordingFilesSection(
  files: SessionFiles,
  t: Transcript,
  sessionHref: (ext: 'vtt' | 'srt') => string,
  recordingHref: (recordingId: string, file: RecordingPlayerFile) => string,
  ui: LanguageAttributes = {},
): Html | null {
  const items: Html[] = [];
  if (files.sessionCaptions) {
    items.push(
      el(
        'li',
        null,
        'This session\u2019s captions: ',
        el('a', { href: sessionHref('vtt') }, 'WebVTT'),
        ', ',
        el('a', { href: sessionHref('srt') }, 'SRT'),
        fragment('. Their times start at 00:00:00 at the session\u2019s start, which is ', recordingTime(t.startMs), ' in the recording.'),
      ),
    );
  }
  if (files.recordingCaptions) items.push(el('li', null, el('a', { href: recordingHref(t.recording, 'captions.vtt') }, 'Captions of the whole recording (WebVTT)'), ', in recording times, as the player above uses them.'));
  if (files.chapters) items.push(el('li', null, el('a', { href: recordingHref(t.recording, 'chapters.vtt') }, 'Chapters of the recording (WebVTT)'), ': one per session, in recording times.'));
  if (files.youTubeChapters) items.push(el('li', null, el('a', { href: recordingHref(t.recording, 'chapters.youtube.txt') }, 'Chapter list for a YouTube description'), ': paste it into the video\u2019s description.'));
  else if (files.chapters) {
    const { minChapters, minSeconds } = YOUTUBE_CHAPTER_RULES;
    items.push(el('li', null, `No chapter list for YouTube: YouTube shows chapters only when there are at least ${minChapters}, each ${minSeconds} seconds or longer, and this recording\u2019s sessions make fewer once those shorter than ${minSeconds} seconds are merged into their neighbours.`));
  }
  if (items.length === 0) return null;
  return el('section', { id: 'files', 'aria-labelledby': 'files-heading', ...ui }, el('h2', { id: 'files-heading' }, 'Files'), el('ul', null, items));
}
