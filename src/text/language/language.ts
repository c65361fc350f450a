/**
 * What recap knows of a language: how its words are found, folded, stemmed and weighed, where its
 * sentences end, and the words its meetings are run with. One entry per language, keyed by the
 * BCP 47 primary subtag (registry.ts); every stage reads the language of the text it handles
 * from here, English included.
 */

/** Writing direction of the language's usual script. */
export type Direction = 'ltr' | 'rtl';

/**
 * How the final full stop of an abbreviation is read:
 * - `title`: comes before a name ("Dr. Smith"): never a sentence end.
 * - `inside`: always followed by more of the sentence ("e.g.", "vs."): never an end.
 * - `number`: comes before a number ("No. 5"): an end unless a digit follows ("No. We did not").
 * - `next`: may close a sentence ("at 3 p.m.", "the U.S."): an end only when the next word opens one.
 * - `initial`: a capital letter alone ("J. Smith", but also "plan A. The"): not an end before a
 *   capitalised word that does not usually open sentences (a name), an end otherwise.
 */
export type StopRule = 'title' | 'inside' | 'number' | 'next' | 'initial';

export interface SentenceWords {
  /** abbreviations keyed by the lower-cased word without its final stop ("p.m." -> "p.m") */
  abbreviations: ReadonlyMap<string, StopRule>;
  /** lower-case words that open sentences: read where capitals prove nothing (captions in capitals, "I") */
  openers: ReadonlySet<string>;
}

/**
 * The words a meeting is run with, which the aligner reads as evidence of where sessions start and
 * end. Patterns are matched on lower-cased text and written for that language (word boundaries
 * with Unicode lookarounds where the script is not ASCII); a language without one leaves it null.
 */
export interface MeetingWords {
  /** a host handing over to the next item or session ("we now move to our next session") */
  handOver: readonly RegExp[];
  /** said before an event starts: sound checks, waiting, dial-in numbers */
  preRoll: RegExp | null;
  /** an announcement that the event will start soon ("we will start in a few minutes") */
  startToCome: RegExp | null;
  /** the opening of a meeting ("I call this meeting to order", "welcome to our forum") */
  opening: RegExp | null;
  /** words of the waiting before the start, and of the goodbyes after the end */
  preRollWords: readonly string[];
  postRollWords: readonly string[];
  /**
   * What people say in the generic kinds of agenda item beyond its title, keyed by a word of the
   * title (lower case, as written): "closing" expects "thank", "goodbye". Plain words, stemmed where used.
   */
  agendaVocabulary: Readonly<Record<string, readonly string[]>>;
  /** how agenda item numbers are said ("item fourteen b", "punto 5"); null where none is known */
  spokenItems: SpokenItems | null;
  /** a chair declaring an item empty ("we have no speakers tonight"); null where none is known */
  emptyItems: EmptyItemWords | null;
  /**
   * Titles of agenda items that are usually brief (formalities at either end: opening, closing,
   * roll call, minutes, a break), matched on the lower-cased title: without a schedule they are
   * expected to take a smaller share of the recording. Null where none is known.
   */
  briefItem: RegExp | null;
}

/**
 * Item numbers said aloud. Each pattern is global, matched on lower-cased text, and captures the
 * number (digits or number words) in group 1, then optionally the separator before a letter
 * (group 2), the letter (group 3) and a spelling-out of it ("as in boy", group 4).
 */
export interface SpokenItems {
  /** number words and their values ("fourteen" -> 14); numbers above are sums of words ("twenty one") */
  numberWords: ReadonlyMap<string, number>;
  patterns: readonly RegExp[];
  /** an item named by a letter alone ("item b."), the letter in group 1; global */
  letterItem: RegExp | null;
}

/** How a chair says that an item has nothing under it. */
export interface EmptyItemWords {
  /** a declaration in general words that ends its clause ("we have none", "no one signed up") */
  general: RegExp;
  /** a "no" heading the item's own words, which it captures in group 1 ("there are no zoning appeals"); global */
  negated: RegExp;
  /** what after a negated clause takes it back ("no public comment, but we have three speakers") */
  retracted: RegExp;
}

/**
 * How captions name who speaks: role labels that stand for a session's person ("THE CHAIR",
 * "LE PRÉSIDENT", "主持人") and the words of a title written with a name ("MAYOR", "MAIRE",
 * "Dr"), which are never part of the name to match. Written in lower case as the language writes
 * them; they are compared folded, word by word.
 */
