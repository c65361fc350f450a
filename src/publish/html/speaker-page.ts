import type { ResolvedManifest } from '../../model/manifest-resolved';
import type { SpeakerParagraph, SpeakerSession, SpeakerTranscript } from '../../model/speaker-transcript';
import { personLine } from '../../text/person-line';
import { el, fragment, type Html } from './builder';
import { safeUrl } from './escape';
import { renderPage } from './page-shell';
import { chromeIn, recordingLanguage, wordsIn, type LanguageAttributes } from './text-language';
import { EVENT_PAGE_FROM_SPEAKER, paragraphAnchor, transcriptHrefFromSpeaker } from './page-links';
import { recordingTime } from './session-times';
import { recordingLink } from '../../model/recording-link';

export interface SpeakerPageInput {
  manifest: ResolvedManifest;
  speaker: SpeakerTranscript;
  /** ids of the sessions that have a transcript page: only those are linked */
  sessionPages: ReadonlySet<string>;
}

/** "3 paragraphs in 2 sessions" */
export function speakerCounts(s: SpeakerTranscript): string {
  const paragraphs = s.sessions.reduce((n, x) => n + x.paragraphs.length, 0);
  return `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'} in ${s.sessions.length} session${s.sessions.length === 1 ? '' : 's'}`;
}

const sectionId = (sessionId: string): string => `session-${sessionId}`;

/**
 * A paragraph led by its time: linked to the recording at that moment when it has a url, else to
 * the paragraph in the session's transcript; with a url, a second link leads to that paragraph.
 */
function paragraphElement(p: SpeakerParagraph, session: SpeakerSession, url: string | undefined, hasPage: boolean, languages: PageLanguages): Html {
  const { ui } = languages;
  const inTranscript = hasPage ? transcriptHrefFromSpeaker(session.sessionId, paragraphAnchor(p.paragraph)) : undefined;
  const time =
    url !== undefined
      ? el('a', { class: 'ts', href: recordingLink(url, p.startMs) }, el('span', { class: 'vh', ...ui }, 'Play the recording from '), recordingTime(p.startMs))
      : inTranscript !== undefined
        ? el('a', { class: 'ts', href: inTranscript }, el('span', { class: 'vh', ...ui }, 'In the session transcript at '), recordingTime(p.startMs))
        : el('span', { class: 'ts' }, recordingTime(p.startMs));
  const context =
    url !== undefined && inTranscript !== undefined
      ? fragment(' ', el('a', { class: 'context', href: inTranscript, ...ui }, 'in context', el('span', { class: 'vh' }, fragment(' (the session transcript at ', recordingTime(p.startMs), ')'))))
      : null;
  return el('p', languages.said(session.recording), time, p.text, context);
}

/** recap's own words, and the words said in a recording, on a page in the event's language. */
interface PageLanguages {
  ui: LanguageAttributes;
  said: (recordingId: string) => LanguageAttributes;
}

function sessionSection(session: SpeakerSession, hasPage: boolean, languages: PageLanguages): Html {
  const url = session.url !== undefined ? safeUrl(session.url) : undefined;
  const headingId = `${sectionId(session.sessionId)}-heading`;
  return el(
    'section',
    { id: sectionId(session.sessionId), 'aria-labelledby': headingId, class: 'turn' },
    el('h2', { id: headingId }, hasPage ? el('a', { href: transcriptHrefFromSpeaker(session.sessionId) }, session.title) : session.title),
    session.paragraphs.map((p) => paragraphElement(p, session, url, hasPage, languages)),
  );
}

/**
 * speakers/<slug>.html: what one speaker said across the event, session by session in agenda
 * order, each paragraph with its time linked to the recording at that moment and to its place in
 * the session's transcript page. The page is in the event's language; a paragraph of a recording
 * in another (its own `language`) says so.
 */
export function renderSpeakerPage(input: SpeakerPageInput): string {
  const { manifest, speaker } = input;
  const languages: PageLanguages = { ui: chromeIn(manifest.language), said: (id) => wordsIn(recordingLanguage(manifest, id), manifest.language) };
  const about = personLine(speaker);
  const main = fragment(
    el('h1', null, speaker.name),
    about !== '' ? el('p', { class: 'meta' }, about) : null,
    el('p', { class: 'meta', ...languages.ui }, `${speakerCounts(speaker)} of ${manifest.title}. Times are from the start of the recording.`),
    speaker.sessions.map((session) => sessionSection(session, input.sessionPages.has(session.sessionId), languages)),
  );
  return renderPage({
    lang: manifest.language,
    title: `${speaker.name} \u2013 ${manifest.title}`,
    header: el('p', null, el('a', { href: EVENT_PAGE_FROM_SPEAKER }, manifest.title)),
    navLabel: 'Speaker',
    nav: [
      { href: EVENT_PAGE_FROM_SPEAKER, text: 'Event overview' },
      { href: `${EVENT_PAGE_FROM_SPEAKER}#speakers`, text: 'All speakers' },
      ...speaker.sessions.map((s) => ({ href: `#${sectionId(s.sessionId)}`, text: s.title, lang: manifest.language })),
    ],
    main,
  });
}
