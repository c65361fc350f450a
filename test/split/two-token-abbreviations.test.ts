import type { SpokenPiece } from '../../src/split/pieces';
import { splitSentences, spokenWords } from '../../src/split/sentences';
import { languageOf } from '../../src/text/language/registry';

/** An abbreviation written as two tokens ("z. B.", "т. е.") ends no sentence in the transcript splitter either. */
function sentences(text: string, tag: string): string[] {
  const ps: SpokenPiece[] = [{ text, speaker: null, turnStart: true, startMs: 0, endMs: 8_000, sounds: [] }];
  return splitSentences(spokenWords(ps), { pauseMs: 1200, punctuated: true, lang: languageOf(tag) }).map((s) => s.tokens.map((t) => t.text).join(' '));
}

test.each([
  ['Es geht z. B. um die Schulen. Dann um den Verkehr.', 'de', ['Es geht z. B. um die Schulen.', 'Dann um den Verkehr.']],
  ['Города, т. е. муниципалитеты, получат средства. Это важно.', 'ru', ['Города, т. е. муниципалитеты, получат средства.', 'Это важно.']],
])('%s', (text, tag, expected) => expect(sentences(text, tag)).toEqual(expected));
