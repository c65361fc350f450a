import { readFileSync } from 'fs';
import { ingestCaptions } from '../../src/formats/ingest';
import type { Person } from '../../src/model/agenda';
import type { Segment, Transcript } from '../../src/model/transcript';
import type { Track } from '../../src/model/track';
import { renderMarkdown } from '../../src/split/render';
import { splitEvent } from '../../src/split/split-event';
import { buildSpeakerTranscripts } from '../../src/split/speaker-transcripts';
import type { SpeakerTranscript } from '../../src/model/speaker-transcript';

/**
 * A caption file read and split as recap process does, as one session spanning the whole
 * recording (so the transcript holds every cue), with its speaker transcripts.
 */
export function wholeTranscript(file: string, people: Person[] = []): { track: Track; transcript: Transcript; segments: Segment[]; speakers: SpeakerTranscript[]; markdown: string } {
  const track = ingestCaptions(readFileSync(file), { fileName: file });
  const endMs = Math.max(...track.cues.map((c) => c.endMs)) + 1;
  const { transcripts, segments } = splitEvent({
    eventId: 'e',
    eventTitle: 'Event',
    language: 'en',
    sessions: [{ id: 's', title: 'Session', people }],
    recordings: [{ id: 'r', language: 'en', sessionIds: ['s'] }],
    tracks: new Map([['r', track]]),
    alignment: {
      generator: 'test',
      eventId: 'e',
      recordings: [{ id: 'r', offsetMs: 0, offsetSource: 'given' }],
      sessions: [{ id: 's', status: 'aligned', recording: 'r', startMs: 0, endMs, startsAt: null, endsAt: null, confidence: 1, evidence: [] }],
    },
  });
  const transcript = transcripts[0]!;
  return { track, transcript, segments, speakers: buildSpeakerTranscripts('e', transcripts, people), markdown: renderMarkdown(transcript) };
}

/** The bold speaker headings of a transcript.md, in order, their Markdown escapes undone. */
export function markdownHeadings(markdown: string): string[] {
  return [...markdown.matchAll(/^\*\*(.+)\*\*$/gm)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
}

/** Lower-case words without punctuation: what a sentence says, whatever its casing and stops. */
export function bareWords(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}'’\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
}
