import { speakerStretches } from '../../model/speaker-stretches';
import type { Cue, CueSettings, Region, Track } from '../../model/track';
import { escapeCueText } from '../../text/entities';
import { formatTimecode } from '../../model/timecode';
import type { WriteOptions } from '../types';

function settingsText(s: CueSettings | undefined): string {
  if (!s) return '';
  const out: string[] = [];
  if (s.vertical) out.push(`vertical:${s.vertical}`);
  if (s.line !== undefined && s.line !== 'auto') {
    const value = s.snapToLines === false ? `${s.line}%` : String(s.line);
    out.push(`line:${value}${s.lineAlign ? `,${s.lineAlign}` : ''}`);
  }
  if (s.position !== undefined && s.position !== 'auto') {
    const align = s.positionAlign && s.positionAlign !== 'auto' ? `,${s.positionAlign}` : '';
    out.push(`position:${s.position}%${align}`);
  }
  if (s.size !== undefined && s.size !== 100) out.push(`size:${s.size}%`);
  if (s.align) out.push(`align:${s.align}`);
  if (s.region) out.push(`region:${s.region}`);
  return out.length > 0 ? ` ${out.join(' ')}` : '';
}

function regionBlock(r: Region): string {
  return [
    'REGION',
    `id:${r.id}`,
    `width:${r.width}%`,
    `lines:${r.lines}`,
    `regionanchor:${r.regionAnchorX}%,${r.regionAnchorY}%`,
    `viewportanchor:${r.viewportAnchorX}%,${r.viewportAnchorY}%`,
    ...(r.scroll ? [`scroll:${r.scroll}`] : []),
  ].join('\n');
}

/**
 * One speaker's text: a voice tag when named, a ">>" mark for an unnamed new turn (escaped like
 * all text: ffmpeg drops a line opening with a raw ">>").
 */
function voiced(text: string, speaker: string | null, turnStart: boolean | undefined, labelsInText: boolean): string {
  const body = escapeCueText(text);
  if (speaker) return `<v ${escapeCueText(speaker)}>${body}`;
  return turnStart && !labelsInText ? `${escapeCueText('>>')} ${body}` : body;
}

/**
 * A cue's text with its speakers; each voice is closed only when the speaker changes inside the
 * cue. `labelsInText`: the text shows its speaker changes itself (WriteOptions).
 */
export function cuePayload(cue: Cue, labelsInText = false): string {
  const stretches = speakerStretches(cue);
  if (stretches.length > 1) {
    return stretches.map((s) => `${voiced(s.text, s.speaker, s.turnStart, labelsInText)}${s.speaker ? '</v>' : ''}`).join('\n');
  }
  return voiced(cue.text, cue.speaker, cue.turnStart, labelsInText);
}

/** Writes WebVTT: speakers as `<v>` voice tags, cue settings and regions kept. */
export function writeWebVtt(track: Track, options: WriteOptions = {}): string {
  const eol = options.eol ?? '\n';
  const blocks: string[] = ['WEBVTT'];
  for (const r of track.regions ?? []) blocks.push(regionBlock(r));
  for (const cue of track.cues) {
    const id = cue.id && !cue.id.includes('-->') && !cue.id.includes('\n') ? `${cue.id}\n` : '';
    const timing = `${formatTimecode(cue.startMs)} --> ${formatTimecode(cue.endMs)}${settingsText(cue.settings)}`;
    blocks.push(`${id}${timing}\n${cuePayload(cue, options.labelsInText)}`);
  }
  return `${blocks.join('\n\n')}\n`.replace(/\n/g, eol);
}
