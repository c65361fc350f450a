import { hasClosedUpCharacter } from '../text/join-words';
import { languageOf } from '../text/language/registry';
import { foldName, searchTokens } from './analyze';
import { dfOf, idf } from './bm25';
import type { SearchIndex } from './inverted-index';
import type { ParsedQuery } from './query';
import type { RankedWindow } from './rank';

/** Factors for what a query names besides words said: a session's subject, a speaker. */

const titleTerms = new WeakMap<SearchIndex, Map<string, Set<string>>>();

/** The terms of each session title, read in the index's language (that of the query terms it is compared with), cached per index. */
function sessionTerms(index: SearchIndex): Map<string, Set<string>> {
  let map = titleTerms.get(index);
  if (!map) {
    const language = languageOf(index.language);
    map = new Map([...index.sessionTitles].map(([id, title]) => [id, new Set(searchTokens(title, language).flatMap((t) => (t.term === null ? [] : [t.term])))]));
    titleTerms.set(index, map);
  }
  return map;
}

export function boostSessions(index: SearchIndex, query: ParsedQuery, ranked: RankedWindow[], sessionBoost: number): void {
  const terms = [...new Set([...query.terms, ...query.phrases.flatMap((p) => p.terms.map((t) => t.term))])];
  if (terms.length === 0 || index.sessionTitles.size === 0) return;
  const weights = terms.map((t) => idf(index, dfOf(index.postings.get(t))));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const share = new Map<string, number>();
  for (const [id, title] of sessionTerms(index)) share.set(id, terms.reduce((sum, t, i) => sum + (title.has(t) ? weights[i]! : 0), 0) / total);
  for (const w of ranked) w.score *= 1 + sessionBoost * (share.get(index.segments[w.first]!.sessionId) ?? 0);
}

const speakerNames = new WeakMap<SearchIndex, string[]>();

/**
 * Speakers of the index that the query names as a whole word or words: "PhD C" in "what did
 * PhD C think". Names of one or two characters ("A", "F") must match in case, so the article
 * "a" does not name speaker A. Where the index's language does not space its words (Chinese,
 * Japanese), a name of two characters or more written in their script is named wherever the query holds it
 * ("王伟对预算说了什么"); a name in Latin letters there is still named as a whole word ("Li" is not in "policies").
 */
export function namedSpeakers(index: SearchIndex, query: string): Set<string> {
  let names = speakerNames.get(index);
  if (!names) {
    names = [...new Set(index.segments.map((s) => s.speaker).filter((n): n is string => n !== null))];
    speakerNames.set(index, names);
  }
  const folded = ` ${foldName(query.replace(/[^\p{L}\p{N}]+/gu, ' '))} `;
  const plain = ` ${query.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const unspaced = !languageOf(index.language).spaced;
  return new Set(
    names.filter((name) => {
      if (unspaced && [...name.trim()].length >= 2 && hasClosedUpCharacter(name) && folded.includes(foldName(name))) return true;
      return name.trim().length <= 2 ? plain.includes(` ${name.trim()} `) : folded.includes(` ${foldName(name)} `);
    }),
  );
}

export function boostNamedSpeakers(index: SearchIndex, query: string, ranked: RankedWindow[], speakerBoost: number): void {
  const named = namedSpeakers(index, query);
  if (named.size === 0) return;
  for (const w of ranked) {
    if (index.segments.slice(w.first, w.last + 1).some((s) => s.speaker !== null && named.has(s.speaker))) w.score *= speakerBoost;
  }
}
