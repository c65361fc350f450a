import type { InputWarning } from '../../model/input-warning';
import type { ResolvedManifest } from '../../model/manifest-resolved';
import type { SpeakerTranscript } from '../../model/speaker-transcript';
import type { SummaryFile } from '../../model/summary';
import { personLine } from '../../text/person-line';
import type { Transcript } from '../../model/transcript';
import { el, fragment, type Html } from './builder';
import { safeUrl } from './escape';
import { renderPage } from './page-shell';
import { speakerHref, transcriptHref } from './page-links';
import { searchForm } from './search-form';
import { SEARCH_HREF_FROM_EVENT_PAGE } from '../site/site-links';
import { placeSegmentAnchors } from './segment-anchors';
import { speakerCounts } from './speaker-page';
import { alignedText, scheduledText } from './session-times';
import type { SessionRow } from './session-rows';
import { summarySection } from './summary-section';
import { timelineSvg } from './timeline-svg';
import { warningsSection } from './warnings-section';
import { longDate, wallClock } from './time-text';

export interface EventPageInput {
  manifest: ResolvedManifest;
  rows: readonly SessionRow[];
  summary?: SummaryFile;
  /** each session's transcript, by session id (aligned sessions only) */
  transcripts: ReadonlyMap<string, Transcript>;
  /** startMs of every search segment, by session id */
  segmentStarts: ReadonlyMap<string, readonly number[]>;
  /** the speakers that have a page, in order of first word */
  speakers: readonly SpeakerTranscript[];
  /** implausible input of every recording (warnings.json); the page lists them for the organiser */
  warnings?: readonly InputWarning[];
}

function eventDate(manifest: ResolvedManifest): string | undefined {
  if (manifest.date !== undefined) return manifest.date;
  const first = manifest.sessions.find((s) => s.start !== undefined)?.start;
  return first !== undefined ? wallClock(first)?.date : undefined;
}

function peopleList(row: SessionRow): Html | string {
  const people = row.session.people ?? [];
  if (people.length === 0) return '';
  return el(
    'ul',
    null,
    people.map((p) => el('li', null, p.name, p.role || p.affiliation ? el('span', { class: 'muted' }, ` (${[p.role, p.affiliation].filter((x) => x).join(', ')})`) : '')),
  );
}

function sessionsTable(rows: readonly SessionRow[]): Html {
  const head = el('thead', null, el('tr', null, ['Session', 'People', 'Scheduled', 'In the recording', 'Status', 'Confidence'].map((h) => el('th', { scope: 'col' }, h))));
  const body = el(
    'tbody',
    null,
    rows.map((r) =>
      el(
        'tr',
        { id: `session-${r.session.id}` },
        el(
          'th',
          { scope: 'row' },
          r.hasTranscript ? el('a', { href: transcriptHref(r.session.id) }, r.session.title) : r.session.title,
          r.session.description ? el('p', { class: 'muted' }, r.session.description) : null,
        ),
        el('td', null, peopleList(r)),
        el('td', null, scheduledText(r.session)),
        el('td', null, alignedText(r)),
        el('td', { class: `status-${r.status}` }, r.status),
        el('td', null, r.confidence !== undefined && r.status === 'aligned' ? r.confidence.toFixed(2) : '\u2013'),
      ),
    ),
  );
  return el(
    'section',
    { id: 'sessions', 'aria-labelledby': 'sessions-heading' },
    el('h2', { id: 'sessions-heading' }, 'Sessions'),
    el('table', null, el('caption', null, 'The agenda: scheduled times, where each session lies in the recording, and how sure the alignment is (0 to 1)'), head, body),
  );
}

function speakersSection(speakers: readonly SpeakerTranscript[]): Html {
  const items = speakers.map((s) => {
    const about = personLine(s);
    return el('li', null, el('a', { href: speakerHref(s.slug) }, s.name), el('span', { class: 'muted' }, ` (${about !== '' ? `${about}; ` : ''}${speakerCounts(s)})`));
  });
  return el(
    'section',
    { id: 'speakers', 'aria-labelledby': 'speakers-heading' },
    el('h2', { id: 'speakers-heading' }, 'Speakers'),
    items.length > 0 ? fragment(el('p', null, 'What each named speaker said across the event, session by session.'), el('ul', null, items)) : el('p', { class: 'muted' }, 'No speaker transcript is available.'),
  );
}

