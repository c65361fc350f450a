/**
 * The store keys of an event's files, as CONTRACT.md lays them out ("Output layout"), and the
 * additions recap makes to it; the one place a key is spelt, so stages, search, the server and
 * the tests cannot disagree. Ids are manifest ids (lowercase letters, digits and '-'), so every
 * key is a safe relative path.
 */

/** Every event's folder lies under this prefix. */
export const EVENTS_ROOT = 'events/';

export function eventPrefix(eventId: string): string {
  return `${EVENTS_ROOT}${eventId}/`;
}

/** What the server lists of an event (title, date, language): written with its pages (an addition to CONTRACT.md's layout). */
export function catalogueEntryKey(eventId: string): string {
  return `${eventPrefix(eventId)}catalogue-entry.json`;
}

/**
 * Rewritten whenever a stage changes what the event catalogue shows (an event's entry, page or
 * search index), so a server learns of a change from one stat (src/stages/event-catalogue.ts).
 * Outside events/, so it is never served.
 */
export const CATALOGUE_STAMP_KEY = 'catalogue-stamp.json';

export function manifestKey(eventId: string): string {
  return `${eventPrefix(eventId)}manifest.json`;
}

export function recordingPrefix(eventId: string, recordingId: string): string {
  return `${eventPrefix(eventId)}recordings/${recordingId}/`;
}

/**
 * `source.caption`: the caption file exactly as received, under a name of recap's own. Its own
 * extension would let a file named main.html or main.svg become an active page wherever the store
 * is served (issue 10); its name as the user gave it stays in the manifest and the ingest job.
 */
export function sourceKey(eventId: string, recordingId: string): string {
  return `${recordingPrefix(eventId, recordingId)}${SOURCE_FILE_NAME}`;
}

export const SOURCE_FILE_NAME = 'source.caption';

/**
 * A raw caption file's key: source.caption, and the source.<ext> of stores written before it
 * (which may be source.html), so that all are served as plain text to download, never rendered.
 */
export function isSourceKey(key: string): boolean {
  return /^events\/[^/]+\/recordings\/[^/]+\/source(\.[^/]*)?$/.test(key);
}

export function trackKey(eventId: string, recordingId: string): string {
  return `${recordingPrefix(eventId, recordingId)}track.json`;
}

/**
 * recordings/<recordingId>/ files the captions stage derives for a player of the recording (an
 * addition to CONTRACT.md's layout), timed on the recording's clock where a session's captions
 * start at its own 00:00:00: `captions.vtt` (all the recording's words as published captions, the
 * aligned sessions' at their times in the recording and what is said outside them too: the track
 * a `<video>` of it plays), `chapters.vtt` (a WebVTT chapters
 * track, one cue per aligned session) and `chapters.youtube.txt` (the chapter list for a YouTube
 * description, written only when YouTube would accept it). Beside the recording's track, since
 * they belong to the recording, not to one session.
 */
export const RECORDING_PLAYER_FILES = ['captions.vtt', 'chapters.vtt', 'chapters.youtube.txt'] as const;
export type RecordingPlayerFile = (typeof RECORDING_PLAYER_FILES)[number];

export function recordingPlayerPath(recordingId: string, file: RecordingPlayerFile): string {
  return `recordings/${recordingId}/${file}`;
}

export function recordingPlayerKey(eventId: string, recordingId: string, file: RecordingPlayerFile): string {
  return `${eventPrefix(eventId)}${recordingPlayerPath(recordingId, file)}`;
}

export function alignmentKey(eventId: string): string {
  return `${eventPrefix(eventId)}alignment.json`;
}

/** sessions/<sessionId>/: a session's transcripts, summary and captions. */
function sessionPrefix(eventId: string, sessionId: string): string {
  return `${eventPrefix(eventId)}sessions/${sessionId}/`;
}

/** sessions/<sessionId>/transcript.<ext>, as CONTRACT.md lays it out (the split stage writes all three). */
export function transcriptKey(eventId: string, sessionId: string, ext: 'json' | 'md' | 'txt' = 'json'): string {
  return `${sessionPrefix(eventId, sessionId)}transcript.${ext}`;
}

/** sessions/<sessionId>/transcript.html, relative to the event's folder: the session's page. */
export function transcriptPagePath(sessionId: string): string {
  return `sessions/${sessionId}/transcript.html`;
}

export function transcriptPageKey(eventId: string, sessionId: string): string {
  return `${eventPrefix(eventId)}${transcriptPagePath(sessionId)}`;
}

