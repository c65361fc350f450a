/**
 * Non-speech annotations: "[APPLAUSE]", "[music playing]", "(LAUGHTER)" in capitals, "♪ ... ♪".
 * Lower-case parentheses are left alone: they are usually speech ("(inaudible)" aside).
 */
const SOUND = /\[[^\]\n]{1,60}\]|\((?:[A-Z][A-Z'’\- ]{2,40})\)|♪[^♪\n]*♪|[♪♫]+/g;

/** Every alternative of SOUND starts with one of these: without one, it is not run. */
const SOUND_START = /[[(♪♫]/;

export function findSounds(text: string): string[] {
  if (!SOUND_START.test(text)) return [];
  return text.match(SOUND) ?? [];
}

/** True when nothing but annotations, spaces and punctuation is left. */
export function isOnlySounds(text: string): boolean {
  const rest = text.replace(SOUND, '').replace(/[\s\p{P}]/gu, '');
  return rest.length === 0 && findSounds(text).length > 0;
}

/** The text with annotations taken out (for search and summaries, not for captions). */
export function withoutSounds(text: string): string {
  return text.replace(SOUND, ' ').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
}
