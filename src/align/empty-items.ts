import type { Unit } from './units';

/**
 * A chair who reaches an item with nothing under it says so ("item 13, councilmember comments:
 * we have none", "we have no Huntsville Utilities items", "no one has signed up"). Such an item
 * took place but has no content: it is reported missing with that evidence, instead of taking
 * minutes of its neighbours.
 */
const EMPTY_DECLARATION =
  /\b(?:(?:we|i) (?:have|got|see|show) (?:none|nothing|no (?:[\w']+ ){0,4}?(?:items?|comments?|speakers?|one|business|reports?|requests?|nominations?|appointments?|announcements?|cards?|matters?|presentations?))|there (?:are|is|were) (?:none|no (?:[\w']+ ){0,4}?(?:items?|comments?|speakers?|business|reports?|matters?))|(?:we|i) (?:don't|do not) (?:have|see) (?:any|anyone|anybody)|none (?:tonight|today|this (?:evening|morning|afternoon|time|week))|no one (?:has )?signed up|nobody (?:has )?signed up)\b/;

/** How soon after an item's start its declaration must come, and how short the item must be. */
const DECLARATION_WITHIN_MS = 30_000;
const EMPTY_ITEM_MAX_MS = 120_000;

export interface EmptyDeclaration {
  /** the declaration's words as said */
  phrase: string;
  /** start of the unit where it was said, ms */
  atMs: number;
}

/** The declaration that a session placed at units [first, last] is empty, or null. */
export function declaredEmpty(units: Unit[], first: number, last: number, endMs: number): EmptyDeclaration | null {
  const startMs = units[first]!.startMs;
  if (endMs - startMs > EMPTY_ITEM_MAX_MS) return null;
  for (let u = first; u <= last && (u === first || units[u]!.startMs < startMs + DECLARATION_WITHIN_MS); u++) {
    const m = EMPTY_DECLARATION.exec(units[u]!.text);
    if (m) return { phrase: m[0], atMs: units[u]!.startMs };
  }
  return null;
}
