import type { ResolvedManifest } from '../../model/manifest-resolved';
import type { SummaryFile } from '../../model/summary';
import { UNIDENTIFIED_SPEAKER, type Transcript, type TranscriptParagraph } from '../../model/transcript';
import { el, fragment, type Html } from './builder';
import { safeUrl } from './escape';
import { renderPage } from './page-shell';
import { chromeIn, mutedAside, recordingLanguage, wordsIn, type LanguageAttributes } from './text-language';
import { EVENT_PAGE_FROM_TRANSCRIPT, INTERACTIVE_TRANSCRIPT_FROM_TRANSCRIPT, paragraphAnchor, recordingFileFromTranscript, sessionCaptionsFromTranscript, speakerHrefFromTranscript } from './page-links';
import { PLAYER_STYLES, playerElement, playerPolicy, recordingPlayer, type RecordingPlayer } from './player';
import { recordingFilesSection, type SessionFiles } from './recording-files';
import { placeSegmentAnchors, type SegmentAnchors } from './segment-anchors';
import { alignedText, recordingTime, scheduledText } from './session-times';
import type { SessionRow } from './session-rows';
import { summarySection } from './summary-section';
import { transcriptBlocks } from './transcript-items';
import { recordingLink } from '../../model/recording-link';
import { clock } from '../../model/timecode';

export interface TranscriptPageInput {
  manifest: ResolvedManifest;
  transcript: Transcript;
  /** the session's row of the event (scheduled and aligned times) */
  row: SessionRow;
  summary?: SummaryFile;
  /** startMs of every search segment of this session: each gets its `t-<startMs>` id */
  segmentStarts: readonly number[];
  /** the slug of each speaker name that has a speaker page (its headings link there) */
  speakerSlugs?: ReadonlyMap<string, string>;
  /** which of the session's caption files and its recording's player files are published */
  files?: SessionFiles;
}

/** The speaker's name, linked to their page when they have one. */
function speakerName(name: string | null, slugs: ReadonlyMap<string, string> | undefined, ui: LanguageAttributes): Html | string {
  if (name === null) return ui.lang !== undefined ? el('span', ui, UNIDENTIFIED_SPEAKER) : UNIDENTIFIED_SPEAKER;
  const slug = slugs?.get(name);
  return slug !== undefined ? el('a', { href: speakerHrefFromTranscript(slug) }, name) : name;
}

/** A time mark: the recording at that moment when it has a url, else this paragraph's own anchor. */
function timeLink(url: string | undefined, ms: number, paragraphId: string, ui: LanguageAttributes): Html {
  const href = url !== undefined ? recordingLink(url, ms) : `#${paragraphId}`;
  const hint = url !== undefined ? 'Play the recording from ' : 'Paragraph at ';
  return el('a', { class: 'ts', href }, el('span', { class: 'vh', ...ui }, hint), recordingTime(ms));
}

/** A paragraph's own link (the script turns it into a "Copy link" button): the moment to share without script. */
function permalink(id: string, ms: number, ui: LanguageAttributes): Html {
  return el('a', { class: 'permalink', href: `#${id}`, ...ui }, 'Link', el('span', { class: 'vh' }, ` to the paragraph at ${clock(ms)}`));
}

function paragraphElement(p: TranscriptParagraph, index: number, url: string | undefined, anchors: SegmentAnchors, ui: LanguageAttributes): Html {
  const id = paragraphAnchor(index);
  const sentences = p.sentences.map((s, si) => {
    const ids = anchors.bySentence.get(`${index}:${si}`) ?? [];
    const extra = ids.slice(1).map((anchorId) => el('span', { id: anchorId }));
    const text = ids.length > 0 ? el('span', { id: ids[0] }, s.text) : s.text;
    return fragment(si > 0 ? ' ' : '', extra, text);
  });
  return el('p', { id, 'data-start-ms': p.startMs, 'data-end-ms': p.endMs }, timeLink(url, p.startMs, id, ui), sentences, permalink(id, p.startMs, ui));
}

function speakerList(manifest: ResolvedManifest, t: Transcript, row: SessionRow, slugs: ReadonlyMap<string, string> | undefined, ui: LanguageAttributes): Html {
  const people = [...(row.session.people ?? []), ...manifest.sessions.flatMap((s) => s.people ?? [])];
  const names = t.speakers.map((speaker) => {
    const person = people.find((p) => p.name === (speaker.person ?? speaker.name));
    const about = person ? [person.role, person.affiliation].filter((x) => x !== undefined && x !== '').join(', ') : '';
    return el('li', null, speakerName(speaker.name, slugs, ui), about ? mutedAside(ui, `(${about})`) : '');
  });
  if (t.paragraphs.some((p) => p.speaker === null)) names.push(el('li', ui, UNIDENTIFIED_SPEAKER, el('span', { class: 'muted' }, ' (turns the captions mark without a name)')));
  return el(
    'section',
    { id: 'speakers', 'aria-labelledby': 'speakers-heading' },
    el('h2', { id: 'speakers-heading', ...ui }, 'Speakers'),
    names.length > 0 ? el('ul', null, names) : el('p', { class: 'muted', ...ui }, 'The captions name no speaker.'),
  );
}

