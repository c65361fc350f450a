import { z } from 'zod';

/**
 * What one named speaker said across an event (speakers/<slug>.json): their paragraphs, session
 * by session in agenda order. Times are integer ms from the recording's 00:00:00, intervals
 * half-open [startMs, endMs); `relStartMs` is the same instant in ms from the session's aligned start.
 */

/** The manifest person a speaker name was resolved to (role and affiliation as the agenda gives them). */
export const SpeakerPerson = z
  .object({
    name: z.string(),
    role: z.enum(['moderator', 'speaker', 'panelist', 'host', 'other']).optional(),
    affiliation: z.string().optional(),
  })
  .strict();
export type SpeakerPerson = z.infer<typeof SpeakerPerson>;

export const SpeakerParagraph = z
  .object({
    /** index of the paragraph in its session's transcript.json (from 0): the page's `p-<n>` anchor */
    paragraph: z.number().int().nonnegative(),
    startMs: z.number().int(),
    endMs: z.number().int(),
    relStartMs: z.number().int(),
    text: z.string(),
  })
  .strict();
export type SpeakerParagraph = z.infer<typeof SpeakerParagraph>;

export const SpeakerSession = z
  .object({
    sessionId: z.string(),
    title: z.string(),
    recording: z.string(),
    url: z.string().optional(),
    paragraphs: z.array(SpeakerParagraph),
  })
  .strict();
export type SpeakerSession = z.infer<typeof SpeakerSession>;

export const SpeakerTranscript = z
  .object({
    generator: z.string(),
    eventId: z.string(),
    /** the name the session transcripts show */
    name: z.string(),
    person: SpeakerPerson.optional(),
    /** lowercase ascii letters and digits joined by '-', unique within the event: the file name */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    sessions: z.array(SpeakerSession),
  })
  .strict();
export type SpeakerTranscript = z.infer<typeof SpeakerTranscript>;

/** Version of the speaker transcripts' grouping; recorded in each and folded into split-event's version. */
export const SPEAKERS_GENERATOR = 'speakers@1';
