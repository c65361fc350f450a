import type { AgendaSession } from '../model/agenda';
import { boundaryScores } from './boundary-evidence';
import { lexicalScores } from './lexical-evidence';
import { bestMonotonePath } from './monotone-path';
import { pinStarts } from './pins';
import { spanPriors, startPriors, type Expectation } from './priors';
import { SOURCE_WEIGHT, sessionTerms, type SessionTerms } from './session-terms';
import type { Language } from '../text/language/language';
import type { Unit } from './units';
import { DEFAULT_ALIGN_PARAMS, type AlignParams } from './params';
import { announcementScores } from './announcements';

/** How soon after a session's start its announcement is looked for. */
const ANNOUNCEMENT_WINDOW_MS = 15_000;



/** The last unit of the recording's first quarter that says the event has not started yet, or -1. */
function startNotYetSaid(units: Unit[], startToCome: RegExp | null): number {
  if (units.length === 0 || startToCome === null) return -1;
  const quarter = units[0]!.startMs + (units[units.length - 1]!.endMs - units[0]!.startMs) / 4;
  let last = -1;
  units.forEach((unit, u) => {
    if (unit.startMs < quarter && startToCome.test(unit.text)) last = u;
  });
  // the first session needs a unit of its own
  return Math.min(last, units.length - 2);
}



export interface RecordingPlacement {
  /** first unit of each session (index into units), in session order */
  firstUnit: number[];
  /** last unit of each session */
  lastUnit: number[];
  total: number;
  /** lexical evidence per session per unit, for the evidence report */
  lexical: Float64Array[];
  boundary: Float64Array;
  phrases: (string | null)[];
  queries: SessionTerms[];
}

/**
 * Places `sessions` (in agenda order, all expected in this recording) over its units.
 * `expected` gives each session's prior span; `edgeFree` says where the "before"/"after" states
 * cost nothing (from a schedule), in recording ms.
 */
export function placeSessions(
  units: Unit[],
  sessions: AgendaSession[],
  expected: Expectation[],
  edgeFree: { beforeMs: number; afterMs: number },
  lang: Language,
  weights: AlignParams = DEFAULT_ALIGN_PARAMS,
): RecordingPlacement {
  const k = sessions.length;
  const { meeting } = lang;
  const { score: boundary, phrases } = boundaryScores(units, weights.cohesionWindowMs, weights.boundary, meeting.handOver);
  // Entering the first session and leaving the last are optional moves: a boundary bonus there
  // would pay the path for taking them, and cut speech off a short recording's ends without any
  // sign of talk before or after the agenda. Those states are earned by their own evidence.
  const noBonus = boundary.map((b) => -b);
  // What does earn the first session's start is an opening said there.
  const starts = startPriors(units, expected);
  starts[0] = starts[0]!.map((x, u) => x + noBonus[u]! + (meeting.opening?.test(units[u]!.text) === true ? weights.boundary.phrase : 0));
  // A session's own announcement (its title or number said as it starts) earns that session's start.
  const announced = announcementScores(units, sessions, ANNOUNCEMENT_WINDOW_MS, lang);
  announced.forEach((a, i) => a.forEach((x, u) => (starts[i]![u] = starts[i]![u]! + weights.announcement * x)));
  // "We will start in a few minutes" is never said once the agenda has begun: the first session
  // starts after the last such announcement of the recording's first quarter.
  const notYet = startNotYetSaid(units, meeting.startToCome);
  for (let u = 0; u <= notYet; u++) starts[0]![u] = -Infinity;
  const enter = pinStarts(units, sessions, [undefined, ...starts, noBonus]);
  const prior = spanPriors(units, expected);
  const before = new Float64Array(units.length);
  const after = new Float64Array(units.length);
  units.forEach((unit, u) => {
    // a unit that says it is before the start (a sound check, "we will start in a few minutes")
    // earns the "before" state as much as the state costs elsewhere, and one more
    const preRoll = meeting.preRoll?.test(unit.text) === true ? weights.edge + 1 : 0;
    before[u] = (unit.endMs <= edgeFree.beforeMs ? 0 : -weights.edge) + preRoll;
    after[u] = unit.startMs >= edgeFree.afterMs ? 0 : -weights.edge;
  });

  // Each session's expected words only: adding the words of its current span and placing again
  // was measured to change nothing that carries over between corpora, so it was dropped.
  const queries = sessions.map((s) => sessionTerms(s, lang));
  const rollTerms = (words: readonly string[]): SessionTerms => new Map(words.map((w) => [lang.stem(w), SOURCE_WEIGHT.vocabulary]));
  const [preRoll, ...rest] = lexicalScores(units, [rollTerms(meeting.preRollWords), ...queries, rollTerms(meeting.postRollWords)], weights.background);
  const postRoll = rest.pop()!;
  const lexical = rest;
  const scores = [
    before.map((x, u) => x + preRoll![u]!),
    ...lexical.map((l, i) => l.map((x, u) => x + prior[i]![u]!)),
    after.map((x, u) => x + postRoll[u]!),
  ];
  const path = bestMonotonePath(scores, boundary, enter);
  const firstUnit = new Array<number>(k).fill(-1);
  const lastUnit = new Array<number>(k).fill(-1);
  path.states.forEach((s, u) => {
    if (s >= 1 && s <= k) {
      if (firstUnit[s - 1] === -1) firstUnit[s - 1] = u;
      lastUnit[s - 1] = u;
    }
  });
  return { firstUnit, lastUnit, total: path.total, lexical, boundary, phrases, queries };
}
