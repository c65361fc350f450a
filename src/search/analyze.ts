import { foldAccents } from '../text/language/fold';
import { languageOf } from '../text/language/registry';

// Interim (issue 14): search analysis per language comes with the search scope's change.
const INTERIM_LANGUAGE = languageOf('en');
const isStopWord = (w: string): boolean => INTERIM_LANGUAGE.isStopWord(w);
const stemWord = (w: string): string => INTERIM_LANGUAGE.stem(w);

/**
 * Tokens for search: every word of a text with its character offsets and its position among
 * all words (stop words included), so phrases can be checked for adjacency and snippets can
 * mark the exact characters. Content words carry a stemmed, accent-folded term and the word's
 * own form; stop words carry neither (they are neither indexed nor scored).
 */
export interface Token {
  /** stemmed, lower-case, accent-folded term; null for a stop word */
  term: string | null;
  /** the word as written, lower-case and accent-folded ("parking" where the term is "park"); null for a stop word */
  form: string | null;
  /** offsets into the original text, UTF-16 code units, [start, end) */
  start: number;
  end: number;
  /** 0-based index among all words of the text */
  position: number;
}

// Same word shape as src/text/terms.ts wordsOf: letters/digits, inner apostrophes kept.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The form of one raw word: lower case, accents folded, a clitic after an apostrophe dropped ("council's" -> "council"). */
export function formOf(raw: string): string {
  return foldAccents(raw.toLowerCase().split(/['’]/)[0]!);
}

/** The term of a word form, or null when it is a stop word. Numbers of 2+ digits are kept ("2030"). */
function termOfForm(w: string): string | null {
  if (/^\d{2,}$/.test(w)) return w;
  if (isStopWord(w)) return null;
  return stemWord(w);
}

/** The term of one raw word, or null when it is a stop word. */
export function termOf(raw: string): string | null {
  return termOfForm(formOf(raw));
}

export function searchTokens(text: string): Token[] {
  const out: Token[] = [];
  let position = 0;
  for (const m of text.matchAll(WORD)) {
    const form = formOf(m[0]);
    const term = termOfForm(form);
    out.push({ term, form: term === null ? null : form, start: m.index, end: m.index + m[0].length, position: position++ });
  }
  return out;
}

/** Lower case without accents, spaces collapsed: how speaker names are compared. */
export function foldName(name: string): string {
  return foldAccents(name.toLowerCase()).replace(/\s+/g, ' ').trim();
}
