import { z } from 'zod';
import { CaptionQualityReport } from './caption-quality';
import { ProfileName } from './caption-profiles';
import { InputWarning } from '../model/input-warning';

/**
 * events/<id>/quality.json: the caption quality of the event's inputs (each recording's track as
 * received) and of every caption file recap wrote (each read back from its bytes), against one profile.
 */
export const QualityFile = z.strictObject({
  generator: z.string(),
  profile: ProfileName,
  /** by recording id */
  input: z.record(z.string(), CaptionQualityReport),
  /** by store key relative to the event's folder, e.g. "sessions/opening/captions.vtt" */
  outputs: z.record(z.string(), CaptionQualityReport),
  /**
   * implausible input found in each recording (warnings.json), by recording id; optional, so that
   * files written before it still validate
   */
  warnings: z.record(z.string(), z.array(InputWarning)).optional(),
});
export type QualityFile = z.infer<typeof QualityFile>;