/**
 * sessions/<sessionId>/index.html: a page that sends the session's folder address on to its
 * transcript page, so `.../sessions/<id>/` answers on any static host (an addition to CONTRACT.md's layout).
 */
export function sessionFolderPageKey(eventId: string, sessionId: string): string {
  return `${sessionPrefix(eventId, sessionId)}index.html`;
}

/** speakers/<slug>.<ext>: one named speaker's words across the event (an addition to CONTRACT.md's layout). */
export function speakerTranscriptKey(eventId: string, slug: string, ext: 'json' | 'md'): string {
  return `${eventPrefix(eventId)}speakers/${slug}.${ext}`;
}

/** speakers/<slug>.html, relative to the event's folder: a speaker's page (an addition to CONTRACT.md's layout). */
export function speakerPagePath(slug: string): string {
  return `speakers/${slug}.html`;
}

export function speakerPageKey(eventId: string, slug: string): string {
  return `${eventPrefix(eventId)}${speakerPagePath(slug)}`;
}

export function segmentsKey(eventId: string): string {
  return `${eventPrefix(eventId)}segments.jsonl`;
}

export function searchIndexKey(eventId: string): string {
  return `${eventPrefix(eventId)}search-index.json`;
}

export function eventSummaryKey(eventId: string): string {
  return `${eventPrefix(eventId)}summary.json`;
}

export function sessionSummaryKey(eventId: string, sessionId: string): string {
  return `${sessionPrefix(eventId, sessionId)}summary.json`;
}

/** sessions/<sessionId>/captions.<ext>, relative to the event's folder, as quality.json names them. */
export function sessionCaptionsPath(sessionId: string, ext: 'vtt' | 'srt'): string {
  return `sessions/${sessionId}/captions.${ext}`;
}

/** warnings.json: implausible input found in each recording (an addition to CONTRACT.md's layout). */
export function warningsKey(eventId: string): string {
  return `${eventPrefix(eventId)}warnings.json`;
}

export function qualityKey(eventId: string): string {
  return `${eventPrefix(eventId)}quality.json`;
}

/** The session pages' script file, relative to the event's folder (an addition to CONTRACT.md's layout). */
export const INTERACTIVE_TRANSCRIPT_PATH = 'interactive-transcript.js';

export function interactiveTranscriptKey(eventId: string): string {
  return `${eventPrefix(eventId)}${INTERACTIVE_TRANSCRIPT_PATH}`;
}

/** events/<id>/index.html: the event page (an addition to CONTRACT.md's layout). */
export function eventPageKey(eventId: string): string {
  return `${eventPrefix(eventId)}index.html`;
}

/** stamps/<stampName>.json: what a stage step read and wrote (an addition to CONTRACT.md's layout). */
export function stampKey(eventId: string, stampName: string): string {
  return `${eventPrefix(eventId)}stamps/${stampName}.json`;
}

/** The event id of a key of that event's folder, or undefined for a key outside every event. */
export function eventIdOfKey(key: string): string | undefined {
  if (!key.startsWith(EVENTS_ROOT)) return undefined;
  const slash = key.indexOf('/', EVENTS_ROOT.length);
  return slash > EVENTS_ROOT.length ? key.slice(EVENTS_ROOT.length, slash) : undefined;
}

/*
 * The site's own files at the store root (an addition to CONTRACT.md's layout, which fixes only
 * events/<id>/...): the archive home page, the search page across every event, their script files
 * and the static search bundle. All are written by the publish-site stage; prune-event lists only
 * events/<id>/, so it never deletes them.
 */

/** index.html: the archive home page, every published event newest first. */
export const SITE_HOME_KEY = 'index.html';

/** search.html: search across every event, in the browser, with no server. */
export const SITE_SEARCH_KEY = 'search.html';

/**
 * site.json: the organiser's settings of the site (its title), put at the store's root by hand;
 * read by the publish-site stage, never written or served by recap.
 */
export const SITE_SETTINGS_KEY = 'site.json';

/** Where the site's script files lie (relative to the root, as the root pages load them). */
export const SITE_SCRIPTS_PREFIX = 'site/';

/** The static search bundle (Pagefind's index and its JavaScript). */
export const SEARCH_BUNDLE_PREFIX = 'pagefind/';

/** A key the publish-site stage owns: a root page, a script file of the site or a bundle file. */
export function isSiteKey(key: string): boolean {
  return key === SITE_HOME_KEY || key === SITE_SEARCH_KEY || key.startsWith(SITE_SCRIPTS_PREFIX) || key.startsWith(SEARCH_BUNDLE_PREFIX);
}
