import { z } from 'zod';

/**
 * Size limits on what recap reads, so that no input can exhaust memory or time. The defaults
 * leave room for a 24-hour recording; an operator raises them through the environment.
 */
export const Limits = z.strictObject({
  /** bytes of an event manifest */
  maxManifestBytes: z.number().int().positive(),
  /** bytes of one caption file */
  maxCaptionBytes: z.number().int().positive(),
  /** cues in one caption file */
  maxCues: z.number().int().positive(),
  /** characters of one cue's text (also of one XML attribute or text node in TTML) */
  maxCueChars: z.number().int().positive(),
});
export type Limits = z.infer<typeof Limits>;

export const DEFAULT_LIMITS: Limits = {
  maxManifestBytes: 1024 * 1024,
  maxCaptionBytes: 256 * 1024 * 1024,
  maxCues: 2_000_000,
  maxCueChars: 100_000,
};

const VARIABLES: Record<keyof Limits, string> = {
  maxManifestBytes: 'RECAP_MAX_MANIFEST_BYTES',
  maxCaptionBytes: 'RECAP_MAX_CAPTION_BYTES',
  maxCues: 'RECAP_MAX_CUES',
  maxCueChars: 'RECAP_MAX_CUE_CHARS',
};

/** The limits from the environment, each variable a positive integer; unset ones keep the default. */
export function parseLimits(env: Record<string, string | undefined>): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(VARIABLES) as Array<keyof Limits>) {
    const raw = env[VARIABLES[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    const parsed = Limits.shape[key].safeParse(/^\d+$/.test(raw.trim()) ? value : Number.NaN);
    if (!parsed.success) throw new Error(`${VARIABLES[key]}=${raw}: must be a positive whole number`);
    limits[key] = parsed.data;
  }
  return Limits.parse(limits);
}
