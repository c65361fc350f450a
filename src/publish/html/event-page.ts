import type { InputWarning } from '../../model/input-warning';
import type { ResolvedManifest } from '../../model/manifest-resolved';
import type { SpeakerTranscript } from '../../model/speaker-transcript';
import type { SummaryFile } from '../../model/summary';
import { personLine } from '../../text/person-line';
import type { Transcript } from '../../model/transcript';
import { el, fragment, type Html } from './builder';
import { safeUrl } from './escape';
import { renderPage } from './page-shell';
import { CHROME_LANGUAGE, chromeIn, mutedAside, recordingLanguage, wordsIn, type LanguageAttributes } from './text-language';
import { speakerHref, transcriptHref } from './page-links';
import { searchForm } from './search-form';
import { SEARCH_HREF_FROM_EVENT_PAGE } from '../site/site-links';
import { placeSegmentAnchors } from './segment-anchors';
import { speakerCounts } from './speaker-page';
import { alignedText, scheduledDay, scheduledText } from './session-times';
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

function peopleList(row: SessionRow, lang: string): Html | string {
  const people = row.session.people ?? [];
  if (people.length === 0) return '';
  return el(
    'ul',
    // Names and affiliations are the agenda's words, inside recap's list of facts.
    wordsIn(lang, CHROME_LANGUAGE),
    people.map((p) => el('li', null, p.name, p.role || p.affiliation ? el('span', { class: 'muted' }, ` (${[p.role, p.affiliation].filter((x) => x).join(', ')})`) : '')),
  );
}

/** "aligned, confidence 0.77"; the status alone when the session was not placed. */
function alignmentText(row: SessionRow): string {
  return row.confidence !== undefined && row.status === 'aligned' ? `${row.status}, confidence ${row.confidence.toFixed(2)}` : row.status;
}

/** The day every scheduled session shares, said once above the list; undefined when they differ. */
function sharedDay(rows: readonly SessionRow[]): string | undefined {
  const days = new Set(rows.filter((r) => r.session.start !== undefined || r.session.end !== undefined).map((r) => scheduledDay(r.session)));
  return days.size === 1 ? [...days][0] : undefined;
}

/**
 * The agenda as a list of sessions, each a heading (linking to its transcript) over a few labelled
 * facts: a table of six columns was three screens of narrow cells on a phone and scrolled sideways.
 * The day is said once when all sessions share it.
 */
function sessionsList(rows: readonly SessionRow[], recordings: number, lang: string): Html {
  const ui = chromeIn(lang);
  const day = sharedDay(rows);
  const items = rows.map((r) =>
    el(
      'li',
      { id: `session-${r.session.id}`, class: 'session' },
      el('h3', null, r.hasTranscript ? el('a', { href: transcriptHref(r.session.id) }, r.session.title) : r.session.title),
      el(
        'dl',
        { class: 'facts', ...ui },
        el('dt', null, 'Scheduled'),
        el('dd', null, scheduledText(r.session, { withDay: day === undefined })),
        el('dt', null, 'In the recording'),
        el('dd', null, alignedText(r, recordings)),
        el('dt', null, 'Alignment'),
        el('dd', { class: `status-${r.status}` }, alignmentText(r)),
        (r.session.people ?? []).length > 0 ? fragment(el('dt', null, 'People'), el('dd', null, peopleList(r, ui.lang !== undefined ? lang : CHROME_LANGUAGE))) : null,
      ),
      r.session.description ? el('p', { class: 'description muted' }, r.session.description) : null,
    ),
  );
  return el(
    'section',
    { id: 'sessions', 'aria-labelledby': 'sessions-heading' },
    el('h2', { id: 'sessions-heading', ...ui }, 'Sessions'),
    el(
      'p',
      { class: 'muted', ...ui },
      day !== undefined ? `Scheduled times are on ${day}. ` : '',
      'Times in the recording run from its start (hh:mm:ss); confidence says how sure the alignment is, from 0 to 1.',
    ),
    el('ol', { class: 'sessions' }, items),
  );
}

function speakersSection(speakers: readonly SpeakerTranscript[], ui: LanguageAttributes): Html {
  const items = speakers.map((s) => {
    const about = personLine(s);
    return el('li', null, el('a', { href: speakerHref(s.slug) }, s.name), mutedAside(ui, `(${about !== '' ? `${about}; ` : ''}${speakerCounts(s)})`));
  });
  return el(
    'section',
    { id: 'speakers', 'aria-labelledby': 'speakers-heading' },
    el('h2', { id: 'speakers-heading', ...ui }, 'Speakers'),
    items.length > 0 ? fragment(el('p', ui, 'What each named speaker said across the event, session by session.'), el('ul', null, items)) : el('p', { class: 'muted', ...ui }, 'No speaker transcript is available.'),
  );
}

