import { ingestCaptions } from '../../src/formats/ingest';
import type { Track } from '../../src/model/track';

function vtt(body: string): Track {
  return ingestCaptions(Buffer.from(`WEBVTT\nKind: captions\nLanguage: en\n\n${body}`), { fileName: 'auto.en.vtt' });
}

const parts = (t: Track, i: number) => t.cues[i]!.parts?.map((p) => [p.text, p.speaker, p.turnStart, p.startMs]);

describe('a cue split at a speaker change starts its parts when their words were said', () => {
  test('YouTube auto-captions: the part after ">>" starts at its first timed word, not by its share of characters', () => {
    const t = vtt(
      '00:00:12.160 --> 00:00:16.070 align:start position:0%\n' +
        'route<00:00:15.200><c> &gt;&gt;</c><00:00:15.440><c> can</c><00:00:15.600><c> you</c><00:00:15.760><c> hear</c><00:00:15.920><c> me</c>\n',
    );
    expect(parts(t, 0)).toEqual([
      ['route', null, false, 12160],
      ['can you hear me', null, true, 15440],
    ]);
  });

  test('a label after the mark is skipped, and a word said twice is found where this part says it', () => {
    const t = vtt(
      '00:00:01.000 --> 00:00:05.000\n' +
        'yes<00:00:01.500><c> we</c><00:00:02.000><c> agree</c><00:00:03.600><c> &gt;&gt;</c><00:00:03.700><c> ANA:</c><00:00:03.900><c> yes</c><00:00:04.200><c> we</c><00:00:04.500><c> do</c>\n',
    );
    expect(parts(t, 0)).toEqual([
      ['yes we agree', null, false, 1000],
      ['yes we do', 'ANA', true, 3900],
    ]);
  });

  test('without word times a part still starts by its share of the cue', () => {
    const t = vtt('00:00:10.000 --> 00:00:14.000\nroute\n&gt;&gt; can you hear me\n');
    // "route" is 5 of the cue's 20 characters: a quarter of its 4 s
    expect(t.cues[0]!.parts!.map((p) => p.startMs)).toEqual([10000, 11000]);
  });
});
