import { readFileSync } from 'fs';
import iconv from 'iconv-lite';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { parseArrowTiming } from '../../src/formats/timecode';
import { CaptionInputError } from '../../src/model/errors';
import type { Track } from '../../src/model/track';
import { formatFixtures, realCaptionFiles } from '../helpers/caption-files';
import { describeCorpus } from '../helpers/shared-corpus';

type Outcome = { track: Track } | { error: CaptionInputError };

function ingestFile(file: string): Outcome {
  try {
    return { track: ingestCaptions(readFileSync(file), { fileName: file }) };
  } catch (e) {
    if (e instanceof CaptionInputError) return { error: e };
    throw e;
  }
}

/** Decodes by byte-order mark with iconv-lite directly (not through recap's decoder). */
function decodeIndependently(bytes: Buffer): string {
  const boms: Array<[number[], string]> = [[[0xff, 0xfe, 0, 0], 'utf-32le'], [[0, 0, 0xfe, 0xff], 'utf-32be'], [[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']];
  for (const [bom, enc] of boms) if (bom.every((b, i) => bytes[i] === b)) return iconv.decode(bytes, enc);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}

/**
 * An independent count of the cues of the simple line-based formats: timing lines that a
 * regular expression (not recap's readers) accepts, with their times.
 */
function independentTimings(text: string, format: string): Array<{ startMs: number; endMs: number }> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const timings: Array<{ startMs: number; endMs: number }> = [];
  lines.forEach((line) => {
    if (format === 'sbv') {
      const m = /^(\d+):(\d{2}):(\d{2})\.(\d{3}),(\d+):(\d{2}):(\d{2})\.(\d{3})\s*$/.exec(line);
      if (m) {
        const ms = (h: string, mi: string, s: string, f: string) => ((+h * 60 + +mi) * 60 + +s) * 1000 + +f;
        timings.push({ startMs: ms(m[1]!, m[2]!, m[3]!, m[4]!), endMs: ms(m[5]!, m[6]!, m[7]!, m[8]!) });
      }
      return;
    }
    if (!/^\s*[\d:.,]+\s*-->\s*[\d:.,]+/.test(line)) return;
    const t = parseArrowTiming(line);
    if (t) timings.push(t);
  });
  return timings;
}

/**
 * How many fixtures of each format the readers refused on 2026-12-02 (37 of 371 in all). More is a
 * regression (a reader refusing every TTML file would otherwise pass); fewer is a reader that
 * got better, and the figure here should then come down with it.
 */
const REFUSED_AT_MOST: Record<string, number> = { scc: 10, srt: 5, ttml: 4, webvtt: 4, sbv: 1, ssa: 0, ass: 2, json: 0, lrc: 0, sami: 2, microdvd: 1, dfxp: 8 };

describeCorpus('every caption fixture in the corpus is read or refused clearly', () => {
  const fixtures = formatFixtures();

  test('the whole walk: no crash, and a summary per format', () => {
    const summary = new Map<string, { read: number; refused: number; cues: number }>();
    for (const f of fixtures) {
      const outcome = ingestFile(f.file);
      const row = summary.get(f.format) ?? { read: 0, refused: 0, cues: 0 };
      if ('track' in outcome) {
        row.read++;
        row.cues += outcome.track.cues.length;
        expect(outcome.track.cues.length).toBeGreaterThan(0);
      } else {
        row.refused++;
        // The message names the file.
        expect(outcome.error.message).toContain(path.basename(f.file));
      }
      summary.set(f.format, row);
    }
    const lines = [...summary].map(([fmt, r]) => `${fmt}: ${r.read} read (${r.cues} cues), ${r.refused} refused`);
    console.log(`corpus/formats walk, ${fixtures.length} files\n${lines.join('\n')}`);
    expect(fixtures.length).toBeGreaterThan(300);
    expect([...summary.keys()].sort()).toEqual(Object.keys(REFUSED_AT_MOST).sort());
    for (const [fmt, row] of summary) expect({ fmt, refused: row.refused }).toEqual({ fmt, refused: Math.min(row.refused, REFUSED_AT_MOST[fmt]!) });
  });

  const simple = fixtures.filter((f) => ['webvtt', 'srt', 'sbv'].includes(f.format));
  test.each(simple.map((f) => [path.relative(path.resolve(__dirname, '../../..'), f.file), f] as const))(
    'cue count and first/last times agree with an independent count: %s',
    (_name, f) => {
      const outcome = ingestFile(f.file);
      const expected = independentTimings(decodeIndependently(readFileSync(f.file)), f.format);
      if (!('track' in outcome)) {
        // Refused files must really have no readable cue.
        expect(expected).toHaveLength(0);
        return;
      }
      const track = outcome.track;
      if (track.diagnostics.some((d) => d.message.startsWith('rolling captions'))) {
        // Rolling repeats are merged on purpose: fewer cues, never more.
        expect(track.cues.length).toBeLessThanOrEqual(expected.length);
        return;
      }
      expect(track.cues.length).toBe(expected.length);
      const byStart = [...expected].sort((a, b) => a.startMs - b.startMs);
      expect(track.cues[0]!.startMs).toBe(byStart[0]!.startMs);
      expect(Math.max(...track.cues.map((c) => c.endMs))).toBe(Math.max(...expected.map((e) => e.endMs)));
    },
  );

  test.each(realCaptionFiles().map((f) => [path.basename(f), f]))('real captions read without error diagnostics: %s', (_name, file) => {
    const outcome = ingestFile(file);
    expect('track' in outcome).toBe(true);
    if ('track' in outcome) expect(outcome.track.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
