import type { AlignInput } from '../../src/align/align-event';
import type { AgendaSession } from '../../src/model/agenda';
import type { Cue } from '../../src/model/track';

/**
 * Hand-made caption tracks of meetings, written the way caption files of council meetings are:
 * sentences cut into cues of a few words, no speaker names, no times but the captions' own.
 * The script says what is said in each stretch; the track remembers where every sentence and
 * every stretch's first sentence (its announcement) begins, so tests can check boundaries
 * against them.
 */

export interface Stretch {
  /** the agenda session this stretch is, or null for talk outside the agenda (pre-roll, post-roll) */
  session: string | null;
  /** said once, first */
  opening?: string;
  /** said in turn, round and round, until the stretch has lasted `minutes` */
  talk: string[];
  minutes: number;
  /** silence before the stretch, ms (else the style's gap between sentences) */
  pauseBeforeMs?: number;
}

export interface CaptionStyle {
  /** sentence punctuation and mixed case kept, or stripped to upper case as some CART captions are */
  punctuated: boolean;
  /** silence between sentences, ms (inside a sentence: 200 ms) */
  sentenceGapMs: number;
  /** words per cue at most */
  wordsPerCue: number;
}

export const PUNCTUATED: CaptionStyle = { punctuated: true, sentenceGapMs: 300, wordsPerCue: 6 };
/** Upper case without punctuation, speakers unmarked: only pauses tell where sentences begin. */
export const CART_CAPS: CaptionStyle = { punctuated: false, sentenceGapMs: 1_600, wordsPerCue: 5 };

export interface MeetingTrack {
  cues: Cue[];
  /** start of every cue that begins a sentence, ms */
  sentenceStarts: Set<number>;
  /** per stretch (in script order): start and end of its speech, and the cue its first sentence begins with */
  stretches: Array<{ session: string | null; startMs: number; endMs: number; firstCue: number }>;
}

const MS_PER_WORD = 400;
const WORD_GAP_MS = 200;

/** The track of a script: each stretch's opening, then its talk repeated until its minutes are up. */
export function meetingTrack(script: Stretch[], style: CaptionStyle): MeetingTrack {
  const cues: Cue[] = [];
  const sentenceStarts = new Set<number>();
  const stretches: MeetingTrack['stretches'] = [];
  let t = 0;
  const say = (sentence: string) => {
    const text = style.punctuated ? sentence : sentence.toUpperCase().replace(/[.?!…,;:"]/g, '');
    const words = text.split(/\s+/).filter(Boolean);
    if (cues.length > 0) t += style.sentenceGapMs - WORD_GAP_MS;
    sentenceStarts.add(t);
    for (let i = 0; i < words.length; i += style.wordsPerCue) {
      const chunk = words.slice(i, i + style.wordsPerCue);
      const endMs = t + chunk.length * MS_PER_WORD;
      cues.push({ id: String(cues.length + 1), startMs: t, endMs, text: chunk.join(' '), speaker: null });
      t = endMs + WORD_GAP_MS;
    }
  };
  for (const stretch of script) {
    if (cues.length > 0 && stretch.pauseBeforeMs !== undefined) t += stretch.pauseBeforeMs - style.sentenceGapMs;
    const startMs = t + (cues.length > 0 ? style.sentenceGapMs - WORD_GAP_MS : 0);
    const firstCue = cues.length;
    const end = startMs + stretch.minutes * 60_000;
    if (stretch.opening) say(stretch.opening);
    for (let i = 0; t < end || i === 0; i++) say(stretch.talk[i % stretch.talk.length]!);
    stretches.push({ session: stretch.session, startMs, endMs: cues[cues.length - 1]!.endMs, firstCue });
  }
  return { cues, sentenceStarts, stretches };
}

/** One recording holding the whole agenda, with no schedule and no start time. */
export function meetingInput(eventId: string, sessions: AgendaSession[], cues: Cue[]): AlignInput {
  return {
    eventId,
    sessions,
    recordings: [{ id: 'main', language: 'en', sessionIds: sessions.map((s) => s.id), track: { generator: 'test', format: 'webvtt', cues, diagnostics: [] } }],
  };
}

export const agendaItem = (id: string, title: string): AgendaSession => ({ id, title, people: [] });
