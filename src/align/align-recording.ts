import type { AgendaSession } from '../model/agenda';
import { boundaryScores } from './boundary-evidence';
import { lexicalScores } from './lexical-evidence';
import { bestMonotonePath } from './monotone-path';
import { pinStarts } from './pins';
import { spanPriors, startPriors, type Expectation } from './priors';
import { SOURCE_WEIGHT, sessionTerms, type SessionTerms } from './session-terms';
import { stemWord } from '../text/terms';
import type { Unit } from './units';

/** The knobs of the aligner, in units of lexical evidence. */
export interface AlignWeights {
  /** multiplies the lexical evidence */
  lexical: number;
  /** per-unit cost of the "before the first session" and "after the last session" states */
  edge: number;
  /** window of the lexical evidence, in units either side */
  lexicalWindow: number;
  /** window of the cohesion measure, in units either side */
  cohesionWindow: number;
  /** passes that add each session's own distinctive words to what it is expected to say */
  feedbackPasses: number;
  /** weight of those added words, relative to a title word */
  feedbackWeight: number;
}

export const DEFAULT_WEIGHTS: AlignWeights = {
  lexical: 1,
  edge: 2,
  lexicalWindow: 1,
  cohesionWindow: 10,
  feedbackPasses: 1,
  feedbackWeight: 0.3,
};

/** Phrases of the minutes before an event starts. */
const PRE_ROLL = /\b(?:start(?:ing)? (?:in|shortly)|few (?:more )?minutes|waiting for|sound check|can you hear (?:me|us)|test(?:ing)?,? (?:one|1)|stream (?:will|is) (?:start|begin))/;

/**
 * What is said before the first session and after the last one, scored like a session's words
 * for the "before" and "after" states (sound checks and waiting; goodbyes once it is closed).
 */
const PRE_ROLL_WORDS = ['minutes', 'shortly', 'wait', 'waiting', 'joining', 'participants', 'connected', 'sound', 'check', 'testing', 'hear', 'microphone', 'mute', 'muted'];
const POST_ROLL_WORDS = ['bye', 'goodbye', 'closed', 'stream', 'later', 'disconnect', 'recording', 'stop'];
const rollTerms = (words: string[]): SessionTerms => new Map(words.map((w) => [stemWord(w), SOURCE_WEIGHT.vocabulary]));

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

/** Words distinctive of each session's current span (relative to the others), to widen its query. */
function feedbackTerms(units: Unit[], states: Int32Array, k: number, count: number): Array<Map<string, number>> {
  const perSession = Array.from({ length: k }, () => new Map<string, number>());
  const overall = new Map<string, number>();
  units.forEach((unit, u) => {
    const s = states[u]! - 1;
    for (const t of unit.terms) {
      overall.set(t, (overall.get(t) ?? 0) + 1);
      if (s >= 0 && s < k) perSession[s]!.set(t, (perSession[s]!.get(t) ?? 0) + 1);
    }
  });
  const totalTerms = [...overall.values()].reduce((a, b) => a + b, 0) || 1;
  return perSession.map((m) => {
    const size = [...m.values()].reduce((a, b) => a + b, 0) || 1;
    const scored = [...m]
      .filter(([, c]) => c >= 3)
      .map(([t, c]) => [t, (c / size) / (overall.get(t)! / totalTerms)] as const)
      .filter(([, lift]) => lift > 1.5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, count);
    return new Map(scored.map(([t]) => [t, 1]));
  });
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
  weights: AlignWeights = DEFAULT_WEIGHTS,
): RecordingPlacement {
  const k = sessions.length;
  const { score: boundary, phrases } = boundaryScores(units, weights.cohesionWindow);
  // Entering the first session and leaving the last are optional moves: a boundary bonus there
  // would pay the path for taking them, and cut speech off a short recording's ends without any
  // sign of talk before or after the agenda. Those states are earned by their own evidence.
  const noBonus = boundary.map((b) => -b);
  const starts = startPriors(units, expected);
  starts[0] = starts[0]!.map((x, u) => x + noBonus[u]!);
  const enter = pinStarts(units, sessions, [undefined, ...starts, noBonus]);
  const prior = spanPriors(units, expected);
  const before = new Float64Array(units.length);
  const after = new Float64Array(units.length);
  units.forEach((unit, u) => {
    const preRoll = PRE_ROLL.test(unit.text) ? 1.5 : 0;
    before[u] = (unit.endMs <= edgeFree.beforeMs ? 0 : -weights.edge) + preRoll;
    after[u] = unit.startMs >= edgeFree.afterMs ? 0 : -weights.edge;
  });

  let queries = sessions.map(sessionTerms);
  let result: RecordingPlacement | null = null;
  for (let pass = 0; pass <= weights.feedbackPasses; pass++) {
    const [preRoll, ...rest] = lexicalScores(units, [rollTerms(PRE_ROLL_WORDS), ...queries, rollTerms(POST_ROLL_WORDS)], weights.lexicalWindow);
    const postRoll = rest.pop()!;
    const lexical = rest;
    const scores = [
      before.map((x, u) => x + weights.lexical * preRoll![u]!),
      ...lexical.map((l, i) => l.map((x, u) => weights.lexical * x + prior[i]![u]!)),
      after.map((x, u) => x + weights.lexical * postRoll[u]!),
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
    result = { firstUnit, lastUnit, total: path.total, lexical, boundary, phrases, queries };
    if (pass < weights.feedbackPasses) {
      const extra = feedbackTerms(units, path.states, k, 12);
      queries = sessions.map((s, i) => {
        const q = new Map(sessionTerms(s));
        for (const t of extra[i]!.keys()) if (!q.has(t)) q.set(t, weights.feedbackWeight);
        return q;
      });
    }
  }
  return result!;
}
