import type { AlignInput } from '../../src/align/align-event';
import type { Cue } from '../../src/model/track';

/**
 * Small meetings of three sessions in other languages, as their chairs and moderators run them:
 * a waiting room, then each session opened by a hand-over, its talk on its own subject. The
 * track remembers where each session's first sentence starts, to check boundaries against.
 */
export interface LanguageMeeting {
  tag: string;
  titles: [string, string, string];
  preRoll: string[];
  /** each session's first sentence (the hand-over) and its talk, repeated until its minutes are up */
  sessions: Array<{ opening: string; talk: string[] }>;
}

const SESSION_MS = 150_000;
const PRE_ROLL_MS = 60_000;
const GAP_MS = 400;

/** How long a sentence takes to say: by words where they are spaced, by characters where not (about 4 a second). */
function sayMs(sentence: string, spaced: boolean): number {
  return spaced ? sentence.split(/\s+/).length * 400 : Math.max(1_500, [...sentence].length * 250);
}

export function languageMeeting(m: LanguageMeeting, spaced: boolean): { input: AlignInput; starts: number[] } {
  const cues: Cue[] = [];
  let t = 0;
  const say = (text: string) => {
    const endMs = t + sayMs(text, spaced);
    cues.push({ id: String(cues.length + 1), startMs: t, endMs, text, speaker: null });
    t = endMs + GAP_MS;
  };
  for (let i = 0; t < PRE_ROLL_MS; i++) say(m.preRoll[i % m.preRoll.length]!);
  const starts: number[] = [];
  for (const s of m.sessions) {
    starts.push(t);
    const end = t + SESSION_MS;
    say(s.opening);
    for (let i = 0; t < end; i++) say(s.talk[i % s.talk.length]!);
  }
  const ids = ['s1', 's2', 's3'];
  return {
    input: {
      eventId: `meeting-${m.tag}`,
      sessions: m.titles.map((title, i) => ({ id: ids[i]!, title, people: [] })),
      recordings: [{ id: 'main', language: m.tag, sessionIds: ids, track: { generator: 'test', format: 'webvtt', cues, diagnostics: [] } }],
    },
    starts,
  };
}
