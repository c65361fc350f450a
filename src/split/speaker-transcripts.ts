import type { Person } from '../model/agenda';
import { joinText } from '../text/join-words';
import { SPEAKERS_GENERATOR, type SpeakerPerson, type SpeakerSession, type SpeakerTranscript } from '../model/speaker-transcript';
import type { Transcript } from '../model/transcript';
import { uniqueSlugs } from './speaker-slug';

/**
 * Every named speaker of the event once, in order of first word (sessions in agenda order), with
 * the slug of their file. Unnamed turns (null, shown as "Unidentified speaker") are no one's: two
 * of them may or may not be one voice, so they get no transcript.
 */
export function speakerSlugs(transcripts: readonly Transcript[]): Array<{ name: string; slug: string }> {
  const names = [...new Set(transcripts.flatMap((t) => t.paragraphs.flatMap((p) => (p.speaker === null ? [] : [p.speaker]))))];
  const slugs = uniqueSlugs(names);
  return names.map((name, i) => ({ name, slug: slugs[i]! }));
}

function personOf(name: string, transcripts: readonly Transcript[], people: readonly Person[]): SpeakerPerson | undefined {
  const resolved = transcripts.flatMap((t) => t.speakers).find((s) => s.name === name && s.person !== undefined)?.person;
  if (resolved === undefined) return undefined;
  const person = people.find((p) => p.name === resolved);
  return {
    name: resolved,
    ...(person?.role !== undefined ? { role: person.role } : {}),
    ...(person?.affiliation !== undefined ? { affiliation: person.affiliation } : {}),
  };
}

/**
 * One transcript per named speaker: their paragraphs session by session (sessions in the order
 * given, which is the agenda's), each with its times and its index in the session's transcript.
 * `people` is the event's people (the first role and affiliation the agenda gives a name).
 */
export function buildSpeakerTranscripts(eventId: string, transcripts: readonly Transcript[], people: readonly Person[]): SpeakerTranscript[] {
  return speakerSlugs(transcripts).map(({ name, slug }) => {
    const sessions: SpeakerSession[] = [];
    for (const t of transcripts) {
      const paragraphs = t.paragraphs.flatMap((p, paragraph) =>
        p.speaker === name ? [{ paragraph, startMs: p.startMs, endMs: p.endMs, relStartMs: p.relStartMs, text: joinText(p.sentences.map((s) => s.text)) }] : [],
      );
      if (paragraphs.length === 0) continue;
      sessions.push({ sessionId: t.sessionId, title: t.title, recording: t.recording, ...(t.url !== undefined ? { url: t.url } : {}), paragraphs });
    }
    const person = personOf(name, transcripts, people);
    return { generator: SPEAKERS_GENERATOR, eventId, name, ...(person ? { person } : {}), slug, sessions };
  });
}
