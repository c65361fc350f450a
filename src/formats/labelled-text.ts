import { speakerStretches } from '../model/speaker-stretches';
import type { Track } from '../model/track';
import { isMostlyCapitals, readLabel } from '../text/speaker-marks';

/**
 * A speaker label as plain-text caption formats carry it: "Name: " where a reader will take it
 * back as a label, otherwise the CART form ">> Name: "; an unnamed new speaker is ">> ".
 */
function labelled(text: string, speaker: string | null, newTurn: boolean, capitals: boolean): string {
  if (!newTurn) return text;
  if (!speaker) return `>> ${text}`;
  const plain = `${speaker}: ${text}`.trimEnd();
  // In all-capitals captions a bare "NAME:" is ambiguous to readers (recap's included), so the
  // CART form is used there.
  return !capitals && readLabel(plain, 'line-start')?.name === speaker ? plain : `>> ${plain}`;
}

function bodies(track: Track, escape: (text: string) => string, capitals: boolean): string[] {
  let previous: string | null = null;
  return track.cues.map((cue) => {
    return speakerStretches(cue)
      .map((p) => {
        const line = labelled(escape(p.text), p.speaker, p.turnStart || p.speaker !== previous, capitals);
        previous = p.speaker;
        return line;
      })
      .join('\n');
  });
}

/**
 * Each cue's text with the speaker named at each change, for formats whose only place for a
 * speaker is the text (SRT, SBV, SAMI, LRC, MicroDVD, and ASS here). `escape` makes the
 * caption text safe in the format's markup; labels are plain text.
 */
export function labelledCueTexts(track: Track, escape: (text: string) => string = (t) => t): string[] {
  // A reader judges capitals on the text as written, labels included, so the writer does too.
  const plain = bodies(track, escape, false);
  return isMostlyCapitals(plain.join(' ')) ? bodies(track, escape, true) : plain;
}
