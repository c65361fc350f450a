import { stripInvisibleCharacters } from '../model/invisible-characters';
import type { TextSpan } from '../model/source-cue';
import { tidyLines } from './markup';
import { readBracketLabel } from './bracket-labels';
import { isOnlySounds } from './sounds';
import { isGenericLabel } from './generic-labels';
import { readLabel, splitAtTurnMarks, type LabelMode } from './speaker-marks';

/** A stretch of one cue's text with one speaker. */
export interface SpeakerText {
  text: string;
  speaker: string | null;
  turnStart: boolean;
}

/** Who is speaking as the cues are walked in order. */
export interface SpeakerState {
  speaker: string | null;
  /** a turn was announced (">>" or a bare label) but its words have not come yet */
  pending: { speaker: string | null } | null;
}

export interface LabelRules {
  lineStartMode: LabelMode;
  known: Set<string>;
  /** the captioner names the speaker on most cues (learnLabels): a repeated label after ">>" continues the turn */
  namesEveryCue: boolean;
  /**
   * Essentially every cue of the track opens with a label (learnLabels' namesAlmostEveryCue): a
   * cue that opens without one is someone the captioner could not name, a turn of its own.
   */
  unlabelledCueIsUnnamed: boolean;
  /** bracketed names the track uses as labels ("[Ana Ruiz]", "(Ana Ruiz)"; learnBracketLabels), brackets included */
  bracketed: ReadonlySet<string>;
}

/** Groups spans into runs with one voice, keeping text. */
function voiceRuns(spans: TextSpan[]): Array<{ text: string; voice?: string }> {
  const runs: Array<{ text: string; voice?: string }> = [];
  for (const span of spans) {
    // A voice is a speaker's name as readers will see it: nothing invisible may disguise it.
    // A voice made only of them names no one.
    const voice = span.voice === undefined ? undefined : stripInvisibleCharacters(span.voice) || undefined;
    const last = runs[runs.length - 1];
    if (last && last.voice === voice) last.text += span.text;
    else runs.push(voice === undefined ? { text: span.text } : { text: span.text, voice });
  }
  return runs;
}

function startTurn(state: SpeakerState, speaker: string | null, pieces: SpeakerText[], text: string): void {
  state.speaker = speaker;
  state.pending = null;
  if (text.trim()) pieces.push({ text, speaker, turnStart: true });
  else state.pending = { speaker };
}

function continueTurn(state: SpeakerState, pieces: SpeakerText[], text: string): void {
  if (!text.trim()) return;
  if (state.pending) {
    pieces.push({ text, speaker: state.pending.speaker, turnStart: true });
    state.speaker = state.pending.speaker;
    state.pending = null;
  } else {
    pieces.push({ text, speaker: state.speaker, turnStart: false });
  }
}

/**
 * A label opens a turn unless it names who is speaking already: captioners who name the speaker
 * on every cue (Zoom, many SRT and CART files) repeat it through one turn. After a ">>" mark, a
 * hand-over in CART, the same label continues only in a track whose captioner names the speaker
 * on most cues; elsewhere ">> NAME:" twice is two turns. A role label anyone may carry
 * (">> SPEAKER:", "AUDIENCE MEMBER:") never continues: each is most often someone new. An
 * unnamed ">>" is always a hand-over (see splitLine), and a voice tag continues as voiceRuns'
 * caller decides.
 */
function labelTurn(state: SpeakerState, name: string, afterMark: boolean, rules: LabelRules, pieces: SpeakerText[], text: string): void {
  const same = state.pending === null && state.speaker === name && !isGenericLabel(name);
  if (same && (!afterMark || rules.namesEveryCue)) continueTurn(state, pieces, text);
  else startTurn(state, name, pieces, text);
}

const DIALOGUE_LINE = /^\s*-\s+\S/;
const DIALOGUE_DASH = /^\s*-\s+/;

/**
 * A line of a voice that opens by naming that voice as captions show it ("NAME: ", "[Name] ",
 * "(Name)"; recap's re-flowed captions write both): the rest of the line, else null.
 */
const sameName = (name: string, voice: string): boolean => name.trim().toUpperCase() === voice.toUpperCase();

function voiceShown(line: string, voice: string): string | null {
  const same = (name: string) => sameName(name, voice);
  const label = readLabel(line, 'after-mark');
  if (label && same(label.name)) return label.rest;
  const bracketed = /^\s*[[(]([^\])]+)[\])]\s*/.exec(line);
  return bracketed && same(bracketed[1]!) ? line.slice(bracketed[0].length) : null;
}

/** A bracketed name opening the line that the track uses as a label ("[Ana Ruiz] Hello", "(Ana Ruiz)"). */
function bracketLabel(line: string, rules: LabelRules): { name: string; rest: string } | null {
  if (rules.bracketed.size === 0) return null;
  const label = readBracketLabel(line.trimStart());
  return label && rules.bracketed.has(label.key) ? label : null;
}

