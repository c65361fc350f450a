/**
 * TTML time expressions (TTML1 §10.3.1) and the `ttp:` parameters they depend on (§6.2).
 * Results are milliseconds as floats: rounding happens once, when a cue's absolute time is known,
 * so frame and tick fractions do not accumulate rounding errors through nested containers.
 */

export interface TimingParams {
  /** ttp:timeBase; "clock" is read as media time (recordings have no wall clock) */
  timeBase: 'media' | 'smpte' | 'clock';
  /** ttp:frameRate, frames per second (nominal, an integer), 30 when absent */
  frameRate: number;
  /** frameRate × ttp:frameRateMultiplier, frames per second (e.g. 30 × 1000/1001 = 29.97) */
  effectiveFrameRate: number;
  /** ttp:subFrameRate, sub-frames per frame */
  subFrameRate: number;
  /** ttp:tickRate, ticks per second */
  tickRate: number;
  /** ttp:dropMode, only meaningful with the smpte time base */
  dropMode: 'nonDrop' | 'dropNTSC' | 'dropPAL';
}

export const DEFAULT_TIMING: TimingParams = {
  timeBase: 'media',
  frameRate: 30,
  effectiveFrameRate: 30,
  subFrameRate: 1,
  tickRate: 1,
  dropMode: 'nonDrop',
};

function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  const n = parseInt(value, 10);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}

/**
 * Reads the timing parameters from the `<tt>` attributes (local names). Values that are present
 * but unusable are reported through `warn` and replaced by the default.
 */
export function readTimingParams(attrs: ReadonlyMap<string, string>, warn: (message: string) => void): TimingParams {
  const check = (name: string, ok: boolean, fallback: string): void => {
    if (attrs.has(name) && !ok) warn(`ttp:${name}="${attrs.get(name)}" is not valid; ${fallback} used`);
  };
  const frameRate = positiveInt(attrs.get('frameRate'));
  check('frameRate', frameRate !== undefined, '30');
  const multiplier = /^\s*(\d+)\s+(\d+)\s*$/.exec(attrs.get('frameRateMultiplier') ?? '');
  const numerator = multiplier ? parseInt(multiplier[1]!, 10) : 1;
  const denominator = multiplier ? parseInt(multiplier[2]!, 10) : 1;
  const multiplierOk = numerator > 0 && denominator > 0;
  check('frameRateMultiplier', multiplier !== null && multiplierOk, '1');
  const subFrameRate = positiveInt(attrs.get('subFrameRate'));
  check('subFrameRate', subFrameRate !== undefined, '1');
  const tickRate = positiveInt(attrs.get('tickRate'));
  const base = attrs.get('timeBase')?.trim();
  const timeBase = base === 'smpte' || base === 'clock' ? base : 'media';
  check('timeBase', base === timeBase, 'media');
  if (timeBase === 'clock') warn('ttp:timeBase="clock" is read as media time');
  const drop = attrs.get('dropMode')?.trim();
  const dropMode = drop === 'dropNTSC' || drop === 'dropPAL' ? drop : 'nonDrop';
  check('dropMode', drop === dropMode, 'nonDrop');
  const frames = frameRate ?? DEFAULT_TIMING.frameRate;
  const subFrames = subFrameRate ?? 1;
  // §6.2.11: without ttp:tickRate, a tick is a sub-frame when a frame rate is given, else a second.
  const defaultTicks = frameRate !== undefined ? frames * subFrames : 1;
  check('tickRate', tickRate !== undefined, String(defaultTicks));
  return {
    timeBase,
    frameRate: frames,
    effectiveFrameRate: multiplierOk && multiplier ? (frames * numerator) / denominator : frames,
    subFrameRate: subFrames,
    tickRate: tickRate ?? defaultTicks,
    dropMode,
  };
}

export interface ParsedTime {
  /** milliseconds, not rounded */
  ms: number;
  /** set when the expression is not valid TTML but was read anyway: what was out of line */
  lenient?: string;
}

