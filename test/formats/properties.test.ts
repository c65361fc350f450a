import fc from 'fast-check';
import { decodeEntities } from '../../src/text/entities';
import { ingestCaptions } from '../../src/formats/ingest';
import { readTrackJson } from '../../src/formats/json/read';
import { writeTrackJson } from '../../src/formats/json/write';
import { FORMATS } from '../../src/formats/registry';
import { writeSrt } from '../../src/formats/srt/write';
import { writeWebVtt } from '../../src/formats/webvtt/write';
import { CaptionInputError } from '../../src/model/errors';
import type { Cue, Track } from '../../src/model/track';
import { canonicalTrack } from '../helpers/track-arbitrary';

/** What survives a caption file: everything but the reader's own bookkeeping (raw, line). */
function essence(track: Track, keep: Array<keyof Cue>) {
  return track.cues.map((c) => Object.fromEntries(keep.filter((k) => c[k] !== undefined).map((k) => [k, c[k]])));
}

describe('properties of writing and reading', () => {
  test('any track written as WebVTT and read back is unchanged', () => {
    fc.assert(
      fc.property(canonicalTrack, (track) => {
        const back = ingestCaptions(Buffer.from(writeWebVtt(track)), { fileName: 'p.vtt' });
        const keep: Array<keyof Cue> = ['id', 'startMs', 'endMs', 'text', 'speaker', 'turnStart', 'settings'];
        expect(essence(back, keep)).toEqual(essence(track, keep));
      }),
      { numRuns: 300 },
    );
  });

  test('any track written as SRT and read back keeps times, text and speakers', () => {
    // SubRip is plain text, written as it is for ffmpeg and python srt; recap's reader decodes
    // character references (tools that escaped wrote them), so text that reads as one ("&gt")
    // is the one thing it cannot give back.
    const noReference = canonicalTrack.filter((track) => track.cues.every((c) => decodeEntities(c.text) === c.text));
    fc.assert(
      fc.property(noReference, (track) => {
        const back = ingestCaptions(Buffer.from(writeSrt(track)), { fileName: 'p.srt' });
        const keep: Array<keyof Cue> = ['startMs', 'endMs', 'text', 'speaker', 'turnStart'];
        expect(essence(back, keep)).toEqual(essence(track, keep));
      }),
      { numRuns: 300 },
    );
  });

  test('any track written as track.json and read back is identical', () => {
    fc.assert(
      fc.property(canonicalTrack, (track) => {
        expect(readTrackJson(writeTrackJson(track)).track).toEqual(track);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the reader never throws anything but CaptionInputError', () => {
  const expectOnlyInputErrors = (bytes: Uint8Array, format?: string) => {
    try {
      ingestCaptions(bytes, { fileName: 'fuzz.bin', ...(format ? { format } : {}) });
    } catch (e) {
      if (!(e instanceof CaptionInputError)) throw e;
    }
  };

  test('on arbitrary bytes, with the format detected', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000, size: 'max' }), (bytes) => expectOnlyInputErrors(bytes)), { numRuns: 500 });
  });

  // Text made of lines that look like each format's pieces, valid and broken, so that every
  // reader's inner code is reached, not only its first check.
  const time = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }))
    .map(([h, m, sec, ms]) => `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}.${ms}`);
  const piece = fc.oneof(
    fc.tuple(time, time, fc.constantFrom('', ' align:start', ' line:0 position:50%', ' region:x size:200%')).map(([a, b, st]) => `${a} --> ${b}${st}`),
    fc.tuple(time, time).map(([a, b]) => `${a.replace('.', ',')} --> ${b.replace('.', ',')}`),
    fc.tuple(time, time).map(([a, b]) => `${a},${b}`),
    fc.tuple(time, time, fc.string()).map(([a, b, t]) => `Dialogue: 0,${a},${b},Default,Name,0,0,0,,${t}`),
    fc.constantFrom('[Script Info]', '[Events]', 'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text', 'REGION', 'id:x lines:2', 'NOTE a', 'STYLE', '</p>', '</body></tt>'),
    fc.tuple(fc.nat(100000), fc.string()).map(([t, x]) => `<SYNC Start=${t}><P Class=ENCC>${x}`),
    fc.tuple(time, time, fc.string()).map(([a, b, x]) => `<p begin="${a}" end="${b}">${x}<br/></p>`),
    fc.tuple(time, fc.array(fc.constantFrom('9420', '94ae', '942f', '9425', '94ad', 'c8e5', '6c6c', '80ef', '1337', 'zz'), { maxLength: 12 })).map(([t, w]) => `${t.replace('.', ':').slice(0, 11)}\t${w.join(' ')}`),
    fc.tuple(fc.nat(99), fc.nat(59), fc.string()).map(([m, sec, x]) => `[${m}:${sec}.00]${x}`),
    fc.tuple(fc.nat(99999), fc.nat(99999), fc.string()).map(([a, b, x]) => `{${a}}{${b}}${x}`),
    fc.constantFrom('&gt;&gt; MAYOR: hello', '>> yes', '<v Anna>hi</v>', '<c.x>a</c><00:00:01.000>b', '&amp;&#x266B;&bogus;', '- one', 'CHAIR: ok', '[APPLAUSE]', ''),
    fc.string(),
  );
  const heads = ['WEBVTT\n\n', '1\n', '', '[Script Info]\n', '<tt xmlns="http://www.w3.org/ns/ttml"><body><div>', '<SAMI><BODY>', 'Scenarist_SCC V1.0\n\n', '{"generator":"x","cues":[', '[{"type":"caption",'];
  const fuzzText = fc.tuple(fc.constantFrom(...heads), fc.array(piece, { minLength: 1, maxLength: 40 })).map(([h, ls]) => h + ls.join('\n'));

  test('on arbitrary text, with the format detected', () => {
    fc.assert(fc.property(fuzzText, (s) => expectOnlyInputErrors(Buffer.from(s, 'utf8'))), { numRuns: 500 });
  });

  test.each(FORMATS.map((f) => [f.id]))('on arbitrary text read as %s', (format) => {
    fc.assert(fc.property(fuzzText, (s) => expectOnlyInputErrors(Buffer.from(s, 'utf8'), format)), { numRuns: 300 });
  });
});
