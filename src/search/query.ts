import type { Language } from '../text/language/language';
import { searchTokens } from './analyze';
import { questionTerms } from './question-words';

/**
 * A parsed query, in one language: its words found, folded and stemmed as that language's
 * documents are. Quoted parts are phrases: their content terms must occur in that order, with
 * the same gaps (stop words between them count as positions), e.g. "outcome document" or, where
 * words are not spaced, "城市标准" (adjacent segmenter words). The rest are free terms, combined
 * with OR and ranked by BM25.
 */
export interface Phrase {
  /** the phrase's content terms with their offsets from the first one, in word positions */
  terms: { term: string; offset: number }[];
}

export interface ParsedQuery {
  terms: string[];
  /** forms[i]: the forms terms[i] is written in by the query ("parking" for "park") */
  forms: string[][];
  phrases: Phrase[];
}

/** Opening and closing quotes of the scripts' usual styles: "…", “…”, „…“, «…», 「…」, 『…』. */
const QUOTED = /["“”„«「『]([^"“”„«»「」『』]*)(?:["“”»」』]|$)/g;

/** The query's terms and phrases in `language`; `dropQuestionWords` false keeps the framing words (question-words.ts) as free terms too (Ranking.dropQuestionWords). */
export function parseQuery(query: string, language: Language, dropQuestionWords = true): ParsedQuery {
  const phrases: Phrase[] = [];
  // Quoted parts first; an unclosed quote runs to the end.
  const rest = query.replace(QUOTED, (_m, inner: string) => {
    const tokens = searchTokens(inner, language).filter((t) => t.term !== null);
    if (tokens.length > 0) {
      const first = tokens[0]!.position;
      phrases.push({ terms: tokens.map((t) => ({ term: t.term!, offset: t.position - first })) });
    }
    return ' ';
  });
  const terms: string[] = [];
  const forms: string[][] = [];
  const tokens = searchTokens(rest, language).filter((t) => t.term !== null);
  const framing = questionTerms(language);
  // Framing words go only when something else is asked: "team decisions" alone is the question.
  const drop = dropQuestionWords && (phrases.length > 0 || tokens.some((t) => !framing.has(t.term!)));
  for (const t of tokens) {
    if (drop && framing.has(t.term!)) continue;
    const i = terms.indexOf(t.term!);
    if (i < 0) {
      terms.push(t.term!);
      forms.push([t.form!]);
    } else if (!forms[i]!.includes(t.form!)) forms[i]!.push(t.form!);
  }
  return { terms, forms, phrases };
}
