/**
 * Helpers for writing a language's meeting words (MeetingWords, SpokenItems). Patterns are matched
 * on lower-cased text; JavaScript's \b knows only ASCII letters, so a phrase is bounded by
 * "no letter or digit" lookarounds, which hold in every script.
 */

const BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{M}\p{N}])`;

/** A phrase standing as whole words: `source` is a regular expression's text (lower case). */
export function phrase(source: string): RegExp {
  return new RegExp(`${BEFORE}(?:${source})${AFTER}`, 'u');
}

/** A phrase that starts at a word's start and may end inside a word (a stem: "переходим к следующ"). */
export function phraseStart(source: string): RegExp {
  return new RegExp(`${BEFORE}(?:${source})`, 'u');
}

/** An item-number pattern for SpokenItems: global, bounded as `phrase`, the number in group 1. */
export function itemPattern(source: string): RegExp {
  return new RegExp(`${BEFORE}(?:${source})${AFTER}`, 'gu');
}

/** One alternation of words, longest first so that "dix-sept" is tried before "dix". */
export function oneOf(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

/**
 * Number words of a language whose numbers above twenty are said as a ten and a unit ("vingt et
 * un", "treinta y dos"): units 0-19 by index, tens by index (20 at 2); `joiners` are the words
 * said between them, worth 0 (item-labels.ts sums the words of a spoken number).
 */
export function numberWords(units: readonly (string | readonly string[])[], tens: readonly string[], joiners: readonly string[] = []): Map<string, number> {
  const map = new Map<string, number>();
  units.forEach((w, i) => {
    for (const form of typeof w === 'string' ? [w] : w) map.set(form, i);
  });
  tens.forEach((w, i) => {
    if (w !== '') map.set(w, i * 10);
  });
  for (const j of joiners) map.set(j, 0);
  return map;
}

/**
 * The spoken number of an item-number pattern, for a language whose number words are spaced:
 * digits, a ten with its unit ("vingt-deux", "vingt et un"), or a word alone.
 */
export function spokenNumber(map: ReadonlyMap<string, number>, joiners: readonly string[] = []): string {
  const tens = oneOf([...map].filter(([w, v]) => v >= 20 && v % 10 === 0 && !/[ -]/.test(w)).map(([w]) => w));
  const units = oneOf([...map].filter(([, v]) => v >= 1 && v <= 9).map(([w]) => w));
  const join = joiners.length > 0 ? `(?:(?:${oneOf(joiners)})[ -])?` : '';
  const alone = oneOf([...map.keys()].filter((w) => !joiners.includes(w)));
  return String.raw`(\d{1,4}|(?:${tens})(?:[ -]${join}(?:${units}))?|${alone})`;
}

/**
 * Numbers 1-99 written with the digits of Chinese, Japanese and (in Sino-Korean words) Korean:
 * "五" 5, "十五" 15, "二十三" 23 ("십오", "이십삼" in Hangul). Each form is one word: these numbers
 * are written without spaces, so each is a key of its own.
 */
export function sinoNumbers(digits: readonly string[], ten: string): Map<string, number> {
  const map = new Map<string, number>();
  for (let n = 1; n < 100; n++) {
    const t = Math.floor(n / 10);
    const u = n % 10;
    const tens = t === 0 ? '' : `${t > 1 ? digits[t]! : ''}${ten}`;
    map.set(`${tens}${u > 0 ? digits[u]! : ''}`, n);
  }
  return map;
}

