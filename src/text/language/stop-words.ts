import ISO from 'stopwords-iso/stopwords-iso.json';

/**
 * Stop words of a language from stopwords-iso (the lists natural brings), by ISO 639-1 code;
 * empty for a language it does not list.
 */
export function isoStopWords(tag: string): readonly string[] {
  return (ISO as Record<string, string[] | undefined>)[tag] ?? [];
}