function timelineSection(manifest: ResolvedManifest, rows: readonly SessionRow[], ui: LanguageAttributes): Html {
  const name = (id: string): string => (manifest.recordings.length > 1 ? `recording ${id}` : 'the recording');
  const figures = manifest.recordings
    .map((recording) => ({ recording, rows: rows.filter((r) => r.recording === recording.id) }))
    .filter((f) => f.rows.length > 0)
    .map((f) =>
      el(
        'figure',
        null,
        // On a phone the drawing keeps a readable size and scrolls sideways in its own box (which
        // the keyboard can scroll too), rather than shrinking its labels to a few pixels.
        el('div', { class: 'scroll-x', tabindex: '0', role: 'group', 'aria-label': `Timeline of ${name(f.recording.id)}` }, timelineSvg(f.rows, f.recording.id, name(f.recording.id), ui.lang !== undefined ? manifest.language : undefined)),
        el('figcaption', null, `${manifest.recordings.length > 1 ? `Recording ${f.recording.id}: e` : 'E'}ach session's scheduled span (dashed) above where it was found (filled). The sessions list above gives the same times as text.`),
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
    { id: 'timeline', 'aria-labelledby': 'timeline-heading', ...ui },
    el('h2', { id: 'timeline-heading' }, 'Timeline'),
    figures.length > 0 ? [legend, figures] : el('p', { class: 'muted' }, 'No session has a time to show.'),
  );
}

function searchSection(eventId: string, ui: LanguageAttributes): Html {
  return el(
    'section',
    { id: 'search', 'aria-labelledby': 'search-heading', ...ui },
    el('h2', { id: 'search-heading' }, 'Search'),
    searchForm({ eventId, labelledBy: 'search-heading', action: SEARCH_HREF_FROM_EVENT_PAGE }),
  );
}

function recordingsList(manifest: ResolvedManifest, ui: LanguageAttributes): Html {
  return el(
    'ul',
    ui,
    manifest.recordings.map((r) => {
      const url = r.url !== undefined ? safeUrl(r.url) : undefined;
      if (manifest.recordings.length === 1) return el('li', null, url !== undefined ? el('a', { href: url }, 'Watch the recording') : 'The recording has no address to watch it at.');
      return el('li', null, `Recording ${r.id}`, url !== undefined ? fragment(': ', el('a', { href: url }, 'watch')) : null);
    }),
  );
}

/**
 * events/<id>/index.html: the event's title and date, a search form (near the top, where a phone
 * user finds it), its summary and keyphrases, the sessions (each aligned session linking to its
 * transcript), the speakers (each linking to their page), and the timeline of the agenda against
 * what happened. The page is in the event's language, recap's own words marked as CHROME_LANGUAGE.
 */
export function renderEventPage(input: EventPageInput): string {
  const { manifest, rows } = input;
  const lang = manifest.language;
  const ui = chromeIn(lang);
  const date = eventDate(manifest);
  const anchors = new Map([...input.transcripts].map(([id, t]) => [id, placeSegmentAnchors(t, input.segmentStarts.get(id) ?? [])]));
  const summaryLink = (s: SummaryFile['sentences'][number]): string | undefined => {
    const t = [...input.transcripts.values()].find((x) => x.recording === s.recording && x.startMs <= s.startMs && s.startMs < x.endMs);
    return t ? transcriptHref(t.sessionId, anchors.get(t.sessionId)?.anchorAt(s.startMs)) : undefined;
  };
  const main = fragment(
    el('h1', null, manifest.title),
    el('p', { class: 'meta', ...ui }, date !== undefined ? fragment(el('time', { datetime: date }, longDate(date)), '. ') : null, `${rows.length} session${rows.length === 1 ? '' : 's'}.`),
    recordingsList(manifest, ui),
    searchSection(manifest.id, ui),
    warningsSection(input.warnings ?? [], ui),
    summarySection(input.summary, summaryLink, { pageLang: lang, languageOf: (s) => recordingLanguage(manifest, s.recording) }),
    sessionsList(rows, manifest.recordings.length, lang),
    speakersSection(input.speakers, ui),
    timelineSection(manifest, rows, ui),
  );
  return renderPage({
    lang,
    title: manifest.title,
    header: el('p', ui, 'Event recap'),
    navLabel: 'Event',
    nav: [
      ...((input.warnings ?? []).length > 0 ? [{ href: '#input-warnings', text: 'Input warnings' }] : []),
      { href: '#search', text: 'Search' },
      { href: '#summary', text: 'Summary' },
      { href: '#sessions', text: 'Sessions' },
      { href: '#speakers', text: 'Speakers' },
      { href: '#timeline', text: 'Timeline' },
    ],
    main,
  });
}
