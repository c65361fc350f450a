import { languageOf } from '../../src/text/language/registry';
import { alignEvent } from '../../src/align/align-event';
import { buildUnits, unitLengthFor } from '../../src/align/units';
import { median } from '../parse/stats';
import { generateEvent, type EventSpec } from './generate-event';

/**
 * bench/align: how long the aligner takes for 1, 3 and 10 hours of captions with 5, 10 and 40
 * sessions, and how that grows with cues x sessions. The reference measured in the same run is
 * the unit building alone (tokenising, stemming and reading sentences of every cue), which every placement needs.
 */
const HOURS = [1, 3, 10];
const SESSIONS = [5, 10, 40];
const RUNS = 5;

function timeIt(fn: () => unknown): number[] {
  fn(); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return runs;
}

const rows: Array<{ spec: EventSpec; cues: number; alignMs: number; unitsMs: number; nsPerCueSession: number }> = [];
for (const hours of HOURS) {
  for (const sessions of SESSIONS) {
    const spec = { hours, sessions };
    const input = generateEvent(spec);
    const track = input.recordings[0]!.track;
    const cues = track.cues.length;
    const alignMs = median(timeIt(() => alignEvent(input)));
    const unitsMs = median(timeIt(() => buildUnits(track, unitLengthFor(hours * 3_600_000), languageOf('en'))));
    rows.push({ spec, cues, alignMs, unitsMs, nsPerCueSession: (alignMs * 1e6) / (cues * sessions) });
  }
}

const base = rows[0]!.nsPerCueSession;
console.log('hours | sessions |  cues | align ms | units ms (ref) | align/ref | ns per cue x session | growth vs 1h/5');
for (const r of rows) {
  console.log(
    [
      String(r.spec.hours).padStart(5),
      String(r.spec.sessions).padStart(8),
      String(r.cues).padStart(5),
      r.alignMs.toFixed(1).padStart(8),
      r.unitsMs.toFixed(1).padStart(14),
      (r.alignMs / r.unitsMs).toFixed(2).padStart(9),
      r.nsPerCueSession.toFixed(0).padStart(20),
      (r.nsPerCueSession / base).toFixed(2).padStart(14),
    ].join(' | '),
  );
}
const goal = rows.find((r) => r.spec.hours === 3 && r.spec.sessions === 10)!;
console.log(`goal: 3-hour, 10-session event under 200 ms: ${goal.alignMs.toFixed(1)} ms -> ${goal.alignMs < 200 ? 'met' : 'NOT met'}`);
console.log('growth: "ns per cue x session" staying flat or falling means time grows no faster than cues x sessions');
