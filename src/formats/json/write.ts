import type { Track } from '../../model/track';

/** Writes the track as recap's track.json. */
export function writeTrackJson(track: Track): string {
  return `${JSON.stringify(track, null, 2)}\n`;
}
