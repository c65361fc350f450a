import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Segment } from '../../src/model/transcript';

/**
 * The bench corpus: events made by re-timing and mixing the shared meetings (QMSum transcripts,
 * AMI and ICSI dialogue-act segments). Deterministic: the same size gives the same segments.
 */

export const MEETINGS = '/work/shared/corpus/meetings';

interface Turn {
  speaker: string;
  text: string;
}

/** mulberry32: a small seeded PRNG, so the corpus is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [];
}

/** Every source meeting as a list of turns, and the QMSum specific queries. */
export function loadSources(root = MEETINGS): { meetings: Turn[][]; queries: string[] } {
  const meetings: Turn[][] = [];
  const queries: string[] = [];
  for (const domain of ['academic', 'committee', 'product']) {
    for (const file of jsonFiles(join(root, 'qmsum', domain))) {
      const m = JSON.parse(readFileSync(file, 'utf8')) as { meeting_transcripts: { speaker: string; content: string }[]; specific_query_list: { query: string }[] };
      meetings.push(m.meeting_transcripts.map((t) => ({ speaker: t.speaker, text: t.content.replace(/\{\w+\}/g, ' ').replace(/\s+/g, ' ').trim() })).filter((t) => t.text !== ''));
      queries.push(...m.specific_query_list.map((q) => q.query));
    }
  }
  for (const corpus of ['ami', 'icsi']) {
    for (const file of jsonFiles(join(root, corpus))) {
      const m = JSON.parse(readFileSync(file, 'utf8')) as { segments?: { speaker: string; text: string }[] };
      if (m.segments) meetings.push(m.segments.map((s) => ({ speaker: s.speaker, text: s.text })).filter((t) => t.text.trim() !== ''));
    }
  }
  return { meetings: meetings.filter((m) => m.length > 0), queries };
}

/** Words per second and the pause between turns, as the eval sets' synthetic timings. */
const WORDS_PER_S = 2.6;
const TURN_GAP_MS = 400;
/** A long turn is cut into segments of at most this many words (~15 s). */
const MAX_SEGMENT_WORDS = 40;

/**
 * One event: chunks of 20-60 turns taken alternately from two meetings, re-timed from 0,
 * cut into segments, in 4 sessions by time; about `segmentsPerEvent` segments.
 */
export function makeEvent(index: number, meetings: Turn[][], segmentsPerEvent: number): Segment[] {
  const rand = prng(index + 1);
  const eventId = `bench-${String(index).padStart(4, '0')}`;
  const pick = () => meetings[Math.floor(rand() * meetings.length)]!;
  const sources = [pick(), pick()];
  const cursors = sources.map(() => Math.floor(rand() * 50));
  const out: Omit<Segment, 'sessionId'>[] = [];
  let t = Math.floor(rand() * 120_000);
  for (let chunk = 0; out.length < segmentsPerEvent; chunk++) {
    const which = chunk % 2;
    const source = sources[which]!;
    const n = 20 + Math.floor(rand() * 41);
    for (let k = 0; k < n && out.length < segmentsPerEvent; k++) {
      const turn = source[cursors[which]! % source.length]!;
      cursors[which]!++;
      const words = turn.text.split(' ');
      for (let w = 0; w < words.length && out.length < segmentsPerEvent; w += MAX_SEGMENT_WORDS) {
        const part = words.slice(w, w + MAX_SEGMENT_WORDS);
        const ms = Math.round((part.length / WORDS_PER_S) * 1000);
        out.push({ id: `s${out.length}`, eventId, recording: 'main', speaker: turn.speaker, startMs: t, endMs: t + ms, text: part.join(' ') });
        t += ms;
      }
      t += TURN_GAP_MS;
    }
  }
  // Four sessions of equal time.
  const end = t;
  return out.map((s) => ({ ...s, sessionId: `session-${1 + Math.min(3, Math.floor((4 * s.startMs) / end))}` }));
}
