import type { Cue } from '../model/track';
import { caseToken, phraseForms } from './casing';
import { endsSentence } from '../text/sentence-ends';
import type { Vocabulary } from './vocabulary';

/**
 * Sentence case for caption cues, the transcripts' rules (casing.ts) applied cue by cue: a cue
 * written in capitals gets its words cased by the vocabulary (names, acronyms, the manifest's
 * proper nouns), and the first letter of each sentence a capital, a sentence starting where the
 * one before ended (endsSentence), at a change of speaker, or at the first cue. Cues with lower
 * case letters are the captioner's own case and are kept, and so is every cue of a track that is
 * not in capitals as a whole (vocabulary.capitals). Only the case of letters changes; a
 * cue's parts (a change of speaker inside it) are cased as its text is.
 */
export function sentenceCaseCues<C extends Pick<Cue, 'text' | 'turnStart' | 'parts'>>(cues: readonly C[], vocabulary: Vocabulary): C[] {
  let previous: string | undefined;
  // inside a bracketed annotation ("[UPBEAT MUSIC]"): it neither starts nor ends a sentence
  let inTag = false;
  const caseText = (text: string, capitals: boolean, turnStart: boolean): string => {
    if (turnStart) previous = undefined;
    inTag = false;
    const lines = text.split('\n').map((line) => {
      const tokens = line.split(' ');
      const forms = phraseForms(tokens, vocabulary);
      return tokens
        .map((token, i) => {
          if (token === '') return token;
          let cased = capitals ? caseToken(token, vocabulary, forms[i], previous) : token;
          if (/^[[(]/.test(token)) inTag = true;
          if (inTag) {
            if (/[\])][.,;:!?]*$/.test(token)) inTag = false;
            return cased;
          }
          const starts = previous === undefined || endsSentence(previous, vocabulary.lang, token);
          if (starts && capitals) cased = cased.replace(/\p{L}/u, (c) => c.toUpperCase());
          if (/[\p{L}\p{N}]/u.test(token)) previous = token;
          return cased;
        })
        .join(' ');
    });
    return lines.join('\n');
  };
  return cues.map((cue) => {
    // Decided for the track (the vocabulary's): a cue in capitals of a mixed-case track keeps them.
    const capitals = vocabulary.capitals && /\p{Lu}/u.test(cue.text) && !/\p{Ll}/u.test(cue.text);
    if (!cue.parts || cue.parts.length < 2) return { ...cue, text: caseText(cue.text, capitals, cue.turnStart === true) };
    const parts = cue.parts.map((p) => ({ ...p, text: caseText(p.text, capitals, p.turnStart) }));
    return { ...cue, parts, text: parts.map((p) => p.text).join('\n') };
  });
}
