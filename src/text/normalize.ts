import type { Cue, CuePart, Diagnostic, TimedWord } from '../model/track';
import type { SourceCue, TextSpan } from '../model/source-cue';
import { learnBracketLabels } from './bracket-labels';
import { withoutBidiControls } from './bidi-controls';
import { removeRollingRepeats, spansText } from './rolling';
import { findSounds, isOnlySounds } from './sounds';
import { countLabels, hasColon, isPhraseLabel, learnLabels } from './speaker-marks';
import { splitSpeakers, type LabelRules, type SpeakerText, type SpeakerState } from './speaker-split';

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

/** A word as the pieces and the timed words are matched by: letters and digits, lower case. */
const wordKey = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * When each piece's words were said, from the cue's timed words: the pieces' words are found in
 * order among them (the marks and labels between pieces are timed words no piece holds). A
 * piece whose first word is not found gets no time (undefined).
 */
function pieceWordStarts(words: readonly TimedWord[], pieces: SpeakerText[]): Array<number | undefined> {
  let at = 0;
  return pieces.map((p) => {
    let start: number | undefined;
    for (const key of p.text.split(/\s+/).map(wordKey).filter(Boolean)) {
      let i = at;
      while (i < words.length && wordKey(words[i]!.text) !== key) i++;
      if (i === words.length) break;
      start ??= words[i]!.startMs;
      at = i + 1;
    }
    return start;
  });
}

/**
 * Where each piece of a cue starts: the first at the cue's start, the others at their first
 * timed word when the cue has word times (YouTube auto-captions), else by their share of the
 * cue's characters. Starts never run backwards.
 */
function partStarts(cue: SourceCue, pieces: SpeakerText[], words: readonly TimedWord[] | undefined): CuePart[] {
  const total = pieces.reduce((n, p) => n + p.text.length, 0) || 1;
  const timed = words ? pieceWordStarts(words, pieces) : [];
  let before = 0;
  let last = cue.startMs;
  return pieces.map((p, i) => {
    const share = cue.startMs + Math.round(((cue.endMs - cue.startMs) * before) / total);
    const startMs = i === 0 ? cue.startMs : Math.max(last, timed[i] ?? share);
    before += p.text.length;
    last = startMs;
    return { text: p.text, speaker: p.speaker, turnStart: p.turnStart, startMs };
  });
}

/**
 * Whether most letters of the track are capitals (as isMostlyCapitals decides for the texts
 * joined), counted text by text so the whole track is never copied into one string.
 */
function trackIsMostlyCapitals(texts: string[]): boolean {
  let unread = 0;
  for (const text of texts) unread += text.length;
  let upper = 0;
  let lower = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x41 && c <= 0x5a) upper++;
      else if (c >= 0x61 && c <= 0x7a) lower++;
    }
    // Settled once even an all-capitals rest could not tip it: most tracks are mixed case.
    unread -= text.length;
    if (upper + unread <= 3 * lower) return false;
  }
  return upper > 3 * lower && upper > 20;
}

/** How labels are read in a track of these cue texts (a reader that settles names itself asks too). */
export function labelRules(texts: string[]): LabelRules {
  const caps = trackIsMostlyCapitals(texts);
  const { labels: known, namesEveryCue, namesAlmostEveryCue } = learnLabels(texts);
  if (caps) {
    // Only texts with a colon can hold a label: the rest are not split into lines at all.
    const withColon = texts.filter(hasColon);
    // "FOR EXAMPLE:" recurs in a capitals lecture as "MAYOR:" does in a council's captions.
    for (const [name, count] of countLabels(withColon.flatMap((t) => t.split('\n')))) if (count >= 2 && !isPhraseLabel(name)) known.add(name);
  }
  return { lineStartMode: caps ? 'line-start-caps' : 'line-start', known, namesEveryCue, unlabelledCueIsUnnamed: namesAlmostEveryCue, bracketed: learnBracketLabels(texts) };
}

/**
 * Turns the cues a reader found into canonical cues: rolling repeats removed, speakers taken from
 * voices, ">>" marks and labels (marks and labels removed from the text), sounds marked;
 * bidirectional controls removed (bidi-controls.ts).
 */
export function normalizeCues(source: SourceCue[]): { cues: Cue[]; diagnostics: Diagnostic[] } {
  const { cues: deduped, diagnostics } = removeRollingRepeats(withoutBidiControls(source));
  const rules = labelRules(deduped.map((c) => spansText(c.spans)));
  const state: SpeakerState = { speaker: null, pending: null };
  const cues: Cue[] = deduped.map((sc) => {
    const pieces = splitSpeakers(sc.spans, state, rules);
    const text = pieces.length === 1 ? pieces[0]!.text : pieces.map((p) => p.text).join('\n');
    const first = pieces[0];
    const cue: Cue = {
      id: sc.id,
      startMs: sc.startMs,
      endMs: sc.endMs,
      text,
      speaker: first ? first.speaker : state.speaker,
    };
    if (first?.turnStart) cue.turnStart = true;
    const words = timedWords(sc.spans, sc.startMs);
    if (pieces.length > 1) cue.parts = partStarts(sc, pieces, words);
    const sounds = findSounds(text);
    if (sounds.length > 0) cue.sounds = sounds;
    // isOnlySounds is false without a sound; skipping it spares two regex passes on most cues.
    if (sounds.length > 0 && isOnlySounds(text)) cue.nonSpeech = true;
    if (words) cue.words = words;
    if (sc.settings) cue.settings = sc.settings;
    if (sc.raw !== undefined) cue.raw = sc.raw;
    if (sc.line > 0) cue.line = sc.line;
    if (cue.endMs < cue.startMs) {
      diagnostics.push({ severity: 'warning', line: sc.line, message: `cue ends (${cue.endMs} ms) before it starts (${cue.startMs} ms)` });
    }
    if (!text && !sc.raw) diagnostics.push({ severity: 'warning', line: sc.line, message: 'cue has no text' });
    return cue;
  });
  return { cues, diagnostics };
}
