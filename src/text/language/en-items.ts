import type { SpokenItems } from './language';

/**
 * Agenda item numbers as English speakers say them: "item thirteen", "item 14 a", "fourteen B",
 * "item E as in egg", "docket number 0710", "6A is a resolution", "that brings us to 19".
 */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = new Map<string, number>([...UNITS.map((w, i) => [w, i] as const), ...TENS.flatMap((w, i) => (w ? [[w, i * 10] as const] : []))]);

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

export const ENGLISH_ITEMS: SpokenItems = {
  numberWords: NUMBER_WORD,
  patterns: [AFTER_INTRODUCER, SENTENCE_START_ITEM, AFTER_HAND_OVER],
  letterItem: LETTER_ITEM,
};
