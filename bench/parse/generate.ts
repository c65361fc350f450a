import { CartTextSource } from './cart-text';
import { seededRandom } from './prng';
import { serializeSbv, serializeSrt, serializeVtt, type GeneratedCue } from './serialize';
import { serializeLrc, serializeMicroDvd } from './serialize-lines';
import { serializeSami, serializeTtml } from './serialize-markup';
import { serializeScc } from './serialize-scc';
import { serializeAss, serializeSsa } from './serialize-script';

/**
 * Deterministic, in-memory caption files for the parse benchmark. The same seed gives the same
 * bytes in the parent and in every RSS child process.
 */

export interface SizeSpec {
  id: string;
  /** recording length in ms */
  durationMs: number;
  cueCount: number;
}

/** A 3-hour meeting (~4,000 cues) and a 10-hour one (~13,000 cues): ~2.7 s per cue, as CART runs. */
export const SIZES: readonly SizeSpec[] = [
  { id: '3h', durationMs: 3 * 3_600_000, cueCount: 4_000 },
  { id: '10h', durationMs: 10 * 3_600_000, cueCount: 13_000 },
];

const SEED = 0x5eca9;

/** Cue timings spread evenly over the duration with jitter; each cue ends a little before the next starts. */
export function generateCues(size: SizeSpec): GeneratedCue[] {
  const random = seededRandom(SEED);
  const text = new CartTextSource(random);
  const stepMs = size.durationMs / size.cueCount;
  // Jitter below a quarter step keeps start times strictly increasing.
  const starts = Array.from({ length: size.cueCount }, (_v, i) => (i === 0 ? 0 : Math.round(i * stepMs + (random.next() - 0.5) * stepMs * 0.4)));
  return starts.map((startMs, i) => {
    const nextStart = starts[i + 1] ?? size.durationMs;
    const cue: GeneratedCue = { startMs, endMs: nextStart - random.int(0, 150), lines: text.nextCue() };
    if (random.chance(0.3)) cue.settings = `align:start line:${random.pick([74, 84, 90])}% position:${random.int(10, 50)}%`;
    return cue;
  });
}

/** The benchmark's own writer per recap format id (keyed like src/formats/registry.ts). */
export const WRITERS: Readonly<Record<string, (cues: GeneratedCue[]) => string>> = {
  webvtt: serializeVtt,
  srt: serializeSrt,
  sbv: serializeSbv,
  ass: serializeAss,
  ssa: serializeSsa,
  sami: serializeSami,
  ttml: serializeTtml,
  lrc: serializeLrc,
  microdvd: serializeMicroDvd,
  scc: serializeScc,
};

export interface CaptionFile {
  format: string;
  size: SizeSpec;
  fileName: string;
  bytes: Uint8Array;
  cueCount: number;
}

export function generateCaptionFile(format: string, size: SizeSpec, extension: string): CaptionFile {
  const write = WRITERS[format];
  if (!write) throw new Error(`bench/parse has no writer for format "${format}"`);
  const cues = generateCues(size);
  return {
    format,
    size,
    fileName: `bench-${size.id}.${extension}`,
    bytes: Buffer.from(write(cues), 'utf8'),
    cueCount: cues.length,
  };
}
