import type { SpeakerLabelForm } from './caption-profiles';
import { charLength } from './caption-quality';

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

function formLabel(form: SpeakerLabelForm, speaker: string, capitals: boolean): SpeakerLabel {
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

/** A lower-case word inside a name ("de", "la", "van"): a shorter form does not end on it. */
const PARTICLE = /^\p{Ll}/u;

/**
 * Shorter forms of a name, longest first, all in the name's own spelling: its first words (the
 * first name and as much after it as is kept, never ending on a particle), then the last word
 * (the surname, as the name gives it).
 */
function shorterForms(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w !== '');
  const forms: string[] = [];
  for (let k = words.length - 1; k >= 1; k--) {
    if (!PARTICLE.test(words[k - 1]!)) forms.push(words.slice(0, k).join(' '));
  }
  if (words.length > 1) forms.push(words[words.length - 1]!);
  return forms;
}

/**
 * The label of a speaker's turn. A label longer than `maxChars` (a line of the profile) takes a
 * shorter form of the name that fits, and, when not even one word of it does, the first word cut
 * short with an ellipsis: a label never needs more than a line, so a cue never holds only a label.
 */
export function speakerLabel(form: SpeakerLabelForm, speaker: string | null, capitals: boolean, maxChars = Infinity): SpeakerLabel {
  if (speaker === null || speaker.trim() === '') return { text: UNNAMED_TURN_MARK, ownLine: false };
  const full = formLabel(form, speaker.trim(), capitals);
  if (charLength(full.text) <= maxChars) return full;
  for (const name of shorterForms(speaker.trim())) {
    const label = formLabel(form, name, capitals);
    if (charLength(label.text) <= maxChars) return label;
  }
  const room = maxChars - charLength(formLabel(form, '', capitals).text) - 1;
  const first = Array.from(speaker.trim().split(/\s+/)[0]!);
  return room > 0 ? formLabel(form, `${first.slice(0, room).join('')}…`, capitals) : { text: UNNAMED_TURN_MARK, ownLine: false };
}
