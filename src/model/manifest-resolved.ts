import { z } from 'zod';
import { OffsetDateTimeText } from './manifest-fields';
import { EventManifest, ManifestRecording, ManifestSession, PinInRecording } from './manifest';

/**
 * The manifest as validated, with every time resolved to ISO-8601 with its offset (in the event's
 * timezone when it has one, else with the offset it was written with) and `language` filled in.
 * This is what manifest.json holds; later stages read it back with this schema, so they never
 * need the event's timezone or date again.
 */

export const ResolvedSession = ManifestSession.extend({
  start: OffsetDateTimeText.optional(),
  end: OffsetDateTimeText.optional(),
  /** a pin always names its recording here, also when the manifest wrote the time alone */
  pin: PinInRecording.optional(),
});
export type ResolvedSession = z.infer<typeof ResolvedSession>;

export const ResolvedRecording = ManifestRecording.extend({
  startsAt: OffsetDateTimeText.optional(),
});
export type ResolvedRecording = z.infer<typeof ResolvedRecording>;

export const ResolvedManifest = EventManifest.extend({
  language: z.string(),
  sessions: z.array(ResolvedSession).min(1),
  recordings: z.array(ResolvedRecording).min(1),
});
export type ResolvedManifest = z.infer<typeof ResolvedManifest>;
