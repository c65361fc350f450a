/**
 * The links between an event's pages. Every href here is relative, so the pages work from a
 * folder, from S3 or behind a server, under any prefix: the event page is events/<id>/index.html,
 * a transcript is events/<id>/sessions/<sessionId>/transcript.html.
 */

/** From the event page to a session's transcript. */
export function transcriptHref(sessionId: string, anchor?: string): string {
  return `sessions/${encodeURIComponent(sessionId)}/transcript.html${anchor ? `#${anchor}` : ''}`;
}

/** From a transcript back to the event page. */
export const EVENT_PAGE_FROM_TRANSCRIPT = '../../index.html';

/** The id a search hit links to: `transcript.html#t-<startMs>` of its segment's start. */
export function segmentAnchor(startMs: number): string {
  return `t-${startMs}`;
}

/** A paragraph's id in its transcript, from its index in the session (0-based). */
export function paragraphAnchor(index: number): string {
  return `p-${index}`;
}
