import { ingestCaptions } from '../../src/formats/ingest';
import { formatTimecode } from '../../src/model/timecode';
import type { Track } from '../../src/model/track';
import { speakerTurns } from '../../src/text/turns';

/**
 * Caption files of one line a cue, a cue a second (0.9 s long), read by ingest as a user's file
 * would be: for tests of how speaker labels on cue lines become turns.
 */

/** A Zoom cloud-recording transcript: number, timing, the line ("Name: text"). */
export function zoomTrack(lines: string[]): Track {
  const body = lines.map((l, i) => `${i + 1}\n${formatTimecode(i * 1000)} --> ${formatTimecode(i * 1000 + 900)}\n${l}`).join('\n\n');
  return ingestCaptions(Buffer.from(`WEBVTT\n\n${body}\n`), { fileName: 'zoom.vtt' });
}

/** A SubRip file. */
export function srtTrack(lines: string[], fileName = 'talk.srt'): Track {
  const body = lines.map((l, i) => `${i + 1}\n${formatTimecode(i * 1000, ',')} --> ${formatTimecode(i * 1000 + 900, ',')}\n${l}`).join('\n\n');
  return ingestCaptions(Buffer.from(`${body}\n`), { fileName });
}

/** Each speaker turn of a track as [speaker, text]. */
export const turnsOf = (track: Track): Array<[string | null, string]> => speakerTurns(track).map((t) => [t.speaker, t.text]);
