/**
 * The words of running a meeting in one language, as the summariser reads them: what makes no
 * keyphrase and which sentences no summary. Patterns are matched on the lower-cased sentence;
 * where the script is not ASCII they mark word edges with Unicode lookarounds (`bounded`), since
 * \b knows ASCII letters only.
 */
export interface SummaryWords {
  /** words of motions, votes, the order of business and courtesy, by form, lower case ("indicate", not "indicators") */
  procedure: readonly string[];
  /** titles and offices said before a name ("mayor", "councillor"): before a capitalised word only */
  titles: readonly string[];
  /** titles that are nothing else, before a name even in captions without capitals ("mr", "dr") */
  honorifics: readonly string[];
  /** two-word titles, first word then second ("council member", "vice chair") */
  titlePairs: ReadonlyArray<readonly [string, string]>;
  /** sentences that only run the meeting: motions, votes, roll calls, greeting the room, handing the floor on */
  procedurePatterns: readonly RegExp[];
  /** sentences that say nothing whatever their words: thanks, sound checks, back-channel */
  fillerPatterns: readonly RegExp[];
  /** words said in any meeting that make poor keyphrases on their own, space separated (stemmed where used) */
  generic: string;
  /** words that never stand in a keyphrase: spoken numbers, modifiers of degree or judgement, and where the language has no lexicon, its common verbs and adverbs */
  notInPhrases: readonly string[];
  /** a phrase key (its stems) shorter than this is no keyphrase */
  minKeyLength: number;
  /** nouns are written with a capital (German): a capital says nothing of a name, and a word is shown as written */
  capitalisedNouns?: boolean;
  /** articles, prepositions or particles are written onto words (Arabic "والمدن", Korean "표결을"): a word is in a list when its stem is */
  clitics?: boolean;
  /** a keyphrase shows a word as its stem: where the stem is the word without its particles (Korean "도시는" -> "도시"), not a cut root */
  shownAsStem?: boolean;
}

/** A pattern that matches `source` only as whole words, in any script. */
export function bounded(source: string, flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${source})(?![\\p{L}\\p{M}\\p{N}])`, flags);
}
