import { stretchesByCue } from '../model/speaker-stretches';
import type { Track } from '../model/track';
import { isMostlyCapitals, readLabel } from '../text/speaker-marks';

/**
 * A speaker label as plain-text caption formats carry it: "Name: " where a reader will take it
 * back as a label, otherwise the CART form ">> Name: "; an unnamed new speaker is ">> ".
 */
function labelled(text: string, speaker: string | null, newTurn: boolean, capitals: boolean, namedApart: boolean): string {
  if (!newTurn) return text;
  if (!speaker) return `>> ${text}`;
  const plain = `${speaker}: ${text}`.trimEnd();
  // A name no reader would take back from the text ('Bob & "Co" <x>') is left to the format's own
  // place for it where it has one, rather than shown as words of the speech.
  if (namedApart && readLabel(plain, 'after-mark')?.name !== speaker) return text;
  // In all-capitals captions a bare "NAME:" is ambiguous to readers (recap's included), so the
  // CART form is used there.
  return !capitals && readLabel(plain, 'line-start')?.name === speaker ? plain : `>> ${plain}`;
}

/** One speaker's part of a cue as a writer shows it: its (escaped) text, label included. */
export interface LabelledPart {
  speaker: string | null;
  /** may hold line breaks of its own: a part is not one line */
  text: string;
}

function partsOf(track: Track, escape: (text: string) => string, capitals: boolean, namedApart = false): LabelledPart[][] {
  return stretchesByCue(track.cues).map((stretches) =>
    stretches.map((p) => ({ speaker: p.speaker, text: labelled(escape(p.text), p.speaker, p.newTurn, capitals, namedApart) })),
  );
}

export interface LabelOptions {
  /** the texts carry their labels already (WriteOptions.labelsInText): they are only escaped */
  labelsInText?: boolean | undefined;
  /**
   * the format names speakers apart from the text too (TTML's ttm:agent): always the CART form
   * ">> Name: ", which readers take for a label even there, and no label for a name they could not
   */
  namedApart?: boolean;
}

/**
 * Each cue's speaker parts, in order, with the speaker named at each change, for formats that can
 * name a speaker per part (TTML's spans). `escape` makes the caption text safe in the format's
 * markup; labels are plain text. Texts that carry their labels already are one part per cue: their
 * lines need not follow the cue's parts.
 */
export function labelledCueParts(track: Track, escape: (text: string) => string = (t) => t, options: LabelOptions = {}): LabelledPart[][] {
  if (options.labelsInText) return track.cues.map((cue) => [{ speaker: cue.speaker, text: escape(cue.text) }]);
  if (options.namedApart) return partsOf(track, escape, true, true);
  // A reader judges capitals on the text as written, labels included, so the writer does too.
  const plain = partsOf(track, escape, false);
  const joined = plain.map((parts) => parts.map((p) => p.text).join('\n'));
  return isMostlyCapitals(joined.join(' ')) ? partsOf(track, escape, true) : plain;
}

/**
 * Each cue's text with the speaker named at each change, for formats whose only place for a
 * speaker is the text (SRT, SBV, SAMI, LRC, MicroDVD, and ASS here): its parts a line apart.
 */
export function labelledCueTexts(track: Track, escape: (text: string) => string = (t) => t, options: LabelOptions = {}): string[] {
  return labelledCueParts(track, escape, options).map((parts) => parts.map((p) => p.text).join('\n'));
}
