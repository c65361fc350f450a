import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import { writeWebVtt } from '../../src/formats/webvtt/write';
import type { Cue } from '../../src/model/track';
import { CartTextSource } from '../parse/cart-text';
import { seededRandom } from '../parse/prng';

/** Topic words the sessions are titled with; the talk mentions its session's now and then. */
const TOPICS = ['budget', 'housing', 'transport', 'water', 'energy', 'schools', 'health', 'climate'];

export interface RecordingSpec {
  cues: number;
  /** one cue every this many ms, as live auto-captions write a few words at a time */
  cueSpacingMs: number;
  sessions: number;
}

/**
 * Writes a deterministic event into `folder` (event.yaml + captions/main.vtt, CONTRACT.md's
 * manifest): one recording of `spec.cues` CART-like cues, one line each, cut into `spec.sessions`
 * sessions of equal scheduled length with full ISO-8601 times (the recording spans days).
 * Returns the manifest's path.
 */
export function writeLongRecordingEvent(folder: string, spec: RecordingSpec): string {
  const random = seededRandom(0x10e6 + spec.cues);
  const text = new CartTextSource(random);
  const startsAt = Date.parse('2026-03-02T08:00:00Z');
  const durationMs = spec.cues * spec.cueSpacingMs;
  const sessionMs = durationMs / spec.sessions;
  const cues: Cue[] = [];
  for (let i = 0; i < spec.cues; i++) {
    const startMs = i * spec.cueSpacingMs;
    const topic = TOPICS[Math.floor(startMs / sessionMs) % TOPICS.length]!;
    const line = text.nextCue()[0]!;
    cues.push({ id: String(i + 1), startMs, endMs: startMs + spec.cueSpacingMs - 40, text: random.chance(0.05) ? `${line} ${topic}` : line, speaker: null });
  }
  const iso = (ms: number) => new Date(startsAt + Math.round(ms)).toISOString().replace('.000Z', 'Z');
  const sessions = Array.from({ length: spec.sessions }, (_x, i) =>
    [`  - id: s${i + 1}`, `    title: "${TOPICS[i % TOPICS.length]} hearing, part ${i + 1}"`, `    start: "${iso(i * sessionMs)}"`, `    end: "${iso((i + 1) * sessionMs)}"`].join('\n'),
  );
  const manifest = [
    'id: long-recording',
    'title: "A long recording"',
    'sessions:',
    ...sessions,
    'recordings:',
    '  - id: main',
    '    captions: captions/main.vtt',
    `    startsAt: "${iso(0)}"`,
    '',
  ].join('\n');
  mkdirSync(path.join(folder, 'captions'), { recursive: true });
  writeFileSync(path.join(folder, 'captions/main.vtt'), writeWebVtt({ generator: 'bench', format: 'webvtt', cues, diagnostics: [] }));
  const manifestPath = path.join(folder, 'event.yaml');
  writeFileSync(manifestPath, manifest);
  return manifestPath;
}
