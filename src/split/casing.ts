import { LevenshteinDistance } from 'natural/lib/natural/distance';
import { separatorBetween } from '../text/join-words';
import { nameKey } from '../text/name-keys';
import type { SpokenWord } from './sentences';
import { isListedAbbreviation, isNameTitle } from '../text/abbreviations';
import { titleCase } from './speaker-names';
import { fold, lexiconCase, type Vocabulary } from './vocabulary';

/**
 * Readable case for CART capitals, never changing a word (only the case of its letters): sentence
 * starts capitalised, "I" and its contractions, the vocabulary's proper nouns and acronyms, the
 * rest lower case. Tokens of mixed-case captions keep the captioner's case (a lower-case sentence
 * start aside).
 */

/**
 * `word` as `form` writes it (the same letters once case and accents are folded): the form's case
 * and, for a name the captioner wrote without its accents ("GARCIA" for García), the form's own
 * spelling, as the manifest gives it.
 */
function casedLike(word: string, form: string): string {
  if (form.length >= 2 && form === form.toUpperCase()) return word.toUpperCase();
  const lower = word.toLowerCase();
  if (fold(form) === fold(lower) && form.length === lower.length) return form;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A name said in the captions but misspelled ("BILAL" for Bilel): same sound, at most 2 edits. */
function soundsLikeName(word: string, vocabulary: Vocabulary): boolean {
  if (word.length < 5) return false;
  const key = nameKey(word, vocabulary.lang);
  const name = key ? vocabulary.nameKeys.get(key) : undefined;
  return name !== undefined && LevenshteinDistance(fold(word), fold(name)) <= 2;
}

/**
 * Letters and digits in one word ("5G", "G20", "MP3", "4K") name a thing, as acronyms do, and keep
 * their capitals; ordinals, decades and clock times ("2ND", "1990S", "10AM") do not.
 */
function isAlphanumericName(lower: string): boolean {
  if (!/^(?=.*\p{N})(?=.*\p{L})[\p{L}\p{N}]+$/u.test(lower)) return false;
  if (/^\p{N}+(st|nd|rd|th|s|am|pm)$/u.test(lower)) return false;
  return (lower.match(/\p{L}/gu) ?? []).length <= 3;
}

/**
 * Letters joined by full stops ("U.S", "D.C", the final stop being punctuation) are an initialism
 * and keep their capitals, but for the abbreviations written in lower case ("a.m", "e.g").
 */
const isDottedInitialism = (word: string, vocabulary: Vocabulary): boolean => /^(?:\p{L}\.)+\p{L}$/u.test(word) && !isListedAbbreviation(word, vocabulary.lang.sentences);

/** The case of one word (letters, digits, inner ' & - . only). */
function caseWord(word: string, vocabulary: Vocabulary): string {
  const lower = word.toLowerCase();
  if (vocabulary.lang.capitalWords?.test(lower) === true) return capitalise(lower);
  if (isDottedInitialism(word, vocabulary)) return word.toUpperCase();
  if (isAlphanumericName(lower)) return word.toUpperCase();
  const whole = vocabulary.forms.get(fold(word));
  if (whole) return casedLike(word, whole);
  // possessives: "JAVIER'S" -> "Javier's"
  const possessive = /^(.+?)(['’]s)$/i.exec(word);
  if (possessive) {
    const base = vocabulary.forms.get(fold(possessive[1]!));
    if (base) return casedLike(possessive[1]!, base) + possessive[2]!.toLowerCase();
  }
  if (word.includes('-')) return word.split('-').map((part) => caseWord(part, vocabulary)).join('-');
  if (soundsLikeName(lower, vocabulary)) return capitalise(lower);
  if (isShortWord(word)) return lexiconCase(word, vocabulary.lang) ?? lower;
  return lower;
}

/** Longest word, in letters, whose capitals the lexicon is asked about ("NATO", "NAFTA"). */
const MAX_ACRONYM_LETTERS = 5;

/** Acronyms are short: a longer word in capitals is a CART word like any other. */
function isShortWord(word: string): boolean {
  return word.length >= 2 && word.length <= MAX_ACRONYM_LETTERS && /^\p{L}+$/u.test(word);
}

const TOKEN = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

/**
 * Whether the word after `previous` (a whitespace token) is a name because a title precedes it:
 * a title of the abbreviations table with its stop ("DR.", "PROF.") or, for those that are no
 * other word, without ("MR", "MRS"): "DR" alone may be a drive and "MS" a disease.
 */
function followsTitle(previous: string | undefined, vocabulary: Vocabulary): boolean {
  if (previous === undefined) return false;
  const word = previous.replace(/^[^\p{L}]+/u, '');
  return /^mrs?$/i.test(word) || (word.endsWith('.') && isNameTitle(word.slice(0, -1), vocabulary.lang.sentences));
}

/**
 * The case of a whitespace token: its word core is cased, the punctuation around it kept.
 * `form`: the manifest's spelling of the word where it is part of a name (phraseForms).
 * `previous`: the token said before it; after a title ("DR. NGUYEN", "MR. O'BRIEN") a word is a
 * name, capitalised as names are written, even when no manifest knows it.
 */
export function caseToken(token: string, vocabulary: Vocabulary, form?: string, previous?: string): string {
  const m = TOKEN.exec(token);
  if (!m || !m[2]) return token;
  let core = form === undefined ? caseWord(m[2], vocabulary) : casedLike(m[2], form);
  if (followsTitle(previous, vocabulary) && !/\p{Lu}/u.test(core) && /^\p{L}/u.test(core) && !vocabulary.lang.isStopWord(core)) core = titleCase(core.toUpperCase());
  return m[1]! + core + m[3]!;
}

/**
 * For each of a run of whitespace tokens, the manifest's spelling of its word where the tokens
 * say one of the vocabulary's names of several words, in order ("MERIDIAN URBAN SYSTEMS,"), else
 * undefined. A name ends at punctuation only after its last word.
 */
export function phraseForms(tokens: readonly string[], vocabulary: Vocabulary): (string | undefined)[] {
  const out: (string | undefined)[] = tokens.map(() => undefined);
  const cores = tokens.map((t) => TOKEN.exec(t));
  for (let i = 0; i < tokens.length; i++) {
    const start = cores[i];
    if (!start?.[2]) continue;
    for (const phrase of vocabulary.phrases.get(fold(start[2])) ?? []) {
      const fits = phrase.every((word, k) => {
        const m = cores[i + k];
        const inner = k === 0 || m?.[1] === '';
        const last = k === phrase.length - 1;
        return m !== undefined && m !== null && inner && fold(m[2]!) === fold(word) && (last || m[3] === '');
      });
      if (!fits) continue;
      phrase.forEach((word, k) => (out[i + k] = word));
      i += phrase.length - 1;
      break;
    }
  }
  return out;
}

/**
 * One sentence's text, its case restored where its captions were in capitals. `capitalise` is
 * false for the rest of a sentence that was cut for length (it is not a sentence start).
 */
export function caseSentence(tokens: readonly SpokenWord[], vocabulary: Vocabulary, capitalise = true): string {
  let started = !capitalise;
  const forms = phraseForms(tokens.map((t) => t.text), vocabulary);
  return tokens
    .map((t, i) => {
      const caps = t.caps && vocabulary.capitals;
      let text = caps ? caseToken(t.text, vocabulary, forms[i], tokens[i - 1]?.text) : t.text;
      if (!started && /\p{L}/u.test(text)) {
        started = true;
        // Mixed-case captions keep their case, but a lower-case sentence start ("good morning")
        // is capitalised too; a word with a capital inside ("iPhone") is left alone.
        if (caps || !/\p{Lu}/u.test(text)) text = text.replace(/\p{L}/u, (c) => c.toUpperCase());
      }
      return text;
    })
    .reduce((sentence, text, i) => {
      if (i === 0) return text;
      // inside a piece, its own spacing; between pieces (cues), as the script writes words
      const t = tokens[i]!;
      return sentence + (t.opensPiece ? separatorBetween(sentence, text) : t.spaced ? ' ' : '') + text;
    }, '');
}
