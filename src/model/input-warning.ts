import { z } from 'zod';

/**
 * Warnings about input that reads without error but is implausible: markup left in the text, a
 * cue longer than any caption stays up, times running backwards, rolling repeats, a recording far
 * shorter or longer than its agenda. The input is still used; `recap process --strict` refuses it.
 */

/** Stable codes: scripts and tests match on them, so a code is never renamed or reused. */
export const INPUT_WARNING_CODES = [
  'markup-in-text',
  'timestamp-in-text',
  'entity-in-text',
  'timing-in-text',
  'cue-too-long',
  'track-too-long',
  'time-backwards',
  'repeated-text',
  'recording-shorter-than-agenda',
  'recording-longer-than-agenda',
  'unread-input',
  'cue-ends-before-start',
] as const;
export const InputWarningCode = z.enum(INPUT_WARNING_CODES);
export type InputWarningCode = z.infer<typeof InputWarningCode>;

export const InputWarning = z.strictObject({
  code: InputWarningCode,
  /** the caption file as the manifest names it */
  file: z.string(),
  /** 1-based line of the first cue concerned, when there is one */
  line: z.number().int().positive().optional(),
  /** for the organiser: what is wrong, with the figure that tripped the check and the threshold */
  message: z.string(),
  /** the figure that tripped the check (its unit is in the message) */
  value: z.number(),
});
export type InputWarning = z.infer<typeof InputWarning>;

/** Version of the plausibility checks; recorded with the warnings they give. */
export const PLAUSIBILITY_GENERATOR = 'plausibility@2';

/** events/<id>/warnings.json: every recording's warnings, by recording id (each listed, [] when clean). */
export const InputWarningsFile = z.strictObject({
  generator: z.string(),
  recordings: z.record(z.string(), z.array(InputWarning)),
});
export type InputWarningsFile = z.infer<typeof InputWarningsFile>;

/** "captions/main.vtt:120: ... [markup-in-text]": one line, as error messages name file and line. */
export function describeInputWarning(warning: InputWarning): string {
  const where = warning.line !== undefined ? `${warning.file}:${warning.line}` : warning.file;
  return `${where}: ${warning.message} [${warning.code}]`;
}
