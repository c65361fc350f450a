import { joinText } from '../text/join-words';
import { contentTerms } from '../text/terms';
import { withoutSounds } from '../text/sounds';
import type { Language } from '../text/language/language';
import { capitalisedNames, isProcedureWord, isTitlePair, isTitleWord } from './procedure';
import { isListed, summaryWordsOf, type SummaryVocabulary } from './procedure-words/registry';
import { wordClass } from './word-classes';

/**
 * Keyphrases: what people would type to find this meeting. Candidates are phrases of one to
 * MAX_WORDS content words of the text's language (its stop words, fillers, meeting procedure
 * ("favor please indicate") and titles end a phrase), within a clause; where the language has a
 * lexicon, noun phrases (modifiers then a noun, "key performance indicators", "Huntsville
 * Utilities"). The word after a title is a surname and is no keyphrase alone ("Mr. Little"). A
 * phrase must recur; it scores by how often it is said, how rare it is across sentences (tf-idf),
 * its length and, in an event, how many sessions say it; overlapping shorter phrases give way to
 * longer ones. Phrases are shown as written (accents kept), joined as the language joins words
 * (without spaces in Chinese and Japanese).
 */

const MAX_WORDS = 4;

interface Token {
  /** lower case, as the phrase key is built */
  lower: string;
  /** as written */
  surface: string;
  stem: string | null;
  /** capitalised where a capital says something: not the first word of its sentence, and not where every noun has one */
  proper: boolean;
  /** the first word of its sentence: its capital says nothing */
  first: boolean;
  /** punctuation (not a hyphen or an apostrophe) comes before it */
  breakBefore: boolean;
}

/** The words of a sentence in its language, an elided article left out of the word ("l'eau" -> "eau"). */
function tokensOf(text: string, lang: Language): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const span of lang.wordSpans(text)) {
    const elided = lang.elidedLength(span.word);
    const start = span.start + elided;
    const lower = span.word.slice(elided);
    const surface = text.slice(start, span.end);
    const gap = text.slice(last, start);
    last = span.end;
    out.push({
      lower,
      surface,
      // numbers, ordinals and dates ("25th", "2026") say which, not what
      stem: /^\p{N}/u.test(surface) ? null : (contentTerms(lower, lang)[0] ?? null),
      proper: out.length > 0 && /^\p{Lu}/u.test(surface) && capitalisedNames(lang),
      first: out.length === 0,
      breakBefore: /[^\s\-‐–'’]/u.test(gap),
    });
  }
  return out;
}

interface Candidate {
  count: number;
  texts: Set<number>;
  sessions: Set<number>;
  surfaces: Map<string, number>;
}

interface Run {
  tokens: Token[];
  afterTitle: boolean;
}

/**
 * Splits a sentence into runs of words that may form a phrase, and marks the runs that follow a
 * title. `afterTitle` carries a title at the end of the previous sentence ("Motion from Mr." /
 * "Little, second from ...", as captions are split).
 */
function runsOf(tokens: Token[], afterTitle: boolean, lang: Language, words: SummaryVocabulary): { runs: Run[]; endsWithTitle: boolean } {
  const runs: Run[] = [];
  let run: Token[] = [];
  let runAfterTitle = afterTitle;
  let titleBefore = afterTitle;
  const close = () => {
    if (run.length > 0) runs.push({ tokens: run, afterTitle: runAfterTitle });
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const nextCapitalised = next !== undefined && /^\p{Lu}/u.test(next.surface);
    const title = isTitleWord(t.lower, nextCapitalised, lang) || (next !== undefined && isTitlePair(t.lower, next.lower, lang));
    if (t.breakBefore) close();
    if (title) {
      close();
      // a two-word title: its second word is part of it
      if (next !== undefined && isTitlePair(t.lower, next.lower, lang)) i++;
      titleBefore = true;
      continue;
    }
    const eligible = t.stem !== null && (!isListed(words.notInPhrasesSet, t.lower, lang) || t.proper) && !isProcedureWord(t.lower, lang) && (wordClass(t.lower, lang) !== 'other' || t.proper);
    if (!eligible) {
      close();
      titleBefore = false;
      continue;
    }
    if (run.length === 0) runAfterTitle = titleBefore;
    titleBefore = false;
    run.push(t);
  }
  close();
  return { runs, endsWithTitle: titleBefore };
}

function isNoun(t: Token, lang: Language): boolean {
  return t.proper || wordClass(t.lower, lang) === 'noun';
}

export interface KeyphraseOptions {
  /** the session of each text (an index), for an event: phrases said in several sessions rank higher */
  sessionOf?: readonly number[];
  /** the language of each text where they differ (an event whose sessions are held in several languages); else `language` */
  languageOf?: readonly Language[];
}

/** How a word is shown in a phrase: as written inside sentences, where its capital says something. */
type Shown = (t: Token, lang: Language) => string;

/**
 * How a word is shown: as written inside a sentence. At a sentence's start, where a capital says
 * nothing, in lower case unless its capitals are inside it ("UN"); where the language capitalises
 * its nouns (German), in the form the word has inside sentences ("Haushalt"), else as written.
 */
