import type { Person } from '../model/agenda';
import { joinText } from '../text/join-words';
import type { Language } from '../text/language/language';
import type { Segment, Transcript, TranscriptParagraph, TranscriptSentence, TranscriptSpeaker } from '../model/transcript';
import { SPLIT_GENERATOR } from '../model/transcript';
import { recordingLink } from '../model/recording-link';
import { groupTurns } from '../model/speaker-stretches';
import { isGenericLabel } from '../text/generic-labels';
import type { Cue } from '../model/track';
import { caseSentence } from './casing';
import { chunkByTime } from './chunks';
import { sessionPieces, type SpokenPiece } from './pieces';
import { splitSentences, spokenWords, type SentenceOptions } from './sentences';
import { resolveSpeaker, type ResolvedSpeaker } from './speaker-names';
import type { Vocabulary } from './vocabulary';

/** Everything one session's transcript is made from. Times in ms from the recording's 00:00:00. */
export interface SessionInput {
  eventId: string;
  session: { id: string; title: string; people: readonly Person[] };
  recording: { id: string; url?: string };
  /** the session's aligned span [startMs, endMs) */
  startMs: number;
  endMs: number;
  /** the recording's whole track; the session's pieces are picked from it */
  cues: readonly Cue[];
  eventPeople: readonly Person[];
  vocabulary: Vocabulary;
  sentences: SentenceOptions;
}

/** Paragraphs: at most 5 sentences or about a minute, so a long speech stays readable. */
const PARAGRAPH = { targetMs: 60_000, maxMs: 90_000, minMs: 10_000, maxItems: 5 };
/** Search segments: 15-45 s of one turn, aiming at 30 s (a result a person can listen to). */
export const SEGMENT = { targetMs: 30_000, maxMs: 45_000, minMs: 15_000 };

/**
 * A silence within one turn this long starts a new paragraph: twice the pause that ends a
 * sentence in the track (which follows how sparse its cues are), and at least 2.5 s. Speakers
 * pause longest between topics, and without punctuation a pause is all there is to go by.
 */
const PARAGRAPH_PAUSE = { factor: 2, minMs: 2_500 };

/** Sentences split where a silence of at least `pauseMs` lies between two of them. */
function splitAtSilences(sentences: readonly TranscriptSentence[], pauseMs: number): TranscriptSentence[][] {
  const groups: TranscriptSentence[][] = [];
  for (const [i, sentence] of sentences.entries()) {
    const before = sentences[i - 1];
    if (!before || sentence.startMs - before.endMs >= pauseMs) groups.push([]);
    groups[groups.length - 1]!.push(sentence);
  }
  return groups;
}

interface Turn {
  /** the speaker's name as the transcript shows it, null for an unnamed turn */
  speaker: string | null;
  pieces: SpokenPiece[];
}

/**
 * A new turn at every turn start or change of named speaker (groupTurns), except where a label
 * names the person who is speaking already under another spelling (a captioner's "BILAL JAMOUSI"
 * in the middle of "BILEL JAMOUSSI"'s turn): the labels resolve to one person, so the turn goes
 * on. Unnamed turns are never joined: an unnamed ">>" hands over to someone new; nor are turns
 * under a role label anyone may carry (isGenericLabel).
 */
function turnsOf(pieces: readonly SpokenPiece[], nameOf: (label: string | null) => string | null): Turn[] {
  const turns: Turn[] = [];
  for (const group of groupTurns(pieces)) {
    const label = group[0]!.speaker;
    const speaker = nameOf(label);
    const last = turns[turns.length - 1];
    // A role label ("SPEAKER", "AUDIENCE MEMBER") names no one person: two in a row are two turns.
    if (last && speaker !== null && last.speaker === speaker && !isGenericLabel(label!)) last.pieces.push(...group);
    else turns.push({ speaker, pieces: [...group] });
  }
  return turns;
}

/** One session's transcript and its search segments (ids `<sessionId>-<n>`, from 1). */
/** The full stop the language writes: "。" where words are not spaced (Chinese, Japanese), else ".". */
const fullStop = (lang: Language): string => (lang.spaced ? '.' : '。');

