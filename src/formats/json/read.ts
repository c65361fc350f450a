import { Track } from '../../model/track';
import { UnreadableCaptions, type ReadResult } from '../types';

/** Reads recap's own track.json back, validated; it is already canonical, so it is kept as is. */
export function readTrackJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UnreadableCaptions(`not valid JSON: ${(e as Error).message}`, 1);
  }
  const parsed = Track.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UnreadableCaptions(`not a recap track: ${issue.path.join('.') || '(root)'}: ${issue.message}`, 1);
  }
  return { cues: [], diagnostics: [], track: parsed.data };
}
