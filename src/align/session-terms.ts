import type { AgendaSession } from '../model/agenda';
import { compoundTerms, contentTerms } from '../text/terms';
import type { Language } from '../text/language/language';
import { nameKeysOf } from '../text/name-keys';
import { titleItemLabel } from './item-labels';

/** How much each part of a session's description counts, relative to its title. */
export const SOURCE_WEIGHT = { title: 1, name: 1.2, description: 0.35, vocabulary: 0.45, itemNumber: 1.2 } as const;

/** The terms a session is expected to bring up, with weights (before idf). */
export type SessionTerms = Map<string, number>;

function add(terms: SessionTerms, term: string, weight: number): void {
  terms.set(term, Math.max(terms.get(term) ?? 0, weight));
}

/** Name words of the session's people, as sound keys (see name-keys.ts). */
export function nameTerms(session: AgendaSession, lang: Language): string[] {
  return session.people.flatMap((p) => nameKeysOf(p.name, lang));
}

/**
 * A title as the aligner matches it: its content words (stemmed; numbers and "14a"-like tokens
 * left to the label), its adjacent word pairs written as one, and its item number.
 */
export interface TitleTerms {
  words: string[];
  compounds: string[];
  label: string | null;
}

/**
 * Where a title names who brings the item rather than what it is about: "Capital plan expansion
 * presented by the City School Board", "Panel moderated by J. Smith". Those words go with the
 * description: they are said all through a meeting with that board, and no one announces an item
 * by its presenter's title.
 */
const BROUGHT_BY = /\s(?:presented|introduced|moderated|chaired|led|hosted|sponsored|requested) by\s/i;

/** A title's subject and, after "presented by" and the like, who brings it. */
export function titleParts(title: string): { subject: string; by: string } {
  const m = BROUGHT_BY.exec(title);
  return m ? { subject: title.slice(0, m.index), by: title.slice(m.index + m[0].length) } : { subject: title, by: '' };
}

export function titleTerms(title: string, lang: Language): TitleTerms {
  const { subject } = titleParts(title);
  return {
    words: [...new Set(contentTerms(subject, lang).filter((t) => !/^\d/.test(t)))],
    compounds: [...new Set(compoundTerms(subject, lang))],
    label: titleItemLabel(title),
  };
}

export function sessionTerms(session: AgendaSession, lang: Language): SessionTerms {
  const terms: SessionTerms = new Map();
  const title = titleTerms(session.title, lang);
  for (const t of [...title.words, ...title.compounds]) add(terms, t, SOURCE_WEIGHT.title);
  for (const t of nameTerms(session, lang)) add(terms, t, SOURCE_WEIGHT.name);
  if (title.label) add(terms, title.label, SOURCE_WEIGHT.itemNumber);
  const description = `${titleParts(session.title).by} ${session.description ?? ''}`;
  for (const t of [...contentTerms(description, lang), ...compoundTerms(description, lang)]) add(terms, t, SOURCE_WEIGHT.description);
  const vocabulary = lang.meeting.agendaVocabulary;
  for (const w of lang.words(session.title).map(lang.fold)) {
    if (!Object.hasOwn(vocabulary, w)) continue;
    for (const v of vocabulary[w]!) add(terms, lang.stem(lang.fold(v)), SOURCE_WEIGHT.vocabulary);
  }
  return terms;
}
