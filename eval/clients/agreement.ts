import { speakerStretches } from '../../src/model/speaker-stretches';
import type { Track } from '../../src/model/track';
import type { FormatTraits } from './formats';
import { LabelReader } from './labels';
import type { ReaderFault } from './reader-faults';

/**
 * Whether an independent reader gave back the cues recap wrote: every cue, its times (to the
 * format's precision), its text and its speakers. Times are integer ms, half-open [start, end).
 */

/** A run of a cue's text under one voice, from readers that have a speaker field (WebVTT `<v>`). */
export interface VoiceRun {
  voice: string | null;
  text: string;
}

/** One cue as a reader gave it back: its text as the reader shows it (markup gone, references decoded). */
export interface ReadCue {
  startMs: number;
  endMs: number;
  text: string;
  /** only from readers with a speaker field; the others show speakers as labels in the text */
  voices?: VoiceRun[];
}

export type DisagreementKind = 'missing cue' | 'extra cue' | 'time' | 'text' | 'speaker';

export interface Disagreement {
  kind: DisagreementKind;
  /** 0-based index in recap's track (the read cue's index for an extra cue) */
  cue: number;
  wrote: string;
  read: string;
}

export interface Agreement {
  /** cues of recap's track */
  total: number;
  /** cues read back with the same times, text and speakers */
  agreeing: number;
  /** what differs, but for the reader's own known faults (see `explained`) */
  disagreements: Disagreement[];
  /** cues that differ only by a known fault of the reader (reader-faults.ts), by what the fault is */
  explained: Array<{ cue: number; fault: string }>;
}

/** What a reader should give back for one cue of recap's track, in a format of these traits. */
interface ExpectedCue {
  startMs: number;
  endMs: number;
  text: string;
  /** the speaker of each stretch of the cue, in order */
  speakers: (string | null)[];
  /**
   * the visible label due at each change of speaker in the cue: the speaker's name, or null
   * for an unnamed new speaker (">>")
   */
  labels: (string | null)[];
}

/**
 * The cues a reader should give back. The text is compared without labels on both sides: the
 * labels are judged as speakers, and a reference track may hold one in its text (recap's own
 * reading of a WebVTT file keeps "Name:" after a `<v Name>`).
 */
function expectedCues(track: Track, traits: FormatTraits, labelReader: LabelReader): ExpectedCue[] {
  let previous: string | null = null;
  return track.cues.map((cue, i) => {
    const next = track.cues[i + 1];
    // SAMI and LRC show one cue at a time: a cue lasts at most until the next begins.
    const endMs = traits.endsAtNextStart && next && next.startMs < cue.endMs ? Math.max(cue.startMs, next.startMs) : cue.endMs;
    const stretches = speakerStretches(cue);
    const labels: (string | null)[] = [];
    for (const s of stretches) {
      if (s.turnStart || s.speaker !== previous) labels.push(s.speaker);
      previous = s.speaker;
    }
    const written = traits.oneLine ? cue.text.replace(/\n/g, ' ') : cue.text;
    const { text } = viewOf({ startMs: cue.startMs, endMs, text: written }, labelReader, traits.oneLine);
    return { startMs: cue.startMs, endMs, text, speakers: stretches.map((s) => s.speaker), labels };
  });
}

interface ReadView {
  text: string;
  labels: (string | null)[];
}

/**
 * The reader's text without its labels, and the labels. In a format without line breaks (LRC) a
 * speaker change inside a cue can only be a ">>" inside the line, so the line is cut there too.
 */
function viewOf(cue: ReadCue, labels: LabelReader, oneLine: boolean): ReadView {
  const found: (string | null)[] = [];
  const unlabel = (segment: string): string => {
    const { label, rest } = labels.read(segment);
    if (label !== undefined) found.push(label);
    return rest;
  };
  const lines = cue.text.replace(/\r\n?/g, '\n').split('\n');
  const text = oneLine ? lines.map((line) => line.split(/ (?=>> )/).map(unlabel).join(' ')) : lines.map(unlabel);
  return { text: text.join('\n'), labels: found };
}

/** The voice of each run with text, runs of one voice merged. */
function voicesOf(runs: readonly VoiceRun[]): (string | null)[] {
  const out: (string | null)[] = [];
  for (const run of runs) {
    if (run.text.trim() === '') continue;
    if (out.length === 0 || out[out.length - 1] !== run.voice) out.push(run.voice);
  }
  return out;
}

function mergedSpeakers(speakers: readonly (string | null)[]): (string | null)[] {
  return speakers.filter((s, i) => i === 0 || s !== speakers[i - 1]);
}

const show = (value: unknown): string => JSON.stringify(value);

/**
 * The ways one read cue differs from what recap wrote. A reader with a speaker field is judged
 * by it, and by the visible mark of an unnamed turn, its only carrier; a reader without one by
 * the visible labels: one at each change of speaker, naming the new speaker.
 */
