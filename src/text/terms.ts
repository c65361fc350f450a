import type { Language } from './language/language';

/**
 * Content terms of caption text for matching and indexing, in the text's language: its words,
 * folded, stop words and spoken fillers dropped, stemmed. ("Budgets" and "budget" meet; "um",
 * "okay", "the" do not count; "normes" and "norme" meet in French, "المدن" and "مدن" in Arabic.)
 */

/** The stemmed content terms of a text, in order. */
export function contentTerms(text: string, lang: Language): string[] {
  const out: string[] = [];
  for (const raw of lang.words(text)) {
    // "aren't" -> "aren", "García's" -> "garcia", "l'état" -> "etat": the base word, folded.
    const w = lang.fold(raw.split(/['’]/).at(lang.elision ? -1 : 0)!);
    if (!lang.isStopWord(w)) out.push(lang.stem(w));
  }
  return out;
}

/** Clause ends across scripts: a compound never spans one. */
const CLAUSE_END = /[.?!;:。！？；：؟؛]+(?:\s|$)/u;

/**
 * Stems of adjacent word pairs written as one, so that compounds meet however they are spaced or
 * hyphenated: "council member" and "councilmember", "e-mail" and "email", "web site" and
 * "website". Pairs with a stop word or a number are skipped ("of the" is no compound), and so are
 * pairs across a sentence end ("the council. Members of the public" is no councilmember). A
 * single letter joins a word only through a hyphen ("e-mail", "x-ray"): alone it is a stop word.
 * Only where words are spaced: elsewhere the segmenter already decides what is one word.
 */
export function compoundTerms(text: string, lang: Language): string[] {
  const out: string[] = [];
  if (!lang.spaced) return out;
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{L})-(\p{L}{2,})/gu)) out.push(lang.stem(lang.fold(`${m[1]}${m[2]}`.toLowerCase())));
  for (const sentence of text.split(CLAUSE_END)) {
    let previous: string | null = null;
    for (const raw of lang.words(sentence)) {
      const w = lang.fold(raw.split(/['’]/).at(lang.elision ? -1 : 0)!);
      const usable = /^[\p{L}\p{M}]+$/u.test(w) && !lang.isListedStopWord(w);
      if (usable && previous !== null) out.push(lang.stem(previous + w));
      previous = usable ? w : null;
    }
  }
  return out;
}
