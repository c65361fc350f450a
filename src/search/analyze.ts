import { foldAccents } from '../text/language/fold';
import type { Language, WordSpan } from '../text/language/language';

/**
 * Tokens for search: every word of a text, as its language finds it (a regex where words are
 * spaced, Intl.Segmenter in Chinese and Japanese), with its character offsets and its position
 * among all words (stop words included), so phrases can be checked for adjacency and snippets
 * can mark the exact characters. Content words carry a term (folded and stemmed by the language)
 * and the word's own form; stop words carry neither (they are neither indexed nor scored).
 */
export interface Token {
  /** the language's stem of the folded form; null for a stop word */
  term: string | null;
  /** the word as written, lower-case and folded ("parking" where the term is "park"); null for a stop word */
  form: string | null;
  /** offsets into the original text, UTF-16 code units, [start, end) */
  start: number;
  end: number;
  /** 0-based index among all words of the text */
  position: number;
}


/**
 * The part of a word that is searched for, and where it starts. Where the language elides words
 * before an apostrophe ("l'eau", "dell'ambiente") it is what follows the elided word, and a word
 * whose first part is not elided stays whole ("aujourd'hui"); elsewhere what follows an apostrophe
 * is a clitic and is dropped ("council's" -> "council").
 */
function baseOf(span: WordSpan, language: Language): { base: string; start: number } {
  // an elided word before the base moves its start; a clitic after it does not
  return { base: language.baseWord(span.word), start: span.start + language.elidedLength(span.word) };
}

/** The term of a folded word form in its language, or null when it is a stop word. Numbers of 2+ digits are kept ("2030"). */
function termOfForm(form: string, language: Language): string | null {
  if (/^\d{2,}$/.test(form)) return form;
  if (language.isStopWord(form)) return null;
  return language.stem(form);
}

/** Every word of a text in the given language, as search reads it. */
export function searchTokens(text: string, language: Language): Token[] {
  const out: Token[] = [];
  let position = 0;
  for (const span of language.wordSpans(text)) {
    const { base, start } = baseOf(span, language);
    const form = language.fold(base);
    const term = termOfForm(form, language);
    out.push({ term, form: term === null ? null : form, start, end: span.end, position: position++ });
  }
  return out;
}

/** Lower case without accents, spaces collapsed: how speaker names are compared. */
export function foldName(name: string): string {
  return foldAccents(name.toLowerCase()).replace(/\s+/g, ' ').trim();
}
