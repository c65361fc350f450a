/**
 * Every constant of the aligner that was chosen by measurement, in one place, so that the
 * cross-validation in eval/align can fit them on one corpus and test them on another. Values are
 * in units of lexical evidence unless said otherwise; each says what it weighs.
 */
export interface AlignParams {
  /** per-unit cost of the "before the first session" and "after the last session" states */
  edge: number;
  /** share of a word's average count over the recording subtracted from its count near a unit */
  background: number;
  /** window of the cohesion measures, ms either side */
  cohesionWindowMs: number;
  /** bonus of a session's start where its title or item number is said (share of the title, 0..1) */
  announcement: number;
  /** bonus of a session start at each kind of boundary evidence (each 0..1 before weighting) */
  boundary: { pause: number; phrase: number; depth: number; speakers: number };
  /** how far outside its scheduled span a unit may be before it costs one weight (ms, share of its length) */
  scheduleTolerance: { minMs: number; share: number };
  /** for time outside the scheduled span, per tolerance of it (a whole session one tolerance out costs about half) */
  schedule: number;
  /** once per session, for a start away from the scheduled one, per tolerance */
  scheduleStart: number;
  /** without a schedule: per unit outside the span the agenda's order and kinds of item suggest */
  position: number;
  /** and once per session for its start */
  positionStart: number;
}

/** The shipped values (their cross-validated figures: README, Conformance and measurements, Alignment). */
export const DEFAULT_ALIGN_PARAMS: AlignParams = {
  edge: 2,
  background: 0.5,
  cohesionWindowMs: 60_000,
  announcement: 24,
  boundary: { pause: 4.5, phrase: 4.5, depth: 7.5, speakers: 6 },
  scheduleTolerance: { minMs: 120_000, share: 0.3 },
  schedule: 20,
  scheduleStart: 10,
  position: 0.4,
  positionStart: 1,
};
