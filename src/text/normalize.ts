import type { Cue, CuePart, Diagnostic, TimedWord } from '../model/track';
import type { SourceCue, TextSpan } from '../formats/types';
import { tidyLines } from './markup';
import { removeRollingRepeats, spansText } from './rolling';
import { findSounds, isOnlySounds } from './sounds';
import { countLabels, isMostlyCapitals, readLabel, TURN_MARK, type LabelMode } from './speaker-marks';

interface Piece {
  text: string;
  speaker: string | null;
  turnStart: boolean;
}

/** Who is speaking as the cues are walked in order. */
interface SpeakerState {
  speaker: string | null;
  /** a turn was announced (">>" or a bare label) but its words have not come yet */
  pending: { speaker: string | null } | null;
}

interface LabelRules {
  lineStartMode: LabelMode;
  known: Set<string>;
}

/** Groups spans into runs with one voice, keeping text. */
function voiceRuns(spans: TextSpan[]): Array<{ text: string; voice?: string }> {
  const runs: Array<{ text: string; voice?: string }> = [];
  for (const span of spans) {
    const last = runs[runs.length - 1];
    if (last && last.voice === span.voice) last.text += span.text;
    else runs.push(span.voice === undefined ? { text: span.text } : { text: span.text, voice: span.voice });
  }
  return runs;
}

function startTurn(state: SpeakerState, speaker: string | null, pieces: Piece[], text: string): void {
  state.speaker = speaker;
  state.pending = null;
  if (text.trim()) pieces.push({ text, speaker, turnStart: true });
  else state.pending = { speaker };
}

function continueTurn(state: SpeakerState, pieces: Piece[], text: string): void {
  if (!text.trim()) return;
  if (state.pending) {
    pieces.push({ text, speaker: state.pending.speaker, turnStart: true });
    state.speaker = state.pending.speaker;
    state.pending = null;
  } else {
    pieces.push({ text, speaker: state.speaker, turnStart: false });
  }
}

/** Splits one cue's text into pieces at speaker changes, updating the running state. */
function splitSpeakers(spans: TextSpan[], state: SpeakerState, rules: LabelRules): Piece[] {
  const pieces: Piece[] = [];
  for (const run of voiceRuns(spans)) {
    if (run.voice !== undefined && run.voice !== state.speaker) startTurn(state, run.voice, pieces, '');
    const lines = run.text.split('\n');
    const dialogue = lines.length > 1 && lines.every((l) => /^\s*-\s+\S/.test(l));
    for (const line of lines) {
      if (dialogue) {
        startTurn(state, null, pieces, line.replace(/^\s*-\s+/, ''));
        pieces[pieces.length - 1]!.text += '\n';
        continue;
      }
      const chunks = line.split(TURN_MARK);
      chunks.forEach((chunk, index) => {
        const last = index === chunks.length - 1;
        const text = last ? `${chunk}\n` : chunk;
        if (index > 0) {
          const label = readLabel(chunk, 'after-mark');
          if (label) startTurn(state, label.name, pieces, last ? `${label.rest}\n` : label.rest);
          else startTurn(state, run.voice ?? null, pieces, text);
          return;
        }
        const label = run.voice === undefined ? readLabel(chunk, rules.lineStartMode, rules.known) : null;
        if (label) startTurn(state, label.name, pieces, last ? `${label.rest}\n` : label.rest);
        else continueTurn(state, pieces, text);
      });
    }
  }
  return mergePieces(pieces);
}

/** Joins neighbouring pieces of the same turn and tidies their text. */
function mergePieces(pieces: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && !piece.turnStart) last.text += (last.text.endsWith('\n') ? '' : ' ') + piece.text;
    else merged.push({ ...piece });
  }
  return merged.map((p) => ({ ...p, text: tidyLines(p.text) })).filter((p) => p.text.length > 0);
}

/** Word start times from inline timestamps: a word takes the time of the span it starts in. */
function timedWords(spans: TextSpan[], cueStartMs: number): TimedWord[] | undefined {
  if (!spans.some((s) => s.atMs !== undefined)) return undefined;
  const words: TimedWord[] = [];
  let at = cueStartMs;
  for (const span of spans) {
    if (span.atMs !== undefined) at = span.atMs;
    for (const w of span.text.split(/\s+/)) if (w) words.push({ text: w, startMs: at });
  }
  return words;
}

function partStarts(cue: SourceCue, pieces: Piece[]): CuePart[] {
  const total = pieces.reduce((n, p) => n + p.text.length, 0) || 1;
  let before = 0;
  return pieces.map((p) => {
    const startMs = cue.startMs + Math.round(((cue.endMs - cue.startMs) * before) / total);
    before += p.text.length;
    return { text: p.text, speaker: p.speaker, turnStart: p.turnStart, startMs };
  });
}

function labelRules(cues: SourceCue[]): LabelRules {
  const texts = cues.map((c) => spansText(c.spans));
  const caps = isMostlyCapitals(texts.join(' '));
  const known = new Set<string>();
  if (caps) {
    for (const [name, count] of countLabels(texts.flatMap((t) => t.split('\n')))) if (count >= 2) known.add(name);
  }
  return { lineStartMode: caps ? 'line-start-caps' : 'line-start', known };
}

/**
 * Turns the cues a reader found into canonical cues: rolling repeats removed, speakers taken from
 * voices, ">>" marks and labels (marks and labels removed from the text), sounds marked.
 */
export function normalizeCues(source: SourceCue[]): { cues: Cue[]; diagnostics: Diagnostic[] } {
  const { cues: deduped, diagnostics } = removeRollingRepeats(source);
  const rules = labelRules(deduped);
  const state: SpeakerState = { speaker: null, pending: null };
  const cues: Cue[] = deduped.map((sc) => {
    const pieces = splitSpeakers(sc.spans, state, rules);
    const text = pieces.map((p) => p.text).join('\n');
    const first = pieces[0];
    const cue: Cue = {
      id: sc.id,
      startMs: sc.startMs,
      endMs: sc.endMs,
      text,
      speaker: first ? first.speaker : state.speaker,
    };
    if (first?.turnStart) cue.turnStart = true;
    if (pieces.length > 1) cue.parts = partStarts(sc, pieces);
    const sounds = findSounds(text);
    if (sounds.length > 0) cue.sounds = sounds;
    // isOnlySounds is false without a sound; skipping it spares two regex passes on most cues.
    if (sounds.length > 0 && isOnlySounds(text)) cue.nonSpeech = true;
    const words = timedWords(sc.spans, sc.startMs);
    if (words) cue.words = words;
    if (sc.settings) cue.settings = sc.settings;
    if (sc.raw !== undefined) cue.raw = sc.raw;
    cue.line = sc.line > 0 ? sc.line : undefined;
    if (cue.line === undefined) delete cue.line;
    if (cue.endMs < cue.startMs) {
      diagnostics.push({ severity: 'warning', line: sc.line, message: `cue ends (${cue.endMs} ms) before it starts (${cue.startMs} ms)` });
    }
    if (!text && !sc.raw) diagnostics.push({ severity: 'warning', line: sc.line, message: 'cue has no text' });
    return cue;
  });
  return { cues, diagnostics };
}
