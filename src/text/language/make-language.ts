import { LruCache } from '../../model/lru-cache';
import type { Language, LanguageEntry } from './language';
import { segmentedWordSpans, spacedWords, spacedWordSpans } from './segment';

/** Distinct words whose stems are remembered per language: a long meeting's vocabulary, and a bound on what queries can add. */
export const STEM_MEMO_SIZE = 50_000;

/** A language ready for use from its entry: words found by its script's rule, stems memoised, stop words looked up in a set. */
export function makeLanguage(entry: LanguageEntry): Language {
  const stems = new LruCache<string, string>(STEM_MEMO_SIZE);
  const listed = [...entry.stopWords, ...entry.fillers];
  // a stop word is matched however it is written: as listed, and folded ("été" and "ete")
  const stop = new Set([...listed, ...listed.map((w) => entry.fold(w.toLowerCase()))]);
  const elidedLength = (word: string): number => {
    const at = word.search(/['’]/);
    return at > 0 && entry.elisions?.has(word.slice(0, at)) === true ? at + 1 : 0;
  };
  const wordSpans = entry.spaced ? spacedWordSpans : (text: string) => segmentedWordSpans(text, entry.tag);
  // agenda words are looked up by a title's folded words: their keys are folded the same way, once
  const agendaVocabulary = Object.fromEntries(Object.entries(entry.meeting.agendaVocabulary).map(([k, v]) => [entry.fold(k.toLowerCase()), v]));
  return {
    ...entry,
    meeting: { ...entry.meeting, agendaVocabulary },
    stem(word) {
      let s = stems.get(word);
      if (s === undefined) {
        s = entry.stem(word);
        stems.set(word, s);
      }
      return s;
    },
    wordSpans,
    words: entry.spaced ? spacedWords : (text) => wordSpans(text).map((w) => w.word),
    elidedLength,
    baseWord(word) {
      const at = word.search(/['’]/);
      if (at < 0) return word;
      if (entry.elisions === undefined) return word.slice(0, at);
      // where words are elided, a first part that is no elided word keeps the word whole ("aujourd'hui")
      return word.slice(elidedLength(word));
    },
    isListedStopWord: (word) => stop.has(word),
    isStopWord: (word) => stop.has(word) || word.length < entry.minWordLength || /^\d+$/.test(word) || entry.stopShape?.test(word) === true,
  };
}
