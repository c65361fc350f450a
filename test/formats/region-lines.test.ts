import { ingestCaptions } from '../../src/formats/ingest';
import { writeTrackJson } from '../../src/formats/json/write';
import { Track } from '../../src/model/track';

// WebVTT's parser reads any run of digits as a region's line count (the WPT case regions-lines
// expects 18446744073709552000): track.json must hold it, and read back, rather than fail validation.
test('a region line count beyond 2^53 is written to track.json and read back', () => {
  const vtt = 'WEBVTT\n\nREGION\nid:r\nlines:18446744073709552000\n\n00:00:01.000 --> 00:00:02.000 region:r\nhello\n';
  const track = ingestCaptions(Buffer.from(vtt), { fileName: 'region.vtt' });
  expect(track.regions?.[0]?.lines).toBe(18446744073709552000);
  expect(Track.parse(JSON.parse(writeTrackJson(track)))).toEqual(track);
  expect(ingestCaptions(Buffer.from(writeTrackJson(track)), { fileName: 'track.json' }).regions).toEqual(track.regions);
});
