import { nameKey } from '../text/name-keys';
import type { AgendaSession, Person } from '../model/agenda';
import { isMostlyCapitals } from '../text/speaker-marks';
import { foldAccents } from '../text/language/fold';
import type { Language } from '../text/language/language';
import { endsSentence } from '../text/sentence-ends';

/**
 * Proper nouns and acronyms, keyed by their lower-case accent-folded form, valued by the case to
 * give them ("itu" -> "ITU", "garcia" -> "García" whose case pattern gives "Garcia"). Every entry
 * is justified by a source: a manifest name, an acronym or a mid-sentence capital in the manifest's
 * prose, a mid-sentence capital in the mixed-case captions of the same track, or a calendar word.
 */
export interface Vocabulary {
  forms: Map<string, string>;
  /** Metaphone keys of people's name words, for misspelled names said in the captions */
  nameKeys: Map<string, string>;
  /**
   * Names of several words the manifest spells with capitals ("Meridian Urban Systems", "City of
   * Lakemont"), as their words, keyed by the folded first word: said in that order, they are
   * written as the manifest writes them.
   */
  phrases: Map<string, string[][]>;
  /**
   * the track is written in capitals (CART), judged once over all its captions: only then are its
   * all-caps cues given their case; in a mixed-case track an all-caps cue ("NASA AND THE FBI!") is
   * the captioner's choice and kept
   */
  capitals: boolean;
  /** the language of the track */
  lang: Language;
}

export const fold = (word: string): string => foldAccents(word.toLowerCase());


