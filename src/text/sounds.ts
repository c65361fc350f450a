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

/**
 * Words of common sound descriptions ("[APPLAUSE]", "(PHONE RINGING)", "[speaking Spanish]"): a
 * bracketed text holding one is a sound, never a speaker's name (see bracket-labels.ts).
 */
const SOUND_WORDS = new Set([
  'APPLAUSE', 'APPLAUDING', 'CLAPPING', 'LAUGHTER', 'LAUGHS', 'LAUGHING', 'CHUCKLES', 'CHUCKLING', 'GIGGLES', 'MUSIC',
  'PLAYING', 'PLAYS', 'SINGING', 'SINGS', 'INAUDIBLE', 'UNINTELLIGIBLE', 'INDISTINCT', 'CROSSTALK', 'SILENCE', 'CHEERING',
  'CHEERS', 'COUGHS', 'COUGHING', 'SIGHS', 'SIGHING', 'GASPS', 'NOISE', 'NOISES', 'BACKGROUND', 'BELL', 'BELLS', 'BEEP',
  'BEEPS', 'BEEPING', 'PAUSE', 'SPEAKING', 'SPEAKS', 'FOREIGN', 'LANGUAGE', 'AUDIO', 'BLANK', 'MUTED', 'MUTE', 'SOUND',
  'SOUNDS', 'GAVEL', 'RINGING', 'RINGS', 'TYPING', 'BOOING', 'WHISTLING', 'STATIC', 'FEEDBACK', 'MIC', 'MICROPHONE',
  'DOOR', 'CLOSES', 'OPENS', 'KNOCK', 'KNOCKING', 'FOOTSTEPS', 'SILENT', 'VIDEO', 'CROWD', 'MURMURS', 'MURMURING',
  'CHATTER', 'SHOUTING', 'SHOUTS', 'CRYING', 'SNIFFLES', 'BREATHES', 'BREATHING', 'WHISPERS', 'WHISPERING', 'ECHO',
  'LAUGH', 'SIGH', 'COUGH', 'GASP', 'CHEER', 'INAUDIBLY', 'OVERLAPPING', 'VOICES', 'NO', 'END', 'BREAK', 'RECESS',
  // how words are heard: "(ON PHONE)", "[OVER RADIO]", "(IN SPANISH)"
  'ON', 'IN', 'OVER', 'OFF', 'PHONE', 'RADIO', 'TV', 'INTERCOM', 'SCREEN', 'OFFSCREEN', 'NARRATING', 'NARRATION', 'QUIETLY', 'LOUDLY',
]);

/** True when a bracketed text holds a word of a sound description (SOUND_WORDS), in any case. */
export function hasSoundWord(text: string): boolean {
  return (text.toUpperCase().match(/\p{L}+/gu) ?? []).some((w) => SOUND_WORDS.has(w));
}
