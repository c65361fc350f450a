import { speakerStretches } from '../model/speaker-stretches';
import type { Track } from '../model/track';
import { compoundTerms, contentTerms } from '../text/terms';
import { pushAll } from '../model/arrays';
import { spokenItemLabels } from './item-labels';
import { endsSentence, isPunctuated, sentencesOf } from '../text/sentence-ends';
import type { Language } from '../text/language/language';

/** Whether `text` ends with a sentence end, `next` being the text that follows it. */
function closesSentence(text: string, next: string, lang: Language): boolean {
  const last = text.trimEnd().split(/\s+/).pop();
  return last !== undefined && last !== '' && endsSentence(last, lang, next.trimStart().split(/\s+/)[0]);
}

/**
 * The aligner's time units: consecutive stretches of captioned speech of about `unitMs` each.
 * Session boundaries are placed only at unit starts, which are cue (or cue part) starts.
 * Times in ms from the recording's 00:00:00.
 */
export interface Unit {
  startMs: number;
  endMs: number;
  /** stemmed content terms of the unit's text */
  terms: string[];
  /**
   * terms matched against what sessions expect but not counted in the cohesion of the talk: its
   * adjacent word pairs written as one ("council member" -> councilmemb) and the agenda item
   * numbers said in it ("item thirteen" -> #13)
   */
  matchTerms: string[];
  /** each sentence's terms, compounds and spoken item numbers (where a session is announced), read once */
  sentences: ReadonlyArray<ReadonlySet<string>>;
  /** the unit's text, lower case, for phrase matching */
  text: string;
  /** silence between the previous unit's last word and this unit's first, ms */
  gapBeforeMs: number;
  /** named speakers heard in the unit */
  speakers: string[];
  /** speaking time per named speaker in the unit, ms */
  speakerMs: Map<string, number>;
}

/** About a sentence: the finest a boundary needs to be, fine enough for items a chair calls seconds apart. */
const UNIT_MS = 5_000;
/** Units of a very long recording grow so that their count stays below this (a 10-hour day: 9 s). */
const MAX_UNITS = 4_000;

/** The unit length of a recording: UNIT_MS, longer only for recordings of more than MAX_UNITS of them. */
export function unitLengthFor(spanMs: number): number {
  return Math.min(20_000, Math.max(UNIT_MS, Math.round(spanMs / MAX_UNITS)));
}

/** Live captioners' sentences run long; a unit is cut mid-sentence only after this many unit lengths. */
const RUN_ON_UNITS = 4;

/**
 * Units begin only where a sentence or a turn begins, so that a session boundary never cuts a
 * sentence ("thank you to | all the panelists"): after a sentence end or at a new speaker turn (a
 * pause is no sign: live captioners pause mid-sentence). Captions that hardly mark sentence ends
 * may begin a unit at any cue; a run-on
 * stretch with no sentence end for RUN_ON_UNITS unit lengths (20 s) is cut anyway, at a cue start.
 */
export function buildUnits(track: Pick<Track, 'cues'>, unitMs: number, lang: Language): Unit[] {
  const units: Unit[] = [];
  let current: Unit | null = null;
  let lastEnd = 0;
  let previousText = '';
  const cues = [...track.cues].sort((a, b) => a.startMs - b.startMs);
  // Sentence ends are read only from captions that write them; in others (automatic captions)
  // every cue start may begin a unit.
  const punctuated = isPunctuated(cues.map((c) => c.text), lang);
  for (const cue of cues) {
    if (cue.nonSpeech) continue;
    for (const s of speakerStretches(cue)) {
      if (!s.text) continue;
      const sentenceStart = s.turnStart || !punctuated || closesSentence(previousText, s.text, lang);
      const elapsed = current ? s.startMs - current.startMs : Infinity;
      previousText = s.text;
      if (!current || (elapsed >= unitMs && sentenceStart) || elapsed >= RUN_ON_UNITS * unitMs) {
        current = { startMs: s.startMs, endMs: s.endMs, terms: [], matchTerms: [], sentences: [], text: '', gapBeforeMs: Math.max(0, s.startMs - lastEnd), speakers: [], speakerMs: new Map() };
        units.push(current);
      }
      pushAll(current.terms, contentTerms(s.text, lang));
      current.text += `${current.text ? ' ' : ''}${s.text.toLowerCase().replace(/\s+/g, ' ')}`;
      current.endMs = Math.max(current.endMs, s.endMs);
      if (s.speaker && !current.speakers.includes(s.speaker)) current.speakers.push(s.speaker);
      if (s.speaker) current.speakerMs.set(s.speaker, (current.speakerMs.get(s.speaker) ?? 0) + Math.max(0, s.endMs - s.startMs));
      lastEnd = Math.max(lastEnd, s.endMs);
    }
  }
  for (const unit of units) {
    unit.matchTerms = [...compoundTerms(unit.text, lang), ...spokenItemLabels(unit.text, lang.meeting.spokenItems)];
    unit.sentences = sentencesOf(unit.text, lang)
      .map((text) => new Set([...contentTerms(text, lang), ...compoundTerms(text, lang), ...spokenItemLabels(text, lang.meeting.spokenItems)]))
      .filter((terms) => terms.size > 0);
  }
  return units;
}

/** For each unit, the index range [from, to) of the units that start within `windowMs` before it (excluded) or after it (included). */
export function unitsWithin(units: Unit[], windowMs: number): { before: Int32Array; after: Int32Array } {
  const n = units.length;
  const before = new Int32Array(n);
  const after = new Int32Array(n);
  let lo = 0;
  let hi = 0;
  for (let u = 0; u < n; u++) {
    const t = units[u]!.startMs;
    while (units[lo]!.startMs < t - windowMs) lo++;
    if (hi < u) hi = u;
    while (hi < n && units[hi]!.startMs < t + windowMs) hi++;
    before[u] = lo;
    after[u] = Math.max(hi, u + 1);
  }
  return { before, after };
}
