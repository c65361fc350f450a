import { transcriptPageKey } from '../../model/event-layout';
import type { ResolvedManifest } from '../../model/manifest-resolved';
import { recordingLink } from '../../model/recording-link';
import { clock } from '../../model/timecode';
import { UNIDENTIFIED_SPEAKER, type Segment } from '../../model/transcript';
import { segmentAnchor } from '../html/page-links';
import { recordingLanguage } from '../html/text-language';

/**
 * One moment of a recording as the site's static search indexes it: a search segment
 * (segments.jsonl), which is what a hit is for the people searching, never a whole page.
 */
export interface SiteSearchRecord {
  /** from the site's root: the transcript page at the segment's anchor (`t-<startMs>`) */
  url: string;
  /** what is searched and what the snippet is cut from: the words said */
  content: string;
  /** the index it goes in: the language of its recording (its own, else the event's), by primary subtag ("en" for "en-GB") */
  language: string;
  /** shown with a hit: event, session, speaker, time (h:mm:ss and ms) and the recording at that moment */
  meta: Record<string, string>;
  /** what a search may be limited to: the event (the event page's form asks for its own) */
  filters: Record<string, string[]>;
}

/** Version of the records: folded into the publish-site stage's version. */
export const SITE_SEARCH_RECORDS = 'site-records@2';

/**
 * The index's language: a static search engine keeps one index (and one stemmer) per language
 * and knows languages by their primary subtag; anything that is not a tag goes in "unknown",
 * indexed without stemming rather than dropped.
 */
export function indexLanguage(tag: string): string {
  const primary = /^([a-zA-Z]{2,3})(?:-|$)/.exec(tag)?.[1];
  return primary ? primary.toLowerCase() : 'unknown';
}

/** The records of one event: one per segment of a session the manifest lists, in the segments' order. */
export function siteSearchRecords(manifest: ResolvedManifest, segments: readonly Segment[]): SiteSearchRecord[] {
  const sessions = new Map(manifest.sessions.map((s) => [s.id, s.title]));
  const urls = new Map(manifest.recordings.map((r) => [r.id, r.url]));
  const out: SiteSearchRecord[] = [];
  for (const segment of segments) {
    // A segment of another event or of a session gone from the agenda has no page to land on.
    const session = sessions.get(segment.sessionId);
    if (segment.eventId !== manifest.id || session === undefined || segment.text.trim() === '') continue;
    const url = urls.get(segment.recording);
    out.push({
      url: `${transcriptPageKey(encodeURIComponent(manifest.id), encodeURIComponent(segment.sessionId))}#${segmentAnchor(segment.startMs)}`,
      content: segment.text,
      // An interpreted channel's words are stemmed (and their hits marked) in its own language.
      language: indexLanguage(recordingLanguage(manifest, segment.recording)),
      meta: {
        title: session,
        event: manifest.title,
        eventId: manifest.id,
        session,
        speaker: segment.speaker ?? UNIDENTIFIED_SPEAKER,
        time: clock(segment.startMs),
        startMs: String(segment.startMs),
        ...(url !== undefined ? { recording: recordingLink(url, segment.startMs) } : {}),
      },
      filters: { event: [manifest.id] },
    });
  }
  return out;
}