function differences(index: number, wrote: ExpectedCue, read: ReadCue, traits: FormatTraits, labels: LabelReader): Disagreement[] {
  const out: Disagreement[] = [];
  const view = viewOf(read, labels, traits.oneLine);
  const off = (a: number, b: number): boolean => Math.abs(a - b) >= traits.unitMs;
  if (off(read.startMs, wrote.startMs) || off(read.endMs, wrote.endMs)) {
    out.push({ kind: 'time', cue: index, wrote: `${wrote.startMs}-${wrote.endMs} ms`, read: `${read.startMs}-${read.endMs} ms` });
  }
  if (view.text !== wrote.text) out.push({ kind: 'text', cue: index, wrote: show(wrote.text), read: show(view.text) });
  if (read.voices) {
    const voices = voicesOf(read.voices);
    const unnamedMarks = view.labels.filter((l) => l === null).length;
    const unnamedTurns = wrote.labels.filter((l) => l === null).length;
    if (show(voices) !== show(mergedSpeakers(wrote.speakers)) || unnamedMarks !== unnamedTurns) {
      out.push({ kind: 'speaker', cue: index, wrote: `voices ${show(mergedSpeakers(wrote.speakers))}, ${unnamedTurns} unnamed turn(s)`, read: `voices ${show(voices)}, ${unnamedMarks} ">>" mark(s)` });
    }
  } else if (show(view.labels) !== show(wrote.labels)) {
    out.push({ kind: 'speaker', cue: index, wrote: `labels ${show(wrote.labels)}`, read: `labels ${show(view.labels)}` });
  }
  return out;
}

/**
 * Compares a reader's cues with recap's track, cue by cue. Cues are paired in order by start time
 * (within the format's unit), so one lost cue is one disagreement, not a shift of all that follow.
 * Cues the reader gives with no text are left out: a cue with no text shows nothing (LRC's end
 * marks, which ffmpeg gives back as empty cues); a cue whose text was lost is then missing.
 * A cue that differs only by one of the reader's own known `faults` is counted apart, as
 * explained, not as agreeing: the table still shows it.
 */
export function compareCues(track: Track, everyRead: readonly ReadCue[], traits: FormatTraits, faults: readonly ReaderFault[] = []): Agreement {
  const read = everyRead.filter((c) => c.text.trim() !== '');
  const labels = new LabelReader(track.cues.flatMap((c) => speakerStretches(c).map((s) => s.speaker)).filter((s): s is string => s !== null));
  const wrote = expectedCues(track, traits, labels);
  const out: Agreement = { total: wrote.length, agreeing: 0, disagreements: [], explained: [] };
  const extra = (cue: number): void => void out.disagreements.push({ kind: 'extra cue', cue, wrote: '', read: show(read[cue]) });
  let r = 0;
  for (let w = 0; w < wrote.length; w++) {
    const expected = wrote[w]!;
    while (r < read.length && read[r]!.startMs <= expected.startMs - traits.unitMs) extra(r++);
    const candidate = read[r];
    // A cue that starts after this one's end (or after the next one's start) belongs further on.
    const laterStart = Math.min(expected.endMs, wrote[w + 1]?.startMs ?? Infinity);
    if (!candidate || (candidate.startMs >= laterStart && candidate.startMs - expected.startMs >= traits.unitMs)) {
      const fault = faults.find((f) => f.loses?.(expected.text));
      if (fault) out.explained.push({ cue: w, fault: fault.what });
      else out.disagreements.push({ kind: 'missing cue', cue: w, wrote: show(expected.text), read: '' });
      continue;
    }
    r++;
    const found = differences(w, expected, candidate, traits, labels);
    if (found.length === 0) {
      out.agreeing++;
      continue;
    }
    // The cue as the reader would have given it without its known faults, each undone in turn.
    const undoing: ReaderFault[] = [];
    let undone = candidate.text;
    for (const fault of faults) {
      const text = fault.undo?.(undone, expected.text) ?? undone;
      if (text !== undone) undoing.push(fault);
      undone = text;
    }
    const remaining = undoing.length > 0 ? differences(w, expected, { ...candidate, text: undone }, traits, labels) : found;
    if (remaining.length === 0) out.explained.push({ cue: w, fault: undoing.map((f) => f.what).join('; ') });
    else out.disagreements.push(...remaining);
  }
  while (r < read.length) extra(r++);
  return out;
}

/** Counts of each kind of disagreement, for the table: "text 3, speaker 2". */
export function kindCounts(agreement: Agreement): string {
  const counts = new Map<string, number>();
  for (const d of agreement.disagreements) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  for (const e of agreement.explained) counts.set(`reader fault (${e.fault})`, (counts.get(`reader fault (${e.fault})`) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${kind} ${n}`).join(', ');
}