const WORD = /[\p{L}\p{N}]+(?:['’&][\p{L}\p{N}]+)*/gu;

function add(forms: Map<string, string>, form: string): void {
  const key = fold(form);
  if (key.length < 2 || !/\p{L}/u.test(key)) return;
  if (!forms.has(key)) forms.set(key, form);
}

/** "ITU", "SMEs", "UN": an upper-case letter after the first, so case is not just title case. */
const isAcronym = (w: string): boolean => /^\p{L}/u.test(w) && /\p{Lu}/u.test(w.slice(1)) && w.length >= 2;

/** A whitespace token's word and the punctuation around it: `"(Westbrook` -> ["(", "Westbrook", ""]. */
const TOKEN_PARTS = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

/** A word a proper noun starts with a capital and goes on in lower case ("Westbrook", "Tri-County", "O'Neil"). */
const isCapitalised = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w);

/**
 * Whether prose is written in Title Case ("Outcome Document and Closing Remarks"): its content
 * words after the first (acronyms, numbers and small words aside) all start with a capital. One
 * word in lower case ("HVAC contract for the Westbrook Library") shows sentence case, whose
 * capitals mark names. A lone capitalised word ("Director General, UNE") proves nothing either
 * way and is read as Title Case.
 */
function isTitleCase(words: readonly string[], lang: Language): boolean {
  const content = words.slice(1).filter((w) => w && !isAcronym(w) && !lang.isStopWord(w.toLowerCase()) && /^\p{L}/u.test(w));
  return content.length > 0 && content.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Proper nouns of prose, each as its words (whitespace tokens without their punctuation):
 * acronyms anywhere, and runs of capitalised words in the middle of a sentence ("the Westbrook
 * Library", "Tri-County Mechanical", "at Pier 9": a number after a name is part of it). A run at
 * a sentence start counts from its second word, or whole when it has two capitalised words
 * ("Westbrook Library opens"): one word there is only a sentence start. Prose in Title Case
 * capitalises common words, so only its acronyms count.
 */
export function properNounsOfProse(text: string, lang: Language): string[][] {
  // A quoted title of a work ("The Role of Standards in ...") is Title Case inside sentence-case
  // prose: judged on its own, it leaves a dash that ends any name around it.
  const quoted: string[] = [];
  const rest = text.replace(/["“]([^"“”]+)["”]/gu, (_, inner: string) => {
    quoted.push(inner);
    return ' — ';
  });
  if (quoted.length === 0) return namesOfProse(text, lang);
  return [...namesOfProse(rest, lang), ...quoted.flatMap((q) => namesOfProse(q, lang))];
}

function namesOfProse(text: string, lang: Language): string[][] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const parts = tokens.map((t) => TOKEN_PARTS.exec(t)!);
  const out: string[][] = [];
  const titleCase = isTitleCase(tokens.map((t) => (t.match(WORD) ?? [])[0] ?? ''), lang);
  const opens = (i: number) => i === 0 || endsSentence(tokens[i - 1]!, lang, tokens[i]) || /:$/.test(tokens[i - 1]!);
  let run: number[] = [];
  const close = () => {
    // a name opens with a capitalised word that is neither a small word ("The Hague" is "Hague")
    // nor, alone, a sentence start ("Item 7, ..." names nothing)
    const capitalised = (k: number) => isCapitalised(parts[k]![2]!);
    const opensName = (k: number) => capitalised(k) && !lang.isStopWord(parts[k]![2]!.toLowerCase()) && !(opens(k) && run.filter(capitalised).length < 2);
    while (run.length > 0 && !opensName(run[0]!)) run.shift();
    if (run.length > 0) out.push(run.map((k) => parts[k]![2]!));
    run = [];
  };
  tokens.forEach((token, i) => {
    const [, before, word, after] = parts[i]!;
    for (const w of token.match(WORD) ?? []) if (isAcronym(w)) out.push([w]);
    if (titleCase) return;
    if (before !== '' || opens(i)) close();
    const joins = isCapitalised(word!) || (run.length > 0 && /^\p{N}+$/u.test(word!));
    if (joins) run.push(i);
    else close();
    if (after !== '') close();
  });
  close();
  return out;
}

/**
 * Words the mixed-case captions write with a capital in the middle of a sentence more often than
 * without: the captioner's own proper nouns ("Geneva", "Smart Cities").
 */
export function properNounsOfCaptions(texts: readonly string[], lang: Language): string[] {
  const capital = new Map<string, { form: string; n: number }>();
  const lower = new Map<string, number>();
  for (const text of texts) {
    if (!/\p{Ll}/u.test(text)) continue;
    const tokens = text.split(/\s+/).filter(Boolean);
    tokens.forEach((token, i) => {
      const w = (token.match(WORD) ?? [])[0];
      if (!w) return;
      const key = fold(w);
      if (/^\p{Ll}/u.test(w)) lower.set(key, (lower.get(key) ?? 0) + 1);
      else if (/^\p{Lu}/u.test(w) && i > 0 && !endsSentence(tokens[i - 1]!, lang, token) && !/^i(['’].*)?$/.test(key)) {
        const seen = capital.get(key);
        capital.set(key, { form: seen?.form ?? w, n: (seen?.n ?? 0) + 1 });
      }
    });
  }
  return [...capital].filter(([key, c]) => c.n > (lower.get(key) ?? 0)).map(([, c]) => c.form);
}

function knows(word: string, lang: Language): boolean {
  return lang.lexicon?.(word) !== undefined;
}

/**
 * True when the language's lexicon knows the word in lower case ("networks", "meridian"), so it is
 * a common word that only a name around it capitalises; false for "lakemont" or "corvane", and
 * for every word of a language without a lexicon.
 */
function isCommonWord(word: string, lang: Language): boolean {
  return knows(word.toLowerCase(), lang);
}

/**
 * The case an English lexicon gives a word it never writes in lower case: "FBI", "NATO", "USA"
 * (known only in capitals: an acronym) or "Paris", "Henry" (known with a capital first letter too:
 * a name that headlines also set in capitals); undefined for a word it knows in lower case
 * ("THE", "IT", "US": a common word, the pronoun "us" winning over the country), a stop word
 * ("BOTH") and a word it does not know in capitals at all ("ONE", "HMM", "EU").
 */
export function lexiconCase(word: string, lang: Language): string | undefined {
  const lower = word.toLowerCase();
  if (lang.isStopWord(lower) || knows(lower, lang)) return undefined;
  const upper = word.toUpperCase();
  if (!knows(upper, lang)) return undefined;
  const title = upper.charAt(0) + lower.slice(1);
  return knows(title, lang) ? title : upper;
}

/**
 * The organisations an affiliation names, spelled as the manifest does: each of its
 * comma-separated parts written in Title Case (every word but the small ones capitalised). The
 * first part may be the person's role ("Professor, University of Kestrel Bay") or an organisation
 * ("Meridian Urban Systems, Lakemont"): it is kept either way, since a role in Title Case is
 * written so in the manifest too, while a lower-case one names nothing.
 */
export function organisationNames(affiliation: string, lang: Language): string[] {
  const parts = affiliation.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.filter((part) => {
    const words = part.match(WORD) ?? [];
    return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || lang.isStopWord(w.toLowerCase()));
  });
}

export interface VocabularySources {
  people: readonly Person[];
  /** event and session titles, descriptions, affiliations */
  prose: readonly string[];
  /** the caption texts of the track: its mixed-case ones give proper nouns, all say whether it is in capitals */
  captions: readonly string[];
  /** the language of the captions and prose */
  lang: Language;
}

/** The manifest's prose a vocabulary reads: the event and session titles, descriptions, affiliations. */
export function manifestProse(eventTitle: string, sessions: readonly Pick<AgendaSession, 'title' | 'description' | 'people'>[]): string[] {
  return [eventTitle, ...sessions.flatMap((s) => [s.title, s.description ?? '', ...s.people.map((p) => p.affiliation ?? '')])];
}

/** Captions mostly in capitals, as a whole (a short track: with no lower-case letter at all). */
function inCapitals(captions: readonly string[]): boolean {
  const all = captions.join(' ');
  return isMostlyCapitals(all) || (/\p{Lu}/u.test(all) && !/\p{Ll}/u.test(all));
}

/** A name of several words, said in that order, keyed by its folded first word. */
function addPhrase(phrases: Map<string, string[][]>, words: string[]): void {
  const key = fold(words[0]!);
  const known = phrases.get(key) ?? [];
  if (!known.some((p) => p.join(' ') === words.join(' '))) phrases.set(key, [...known, words]);
}

export function buildVocabulary(sources: VocabularySources): Vocabulary {
  const forms = new Map<string, string>();
  const nameKeys = new Map<string, string>();
  const phrases = new Map<string, string[][]>();
  const { lang } = sources;
  // Names first: they win over prose and captions for the same word.
  for (const person of sources.people) {
    for (const w of person.name.match(WORD) ?? []) {
      if (lang.isStopWord(fold(w))) continue;
      add(forms, w);
      const key = nameKey(w, lang);
      if (key && fold(w).length >= 4 && !nameKeys.has(key)) nameKeys.set(key, w);
    }
  }
  for (const person of sources.people) {
    const affiliation = person.affiliation ?? '';
    const parts = affiliation.split(',').map((p) => p.trim()).filter(Boolean);
    for (const name of organisationNames(affiliation, lang)) {
      const words = name.match(WORD) ?? [];
      // A word no dictionary knows is a name wherever it is said ("Lakemont"); the others only
      // within the whole name. Not so in a first part that may be a role ("Programme
      // Coordinator": British spellings are unknown to the lexicon too): it counts only whole.
      const maybeRole = parts.length > 1 && name === parts[0];
      if (!maybeRole) for (const w of words) if (!lang.isStopWord(fold(w)) && !isCommonWord(w, lang)) add(forms, w);
      if (words.length >= 2) addPhrase(phrases, words);
    }
  }
  // A name of one word is a name wherever it is said; of several, its words no lexicon knows are
  // ("Westbrook"), the others only within the whole name ("Library", "Pier 9").
  for (const text of sources.prose) {
    for (const name of properNounsOfProse(text, lang)) {
      if (name.length === 1) add(forms, name[0]!);
      else {
        addPhrase(phrases, name);
        for (const w of name) if (!lang.isStopWord(fold(w)) && !isCommonWord(w, lang)) add(forms, w);
      }
    }
  }
  for (const w of properNounsOfCaptions(sources.captions, lang)) add(forms, w);
  for (const w of lang.properForms) add(forms, w);
  return { forms, nameKeys, phrases, capitals: inCapitals(sources.captions), lang };
}