export function splitSession(input: SessionInput): { transcript: Transcript; segments: Segment[] } {
  const rel = (ms: number) => ms - input.startMs;
  const pieces = sessionPieces(input.cues, input.startMs, input.endMs);
  const resolved = new Map<string, ResolvedSpeaker>();
  const speakers = new Map<string, TranscriptSpeaker>();
  // Unnamed turns get no invented name: "Speaker 3" would claim that two turns are, or are not,
  // the same voice, which captions cannot tell. Readers see "Unidentified speaker" (null in data).
  const nameOf = (label: string | null): string | null => {
    if (label === null) return null;
    let r = resolved.get(label);
    if (!r) {
      r = resolveSpeaker(label, input.session.people, input.eventPeople, input.sentences.lang);
      resolved.set(label, r);
    }
    const entry = speakers.get(r.name) ?? { name: r.name, ...(r.person ? { person: r.person } : {}) };
    if (r.match && !entry.matches?.some((m) => m.caption === r.match!.caption)) entry.matches = [...(entry.matches ?? []), r.match];
    speakers.set(r.name, entry);
    return r.name;
  };

  const paragraphs: TranscriptParagraph[] = [];
  const segments: Segment[] = [];
  let turnIndex = 0;
  for (const turn of turnsOf(pieces, nameOf)) {
    const speaker = turn.speaker;
    const runs = splitSentences(spokenWords(turn.pieces), input.sentences);
    const sentences: TranscriptSentence[] = runs.map(({ tokens }, i) => {
      const startMs = tokens[0]!.startMs;
      const endMs = Math.max(startMs, tokens[tokens.length - 1]!.endMs);
      // Punctuated captions: the rest of a run cut for length goes on in lower case. Unpunctuated
      // ones: every inferred sentence end gets a full stop, or the reader could not see it.
      const continues = input.sentences.punctuated && runs[i - 1]?.cut === true;
      let text = caseSentence(tokens, input.vocabulary, !continues);
      if (!input.sentences.punctuated && !/[.?!…。？！؟]["'”’)\]」』）]*$/u.test(text)) text = `${text.replace(/[,;:，、；：]$/u, '')}${fullStop(input.sentences.lang)}`;
      return { text, startMs, endMs, relStartMs: rel(startMs), relEndMs: rel(endMs) };
    });
    if (sentences.length === 0) continue;
    const turnNo = turnIndex++;
    const paragraphPauseMs = Math.max(PARAGRAPH_PAUSE.minMs, PARAGRAPH_PAUSE.factor * input.sentences.pauseMs);
    for (const chunk of splitAtSilences(sentences, paragraphPauseMs).flatMap((group) => chunkByTime(group, PARAGRAPH))) {
      const startMs = chunk[0]!.startMs;
      const endMs = chunk[chunk.length - 1]!.endMs;
      paragraphs.push({ speaker, turn: turnNo, startMs, endMs, relStartMs: rel(startMs), relEndMs: rel(endMs), sentences: chunk });
    }
    for (const chunk of chunkByTime(sentences, SEGMENT)) {
      const startMs = chunk[0]!.startMs;
      segments.push({
        id: `${input.session.id}-${segments.length + 1}`,
        eventId: input.eventId,
        sessionId: input.session.id,
        recording: input.recording.id,
        speaker,
        startMs,
        endMs: chunk[chunk.length - 1]!.endMs,
        text: joinText(chunk.map((s) => s.text)),
        ...(input.recording.url ? { link: recordingLink(input.recording.url, startMs) } : {}),
      });
    }
  }
  const sounds = pieces
    .flatMap((p) => p.sounds)
    .filter((s) => s.startMs >= input.startMs && s.startMs < input.endMs)
    .map((s) => ({ text: s.text, startMs: s.startMs, relStartMs: rel(s.startMs) }));

  const transcript: Transcript = {
    generator: SPLIT_GENERATOR,
    eventId: input.eventId,
    sessionId: input.session.id,
    title: input.session.title,
    recording: input.recording.id,
    startMs: input.startMs,
    endMs: input.endMs,
    ...(input.recording.url ? { url: input.recording.url } : {}),
    speakers: [...speakers.values()],
    paragraphs,
    sounds,
  };
  return { transcript, segments };
}