export interface SpeakerRoles {
  /** a whole label that names the session's moderator or host ("the chair", "la presidenta") */
  roleLabels: Readonly<Record<string, 'moderator' | 'host'>>;
  /** offices said with a name ("mayor", "maire", "市长"); where a language writes them after the name, there too */
  offices: readonly string[];
  /** courtesy titles said with a name ("mr", "madame", "السيد", "先生") */
  honorifics: readonly string[];
  /** articles said with a title ("la" in "la députée Dupont", "de" in "de heer Jansen"): skipped before one only, since alone they may begin a name ("Le Pen", "de Vries") */
  articles?: readonly string[];
  /** titles may follow the name ("王伟市长", "김철수 의원") as well as come before it */
  titlesAfterName?: boolean;
}

/**
 * Where text in the language is cut: caption lines (publish/phrase-breaks.ts) and over-long
 * sentences (split/sentences.ts). Lower-case words as written, leading quotes and stops stripped.
 */
export interface BreakWords {
  /** words a phrase starts with (conjunctions, prepositions): a caption line may break before them */
  phraseOpeners: ReadonlySet<string>;
  /** words bound to the word after them (articles, prepositions, possessives): a caption line never ends on them if it can be helped */
  binders: ReadonlySet<string>;
  /** words a sentence hardly ends on (binders, conjunctions, auxiliaries): an over-long sentence is not cut after them */
  noEnd: ReadonlySet<string>;
  /** words that often open a spoken sentence: an over-long sentence is best cut before them */
  sentenceOpeners: ReadonlySet<string>;
}

/** A language's data, as its entry file writes it. */
export interface LanguageEntry {
  /** BCP 47 primary subtag ("en", "zh") */
  tag: string;
  /** its name in English, for messages */
  name: string;
  direction: Direction;
  /** whether words are separated by spaces (false for Chinese and Japanese: words are found by Intl.Segmenter) */
  spaced: boolean;
  /** a lower-case word with what writing varies folded away (accents, vowel marks, letter variants): fold.ts */
  fold: (word: string) => string;
  /** the stem of a lower-cased, folded word (stemmers.ts) */
  stem: (word: string) => string;
  /** words that carry no topic: the language's stop words */
  stopWords: readonly string[];
  /** words that carry no topic in transcribed speech, beyond the stop words ("um", "okay") */
  fillers: readonly string[];
  /** words of fewer letters than this are never terms (1 where one character is a word: Chinese, Japanese, Korean) */
  minWordLength: number;
  /** words that are never terms whatever their length, by their shape (Japanese: a short run of hiragana is an ending or a particle) */
  stopShape?: RegExp;
  /**
   * Elided words before an apostrophe, lower case (French "l'", "d'", "qu'"; Italian "dell'"): the
   * word is what follows them. Elsewhere what follows an apostrophe is a clitic ("council's").
   */
  elisions?: ReadonlySet<string>;
  sentences: SentenceWords;
  breaks: BreakWords;
  meeting: MeetingWords;
  /** a part-of-speech lexicon (Penn Treebank tags, most frequent first, keyed by the word as written), where one is kept */
  lexicon: ((word: string) => readonly string[] | undefined) | null;
  /** words every transcript in the language writes in this case ("Monday", "OK", "COVID"): restored in captions written in capitals */
  properForms: readonly string[];
  /** role labels and titles in caption speaker labels */
  speakerRoles: SpeakerRoles;
  /** lower-case words written with a capital wherever they stand (English "i", "i'm"; Italian "i" is an article): restored in captions written in capitals */
  capitalWords?: RegExp;
}

/** A word found in a text, with its UTF-16 offsets [start, end). */
export interface WordSpan {
  /** the word lower-cased, as written otherwise */
  word: string;
  start: number;
  end: number;
}

/** A language ready for use: its entry, with its words found, folded and stemmed (memoised). */
export interface Language extends LanguageEntry {
  /** lower-case words of a text, in order */
  words(text: string): string[];
  /** a lower-case word without its clitic or elided article ("council's" -> "council", "l'assemblée" -> "assemblée", "aujourd'hui" whole) */
  baseWord(word: string): string;
  /** how many characters an elided article and its apostrophe take at the start of a lower-case word ("l'art" -> 2, "dell'ambiente" -> 5); 0 where none */
  elidedLength(word: string): number;
  /** the words of a text with their offsets */
  wordSpans(text: string): WordSpan[];
  /** whether a folded word carries no topic (stop word, filler, too short, a bare number) */
  isStopWord(word: string): boolean;
  /** whether a folded word is one of the listed stop words or fillers (whatever its length) */
  isListedStopWord(word: string): boolean;
}
