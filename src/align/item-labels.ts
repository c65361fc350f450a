/**
 * Agenda item numbers as an agenda writes them and as a chair says them: "13. COUNCILMEMBER
 * COMMENTS", "Item 14A", "Docket #0710" on paper; "item thirteen", "item 14 a", "fourteen B",
 * "item E as in egg", "docket number 0710", "6A is a resolution" aloud. Both become the same
 * label term ("#14a"), which the aligner matches like a rare word: a chair reading out an item's
 * number is strong evidence of where it starts.
 */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = new Map<string, number>([...UNITS.map((w, i) => [w, i] as const), ...TENS.flatMap((w, i) => (w ? [[w, i * 10] as const] : []))]);

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

// A spoken number: digits ("14a" keeps its letter apart), or number words ("twenty one", "twenty-one", "fourteen").
const TENS_WORDS = TENS.filter((w) => w !== '').join('|');
const UNIT_WORDS = UNITS.slice(1, 10).join('|');
export const SPOKEN_NUMBER = String.raw`(\d{1,5}|(?:${TENS_WORDS})(?:[ -](?:${UNIT_WORDS}))?|${UNITS.join('|')})`;
// An optional letter after it: "14a", "14 a", "fourteen b", "14 b as in boy".
const SPOKEN_LETTER = String.raw`(?:([ -]?)([a-z])(\s+as in\s+[a-z]+)?)?`;
// "item", "docket", "matter" say that a number follows; a bare "number" or "section" does not ("we're number one", "section 2 of the code")
const INTRODUCER = String.raw`\b(?:agenda item|item|items|docket(?: number| no\.?)?|matter(?: number)?)`;
const AFTER_INTRODUCER = new RegExp(`${INTRODUCER}\\s+(?:number\\s+|no\\.?\\s+)?${SPOKEN_NUMBER}(?![ -](?:hundred|thousand|million))${SPOKEN_LETTER}(?![a-z0-9])`, 'g');
const LETTER_ITEM = /\bitem\s+([a-z])(?:\s+as in\s+[a-z]+|[.,])/g;
const SENTENCE_START_ITEM = new RegExp(`(?:^|[.?!]\\s+)${SPOKEN_NUMBER}${SPOKEN_LETTER}\\s+is\\s+(?:a|an|the)\\s+(?:resolution|ordinance|motion|item|public hearing|report|nomination|proclamation|introduction|appointment|agreement|contract)`, 'g');
// "that brings us to 19, unfinished business", "we'll go on to 16b", "moving on to 7": a number
// right after a hand-over names the item handed over to
const AFTER_HAND_OVER = new RegExp(`\\b(?:brings? us (?:now )?to|(?:go|goes|going|move|moves|moving|turn|turning|proceed|proceeding)(?: on)? (?:now )?to|next (?:up )?is)\\s+(?:number\\s+)?${SPOKEN_NUMBER}(?![ -](?:hundred|thousand|million|minutes?|hours?|percent|dollars|people))${SPOKEN_LETTER}(?![a-z0-9])`, 'g');

function toDigits(spoken: string): string | null {
  if (/^\d+$/.test(spoken)) return spoken;
  let total = 0;
  for (const w of spoken.split(/[ -]/)) {
    const v = NUMBER_WORD.get(w);
    if (v === undefined) return null;
    total += v;
  }
  return String(total);
}

/** The labels of the items named in a stretch of speech (lower-case text). */
export function spokenItemLabels(text: string): string[] {
  const out: string[] = [];
  for (const re of [AFTER_INTRODUCER, SENTENCE_START_ITEM, AFTER_HAND_OVER]) {
    for (const m of text.matchAll(re)) {
      const digits = toDigits(m[1]!);
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
  for (const m of text.matchAll(LETTER_ITEM)) out.push(label('', m[1]));
  return out;
}
