import { z } from 'zod';

/**
 * alignment.json: where each agenda session lies in each recording. Times are integer ms from the
 * recording's 00:00:00, intervals half-open [startMs, endMs).
 */
export const RecordingOffset = z
  .object({
    id: z.string(),
    /** wall-clock offset: the recording's 00:00:00 relative to its given or estimated start */
    offsetMs: z.number().int(),
    offsetSource: z.enum(['given', 'estimated', 'unknown']),
    /** the recording's 00:00:00 as ISO-8601, when known or estimated */
    startsAt: z.string().nullable().optional(),
  })
  .strict();
export type RecordingOffset = z.infer<typeof RecordingOffset>;

export const AlignedSession = z
  .object({
    id: z.string(),
    status: z.enum(['aligned', 'missing']),
    recording: z.string().nullable(),
    startMs: z.number().int().nullable(),
    endMs: z.number().int().nullable(),
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
    /** 0..1: how strongly the evidence supports this placement */
    confidence: z.number().min(0).max(1),
    /** human-readable reasons, e.g. "moderator named at 00:41:12", "schedule +3 min" */
    evidence: z.array(z.string()),
  })
  .strict();
export type AlignedSession = z.infer<typeof AlignedSession>;

/** A stretch of a recording's captioned speech that belongs to no session, and why. */
export const LeftOutSpan = z
  .object({
    recording: z.string(),
    startMs: z.number().int(),
    endMs: z.number().int(),
    /** e.g. "pre-roll: \"starting in a few minutes\" at 00:02:10", "post-roll: ..." */
    reason: z.string(),
  })
  .strict();
export type LeftOutSpan = z.infer<typeof LeftOutSpan>;

export const Alignment = z
  .object({
    generator: z.string(),
    eventId: z.string(),
    recordings: z.array(RecordingOffset),
    sessions: z.array(AlignedSession),
    /** what the placement leaves out of every session: pre-roll, post-roll, an empty first item */
    leftOut: z.array(LeftOutSpan).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    (a.leftOut ?? []).forEach((span, i) => {
      if (span.endMs <= span.startMs) ctx.addIssue({ code: 'custom', path: ['leftOut', i], message: `ends (${span.endMs}) at or before it starts (${span.startMs})` });
      const overlapped = a.sessions.find((s) => s.recording === span.recording && s.startMs !== null && s.endMs !== null && s.startMs < span.endMs && span.startMs < s.endMs);
      if (overlapped) ctx.addIssue({ code: 'custom', path: ['leftOut', i], message: `overlaps session "${overlapped.id}"` });
    });
  });
export type Alignment = z.infer<typeof Alignment>;
