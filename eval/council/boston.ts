import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { roundHalfUp } from '../align/metrics';
import type { AgendaSession } from './agenda-preview';
import type { CouncilSet } from './council-set';

/**
 * The Boston sets: Council Data Project transcripts (one text, no times, no speaker marks) where an
 * annotator marked the character offset of each new agenda item, timed synthetically as the QMSum
 * evaluation sets are (shared/corpus/eval/README.md): each turn becomes cues of at most 12 words
 * (balanced), words are spoken at 2.6 words/s, 0.4 s between turns, the first turn at 0. With no
 * speaker marks, a turn is a sentence (a break at whitespace after ".", "?" or "!") or a line of
 * the text. Everything is computed at run time, deterministically; nothing is stored.
 */

export const CDP_ROOT = resolve(__dirname, '../../../shared/corpus/meetings/cdp-agenda-boundaries');

export const WORDS_PER_SECOND = 2.6;
export const TURN_GAP_MS = 400;
export const MAX_CUE_WORDS = 12;
/** Words of the subject the clerk reads that a docket's description takes (README.md: how titles are made). */
export const SUBJECT_WORDS = 12;

export interface BostonBoundary {
  start: number;
  end: number;
  span_text: string;
}

export interface BostonRecord {
  text: string;
  boundaries: BostonBoundary[];
}

export interface TimedWord {
  text: string;
  /** [charStart, charEnd) in the transcript */
  charStart: number;
  charEnd: number;
  /** synthetic time the word is spoken, ms (unrounded) */
  startMs: number;
}

export interface SyntheticCue {
  startMs: number;
  endMs: number;
  text: string;
}

const WORD_MS = 1000 / WORDS_PER_SECOND;

/** The words in turns: a turn ends after a word ending in . ? or !, or where a line break follows. */
export function turnsOf(text: string): Array<Array<Omit<TimedWord, 'startMs'>>> {
  const turns: Array<Array<Omit<TimedWord, 'startMs'>>> = [];
  let turn: Array<Omit<TimedWord, 'startMs'>> = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = { text: m[0], charStart: m.index, charEnd: m.index + m[0].length };
    turn.push(word);
    const after = /^\s*/.exec(text.slice(word.charEnd, word.charEnd + 200))![0];
    if (/[.?!]$/.test(word.text) || /[\r\n]/.test(after)) {
      turns.push(turn);
      turn = [];
    }
  }
  if (turn.length > 0) turns.push(turn);
  return turns;
}

/** Sizes of the cues a turn of n words becomes: ceil(n/12) cues whose sizes differ by at most one. */
export function cueSizes(n: number): number[] {
  if (n === 0) return [];
  const count = Math.ceil(n / MAX_CUE_WORDS);
  const base = Math.floor(n / count);
  return Array.from({ length: count }, (_, i) => base + (i < n % count ? 1 : 0));
}

/** Every word with its synthetic time, and the cues (times rounded to ms). */
export function timeTranscript(text: string): { words: TimedWord[]; cues: SyntheticCue[]; endMs: number } {
  const words: TimedWord[] = [];
  const cues: SyntheticCue[] = [];
  let t = 0;
  let endMs = 0;
  for (const turn of turnsOf(text)) {
    const timed = turn.map((w, j) => ({ ...w, startMs: t + j * WORD_MS }));
    words.push(...timed);
    let k = 0;
    for (const size of cueSizes(timed.length)) {
      const first = timed[k]!;
      cues.push({ startMs: roundHalfUp(first.startMs), endMs: roundHalfUp(first.startMs + size * WORD_MS), text: timed.slice(k, k + size).map((w) => w.text).join(' ') });
      k += size;
    }
    endMs = roundHalfUp(t + timed.length * WORD_MS);
    t += timed.length * WORD_MS + TURN_GAP_MS;
  }
  return { words, cues, endMs };
}

/** The synthetic time (ms) of the word at a character offset: the word holding it, else the next one. */
export function timeAtOffset(words: readonly TimedWord[], offset: number): number | null {
  const word = words.find((w) => w.charEnd > offset);
  return word ? roundHalfUp(word.startMs) : null;
}

function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function vttTimestamp(ms: number): string {
  const h = Math.floor(ms / 3600000);
  const m = Math.floor(ms / 60000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (x: number, n = 2) => String(x).padStart(n, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

export function toWebVtt(cues: readonly SyntheticCue[]): string {
  return `WEBVTT\n\n${cues.map((c) => `${vttTimestamp(c.startMs)} --> ${vttTimestamp(c.endMs)}\n${escapeVtt(c.text)}\n`).join('\n')}`;
}

/**
 * The session an annotated boundary starts, as an agenda would list it: "Docket #0710" when the
 * marked words name a docket number, with the first words of the subject the clerk reads after it
 * as the description (the clerk reads the agenda's own line); else "Item k" by position only.
 */
export function boundarySession(record: BostonRecord, b: BostonBoundary, k: number): AgendaSession {
  const docket = /docket\D{0,12}?(\d{4})\b/i.exec(b.span_text);
  if (!docket) return { id: `item-${k}`, title: `Item ${k}` };
  const subject = (record.text.slice(b.end).match(/\S+/g) ?? [])
    .map((w) => w.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((w) => w !== '')
    .slice(0, SUBJECT_WORDS)
    .join(' ');
  return { id: `item-${k}`, title: `Docket #${docket[1]}`, ...(subject !== '' ? { description: subject } : {}) };
}

/** One set per boston-*.json: an opening session before the first boundary, then one per boundary, all held. */
export function bostonSet(file: string): CouncilSet {
  const record = JSON.parse(readFileSync(file, 'utf8')) as BostonRecord;
  const boundaries = [...record.boundaries].sort((a, b) => a.start - b.start);
  const { words, cues, endMs } = timeTranscript(record.text);
  const name = /boston-([0-9a-f]+)\.json$/.exec(file)?.[1] ?? file;
  const sessions: AgendaSession[] = [{ id: 'opening', title: 'Call to order' }, ...boundaries.map((b, i) => boundarySession(record, b, i + 1))];
  const starts = [0, ...boundaries.map((b) => timeAtOffset(words, b.start))];
  return {
    id: `boston-${name}`,
    group: 'boston',
    captionKind: 'synthetic',
    primary: true,
    title: `Boston City Council ${name}`,
    sessions,
    captions: { name: 'captions.vtt', text: toWebVtt(cues) },
    gold: { items: sessions.map((s, i) => ({ id: s.id, status: 'held' as const, startMs: starts[i] ?? null })), endMs },
  };
}

export function bostonSets(root = CDP_ROOT): CouncilSet[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((f) => /^boston-.+\.json$/.test(f))
    .sort()
    .map((f) => bostonSet(join(root, f)));
}