/** Splits one line at ">>" marks and labels into pieces (lines of a run with no voice tag or one). */
function splitLine(line: string, voice: string | undefined, state: SpeakerState, rules: LabelRules, pieces: SpeakerText[]): void {
  const chunks = splitAtTurnMarks(line);
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index]!;
    const last = index === chunks.length - 1;
    if (index > 0) {
      const label = readLabel(chunk, 'after-mark', rules.known);
      // ">> NAME:" inside <v Name> shows the voice (recap's own captions write both): the voice's spelling is the name.
      const name = label && voice !== undefined && sameName(label.name, voice) ? voice : label?.name;
      if (label) labelTurn(state, name!, true, rules, pieces, last ? `${label.rest}\n` : label.rest);
      else startTurn(state, voice ?? null, pieces, last ? `${chunk}\n` : chunk);
      continue;
    }
    const shown = voice === undefined ? null : voiceShown(chunk, voice);
    if (shown !== null) {
      continueTurn(state, pieces, last ? `${shown}\n` : shown);
      continue;
    }
    const label = voice === undefined ? readLabel(chunk, rules.lineStartMode, rules.known) ?? bracketLabel(chunk, rules) : null;
    if (label) labelTurn(state, label.name, false, rules, pieces, last ? `${label.rest}\n` : label.rest);
    else continueTurn(state, pieces, last ? `${chunk}\n` : chunk);
  }
}

/** Joins neighbouring pieces of the same turn and tidies their text (the pieces are this call's own). */
function mergePieces(pieces: SpeakerText[]): SpeakerText[] {
  const merged: SpeakerText[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && !piece.turnStart) last.text += (last.text.endsWith('\n') ? '' : ' ') + piece.text;
    else merged.push(piece);
  }
  for (const piece of merged) piece.text = tidyLines(piece.text);
  return merged.filter((p) => p.text.length > 0);
}

/**
 * Text that might hold a speaker mark: a ">" (of ">>"), a ":" (every label has one) or a dash at
 * the start (dialogue lines; every line must start with one, so the first line decides). A
 * bracket may too, in a track that names speakers in brackets (see splitSpeakers).
 */
const MAY_HOLD_MARK = /[>:]|^[^\S\n]*-/;

/**
 * A cue of one untagged span with no mark: its non-blank lines all continue the turn (or open
 * the announced one), so they make one piece, its text tidied, as the general path would give.
 */
function plainPieces(text: string, state: SpeakerState): SpeakerText[] {
  const tidy = tidyLines(text);
  if (tidy === '') return [];
  const pending = state.pending;
  if (!pending) return [{ text: tidy, speaker: state.speaker, turnStart: false }];
  state.speaker = pending.speaker;
  state.pending = null;
  return [{ text: tidy, speaker: pending.speaker, turnStart: true }];
}

/**
 * Whether a cue opens without naming its speaker in a track that names the speaker on (nearly)
 * every cue: Zoom leaves the name off only when it cannot tell who speaks, and never carries one
 * person's words over two cues without the name, so the cue is an unnamed turn. Lines of sounds
 * only ("[APPLAUSE]") are nobody's turn, and a voice tag or a ">>" mark says who speaks itself.
 */
function opensUnnamedTurn(spans: TextSpan[], rules: LabelRules): boolean {
  if (!rules.unlabelledCueIsUnnamed || spans.some((s) => s.voice !== undefined)) return false;
  const lines = spans.map((s) => s.text).join('').split('\n');
  const first = lines.find((l) => l.trim() !== '' && !isOnlySounds(l))?.trim();
  if (first === undefined || first.startsWith('>>') || DIALOGUE_LINE.test(first)) return false;
  return readLabel(first, rules.lineStartMode, rules.known) === null && bracketLabel(first, rules) === null;
}

/** Splits one cue's text into pieces at speaker changes, updating the running state. */
export function splitSpeakers(spans: TextSpan[], state: SpeakerState, rules: LabelRules): SpeakerText[] {
  if (opensUnnamedTurn(spans, rules)) state.pending = { speaker: null };
  const text = spans.length === 1 && spans[0]!.voice === undefined ? spans[0]!.text : null;
  if (text !== null && !MAY_HOLD_MARK.test(text) && (rules.bracketed.size === 0 || !/[[(]/.test(text))) {
    return plainPieces(text, state);
  }
  const pieces: SpeakerText[] = [];
  for (const run of voiceRuns(spans)) {
    if (run.voice !== undefined && run.voice !== state.speaker) startTurn(state, run.voice, pieces, '');
    const lines = run.text.split('\n');
    const dialogue = lines.length > 1 && lines.every((l) => DIALOGUE_LINE.test(l));
    for (const line of lines) {
      if (dialogue) {
        startTurn(state, null, pieces, line.replace(DIALOGUE_DASH, ''));
        pieces[pieces.length - 1]!.text += '\n';
      } else {
        splitLine(line, run.voice, state, rules, pieces);
      }
    }
  }
  return mergePieces(pieces);
}
