import type { AgendaSession } from '../model/agenda';
import { compoundTerms, contentTerms } from '../text/terms';
import { handOverPhrase } from './boundary-evidence';
import { titleParts, titleTerms } from './session-terms';
import type { Unit } from './units';
import type { Language } from '../text/language/language';

/** Where `text` hands over to the next item or names it (its title's first word), or 0 when it does not. */
function announcedAt(text: string, next: AgendaSession | undefined, lang: Language): number {
  const phrase = handOverPhrase(text, lang.meeting.handOver);
  const at = phrase === null ? -1 : text.indexOf(phrase);
  if (at >= 0) return at;
  const first = next ? titleParts(next.title).subject.toLowerCase().match(/[\p{L}]{3,}/u)?.[0] : undefined;
  const named = first ? text.indexOf(first) : -1;
  return named > 0 ? named : 0;
}

/** A declaration names the item when it says at least this share of the title's words. */
const TITLE_SHARE = 0.5;

/** How soon after an item's start its declaration must come, and how short the item must be. */
const DECLARATION_WITHIN_MS = 30_000;
const EMPTY_ITEM_MAX_MS = 120_000;

export interface EmptyDeclaration {
  /** the declaration's words as said */
  phrase: string;
  /** start of the unit where it was said, ms */
  atMs: number;
}

/** The share of the session's title words said in the words after a "no" (its pairs said as one word count too), or 0. */
function negatedTitleShare(clause: string, session: AgendaSession, lang: Language): number {
  const title = titleTerms(session.title, lang);
  if (title.words.length === 0) return 0;
  // the "no" must negate the item itself: "no special recognitions", not "no other choice than
  // to amend the budget" or "no doubt that the road needs repair"
  const head = contentTerms(clause, lang)[0];
  if (head === undefined || !(title.words.includes(head) || title.compounds.some((c) => c.startsWith(head)))) return 0;
  const said = new Set([...contentTerms(clause, lang), ...compoundTerms(clause, lang)]);
  const hits = [...title.words, ...title.compounds.filter((t) => !title.words.includes(t))].filter((t) => said.has(t)).length;
  return Math.min(1, hits / title.words.length);
}

/**
 * The declaration that a session placed from unit `first` and ending at `endMs` is empty, or null.
 * Its own units are searched, and the first unit of the next session too (`last` includes it):
 * items declared empty in a breath share a unit with the next announcement. A declaration in the
 * item's words must name it at least as well as it names the next item, and a declaration that
 * emptied one item (kept in `taken`) empties no other.
 */
export function declaredEmpty(
  units: Unit[],
  first: number,
  last: number,
  endMs: number,
  lang: Language,
  session: AgendaSession,
  next?: AgendaSession,
  taken: Set<string> = new Set(),
): EmptyDeclaration | null {
  const startMs = units[first]!.startMs;
  const words = lang.meeting.emptyItems;
  if (words === null || endMs - startMs > EMPTY_ITEM_MAX_MS) return null;
  for (let u = first; u <= last && (u === first || units[u]!.startMs < startMs + DECLARATION_WITHIN_MS); u++) {
    const text = units[u]!.text;
    const claim = (phrase: string, index: number): EmptyDeclaration | null => {
      const key = `${u}:${index}`;
      if (taken.has(key)) return null;
      taken.add(key);
      return { phrase: phrase.trim(), atMs: units[u]!.startMs };
    };
    for (const m of text.matchAll(words.negated)) {
      // "no public comment on the agenda, but we have three speakers" declares nothing
      if (words.retracted.test(text.slice(m.index + m[0].length))) continue;
      const share = negatedTitleShare(m[1]!, session, lang);
      const found = share >= TITLE_SHARE && (!next || share >= negatedTitleShare(m[1]!, next, lang)) ? claim(m[0], m.index) : null;
      if (found) return found;
    }
    // In the next item's first unit, only what is said before its announcement can be this item's
    // ("... council member comments. We have none. Item five, ...").
    const own = units[u]!.startMs < endMs ? text : text.slice(0, announcedAt(text, next, lang));
    const general = words.general.exec(own);
    const found = general ? claim(general[0], general.index) : null;
    if (found) return found;
  }
  return null;
}
