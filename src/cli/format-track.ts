import { speakerStretches } from '../model/speaker-stretches';
import type { Track } from '../model/track';
import { formatTimecode } from '../model/timecode';

/** A human-readable listing of a track: a header, its diagnostics, then one line per cue. */
export function describeTrack(file: string, track: Track): string {
  const speakers = new Set(track.cues.flatMap((c) => speakerStretches(c).map((s) => s.speaker)).filter((s): s is string => !!s));
  const turns = track.cues.reduce((n, c) => n + speakerStretches(c).filter((s) => s.turnStart).length, 0);
  const lines = [
    `${file}: ${track.format}, ${track.encoding ?? 'utf-8'}, ${track.cues.length} cues, ${turns} speaker changes` +
      (speakers.size > 0 ? `, speakers: ${[...speakers].join(', ')}` : ''),
  ];
  for (const d of track.diagnostics) {
    lines.push(`  ${d.severity} line ${d.line}${d.column !== undefined ? `:${d.column}` : ''}: ${d.message}`);
  }
  for (const cue of track.cues) {
    const body = speakerStretches(cue)
      .map((p) => `${p.turnStart ? `>> ${p.speaker ?? ''}${p.speaker ? ': ' : ''}` : ''}${p.text.replace(/\n/g, ' / ')}`)
      .join(' ');
    lines.push(`${formatTimecode(cue.startMs)} --> ${formatTimecode(cue.endMs)}  ${body}`);
  }
  return `${lines.join('\n')}\n`;
}
