import type { SpeakerLabelForm } from './caption-profiles';

/**
 * The visible label that opens a speaker's turn in published captions, in a profile's form
 * (caption-profiles.ts). `capitals`: the captions are in capitals, so a name shown before the
 * words is too (CART's ">> NAME:"), spelled as given otherwise.
 */
export interface SpeakerLabel {
  /** the label's text */
  text: string;
  /** true when the label stands on a line of its own above the words (DCMP) */
  ownLine: boolean;
}

export const UNNAMED_TURN_MARK = '>>';

export function speakerLabel(form: SpeakerLabelForm, speaker: string | null, capitals: boolean): SpeakerLabel {
  if (speaker === null || speaker.trim() === '') return { text: UNNAMED_TURN_MARK, ownLine: false };
  const name = capitals ? speaker.toUpperCase() : speaker;
  switch (form) {
    case 'cart':
      return { text: `${UNNAMED_TURN_MARK} ${name}:`, ownLine: false };
    case 'brackets':
      return { text: `[${name}]`, ownLine: false };
    case 'parentheses-line':
      return { text: `(${name})`, ownLine: true };
    case 'caps-colon':
      return { text: `${speaker.toUpperCase()}:`, ownLine: false };
  }
}
