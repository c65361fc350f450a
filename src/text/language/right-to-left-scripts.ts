/**
 * The scripts written right to left, once: by ISO 15924 code (what a language tag names or
 * implies, "az-Arab") and by Unicode script name (what a letter is written in).
 */
const SCRIPTS: Readonly<Record<string, string>> = {
  Arab: 'Arabic',
  Hebr: 'Hebrew',
  Thaa: 'Thaana',
  Syrc: 'Syriac',
  Nkoo: 'Nko',
  Adlm: 'Adlam',
  Rohg: 'Hanifi_Rohingya',
  Mand: 'Mandaic',
  Samr: 'Samaritan',
  Mend: 'Mende_Kikakui',
};

/** ISO 15924 codes of the right-to-left scripts. */
export const RIGHT_TO_LEFT_SCRIPT_CODES: ReadonlySet<string> = new Set(Object.keys(SCRIPTS));

/** A letter of a right-to-left script (letters only: their digits, signs and punctuation have no direction of their own). */
export const RIGHT_TO_LEFT_LETTER = new RegExp(`(?=\\p{L})[${Object.values(SCRIPTS).map((name) => `\\p{Script=${name}}`).join('')}]`, 'u');
