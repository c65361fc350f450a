import { RIGHT_TO_LEFT_SCRIPT_CODES } from './right-to-left-scripts';
import { ENGLISH } from './en';
import { FRENCH } from './fr';
import { SPANISH } from './es';
import { RUSSIAN } from './ru';
import { ARABIC } from './ar';
import { CHINESE } from './zh';
import { GERMAN } from './de';
import { ITALIAN } from './it';
import { PORTUGUESE } from './pt';
import { DUTCH } from './nl';
import { JAPANESE } from './ja';
import { KOREAN } from './ko';
import { foldAccents } from './fold';
import type { Direction, Language, LanguageEntry } from './language';
import { makeLanguage } from './make-language';
import { NO_BREAK_WORDS } from './no-break-words';
import { NO_MEETING_WORDS } from './no-meeting-words';
import { STEMMERS } from './stemmers';
import { isoStopWords } from './stop-words';

/**
 * The languages recap knows, by BCP 47 primary subtag. A tag is read as a locale ("pt-BR" is
 * Portuguese, "zh-Hant-TW" Chinese); a language without an entry still gets its words found
 * (Intl.Segmenter knows every script), folded and, where stopwords-iso lists it, its stop words
 * dropped, but no stemming and no meeting words.
 */
const ENTRIES: readonly LanguageEntry[] = [ENGLISH, FRENCH, SPANISH, RUSSIAN, ARABIC, CHINESE, GERMAN, ITALIAN, PORTUGUESE, DUTCH, JAPANESE, KOREAN];

/**
 * Version of the languages' data (word lists, abbreviations, meeting words): stages whose output
 * reads it (align, split, captions, summaries, the search index) carry it in their version, so a
 * changed list rebuilds them.
 */
export const LANGUAGES_GENERATOR = 'languages@3';

/** Primary subtags of the languages with an entry. */
export const LANGUAGE_TAGS: readonly string[] = ENTRIES.map((e) => e.tag);


/**
 * The direction of a tag's script: the one it names ("az-Arab", "ar-Latn"), else its language's
 * likely one (CLDR's likely subtags: "ks" is Arabic script, "arz" too); left to right for what is no tag.
 */
function scriptDirection(tag: string): Direction {
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script !== undefined && RIGHT_TO_LEFT_SCRIPT_CODES.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** Languages whose words are not separated by spaces. */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo']);

const ready = new Map<string, Language>();

/** The primary language subtag of a BCP 47 tag, lower case ("pt-BR" -> "pt"); "und" for what is not a tag. */
export function primaryTag(tag: string): string {
  try {
    return new Intl.Locale(tag).language.toLowerCase();
  } catch {
    return 'und';
  }
}

function unlisted(tag: string): LanguageEntry {
  const spaced = !UNSPACED.has(tag);
  return {
    tag,
    name: tag,
    direction: scriptDirection(tag),
    spaced,
    fold: foldAccents,
    stem: STEMMERS.none,
    stopWords: isoStopWords(tag),
    fillers: [],
    minWordLength: spaced ? 2 : 1,
    sentences: { abbreviations: new Map(), openers: new Set() },
    breaks: NO_BREAK_WORDS,
    meeting: NO_MEETING_WORDS,
    lexicon: null,
    properForms: [],
    speakerRoles: { roleLabels: {}, offices: [], honorifics: [] },
  };
}

/** The language of a BCP 47 tag (the manifest's `language`, a recording's own). */
export function languageOf(tag: string): Language {
  const primary = primaryTag(tag);
  let language = ready.get(primary);
  if (language === undefined) {
    language = makeLanguage(ENTRIES.find((e) => e.tag === primary) ?? unlisted(primary));
    ready.set(primary, language);
  }
  return language;
}

/** Whether text in this tag is written right to left: by its script, which the tag may name apart from its language ("az-Arab", "ar-Latn"). */
export function isRightToLeft(tag: string): boolean {
  return scriptDirection(tag) === 'rtl';
}
