/**
 * Agenda item numbers as an agenda writes them and as a chair says them: "13. COUNCILMEMBER
 * COMMENTS", "Item 14A", "Docket #0710" on paper; "item thirteen", "item 14 a", "fourteen B",
 * "item E as in egg", "docket number 0710", "6A is a resolution" aloud. Both become the same
 * label term ("#14a"), which the aligner matches like a rare word: a chair reading out an item's
 * number is strong evidence of where it starts. How numbers are said is the language's
 * (MeetingWords.spokenItems); how agendas write them is read here.
 */
import type { SpokenItems } from '../text/language/language';

/** "0710" -> "710", "14", "a" -> "#14a". */
function label(number: string, letter?: string): string {
  return `#${number.replace(/^0+(?=\d)/, '')}${letter ? letter.toLowerCase() : ''}`;
}

const TITLE_LABELS: RegExp[] = [
  // "Item 14A", "Docket #0710", "No. 3", "#12": a number after a word that says it is one
  /^\s*(?:(?:(?:agenda\s+)?item|docket|matter|no\.?)\s*#?|#)\s*(\d{1,5})(?:[.-]?([a-z])(?![a-z]))?(?=[\s.):,-]|$)/i,
  // "6.A Resolution", "6-B", "6.A, ...": a number and a letter
  /^\s*(\d{1,5})[.-]([a-z])(?=[\s.):,]|$)/i,
  // "13.", "14a)", "7:": a number closed by punctuation ("2026 budget", "10:00 Coffee", "3.5 million" are no item numbers)
  /^\s*(\d{1,5})([a-z])?(?:[.)](?!\d)|:(?!\d))/i,
  // "IV. Reports", "ii) Minutes": a roman numeral
  /^\s*(?:item\s+)?((?:x{0,3})(?:ix|iv|v?i{0,3}))()[.)]\s/i,
  // "B) Public comment", "Item E. Minutes"
  /^\s*(?:item\s+)?()([a-z])[.)]\s/i,
];

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

/** "iv" -> "4"; "" for no numeral. */
function romanDigits(numeral: string): string {
  let total = 0;
  const letters = numeral.toLowerCase();
  for (let k = 0; k < letters.length; k++) {
    const v = ROMAN[letters[k]!]!;
    total += v < (ROMAN[letters[k + 1] ?? ''] ?? 0) ? -v : v;
  }
  return total > 0 ? String(total) : '';
}

/** The label of an agenda title that starts with its number ("13. ...", "Item 14A: ...", "B) ..."), or null. */
export function titleItemLabel(title: string): string | null {
  for (const re of TITLE_LABELS) {
    const m = re.exec(title);
    if (!m || m[0].trim() === '') continue;
    const number = /^[ivx]+$/i.test(m[1]!) ? romanDigits(m[1]!) : m[1]!;
    if (number !== '' || m[2]) return label(number, m[2]);
  }
  return null;
}

function toDigits(spoken: string, numberWords: SpokenItems['numberWords']): string | null {
  if (/^\d+$/.test(spoken)) return spoken;
  let total = 0;
  for (const w of spoken.split(/[ -]/)) {
    const v = numberWords.get(w);
    if (v === undefined) return null;
    total += v;
  }
  return String(total);
}

/** The labels of the items named in a stretch of speech (lower-case text), as the language says them. */
export function spokenItemLabels(text: string, items: SpokenItems | null): string[] {
  const out: string[] = [];
  if (items === null) return out;
  for (const re of items.patterns) {
    for (const m of text.matchAll(re)) {
      const digits = toDigits(m[1]!, items.numberWords);
      if (digits === null) continue;
      // "item 14 a" also names item 14 when the agenda numbers it without the letter
      out.push(label(digits));
      const [separator, letter, asIn] = [m[2], m[3], m[4]];
      if (!letter) continue;
      // a spaced "a" is more often the article ("item 6 a resolution") than a letter
      const next = text.charAt((m.index ?? 0) + m[0].length);
      const article = letter === 'a' && separator === ' ' && !asIn && /[a-z0-9 ]/.test(next) && next !== '' && !/^ *$/.test(text.slice((m.index ?? 0) + m[0].length));
      if (!article) out.push(label(digits, letter));
    }
  }
  if (items.letterItem !== null) for (const m of text.matchAll(items.letterItem)) out.push(label('', m[1]));
  return out;
}
