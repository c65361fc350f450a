import { searchTokens } from './analyze';

/**
 * A parsed query. Quoted parts are phrases: their content terms must occur in that order, with
 * the same gaps (stop words between them count as positions), e.g. "outcome document". The rest
 * are free terms, combined with OR and ranked by BM25.
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

/**
 * Words that only frame a question about a meeting ("what did the group discuss about ...").
 * They occur in almost every meeting and say nothing about where the answer is, so they are
 * dropped from free terms (not from phrases).
 */
const QUESTION_WORDS = new Set(
  [
    'summarize', 'summary', 'discuss', 'discussion', 'discussed', 'talk', 'talked', 'talking', 'mention', 'mentioned',
    'what', 'why', 'how', 'when', 'who', 'whom', 'which', 'opinion', 'opinions', 'idea', 'ideas', 'think', 'thought',
    'thoughts', 'say', 'said', 'group', 'team', 'meeting', 'detail', 'details', 'decision', 'decisions', 'decide',
    'decided', 'agree', 'agreed', 'view', 'views', 'whole',
  ].map((w) => searchTokens(w)[0]?.term ?? w),
);

/** The query's terms and phrases; `dropQuestionWords` false keeps the framing words as free terms too (Ranking.dropQuestionWords). */
export function parseQuery(query: string, dropQuestionWords = true): ParsedQuery {
  const phrases: Phrase[] = [];
  // Quoted parts first (straight or curly quotes); an unclosed quote runs to the end.
  const rest = query.replace(/["“”]([^"“”]*)(?:["“”]|$)/g, (_m, inner: string) => {
    const tokens = searchTokens(inner).filter((t) => t.term !== null);
    if (tokens.length > 0) {
      const first = tokens[0]!.position;
      phrases.push({ terms: tokens.map((t) => ({ term: t.term!, offset: t.position - first })) });
    }
    return ' ';
  });
  const terms: string[] = [];
  const forms: string[][] = [];
  const tokens = searchTokens(rest).filter((t) => t.term !== null);
  // Framing words go only when something else is asked: "team decisions" alone is the question.
  const drop = dropQuestionWords && (phrases.length > 0 || tokens.some((t) => !QUESTION_WORDS.has(t.term!)));
  for (const t of tokens) {
    if (drop && QUESTION_WORDS.has(t.term!)) continue;
    const i = terms.indexOf(t.term!);
    if (i < 0) {
      terms.push(t.term!);
      forms.push([t.form!]);
    } else if (!forms[i]!.includes(t.form!)) forms[i]!.push(t.form!);
  }
  return { terms, forms, phrases };
}
