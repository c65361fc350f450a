import ISO from 'stopwords-iso/stopwords-iso.json';

/**
 * Stop words of a language from stopwords-iso (the lists natural brings), by ISO 639-1 code;
 * empty for a language it does not list.
 */
export function isoStopWords(tag: string): readonly string[] {
  return (ISO as Record<string, string[] | undefined>)[tag] ?? [];
}

/**
 * stopwords-iso's list without the words that carry a topic in meetings: the lists were built from
 * word frequencies, and some languages' lists hold frequent nouns ("город" city, "consiglio"
 * council, "城市"-like words of Chinese) that a search or a keyphrase must keep.
 */
export function isoStopWordsExcept(tag: string, topicWords: readonly string[]): readonly string[] {
  const kept = new Set(topicWords);
  return isoStopWords(tag).filter((w) => !kept.has(w));
}
