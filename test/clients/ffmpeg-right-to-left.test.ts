import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { FFMPEG, ffmpegReader } from '../../eval/clients/readers/ffmpeg';
import { writeSrt } from '../../src/formats/srt/write';
import { writeWebVtt } from '../../src/formats/webvtt/write';
import type { Track } from '../../src/model/track';
import { stripBidiControls } from '../../src/text/bidi-controls';
import { FFMPEG_REQUIREMENT } from '../helpers/client-readers';
import { describeNeeding } from '../helpers/requirements';

/**
 * Arabic captions through ffmpeg: its SubRip and WebVTT demuxers read recap's files with every
 * word (the marks pass through to the renderer), and libass, which draws ffmpeg's (and mpv's,
 * VLC's) subtitles with a left-to-right base direction, puts the closing full stop of an Arabic
 * sentence at its left once recap has marked the line, at its right otherwise.
 */

const SENTENCE = 'مساء الخير ومرحبا بكم';
const arabic = (text: string, language: string): Track => ({
  generator: 'test',
  format: 'srt',
  language,
  cues: [{ id: '1', startMs: 0, endMs: 1000, text, speaker: null }],
  diagnostics: [],
});

const WIDTH = 800;
const HEIGHT = 288;

/**
 * Where the tall strokes of the drawn line start, from the left (px): the upper half of the
 * text's ink, which the full stop (at the baseline) has none of. Left-aligned, a full stop at the
 * line's left pushes them right by its width; one at its right leaves them where they were.
 */
function tallInkLeft(dir: string, srt: string): number {
  const file = path.join(dir, 'line.srt');
  writeFileSync(file, srt);
  const raw = path.join(dir, 'frame.raw');
  execFileSync(FFMPEG, ['-v', 'error', '-y', '-f', 'lavfi', '-i', `color=black:s=${WIDTH}x${HEIGHT}:d=1`, '-vf', `subtitles=${file}:force_style='Alignment=1,FontSize=32,Outline=0,Shadow=0,MarginL=20'`, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', raw]);
  const pixels = readFileSync(raw);
  const ink: Array<[number, number]> = [];
  for (let y = 0; y < HEIGHT; y++) for (let x = 0; x < WIDTH; x++) if (pixels[y * WIDTH + x]! > 128) ink.push([x, y]);
  if (ink.length === 0) throw new Error('libass drew nothing');
  const top = Math.min(...ink.map(([, y]) => y));
  const bottom = Math.max(...ink.map(([, y]) => y));
  return Math.min(...ink.filter(([, y]) => y <= (top + bottom) / 2).map(([x]) => x));
}

describeNeeding(FFMPEG_REQUIREMENT, 'right-to-left captions read and drawn by ffmpeg', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'recap-rtl-ffmpeg-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['srt', writeSrt],
    ['webvtt', writeWebVtt],
  ] as const)('%s: ffmpeg reads every word of the marked lines', async (format, write) => {
    const file = path.join(dir, `read.${format}`);
    const text = `>> Ahmed Ali: ${SENTENCE}.\nالموعد النهائي هو عام 2030.`;
    writeFileSync(file, write(arabic(text, 'ar'), { labelsInText: true }));
    const outcome = (await ffmpegReader.read([{ path: file, format }])).get(file)!;
    if ('error' in outcome) throw new Error(outcome.error);
    expect(outcome.cues).toHaveLength(1);
    expect(outcome.cues[0]!.text).not.toBe(text);
    expect(stripBidiControls(outcome.cues[0]!.text)).toBe(text);
  });

  test('libass draws the full stop at the left of a marked Arabic line, at its right unmarked', () => {
    const bare = tallInkLeft(dir, writeSrt(arabic(SENTENCE, 'ar')));
    const marked = tallInkLeft(dir, writeSrt(arabic(`${SENTENCE}.`, 'ar')));
    const unmarked = tallInkLeft(dir, writeSrt(arabic(`${SENTENCE}.`, 'en')));
    expect(writeSrt(arabic(`${SENTENCE}.`, 'ar'))).toContain('\u202B');
    expect(unmarked).toBe(bare);
    expect(marked).toBeGreaterThanOrEqual(bare + 3);
  });
});
