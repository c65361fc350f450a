import type { AgendaSession } from '../model/agenda';
import { compoundTerms, contentTerms } from '../text/terms';
import { titleItemLabel } from './item-labels';
import { unitsWithin, type Unit } from './units';

/**
 * How much the talk just after each unit's start sounds like the announcement of each session:
 * the share of the session's title (its words, their compounds, its item number) said within
 * `windowMs`, each word weighted by how rare it is in this recording. A chair announces an item by
 * reading its title or number ("we will now have comments from council members"), a moderator a
 * session by its name: evidence of where that session starts, not of what it is about. Title
 * words never said in the recording tell nothing and are left out of the share. 0..1.
 */
export function announcementScores(units: Unit[], sessions: AgendaSession[], windowMs: number): Float64Array[] {
  const n = units.length;
  const termsOf = (s: AgendaSession) => {
    const label = titleItemLabel(s.title);
    return new Set([...contentTerms(s.title), ...compoundTerms(s.title), ...(label ? [label] : [])]);
  };
  const titles = sessions.map(termsOf);
  const wanted = new Set(titles.flatMap((t) => [...t]));
  const unitsWith = new Map<string, number[]>();
  units.forEach((unit, u) => {
    for (const t of new Set([...unit.terms, ...unit.matchTerms])) {
      if (!wanted.has(t)) continue;
      const list = unitsWith.get(t) ?? [];
      list.push(u);
      unitsWith.set(t, list);
    }
  });
  const idf = (t: string) => Math.log((n + 1) / ((unitsWith.get(t)?.length ?? 0) + 1));
  const ahead = unitsWithin(units, windowMs).after;
  return titles.map((terms) => {
    const said = [...terms].filter((t) => unitsWith.has(t));
    const total = said.reduce((sum, t) => sum + idf(t), 0);
    const score = new Float64Array(n);
    if (total <= 0) return score;
    for (const t of said) {
      const w = idf(t) / total;
      // unit u scores the term once when it is said anywhere in [u, ahead[u]); occurrences ascend
      let creditedUpTo = -1;
      for (const at of unitsWith.get(t)!) {
        let from = at;
        while (from > 0 && ahead[from - 1]! > at) from--;
        for (let u = Math.max(from, creditedUpTo + 1); u <= at; u++) score[u] = score[u]! + w;
        creditedUpTo = at;
      }
    }
    return score;
  });
}