const CLOCK = /^(\d+):(\d+):(\d+)(?:(\.\d+)|:(\d+)(?:\.(\d+))?)?$/;
const OFFSET = /^(\d+(?:\.\d+)?)(h|ms|m|s|f|t)$/;
/** "1:00.998": minutes:seconds with a fraction (Apple lyrics); without one, "0:05" could mean hours:minutes */
const MINUTES_SECONDS = /^(\d{1,2}):(\d{2})(\.\d+)$/;
const BARE_SECONDS = /^\d+(?:\.\d+)?$/;

/** Frames dropped from the SMPTE count before the given minute (TTML1 §6.2.3, ttp:dropMode). */
function droppedFrames(totalMinutes: number, mode: TimingParams['dropMode']): number {
  if (mode === 'dropNTSC') return 2 * (totalMinutes - Math.floor(totalMinutes / 10));
  if (mode === 'dropPAL') return 4 * (Math.floor(totalMinutes / 2) - Math.floor(totalMinutes / 20));
  return 0;
}

function clockToMs(h: number, m: number, s: number, fraction: number, frames: number, params: TimingParams): number {
  if (params.timeBase === 'smpte') {
    // A SMPTE time code labels a frame; its time is that frame's index at the effective rate.
    const count = (h * 3600 + m * 60 + s + fraction) * params.frameRate + frames - droppedFrames(h * 60 + m, params.dropMode);
    return (count / params.effectiveFrameRate) * 1000;
  }
  return (h * 3600 + m * 60 + s + fraction + frames / params.effectiveFrameRate) * 1000;
}

const METRIC_MS: Readonly<Record<string, (n: number, p: TimingParams) => number>> = {
  h: (n) => n * 3_600_000,
  m: (n) => n * 60_000,
  s: (n) => n * 1000,
  ms: (n) => n,
  f: (n, p) => (n / p.effectiveFrameRate) * 1000,
  t: (n, p) => (n / p.tickRate) * 1000,
};

function finite(result: ParsedTime): ParsedTime | null {
  return Number.isFinite(result.ms) && result.ms <= Number.MAX_SAFE_INTEGER ? result : null;
}

/**
 * Parses a TTML time expression: clock time "HH:MM:SS", "HH:MM:SS.fff", "HH:MM:SS:FF(.sub)",
 * or offset time "12.5s", "500ms", "3m", "1h", "90f", "4000t". Unless `strict`, also reads
 * forms seen in real files: one-digit hours or fields ("0:00:02.07"), "M:SS.fff" and a number
 * without a unit (seconds); these are flagged in `lenient`. Returns null when it is not a time.
 */
export function parseTimeExpression(text: string, params: TimingParams, strict = false): ParsedTime | null {
  const value = text.trim();
  const offset = OFFSET.exec(value);
  if (offset) return finite({ ms: METRIC_MS[offset[2]!]!(parseFloat(offset[1]!), params) });
  const clock = CLOCK.exec(value);
  if (clock) {
    const [, hh, mm, ss, fraction, ff, sub] = clock;
    const h = parseInt(hh!, 10);
    const m = parseInt(mm!, 10);
    const s = parseInt(ss!, 10);
    if (m > 59 || s > 60) return null;
    const wellFormed = hh!.length >= 2 && mm!.length === 2 && ss!.length === 2 && (ff === undefined || ff.length >= 2);
    if (!wellFormed && strict) return null;
    const frames = ff === undefined ? 0 : parseInt(ff, 10) + (sub === undefined ? 0 : parseInt(sub, 10) / params.subFrameRate);
    const ms = clockToMs(h, m, s, fraction ? parseFloat(fraction) : 0, frames, params);
    return finite(wellFormed ? { ms } : { ms, lenient: 'clock time with one-digit fields' });
  }
  if (strict) return null;
  const minutes = MINUTES_SECONDS.exec(value);
  if (minutes) {
    const s = parseInt(minutes[2]!, 10);
    if (s > 59) return null;
    const ms = (parseInt(minutes[1]!, 10) * 60 + s + parseFloat(minutes[3]!)) * 1000;
    return finite({ ms, lenient: 'minutes:seconds.fraction without hours' });
  }
  if (BARE_SECONDS.test(value)) return finite({ ms: parseFloat(value) * 1000, lenient: 'number without a unit, read as seconds' });
  return null;
}