function transcriptSection(t: Transcript, url: string | undefined, anchors: SegmentAnchors, slugs: ReadonlyMap<string, string> | undefined, ui: LanguageAttributes): Html {
  const blocks = transcriptBlocks(t).map((block) => {
    if (block.kind === 'sound') {
      const ms = block.s.startMs;
      const content = [el('span', { class: 'vh', ...ui }, 'Sound: '), block.s.text];
      return el('p', { class: 'sound', 'data-start-ms': ms, 'data-end-ms': ms }, url !== undefined ? el('a', { class: 'ts', href: recordingLink(url, ms) }, el('span', { class: 'vh', ...ui }, 'Play the recording from '), recordingTime(ms)) : el('span', { class: 'ts' }, recordingTime(ms)), content);
    }
    return el(
      'div',
      { class: 'turn' },
      el('h3', { class: 'speaker' }, speakerName(block.speaker, slugs, ui)),
      block.paragraphs.map(({ p, index }) => paragraphElement(p, index, url, anchors, ui)),
    );
  });
  return el(
    'section',
    { id: 'transcript', 'aria-labelledby': 'transcript-heading' },
    el('h2', { id: 'transcript-heading', ...ui }, 'Transcript'),
    blocks.length > 0 ? el('p', { class: 'muted', ...ui }, 'Times are times in the whole recording, as its player shows them' + (url !== undefined ? '; each one plays the recording from there.' : '.')) : null,
    anchors.unplaced.map((id) => el('span', { id })),
    blocks.length > 0 ? blocks : el('p', { class: 'muted', ...ui }, 'Nothing was said in this session\u2019s span of the recording.'),
  );
}

/**
 * sessions/<id>/transcript.html: the session's title, times, speakers and summary, then what was
 * said turn by turn under each speaker's name (linked to their page), each paragraph with a link
 * to the recording at that moment. Every search segment's start has an id `t-<startMs>` (search
 * hits link there). The page is in its recording's language (its own, else the event's); the
 * agenda's words (titles, descriptions) in the event's, recap's own words in CHROME_LANGUAGE.
 */
export function renderTranscriptPage(input: TranscriptPageInput): string {
  const { manifest, transcript: t, row } = input;
  const lang = recordingLanguage(manifest, t.recording);
  const ui = chromeIn(lang);
  const agenda = wordsIn(manifest.language, lang);
  const url = t.url !== undefined ? safeUrl(t.url) : undefined;
  const anchors = placeSegmentAnchors(t, input.segmentStarts);
  const description = row.session.description;
  const player: RecordingPlayer | undefined = url !== undefined ? recordingPlayer(url, t.startMs) : undefined;
  const files = input.files;
  const filesSection = files !== undefined ? recordingFilesSection(files, t, sessionCaptionsFromTranscript, recordingFileFromTranscript, ui) : null;
  const main = fragment(
    el('h1', agenda, t.title),
    description ? el('p', { class: 'description', ...agenda }, description) : null,
    el(
      'dl',
      { class: 'meta', ...ui },
      el('dt', null, 'Scheduled'),
      el('dd', null, scheduledText(row.session)),
      el('dt', null, 'In the recording'),
      el('dd', null, alignedText(row, manifest.recordings.length), url !== undefined ? fragment(' (', el('a', { href: recordingLink(url, t.startMs) }, 'watch from the start of the session'), ')') : null),
    ),
    player !== undefined
      ? playerElement(
          player,
          {
            lang,
            ...(files?.recordingCaptions ? { captions: recordingFileFromTranscript(t.recording, 'captions.vtt') } : {}),
            ...(files?.chapters ? { chapters: recordingFileFromTranscript(t.recording, 'chapters.vtt') } : {}),
          },
          { startMs: t.startMs, endMs: t.endMs },
          recordingLink(url!, t.startMs),
        )
      : null,
    speakerList(manifest, t, row, input.speakerSlugs, ui),
    summarySection(
      input.summary,
      (s) => {
        const anchor = s.recording === t.recording ? anchors.anchorAt(s.startMs) : undefined;
        return anchor ? `#${anchor}` : undefined;
      },
      { pageLang: lang, languageOf: (s) => recordingLanguage(manifest, s.recording) },
    ),
    transcriptSection(t, url, anchors, input.speakerSlugs, ui),
    filesSection,
  );
  return renderPage({
    lang,
    title: `${t.title} \u2013 ${manifest.title}`,
    header: el('p', agenda, el('a', { href: EVENT_PAGE_FROM_TRANSCRIPT }, manifest.title)),
    navLabel: 'Transcript',
    nav: [
      { href: EVENT_PAGE_FROM_TRANSCRIPT, text: 'Event overview' },
      { href: '#speakers', text: 'Speakers' },
      { href: '#summary', text: 'Summary' },
      { href: '#transcript', text: 'Transcript' },
      ...(filesSection !== null ? [{ href: '#files', text: 'Files' }] : []),
    ],
    main,
    scripts: [INTERACTIVE_TRANSCRIPT_FROM_TRANSCRIPT],
    styles: PLAYER_STYLES,
    policy: playerPolicy(player),
  });
}
