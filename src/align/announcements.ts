import type { AgendaSession } from '../model/agenda';
import { rarity } from './lexical-evidence';
import { titleTerms } from './session-terms';
import type { Unit } from './units';
import type { Language } from '../text/language/language';

/**
 * How much the talk at each unit's start sounds like the announcement of each session: the
 * largest share of the session's title (its words, their compounds, its item number) said in one
 * sentence of the unit or of the next one when that starts within `windowMs`, each word weighted
 * by how rare it is in this recording. A chair announces an item in a sentence that names it ("we
 * will now move to council member comments"), a moderator a session by its name: evidence of
 * where that session starts, not of what it is about. One sentence, because the words of a title
 * heard scattered over a few sentences ("council member Watkins ... comments") announce nothing.
 * 0..1 (a title's pair said as one word can add to its words; the share is capped at 1).
 */
export function announcementScores(units: Unit[], sessions: AgendaSession[], windowMs: number, lang: Language): Float64Array[] {
  const n = units.length;
  const sentenceTerms = units.map((unit) => unit.sentences);
  const df = new Map<string, number>();
  for (const sentences of sentenceTerms) {
    const inUnit = new Set(sentences.flatMap((s) => [...s]));
    for (const t of inUnit) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const idf = (t: string) => rarity(n, df.get(t) ?? 0);

  return sessions.map((session) => {
    // The title's words and number all count, said or not (a title of which one common word is
    // heard is not announced by it); its word pairs only where said as one word.
    const terms = titleTerms(session.title, lang);
    const words = [...terms.words, ...(terms.label ? [terms.label] : [])];
    const title = [...words, ...terms.compounds.filter((t) => df.has(t) && !words.includes(t))];
    const total = words.reduce((sum, t) => sum + idf(t), 0);
    const own = new Float64Array(n);
    const score = new Float64Array(n);
    if (total <= 0) return score;
    sentenceTerms.forEach((sentences, u) => {
      for (const s of sentences) own[u] = Math.max(own[u]!, Math.min(1, title.reduce((sum, t) => sum + (s.has(t) ? idf(t) : 0), 0) / total));
    });
    for (let u = 0; u < n; u++) {
      const next = u + 1 < n && units[u + 1]!.startMs < units[u]!.startMs + windowMs ? own[u + 1]! : 0;
      score[u] = Math.max(own[u]!, next);
    }
    return score;
  });
}
