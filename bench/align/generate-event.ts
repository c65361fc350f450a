import type { AlignInput } from '../../src/align/align-event';
import type { AgendaSession } from '../../src/model/agenda';
import type { Cue } from '../../src/model/track';
import { CartTextSource } from '../parse/cart-text';
import { seededRandom } from '../parse/prng';

/** Topic words the generated sessions are titled with and talk about. */
const TOPICS = [
  'budget', 'housing', 'transport', 'parks', 'water', 'energy', 'schools', 'police', 'zoning', 'libraries',
  'broadband', 'health', 'waste', 'roads', 'tourism', 'culture', 'permits', 'pensions', 'climate', 'harbour',
];

export interface EventSpec {
  hours: number;
  sessions: number;
}

/**
 * A deterministic event for timing the aligner: CART-like cues (~2.7 s each) over `hours`, cut
 * into `sessions` stretches of uneven length, each stretch mentioning its session's title words
 * now and then, as real talk does. Session boundaries are what the aligner has to find.
 */
export function generateEvent(spec: EventSpec): AlignInput {
  const random = seededRandom(0xa11 + spec.hours * 100 + spec.sessions);
  const text = new CartTextSource(random);
  const durationMs = spec.hours * 3_600_000;
  const cueCount = Math.round(durationMs / 2_700);
  const weights = Array.from({ length: spec.sessions }, () => 0.5 + random.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const bounds: number[] = [];
  let at = 0;
  for (const w of weights) bounds.push((at += (w / total) * durationMs));
  const sessions: AgendaSession[] = weights.map((_w, i) => ({
    id: `s${i + 1}`,
    title: `${TOPICS[i % TOPICS.length]} and ${TOPICS[(i * 7 + 3) % TOPICS.length]} update`,
    people: [],
  }));
  const cues: Cue[] = [];
  let s = 0;
  for (let i = 0; i < cueCount; i++) {
    const startMs = Math.round(i * 2_700);
    while (s < spec.sessions - 1 && startMs >= bounds[s]!) s++;
    const lines = text.nextCue().map((l) => l.replace(/&gt;&gt;|<[^>]+>/g, '').trim());
    if (random.chance(0.08)) lines.push(TOPICS[s % TOPICS.length]!.toUpperCase());
    cues.push({ id: String(i + 1), startMs, endMs: startMs + 2_600, text: lines.join('\n'), speaker: null });
  }
  return {
    eventId: `bench-${spec.hours}h-${spec.sessions}`,
    sessions,
    recordings: [{ id: 'main', language: 'en', sessionIds: sessions.map((x) => x.id), track: { generator: 'bench', format: 'webvtt', cues, diagnostics: [] } }],
  };
}
