import { z } from 'zod';

/**
 * A session's transcript (sessions/<id>/transcript.json) and the event's search segments
 * (segments.jsonl). Times are integer ms from the recording's 00:00:00, intervals half-open
 * [startMs, endMs); `rel*` fields are the same instants in ms from the session's aligned start.
 */

/** How a caption's speaker label was tied to a person of the manifest. */
export const SpeakerMatch = z
  .object({
    /** the label as the captions wrote it, e.g. "BILAL JAMOUSI" */
    caption: z.string(),
    /** the manifest person's name, e.g. "Bilel Jamoussi" */
    person: z.string(),
    method: z.enum(['exact', 'phonetic', 'edit-distance', 'role', 'initial']),
    /** 0..1: 1 for an exact (accent- and case-folded) match */
    score: z.number().min(0).max(1),
  })
  .strict();
export type SpeakerMatch = z.infer<typeof SpeakerMatch>;

export const TranscriptSpeaker = z
  .object({
    /** the name shown in the transcript */
    name: z.string(),
    /** the manifest person it is, when resolved */
    person: z.string().optional(),
    /** every caption spelling resolved to this person (captioners vary: BILAL / BILEL JAMOUSSI) */
    matches: z.array(SpeakerMatch).optional(),
  })
  .strict();
export type TranscriptSpeaker = z.infer<typeof TranscriptSpeaker>;

export const TranscriptSentence = z
  .object({
    text: z.string(),
    startMs: z.number().int(),
    endMs: z.number().int(),
    relStartMs: z.number().int(),
    relEndMs: z.number().int(),
  })
  .strict();
export type TranscriptSentence = z.infer<typeof TranscriptSentence>;

export const TranscriptParagraph = z
  .object({
    /** a TranscriptSpeaker name, or null when the captions mark a new voice without naming it */
    speaker: z.string().nullable(),
    /** index of the speaker turn in the session, from 0: a long turn spans several paragraphs */
    turn: z.number().int().nonnegative(),
    startMs: z.number().int(),
    endMs: z.number().int(),
    relStartMs: z.number().int(),
    relEndMs: z.number().int(),
    sentences: z.array(TranscriptSentence),
  })
  .strict();
export type TranscriptParagraph = z.infer<typeof TranscriptParagraph>;

/** A non-speech annotation, e.g. "[APPLAUSE]", kept apart from the sentences. */
export const TranscriptSound = z
  .object({ text: z.string(), startMs: z.number().int(), relStartMs: z.number().int() })
  .strict();
export type TranscriptSound = z.infer<typeof TranscriptSound>;

export const Transcript = z
  .object({
    generator: z.string(),
    eventId: z.string(),
    sessionId: z.string(),
    title: z.string(),
    recording: z.string(),
    /** the session's aligned span in the recording */
    startMs: z.number().int(),
    endMs: z.number().int(),
    url: z.string().optional(),
    speakers: z.array(TranscriptSpeaker),
    paragraphs: z.array(TranscriptParagraph),
    sounds: z.array(TranscriptSound),
  })
  .strict();
export type Transcript = z.infer<typeof Transcript>;

/**
 * One line of segments.jsonl (CONTRACT.md): a searchable stretch of one speaker turn of one
 * session, as the split stage writes it and the index and pages stages read it. Every segment
 * lies in an aligned session (words outside every session's span are in no transcript), so
 * `sessionId` is never null.
 */
export const Segment = z
  .object({
    /** `<sessionId>-<n>`, n from 1 in time order: stable across re-runs of the same inputs */
    id: z.string().min(1),
    eventId: z.string().min(1),
    sessionId: z.string().min(1),
    recording: z.string().min(1),
    speaker: z.string().nullable(),
    startMs: z.number().int().nonnegative(),
    endMs: z.number().int().nonnegative(),
    text: z.string(),
    /** the recording at startMs (recordingLink) when the recording has a url */
    link: z.string().optional(),
  })
  .strict();
export type Segment = z.infer<typeof Segment>;

/** Version of the split stage; recorded in every transcript it writes. */
export const SPLIT_GENERATOR = 'split@8';

/** Shown for a paragraph whose speaker is null. */
export const UNIDENTIFIED_SPEAKER = 'Unidentified speaker';