function shownForms(sentences: ReadonlyArray<{ tokens: Token[]; lang: Language }>): Shown {
  const inside = new Map<string, Map<string, number>>();
  for (const { tokens, lang } of sentences) {
    if (!summaryWordsOf(lang).capitalisedNouns) continue;
    for (const t of tokens) {
      if (t.first) continue;
      const forms = inside.get(t.lower) ?? new Map<string, number>();
      forms.set(t.surface, (forms.get(t.surface) ?? 0) + 1);
      inside.set(t.lower, forms);
    }
  }
  const usual = new Map([...inside].map(([lower, forms]) => [lower, [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]]));
  return (t, lang) => {
    const words = summaryWordsOf(lang);
    // Korean writes particles onto the word ("도시는"): the phrase shows the word itself
    if (words.shownAsStem && t.stem !== null && lang.fold(t.lower).startsWith(t.stem)) return t.stem;
    if (!t.first) return t.surface;
    if (words.capitalisedNouns) return usual.get(t.lower) ?? t.surface;
    return isCapitalInside(t.surface) ? t.surface : t.lower;
  };
}

export function keyphrases(texts: readonly string[], count: number, language: Language, options: KeyphraseOptions = {}): string[] {
  const candidates = new Map<string, Candidate>();
  const sentences = texts.map((raw, i) => {
    const lang = options.languageOf?.[i] ?? language;
    return { tokens: tokensOf(withoutSounds(raw), lang), lang };
  });
  const shown = shownForms(sentences);
  let afterTitle = false;
  sentences.forEach(({ tokens: sentence, lang }, textIndex) => {
    const words = summaryWordsOf(lang);
    const split = runsOf(sentence, afterTitle, lang, words);
    afterTitle = split.endsWithTitle;
    for (const { tokens, afterTitle: surnameFirst } of split.runs) {
      for (let i = 0; i < tokens.length; i++) {
        for (let len = 1; len <= MAX_WORDS && i + len <= tokens.length; len++) {
          const phrase = tokens.slice(i, i + len);
          if (!isNoun(phrase[len - 1]!, lang)) continue;
          // the surname after a title, alone
          if (len === 1 && i === 0 && surnameFirst) continue;
          const stems = phrase.map((w) => w.stem!);
          if (stems.every((s) => words.genericStems.has(s))) continue;
          const key = stems.join(' ');
          if (key.length < words.minKeyLength) continue;
          let c = candidates.get(key);
          if (!c) candidates.set(key, (c = { count: 0, texts: new Set(), sessions: new Set(), surfaces: new Map() }));
          c.count++;
          c.texts.add(textIndex);
          c.sessions.add(options.sessionOf?.[textIndex] ?? 0);
          const shownWords = phrase.map((w) => shown(w, lang));
          const surface = lang.spaced ? shownWords.join(' ') : joinText(shownWords);
          c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
        }
      }
    }
  });
  const n = Math.max(1, texts.length);
  const scored = [...candidates]
    .filter(([, c]) => c.count >= 2)
    .map(([k, c]) => {
      const len = k.split(' ').length;
      // Phrases of several words and initialisms ("ITU", "SMEs") first; a single word only fills
      // the list: alone, even a capitalised one is mostly a place or a person said everywhere
      // ("Huntsville", "Mariela") or a word of a longer name ("Park", "District").
      const tier = len > 1 || isInitialism(c) ? 1 : 0;
      const score = c.count * Math.log((n + 1) / c.texts.size) * len * (1 + Math.log(c.sessions.size));
      return [k, score, c, tier] as const;
    })
    .sort((a, b) => b[3] - a[3] || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const out: Array<readonly [string, Candidate]> = [];
  for (const [shorter, , sc] of scored) {
    // "key performance" is said inside "key performance indicators": the whole name stands for it
    const [k, c] = longestCarrier(shorter, sc, candidates);
    if (out.some(([o]) => o.includes(k) || k.includes(o))) continue;
    out.push([k, c]);
    if (out.length === count) break;
  }
  return out.map(([, c]) => surfaceOf(c));
}

/** The longest phrase holding `key` that carries at least half of its uses (else `key` itself). */
function longestCarrier(key: string, c: Candidate, candidates: ReadonlyMap<string, Candidate>): readonly [string, Candidate] {
  let best: readonly [string, Candidate] = [key, c];
  for (const [k, other] of candidates) {
    if (k.length > best[0].length && other.count >= 2 && other.count * 2 >= c.count && ` ${k} `.includes(` ${key} `)) best = [k, other];
  }
  return best;
}

function isInitialism(c: Candidate): boolean {
  return [...c.surfaces.keys()].every((s) => /^\p{Lu}{2,}s?$/u.test(s));
}

/** A phrase as it is most often written. */
function surfaceOf(c: Candidate): string {
  return [...c.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** "UN", "SMEs", "COVID": a capital after the first letter. */
function isCapitalInside(word: string): boolean {
  return /\p{Lu}/u.test(word.slice(1));
}
