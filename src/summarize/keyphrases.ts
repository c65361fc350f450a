import { contentTerms } from '../text/terms';
import { withoutSounds } from '../text/sounds';
import { isProcedureWord, isTitlePair, isTitleWord } from './procedure';
import { wordClass } from './word-classes';
import { languageOf } from '../text/language/registry';

// Interim (issue 14): the summary's language is threaded from the event in the summary scope's change.
const INTERIM_LANGUAGE = languageOf('en');

/**
 * Keyphrases: what people would type to find this meeting. Candidates are noun phrases of one to
 * MAX_WORDS words (modifiers then a noun, "key performance indicators", "Huntsville Utilities"),
 * within a clause, without stop words, meeting procedure ("favor please indicate") or titles;
 * the word after a title is a surname and is no keyphrase alone ("Mr. Little"). A phrase must
 * recur; it scores by how often it is said, how rare it is across sentences (tf-idf), its length
 * and, in an event, how many sessions say it; overlapping shorter phrases give way to longer ones.
 */

const MAX_WORDS = 4;

/**
 * Words said in any meeting that make poor keyphrases on their own, as the terms phrases are
 * keyed by (stemmed: "minutes" -> "minut"; stop words such as "many" are never in a phrase).
 */
const GENERIC = new Set(
  contentTerms(
    'thank thanks good great first second third today question questions session work people time year point minute meeting everyone ' +
      'welcome afternoon morning floor start next last new important lot part number fact day week side end case place idea example ' +
      'terms stuff couple opportunity comment answer help look reason sense area areas job story problem issue member members ' +
      // dates say when, not what
      'january february march april may june july august september october november december ' +
      'monday tuesday wednesday thursday friday saturday sunday tonight yesterday tomorrow ' +
      // the body and its instruments, named in every one of its meetings
      'council committee board resolution ordinance department staff team',
    INTERIM_LANGUAGE,
  ),
);

/**
 * Words that never stand in a keyphrase: spoken numbers (they say how many or which, as digits
 * do: "zero zero", "last three months") and modifiers of degree or judgement, which name no kind
 * of thing ("little tool", "different remotes", "whole thing"); unless capitalised within a
 * sentence, as part of a name ("Big Spring Park", "Little Rock").
 */
const NOT_IN_PHRASES = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion half ' +
    'little big good great nice bad different various certain other same whole entire own particular several few many ' +
    'much huge important real actual sure quick'
  ).split(' '),
);

interface Token {
  /** lower case, as the phrase key is built */
  lower: string;
  /** as written */
  surface: string;
  stem: string | null;
  /** capitalised where a capital says something: not the first word of its sentence */
  proper: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Words of a sentence and whether punctuation (not a hyphen or an apostrophe) comes before each. */
function tokensOf(text: string): Array<Token & { breakBefore: boolean }> {
  const out: Array<Token & { breakBefore: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const surface = m[0];
    const gap = text.slice(last, m.index);
    last = m.index + surface.length;
    const lower = surface.toLowerCase();
    out.push({
      lower,
      surface,
      // numbers, ordinals and dates ("25th", "2026") say which, not what
      stem: /^\p{N}/u.test(surface) ? null : (contentTerms(lower, INTERIM_LANGUAGE)[0] ?? null),
      proper: out.length > 0 && /^\p{Lu}/u.test(surface),
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

/**
 * Splits a sentence into runs of words that may form a phrase, and marks the runs that follow a
 * title. `afterTitle` carries a title at the end of the previous sentence ("Motion from Mr." /
 * "Little, second from ...", as captions are split).
 */
function runsOf(tokens: Array<Token & { breakBefore: boolean }>, afterTitle: boolean): { runs: Array<{ tokens: Token[]; afterTitle: boolean }>; endsWithTitle: boolean } {
  const runs: Array<{ tokens: Token[]; afterTitle: boolean }> = [];
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
    const title = isTitleWord(t.lower, nextCapitalised) || (next !== undefined && isTitlePair(t.lower, next.lower));
    if (t.breakBefore) close();
    if (title) {
      close();
      // a two-word title: its second word is part of it
      if (next !== undefined && isTitlePair(t.lower, next.lower)) i++;
      titleBefore = true;
      continue;
    }
    const eligible = t.stem !== null && (!NOT_IN_PHRASES.has(t.lower) || t.proper) && !isProcedureWord(t.lower) && (wordClass(t.lower) !== 'other' || t.proper);
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

function isNoun(t: Token): boolean {
  return t.proper || wordClass(t.lower) === 'noun';
}

export interface KeyphraseOptions {
  /** the session of each text (an index), for an event: phrases said in several sessions rank higher */
  sessionOf?: readonly number[];
}

export function keyphrases(texts: readonly string[], count: number, options: KeyphraseOptions = {}): string[] {
  const candidates = new Map<string, Candidate>();
  let afterTitle = false;
  texts.forEach((raw, textIndex) => {
    const split = runsOf(tokensOf(withoutSounds(raw)), afterTitle);
    afterTitle = split.endsWithTitle;
    for (const { tokens, afterTitle: surnameFirst } of split.runs) {
      for (let i = 0; i < tokens.length; i++) {
        for (let len = 1; len <= MAX_WORDS && i + len <= tokens.length; len++) {
          const words = tokens.slice(i, i + len);
          if (!isNoun(words[len - 1]!)) continue;
          // the surname after a title, alone
          if (len === 1 && i === 0 && surnameFirst) continue;
          const stems = words.map((w) => w.stem!);
          if (stems.every((s) => GENERIC.has(s))) continue;
          const key = stems.join(' ');
          if (key.length <= 3) continue;
          let c = candidates.get(key);
          if (!c) candidates.set(key, (c = { count: 0, texts: new Set(), sessions: new Set(), surfaces: new Map() }));
          c.count++;
          c.texts.add(textIndex);
          c.sessions.add(options.sessionOf?.[textIndex] ?? 0);
          // a capital kept where it says something: a name or an initialism ("UN initiatives")
          const surface = words.map((w) => (w.proper || isCapitalInside(w.surface) ? w.surface : w.lower)).join(' ');
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

/** A phrase as it is most often written, capitals kept only where they say something ("Huntsville Utilities", "ITU"); any other phrase in lower case. */
function surfaceOf(c: Candidate): string {
  return [...c.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** "UN", "SMEs", "COVID": a capital after the first letter. */
function isCapitalInside(word: string): boolean {
  return /\p{Lu}/u.test(word.slice(1));
}
