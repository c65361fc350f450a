import { INTERACTIVE_TRANSCRIPT_PATH, recordingPlayerPath, speakerPagePath, transcriptPagePath, type RecordingPlayerFile } from '../../model/event-layout';

/**
 * The links between an event's pages. Every href here is relative, so the pages work from a
 * folder, from S3 or behind a server, under any prefix: the event page is events/<id>/index.html,
 * a transcript is events/<id>/sessions/<sessionId>/transcript.html.
 */

/** From the event page to a session's transcript. */
export function transcriptHref(sessionId: string, anchor?: string): string {
  return `${transcriptPagePath(encodeURIComponent(sessionId))}${anchor ? `#${anchor}` : ''}`;
}

/** From a transcript back to the event page. */
export const EVENT_PAGE_FROM_TRANSCRIPT = '../../index.html';

/** The id a search hit links to: `transcript.html#t-<startMs>` of its segment's start. */
export function segmentAnchor(startMs: number): string {
  return `t-${startMs}`;
}

/** From a transcript to the event's interactive-transcript.js (a module script of the site). */
export const INTERACTIVE_TRANSCRIPT_FROM_TRANSCRIPT = `../../${INTERACTIVE_TRANSCRIPT_PATH}`;

/** From a transcript to a file of its recording's player (captions on the recording's clock, chapters). */
export function recordingFileFromTranscript(recordingId: string, file: RecordingPlayerFile): string {
  return `../../${recordingPlayerPath(encodeURIComponent(recordingId), file)}`;
}

/** From a transcript to its session's own caption file (timed from the session's start). */
export function sessionCaptionsFromTranscript(ext: 'vtt' | 'srt'): string {
  return `captions.${ext}`;
}

/** A paragraph's id in its transcript, from its index in the session (0-based). */
export function paragraphAnchor(index: number): string {
  return `p-${index}`;
}

/*
 * A speaker's page is events/<id>/speakers/<slug>.html; slugs hold only [a-z0-9-], session ids are
 * manifest ids, so neither needs more than encodeURIComponent's no-op to be a safe path segment.
 */

/** From the event page to a speaker's page. */
export function speakerHref(slug: string): string {
  return speakerPagePath(encodeURIComponent(slug));
}

/** From a transcript to a speaker's page. */
export function speakerHrefFromTranscript(slug: string): string {
  return `../../${speakerHref(slug)}`;
}

/** From a speaker's page back to the event page. */
export const EVENT_PAGE_FROM_SPEAKER = '../index.html';

/** From a speaker's page to a session's transcript, at an anchor of it. */
export function transcriptHrefFromSpeaker(sessionId: string, anchor?: string): string {
  return `../${transcriptHref(sessionId, anchor)}`;
}
