import { readFileSync } from 'fs';
import path from 'path';
import { Alignment } from '../../src/model/alignment';
import { Segment, Transcript } from '../../src/model/transcript';
import { SEGMENT } from '../../src/split/split-session';
import { wordTokens } from '../helpers/word-align';
import { foldAccents } from '../../src/text/language/fold';
import { ituEventDir } from '../helpers/fixture-store';

let eventDir: string;
let transcripts: Transcript[];
let segments: Segment[];
beforeAll(async () => {
  eventDir = await ituEventDir();
  const alignment = Alignment.parse(JSON.parse(readFileSync(path.join(eventDir, 'alignment.json'), 'utf8')));
  transcripts = alignment.sessions.map((s) => Transcript.parse(JSON.parse(readFileSync(path.join(eventDir, 'sessions', s.id, 'transcript.json'), 'utf8'))));
  segments = readFileSync(path.join(eventDir, 'segments.jsonl'), 'utf8').trimEnd().split('\n').map((line) => Segment.parse(JSON.parse(line)));
});

interface TurnSpan { sessionId: string; speaker: string | null; startMs: number; endMs: number; sentences: { startMs: number; endMs: number }[] }

/** Each speaker turn of each session (a turn may span several paragraphs). */
function turnSpans(): TurnSpan[] {
  const turns = new Map<string, TurnSpan>();
  for (const t of transcripts) {
    for (const p of t.paragraphs) {
      const key = `${t.sessionId}#${p.turn}`;
      const turn = turns.get(key);
      if (turn) {
        turn.endMs = p.endMs;
        turn.sentences.push(...p.sentences);
      } else {
        turns.set(key, { sessionId: t.sessionId, speaker: p.speaker, startMs: p.startMs, endMs: p.endMs, sentences: [...p.sentences] });
      }
    }
  }
  return [...turns.values()];
}

describe('transcripts and segments of the ITU fixture event', () => {
  test('speaker labels as the captioner misspelled them resolve to the manifest people', () => {
    const s2 = transcripts.find((t) => t.sessionId === 'session-2')!;
    const bilel = s2.speakers.find((s) => s.name === 'Bilel Jamoussi')!;
    expect(bilel.person).toBe('Bilel Jamoussi');
    expect(bilel.matches!.map((m) => m.caption).sort()).toEqual(['BILAL JAMOUSI', 'BILEL JAMOUSI', 'BILEL JAMOUSSI']);
    expect(bilel.matches!.find((m) => m.caption === 'BILAL JAMOUSI')!.method).toBe('phonetic');
    const s1 = transcripts.find((t) => t.sessionId === 'session-1')!;
    expect(s1.speakers.find((s) => s.person === 'Javier García Díaz')!.matches).toEqual([{ caption: 'JAVIER GARCIA DIAZ', person: 'Javier García Díaz', method: 'exact', score: 1 }]);
    // every named label of the fixture is one of the manifest's people
    for (const t of transcripts) for (const s of t.speakers) expect(s.person).toBe(s.name);
  });

  test('sounds are their own items, never inside sentences; times are relative to the session too', () => {
    const all = transcripts.flatMap((t) => t.sounds.map((s) => s.text));
    expect(all.filter((s) => s === '[APPLAUSE]').length).toBeGreaterThanOrEqual(8);
    expect(all).toContain('[LAUGHTER]');
    for (const t of transcripts) {
      for (const p of t.paragraphs) {
        for (const s of p.sentences) {
          expect(s.text).not.toMatch(/\[(APPLAUSE|LAUGHTER|INAUDIBLE)\]/i);
          expect(s.relStartMs).toBe(s.startMs - t.startMs);
          expect(s.startMs).toBeGreaterThanOrEqual(t.startMs);
          expect(s.startMs).toBeLessThan(t.endMs);
        }
      }
    }
  });

  test('case is restored without changing a word: the words are those of the captions (a name the manifest spells gets its accents back)', () => {
    const track = JSON.parse(readFileSync(path.join(eventDir, 'recordings/main/track.json'), 'utf8')) as { cues: { text: string; startMs: number }[] };
    for (const t of transcripts) {
      const captionWords = track.cues
        .filter((c) => c.startMs >= t.startMs && c.startMs < t.endMs)
        .flatMap((c) => wordTokens(c.text.replace(/\[(APPLAUSE|LAUGHTER|INAUDIBLE)\]/g, '')));
      const transcriptWords = t.paragraphs.flatMap((p) => p.sentences.flatMap((s) => wordTokens(s.text)));
      expect(transcriptWords.map(foldAccents)).toEqual(captionWords.map(foldAccents));
      const text = t.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(' ');
      expect(text).not.toMatch(/\b[A-Z]{2,}\s[A-Z]{2,}\s[A-Z]{2,}\b/); // no run of capitals left
    }
  });

  test('segments: ids in order, each inside one turn of one session, 15-45 s unless the turn or a sentence forbids', () => {
    expect(segments.map((s) => s.id)).toEqual(transcripts.flatMap((t) => segments.filter((s) => s.sessionId === t.sessionId).map((_, i) => `${t.sessionId}-${i + 1}`)));
    const turns = turnSpans();
    let inRange = 0;
    let turnsLongEnough = 0;
    for (const seg of segments) {
      const t = transcripts.find((x) => x.sessionId === seg.sessionId)!;
      expect(seg.startMs).toBeGreaterThanOrEqual(t.startMs);
      expect(seg.endMs).toBeLessThanOrEqual(t.endMs + 60_000); // a last sentence may run past the span's end
      const turn = turns.find((x) => x.sessionId === seg.sessionId && x.startMs <= seg.startMs && seg.endMs <= x.endMs);
      expect(turn).toBeDefined();
      expect(seg.speaker).toBe(turn!.speaker);
      expect(seg.link).toBe(`https://example.org/itu-forum-2021-04-23.mp4#t=${Math.floor(seg.startMs / 1000)}`);
      const ms = seg.endMs - seg.startMs;
      const sentences = turn!.sentences.filter((s) => s.startMs >= seg.startMs && s.endMs <= seg.endMs);
      if (ms > SEGMENT.maxMs) expect(sentences).toHaveLength(1);
      if (turn!.endMs - turn!.startMs >= SEGMENT.minMs) {
        turnsLongEnough++;
        if (ms >= SEGMENT.minMs && ms <= SEGMENT.maxMs) inRange++;
      }
    }
    const share = inRange / turnsLongEnough;
    console.log(`ITU fixture: ${segments.length} segments; ${(100 * share).toFixed(1)}% of those in turns of 15 s or more last 15-45 s`);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
