import { z } from 'zod';

/**
 * The canonical caption model. Every reader produces it and every writer consumes it.
 * Times are integer milliseconds from the recording's 00:00:00; a cue covers the half-open
 * interval [startMs, endMs).
 */

/** WebVTT cue settings, with the VTTCue attribute names and value conventions. */
export const CueSettings = z
  .object({
    vertical: z.enum(['', 'rl', 'lr']).optional(),
    line: z.union([z.number(), z.literal('auto')]).optional(),
    lineAlign: z.enum(['start', 'center', 'end']).optional(),
    position: z.union([z.number(), z.literal('auto')]).optional(),
    positionAlign: z.enum(['line-left', 'center', 'line-right', 'auto']).optional(),
    size: z.number().optional(),
    align: z.enum(['start', 'center', 'end', 'left', 'right']).optional(),
    region: z.string().optional(),
    snapToLines: z.boolean().optional(),
  })
  .strict();
export type CueSettings = z.infer<typeof CueSettings>;

/**
 * A stretch of one cue spoken by one speaker. Present on a cue only when the speaker changes
 * inside it (a CART `>>` mark mid-cue); `startMs` is estimated from the share of characters.
 */
export const CuePart = z
  .object({
    text: z.string(),
    speaker: z.string().nullable(),
    /** a new speaker turn begins with this part */
    turnStart: z.boolean(),
    startMs: z.number().int(),
  })
  .strict();
export type CuePart = z.infer<typeof CuePart>;

/** A word with its own start time, kept from inline timestamps (e.g. YouTube auto-captions). */
export const TimedWord = z.object({ text: z.string(), startMs: z.number().int() }).strict();
export type TimedWord = z.infer<typeof TimedWord>;

export const Cue = z
  .object({
    id: z.string(),
    startMs: z.number().int().nonnegative(),
    endMs: z.number().int().nonnegative(),
    /** plain text: markup removed, entities decoded, line breaks as "\n" */
    text: z.string(),
    /** named speaker at the cue's start, or null when none is named */
    speaker: z.string().nullable(),
    /** a new speaker turn begins at this cue (named or not) */
    turnStart: z.boolean().optional(),
    /** per-speaker parts when the speaker changes inside the cue; read them with speakerStretches (speaker-stretches.ts) */
    parts: z.array(CuePart).optional(),
    /** non-speech annotations found in the text, e.g. "[APPLAUSE]" (kept in `text` too) */
    sounds: z.array(z.string()).optional(),
    /** true when the cue holds only non-speech annotations */
    nonSpeech: z.boolean().optional(),
    words: z.array(TimedWord).optional(),
    settings: CueSettings.optional(),
    /** WebVTT only: the cue payload exactly as written, markup kept */
    raw: z.string().optional(),
    /** 1-based line of the cue in the source file */
    line: z.number().int().positive().optional(),
  })
  .strict();
export type Cue = z.infer<typeof Cue>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A problem found in the input; lines and columns are 1-based. */
export const Diagnostic = z
  .object({
    severity: Severity,
    line: z.number().int().nonnegative(),
    column: z.number().int().positive().optional(),
    message: z.string(),
  })
  .strict();
export type Diagnostic = z.infer<typeof Diagnostic>;

export const Region = z
  .object({
    id: z.string(),
    width: z.number(),
    /**
     * a whole number, possibly beyond 2^53: WebVTT's parser takes any run of digits
     * ("lines:18446744073709552000"), and zod's int() would refuse what the reader gave
     */
    lines: z.number().nonnegative().refine(Number.isInteger, 'must be a whole number'),
    regionAnchorX: z.number(),
    regionAnchorY: z.number(),
    viewportAnchorX: z.number(),
    viewportAnchorY: z.number(),
    scroll: z.enum(['', 'up']),
  })
  .strict();
export type Region = z.infer<typeof Region>;

export const Track = z
  .object({
    generator: z.string(),
    /** format id of the source (registry id), e.g. "webvtt", "srt" */
    format: z.string(),
    /** how the bytes were decoded, e.g. "utf-8", "utf-16le", "windows-1252" */
    encoding: z.string().optional(),
    language: z.string().optional(),
    regions: z.array(Region).optional(),
    cues: z.array(Cue),
    diagnostics: z.array(Diagnostic),
  })
  .strict();
export type Track = z.infer<typeof Track>;

/** Version of the ingest stage; recorded in every track it produces. */
export const INGEST_GENERATOR = 'ingest@6';
