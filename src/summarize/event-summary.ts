import { keyphrases } from './keyphrases';
import { hasContent } from './session-content';
import { SentencePicker, sentenceOf, summarize, type SummarizeOptions } from './summarize';
import { SUMMARIZE_GENERATOR, type SessionCoverage, type Summary, type SummarySentence } from './types';
import type { Language } from '../text/language/language';
import { wordsSaid } from '../text/words';

/** One session's sentences, in time order; sessions are given in the event's order. */
export interface SessionSentences {
  id: string;
  /** what the agenda says the session is about: its title and description */
  topic?: string;
  /** the language its recording is in, where it is not the event's (SummarizeOptions.language) */
  language?: Language;
  sentences: SummarySentence[];
}


/**
 * The event's summary speaks of every session with content (session-content.ts), each in
 * proportion to its length in words (what was said, not how long the room sat), within the cap.
 *
 * The event's sentences are ranked once (SentencePicker: central to the event, informative, not
 * said before; the position weight restarts at each session's start, where a session says what
 * it is about), and each session picks within its own sentences. First, every session
 * with content gets its best sentence that fits, longest sessions first so that a cap too small
 * for all leaves out the shortest; after that, the next sentence goes to the session furthest
 * below its share of the cap (cap x its words / words of sessions with content) until nothing
 * fits. Sentences come back in the event's order: sessions in agenda order, time order within.
 */
export function summarizeEvent(sessions: readonly SessionSentences[], options: SummarizeOptions): Summary {
  const languages = sessions.map((s) => s.language ?? options.language);
  const words = sessions.map((s, i) => s.sentences.reduce((n, x) => n + wordsSaid(x.text, languages[i]!), 0));
  const withContent = sessions.map((s, i) => hasContent(s.sentences.map((x) => x.text), languages[i]!));
  const all = sessions.flatMap((s) => s.sentences);
  const phrases = keyphrases(
    all.map((s) => s.text),
    options.keyphrases ?? 10,
    options.language,
    { sessionOf: sessions.flatMap((s, i) => s.sentences.map(() => i)), languageOf: sessions.flatMap((s, i) => s.sentences.map(() => languages[i]!)) },
  );
  if (!withContent.some(Boolean)) {
    // Nothing to apportion: the few words there are, as one text.
    const whole = summarize(all, options);
    const picked = new Set(whole.sentences.map((x) => `${x.recording}\0${x.startMs}`));
    const counts = sessions.map((s) => s.sentences.filter((x) => picked.has(`${x.recording}\0${x.startMs}`)).length);
    return { ...whole, keyphrases: phrases, sessions: coverage(sessions, words, withContent, counts) };
  }
  const contentWords = words.reduce((n, w, i) => n + (withContent[i] ? w : 0), 0);
  const share = words.map((w, i) => (withContent[i] ? (options.maxWords * w) / contentWords : 0));
  const ranges = sessions.map((_, i) => sessions.slice(0, i).reduce((n, s) => n + s.sentences.length, 0));
  const content = sessions.map((_, i) => i).filter((i) => withContent[i]);
  let { chosen, total } = apportion(sessions, languages, all, ranges, content, words, share, options, () => options.maxWords);
  if (chosen.some((c, i) => withContent[i] && c.length === 0)) {
    // The cap cannot hold every session's best sentence: try again with each first sentence held to
    // an equal part of the cap (or the session's share, when larger), and keep whichever speaks of
    // more sessions.
    const equal = options.maxWords / content.length;
    const tight = apportion(sessions, languages, all, ranges, content, words, share, options, (i) => Math.max(equal, share[i]!));
    const represented = (c: number[][]) => c.filter((x) => x.length > 0).length;
    if (represented(tight.chosen) > represented(chosen)) ({ chosen, total } = tight);
  }
  const sentences = sessions.flatMap((s, i) => [...chosen[i]!].sort((a, b) => a - b).map((k) => sentenceOf(s.sentences[k]!)));
  const counts = chosen.map((c) => c.length);
  return { generator: SUMMARIZE_GENERATOR, words: total, sentences, keyphrases: phrases, sessions: coverage(sessions, words, withContent, counts) };
}

/**
 * One ranking of the whole event, so that a sentence is central to what the event is about and
 * not said again in another session; each session picks within its own range of it. Every
 * sentence stays a candidate (no pool), or a short session's would never be. Each session says
 * what it is about near its start: the position weight restarts per session. `firstRoom` bounds
 * each session's first sentence.
 */
function apportion(
  sessions: readonly SessionSentences[],
  languages: readonly Language[],
  all: readonly SummarySentence[],
  ranges: readonly number[],
  content: readonly number[],
  words: readonly number[],
  share: readonly number[],
  options: SummarizeOptions,
  firstRoom: (session: number) => number,
): { chosen: number[][]; total: number } {
  const picker = new SentencePicker(all.map((x) => x.text), languages, options.lambda, Infinity, sessions.map((s) => s.sentences.length), sessions.map((s) => s.topic));
  const chosen = sessions.map(() => [] as number[]);
  const used = sessions.map(() => 0);
  let total = 0;
  const take = (i: number, room = options.maxWords): boolean => {
    const from = ranges[i]!;
    const pick = picker.next(Math.min(room, options.maxWords - total), from, from + sessions[i]!.sentences.length);
    if (!pick) return false;
    chosen[i]!.push(pick.index - from);
    used[i]! += pick.words;
    total += pick.words;
    return true;
  };
  const open = new Set<number>();
  for (const i of [...content].sort((a, b) => words[b]! - words[a]! || a - b)) {
    take(i, firstRoom(i));
    open.add(i);
  }
  while (open.size > 0) {
    let next = -1;
    for (const i of open) if (next < 0 || share[i]! - used[i]! > share[next]! - used[next]!) next = i;
    if (!take(next)) open.delete(next);
  }
  return { chosen, total };
}

/** Which sessions the summary speaks of, and why the others are left out. */
function coverage(sessions: readonly SessionSentences[], words: readonly number[], withContent: readonly boolean[], counts: readonly number[]): SessionCoverage[] {
  return sessions.map((s, i) => {
    const entry: SessionCoverage = { id: s.id, words: words[i]!, sentences: counts[i]! };
    if (counts[i] === 0) entry.omitted = withContent[i] ? 'cap' : 'no-content';
    return entry;
  });
}
