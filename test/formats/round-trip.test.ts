import { readFileSync } from 'fs';
import path from 'path';
import { ingestCaptions } from '../../src/formats/ingest';
import { writeSrt } from '../../src/formats/srt/write';
import { writeWebVtt } from '../../src/formats/webvtt/write';
import { CaptionInputError } from '../../src/model/errors';
import type { Track } from '../../src/model/track';
import { formatFixtures, realCaptionFiles } from '../helpers/caption-files';
import { describeCorpus } from '../helpers/shared-corpus';

/** What a round trip must keep of each cue: its times, its text and who speaks. */
function essence(track: Track) {
  return track.cues.map((c) => ({
    startMs: c.startMs,
    endMs: c.endMs,
    text: c.text,
    speakers: (c.parts ?? [c]).map((p) => p.speaker),
  }));
}

function tryIngest(file: string): Track | null {
  try {
    return ingestCaptions(readFileSync(file), { fileName: file });
  } catch (e) {
    if (e instanceof CaptionInputError) return null;
    throw e;
  }
}

function reread(text: string, name: string): Track {
  return ingestCaptions(Buffer.from(text, 'utf8'), { fileName: name });
}

describeCorpus('round trips keep every cue\'s times, text and speakers', () => {
  const vtt = [...formatFixtures(['webvtt']).map((f) => f.file), ...realCaptionFiles()];
  const srt = formatFixtures(['srt']).map((f) => f.file);

  test.each(vtt.map((f) => [path.relative(path.resolve(__dirname, '../../..'), f), f]))('VTT -> VTT and VTT -> SRT -> VTT: %s', (_name, file) => {
    const track = tryIngest(file);
    if (!track) return; // refused inputs are covered by the corpus walk
    const viaVtt = reread(writeWebVtt(track), 'rt.vtt');
    expect(essence(viaVtt)).toEqual(essence(track));
    const viaSrt = reread(writeWebVtt(reread(writeSrt(track), 'rt.srt')), 'rt2.vtt');
    expect(essence(viaSrt)).toEqual(essence(track));
  });

  test.each(srt.map((f) => [path.relative(path.resolve(__dirname, '../../..'), f), f]))('SRT -> SRT: %s', (_name, file) => {
    const track = tryIngest(file);
    if (!track) return;
    expect(essence(reread(writeSrt(track), 'rt.srt'))).toEqual(essence(track));
  });
});