function timelineSection(manifest: ResolvedManifest, rows: readonly SessionRow[]): Html {
  const figures = manifest.recordings
    .map((recording) => ({ recording, rows: rows.filter((r) => r.recording === recording.id) }))
    .filter((f) => f.rows.length > 0)
    .map((f) =>
      el(
        'figure',
        null,
        timelineSvg(f.rows, f.recording.id),
        el('figcaption', null, `Recording ${f.recording.id}: each session's scheduled span (dashed) above where it was found (filled). The sessions table above gives the same times as text.`),
      ),
    );
  const legend = el(
    'ul',
    { class: 'legend' },
    el('li', null, el('span', { class: 'swatch swatch-scheduled', 'aria-hidden': 'true' }), 'scheduled'),
    el('li', null, el('span', { class: 'swatch swatch-aligned', 'aria-hidden': 'true' }), 'aligned (what happened)'),
  );
  return el(
    'section',
    { id: 'timeline', 'aria-labelledby': 'timeline-heading' },
    el('h2', { id: 'timeline-heading' }, 'Timeline'),
    figures.length > 0 ? [legend, figures] : el('p', { class: 'muted' }, 'No session has a time to show.'),
  );
}

function searchSection(eventId: string): Html {
  return el(
    'section',
    { id: 'search', 'aria-labelledby': 'search-heading' },
    el('h2', { id: 'search-heading' }, 'Search'),
    searchForm({ eventId, labelledBy: 'search-heading', action: SEARCH_HREF_FROM_EVENT_PAGE }),
  );
}

function recordingsList(manifest: ResolvedManifest): Html {
  return el(
    'ul',
    null,
    manifest.recordings.map((r) => {
      const url = r.url !== undefined ? safeUrl(r.url) : undefined;
      return el('li', null, `Recording ${r.id}`, url !== undefined ? fragment(': ', el('a', { href: url }, 'watch')) : null);
    }),
  );
}

/**
 * events/<id>/index.html: the event's title and date, its summary and keyphrases, the sessions
 * table (each aligned session linking to its transcript), the speakers (each linking to their
 * page), the timeline of the agenda against what happened, and a search form.
 */
export function renderEventPage(input: EventPageInput): string {
  const { manifest, rows } = input;
  const date = eventDate(manifest);
  const anchors = new Map([...input.transcripts].map(([id, t]) => [id, placeSegmentAnchors(t, input.segmentStarts.get(id) ?? [])]));
  const summaryLink = (s: SummaryFile['sentences'][number]): string | undefined => {
    const t = [...input.transcripts.values()].find((x) => x.recording === s.recording && x.startMs <= s.startMs && s.startMs < x.endMs);
    return t ? transcriptHref(t.sessionId, anchors.get(t.sessionId)?.anchorAt(s.startMs)) : undefined;
  };
  const main = fragment(
    el('h1', null, manifest.title),
    el('p', { class: 'meta' }, date !== undefined ? fragment(el('time', { datetime: date }, longDate(date)), '. ') : null, `${rows.length} session${rows.length === 1 ? '' : 's'}.`),
    recordingsList(manifest),
    warningsSection(input.warnings ?? []),
    summarySection(input.summary, summaryLink),
    sessionsTable(rows),
    speakersSection(input.speakers),
    timelineSection(manifest, rows),
    searchSection(manifest.id),
  );
  return renderPage({
    lang: manifest.language,
    title: manifest.title,
    header: el('p', null, 'Event recap'),
    navLabel: 'Event',
    nav: [
      ...((input.warnings ?? []).length > 0 ? [{ href: '#input-warnings', text: 'Input warnings' }] : []),
      { href: '#summary', text: 'Summary' },
      { href: '#sessions', text: 'Sessions' },
      { href: '#speakers', text: 'Speakers' },
      { href: '#timeline', text: 'Timeline' },
      { href: '#search', text: 'Search' },
    ],
    main,
  });
}
