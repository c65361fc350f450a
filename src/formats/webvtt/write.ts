import { stretchesByCue } from '../../model/speaker-stretches';
import type { Cue, CueSettings, Region, Track } from '../../model/track';
import { escapeCueText } from '../../text/entities';
import { formatTimecode } from '../../model/timecode';
import type { WriteOptions } from '../types';
import { isRightToLeftTrack, rightToLeftLines } from '../right-to-left';

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
 * One speaker's text: a voice tag when named, for machines, and at each change of speaker the
 * label people see, since players show no voice: ">> Name: " (">> " when unnamed), escaped like
 * all text (ffmpeg drops a line that opens with a raw ">>"). `labelled`: the text shows its
 * speaker changes itself already (WriteOptions.labelsInText).
 */
function voiced(text: string, speaker: string | null, newTurn: boolean, labelled: boolean, rtl: boolean): string {
  const label = newTurn && !labelled ? `${speaker ? `>> ${speaker}:` : '>>'} ` : '';
  const body = escapeCueText(rtl ? rightToLeftLines(`${label}${text}`) : `${label}${text}`);
  return speaker ? `<v ${escapeCueText(speaker)}>${body}` : body;
}

/**
 * Each cue's payload; a voice is closed only when the speaker changes inside the cue. `rtl`: the
 * track is right to left, and its lines are marked so players lay them out so (right-to-left.ts).
 */
function cuePayloads(cues: readonly Cue[], labelled: boolean, rtl: boolean): string[] {
  return stretchesByCue(cues).map((stretches) =>
    stretches
      .map((s) => {
        const text = voiced(s.text, s.speaker, s.newTurn, labelled, rtl);
        return stretches.length > 1 && s.speaker ? `${text}</v>` : text;
      })
      .join('\n'),
  );
}

/** Writes WebVTT: speakers as `<v>` voice tags and visible labels, cue settings and regions kept. */
export function writeWebVtt(track: Track, options: WriteOptions = {}): string {
  const eol = options.eol ?? '\n';
  const blocks: string[] = ['WEBVTT'];
  for (const r of track.regions ?? []) blocks.push(regionBlock(r));
  const payloads = cuePayloads(track.cues, options.labelsInText ?? false, isRightToLeftTrack(track));
  for (const [i, cue] of track.cues.entries()) {
    const id = cue.id && !cue.id.includes('-->') && !cue.id.includes('\n') ? `${cue.id}\n` : '';
    const timing = `${formatTimecode(cue.startMs)} --> ${formatTimecode(cue.endMs)}${settingsText(cue.settings)}`;
    blocks.push(`${id}${timing}\n${payloads[i]!}`);
  }
  return `${blocks.join('\n\n')}\n`.replace(/\n/g, eol);
}
