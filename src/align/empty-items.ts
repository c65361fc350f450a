import type { AgendaSession } from '../model/agenda';
import { compoundTerms, contentTerms } from '../text/terms';
import { handOverPhrase } from './boundary-evidence';
import { titleParts, titleTerms } from './session-terms';
import type { Unit } from './units';

/**
 * A chair who reaches an item with nothing under it says so: with the item's own words after a
 * "we have no", "there are no" or a sentence-opening "No" ("we have no proclamations tonight",
 * "there are no zoning appeals", "No reports from staff."), or in general words that end their
 * clause ("we have none", "there is nothing", "no one has signed up", "there are no speakers
 * tonight", "I'll pass"). Such an item
 * took place but has no content: it is reported missing with that evidence, instead of taking
 * minutes of its neighbours. Words that merely contain a "no" ("seeing no objection, the minutes
 * are approved", "it has no fiscal impact", "no other choice than to amend the budget", "I don't
 * see any" after a call for corrections) declare nothing.
 */
const CLAUSE_END = String.raw`(?=\s*(?:[.,;:!?]|$|\s(?:tonight|today|this (?:evening|morning|afternoon|time|week)|at this time)\b))`;
const GENERAL_DECLARATION = new RegExp(
  String.raw`\b(?:(?:we|i) (?:have|got|see|show) (?:none|nothing)${CLAUSE_END}|there (?:are|is|were) (?:none|nothing)${CLAUSE_END}|(?:we|i) (?:don't|do not) have (?:any|anything)${CLAUSE_END}|(?:there are|we have|i have|we've got) no (?:speakers?|speaker cards|cards|one (?:signed up|to speak)|requests? to speak|public speakers|callers)${CLAUSE_END}|(?:there are|we have) no (?:speakers|one) signed up|none (?:tonight|today|this (?:evening|morning|afternoon|time|week))|no ?one (?:has )?signed up|nobody (?:has )?signed up|i(?:'ll| will) pass${CLAUSE_END}|i(?:'ll| will) pass on (?:my|our) (?:comments?|time|turn))`,
);
/**
 * A "no" that heads a declaration, with the words after it up to the end of its clause (a
 * sentence end, a semicolon, "so", "but", "because", "which", "then", or a comma before "and");
 * "No," and "no?" are answers.
 */
const NEGATED_CLAUSE =
  /(?:^|[.?!]\s+|\b(?:we|i) (?:have|see|show|got|do have)\s+|\bwe've got\s+|\bthere (?:are|is|were|will be)\s+)(?:no|not any)\s+(?![,.?!])((?:(?!,\s*and\b|\s(?:so|but|because|which|then)\b)[^.?!;]){1,80})/g;
/** Where `text` hands over to the next item or names it (its title's first word), or 0 when it does not. */
function announcedAt(text: string, next: AgendaSession | undefined): number {
  const phrase = handOverPhrase(text);
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
function negatedTitleShare(clause: string, session: AgendaSession): number {
  const title = titleTerms(session.title);
  if (title.words.length === 0) return 0;
  // the "no" must negate the item itself: "no special recognitions", not "no other choice than
  // to amend the budget" or "no doubt that the road needs repair"
  const head = contentTerms(clause)[0];
  if (head === undefined || !(title.words.includes(head) || title.compounds.some((c) => c.startsWith(head)))) return 0;
  const said = new Set([...contentTerms(clause), ...compoundTerms(clause)]);
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
export function declaredEmpty(units: Unit[], first: number, last: number, endMs: number, session: AgendaSession, next?: AgendaSession, taken: Set<string> = new Set()): EmptyDeclaration | null {
  const startMs = units[first]!.startMs;
  if (endMs - startMs > EMPTY_ITEM_MAX_MS) return null;
  for (let u = first; u <= last && (u === first || units[u]!.startMs < startMs + DECLARATION_WITHIN_MS); u++) {
    const text = units[u]!.text;
    const claim = (phrase: string, index: number): EmptyDeclaration | null => {
      const key = `${u}:${index}`;
      if (taken.has(key)) return null;
      taken.add(key);
      return { phrase: phrase.trim(), atMs: units[u]!.startMs };
    };
    for (const m of text.matchAll(NEGATED_CLAUSE)) {
      // "no public comment on the agenda, but we have three speakers" declares nothing
      if (/^,?\s*but\b/.test(text.slice(m.index + m[0].length))) continue;
      const share = negatedTitleShare(m[1]!, session);
      const found = share >= TITLE_SHARE && (!next || share >= negatedTitleShare(m[1]!, next)) ? claim(m[0], m.index) : null;
      if (found) return found;
    }
    // In the next item's first unit, only what is said before its announcement can be this item's
    // ("... council member comments. We have none. Item five, ...").
    const own = units[u]!.startMs < endMs ? text : text.slice(0, announcedAt(text, next));
    const general = GENERAL_DECLARATION.exec(own);
    const found = general ? claim(general[0], general.index) : null;
    if (found) return found;
  }
  return null;
}
