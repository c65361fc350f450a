import type { SourceCue } from '../model/source-cue';

/**
 * Bidirectional formatting characters (ALM, LRM, RLM, embeddings, overrides, isolates) in caption
 * text: writers put them around right-to-left lines so players lay them out right
 * (src/formats/right-to-left.ts), and caption tools add them too. They are layout, not words: a
 * cue's text is read without them, so a label after them is still found and a search or a
 * transcript never holds them.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** The cues with their texts' bidirectional controls removed (the same array when none holds one). */
export function withoutBidiControls(cues: SourceCue[]): SourceCue[] {
  if (!cues.some((c) => c.spans.some((s) => BIDI_CONTROL.test(s.text)))) return cues;
  return cues.map((c) => ({ ...c, spans: c.spans.map((s) => ({ ...s, text: stripBidiControls(s.text) })) }));
}
