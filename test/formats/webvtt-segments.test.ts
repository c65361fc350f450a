import { ingestCaptions } from '../../src/formats/ingest';
import { detectFormat } from '../../src/formats/registry';
import { parseTimestampMap } from '../../src/formats/webvtt/segments';
import type { Track } from '../../src/model/track';

/**
 * HLS WebVTT segments saved in one file (RFC 8216 section 3.5): each segment's X-TIMESTAMP-MAP
 * places its cues on one time line, from the first segment's start. Only the lenient reading does
 * this; the strict one is the specification's reading of one file.
 */

const read = (text: string, strict = false): Track => ingestCaptions(Buffer.from(text), { fileName: 'capture.vtt', strict });
const times = (t: Track) => t.cues.map((c) => [c.startMs, c.endMs, c.text]);
const segment = (map: string | null, ...cues: string[]) => [map === null ? 'WEBVTT' : `WEBVTT\nX-TIMESTAMP-MAP=${map}`, ...cues].join('\n\n');

describe('X-TIMESTAMP-MAP', () => {
  test('either order, spaces after the comma, a negative MPEG time', () => {
    expect(parseTimestampMap('MPEGTS:900000,LOCAL:00:00:00.000')).toEqual({ mpegts: 900000, localMs: 0 });
    expect(parseTimestampMap('LOCAL:00:01.500,MPEGTS:180000')).toEqual({ mpegts: 180000, localMs: 1500 });
    expect(parseTimestampMap('MPEGTS:180000, LOCAL:01:00:00.000')).toEqual({ mpegts: 180000, localMs: 3_600_000 });
    expect(parseTimestampMap('MPEGTS:-6000,LOCAL:00:00:00.000')).toEqual({ mpegts: -6000, localMs: 0 });
  });

  test('malformed: not a number, a missing field, an unknown field', () => {
    for (const bad of ['MPEGTS:foo,LOCAL:00:00:00.000', 'MPEGTS:180000,LOCAL:bar', 'MPEGTS:180000', 'MPEGTS:1,LOCAL:00:00.000,X:1', 'MPEGTS:1,LOCAL:0:0:0']) {
      expect([bad, parseTimestampMap(bad)]).toEqual([bad, null]);
    }
  });
});

describe('segments in one file', () => {
  test('cue times from each segment\'s start: the map moves each segment, from the first one', () => {
    const text = [
      segment('MPEGTS:900000,LOCAL:00:00:00.000', '00:00:00.500 --> 00:00:02.000\nfirst'),
      segment('MPEGTS:1350000,LOCAL:00:00:00.000', '00:00:01.000 --> 00:00:03.000\nsecond<00:00:02.000><c> part</c>'),
      segment('LOCAL:00:00:10.000,MPEGTS:1800000', '00:00:10.250 --> 00:00:11.000\nthird'),
    ].join('\n\n');
    const t = read(`${text}\n`);
    expect(times(t)).toEqual([[500, 2000, 'first'], [6000, 8000, 'second part'], [10250, 11000, 'third']]);
    expect(t.cues[1]!.words).toEqual([{ text: 'second', startMs: 6000 }, { text: 'part', startMs: 7000 }]);
    expect(t.diagnostics.map((d) => d.message)).toContain('3 WebVTT segments in one file (3 with a timestamp map): each read on its own and put on one time line from the first segment\'s start');
    expect(t.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test('cue times already absolute, every segment with the same map: times as written, a cue repeated across a segment boundary kept once', () => {
    const map = 'MPEGTS:900000,LOCAL:00:00:00.000';
    const text = [
      segment(map, '00:00:01.000 --> 00:00:04.000\none', '00:00:05.000 --> 00:00:07.000\nspans the boundary'),
      segment(map, '00:00:05.000 --> 00:00:07.000\nspans the boundary', '00:00:07.500 --> 00:00:09.000\ntwo'),
    ].join('\n\n');
    const t = read(`${text}\n`);
    expect(times(t)).toEqual([[1000, 4000, 'one'], [5000, 7000, 'spans the boundary'], [7500, 9000, 'two']]);
    expect(t.diagnostics.map((d) => d.message)).toContain('2 WebVTT segments in one file (2 with a timestamp map): each read on its own and put on one time line from the first segment\'s start; 1 cues repeated from the segment before dropped');
  });

  test('a segment without a map, or with a malformed one, follows the segment before it by the usual step, with a warning naming its line', () => {
    const text = [
      segment('MPEGTS:0,LOCAL:00:00:00.000', '00:00:00.000 --> 00:00:01.000\na'),
      segment('MPEGTS:450000,LOCAL:00:00:00.000', '00:00:00.000 --> 00:00:01.000\nb'),
      segment(null, '00:00:00.000 --> 00:00:01.000\nc'),
      segment('MPEGTS:x,LOCAL:00:00:00.000', '00:00:00.000 --> 00:00:01.000\nd'),
    ].join('\n\n');
    const t = read(`${text}\n`);
    expect(times(t)).toEqual([[0, 1000, 'a'], [5000, 6000, 'b'], [10000, 11000, 'c'], [15000, 16000, 'd']]);
    const warnings = t.diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.line, d.message]);
    expect(warnings).toEqual([
      [13, 'segment has no X-TIMESTAMP-MAP: placed after the segment before it (its place is estimated)'],
      [18, 'segment has no X-TIMESTAMP-MAP: placed after the segment before it (its place is estimated)'],
      [19, 'malformed X-TIMESTAMP-MAP "X-TIMESTAMP-MAP=MPEGTS:x,LOCAL:00:00:00.000": expected MPEGTS:<90 kHz time>,LOCAL:<cue time>; the segment is placed by its neighbours'],
    ]);
  });

  test('problems inside a segment are reported at their line in the whole file', () => {
    const t = read('WEBVTT\n\n00:00:00.500 --> 00:00:02.000\nfirst\n\nWEBVTT\n\n00:00:00.500 --> 00:00:0x.000\nbad\n');
    expect(t.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])).toEqual([[8, 'cue not read: malformed timing line "00:00:00.500 --> 00:00:0x.000"']]);
  });

  test('a first segment that lost only its "WEBVTT" line keeps its map, and its cues their lines', () => {
    const text = [
      'X-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\n00:00:00.500 --> 00:00:02.000\nfirst',
      segment('MPEGTS:1350000,LOCAL:00:00:00.000', '00:00:00.500 --> 00:00:02.000\nsecond'),
    ].join('\n\n');
    const t = read(`${text}\n`);
    expect(t.cues.map((c) => [c.line, c.startMs, c.text])).toEqual([[3, 500, 'first'], [9, 5500, 'second']]);
    expect(t.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test('a first segment with no blank line after its signature: the signature is not a cue id', () => {
    const t = read(`WEBVTT\n00:00:00.500 --> 00:00:02.000\nfirst\n\n${segment('MPEGTS:450000,LOCAL:00:00:00.000', '00:00:00.500 --> 00:00:02.000\nsecond')}\n`);
    // Only one segment is mapped: the unmapped first one is placed by its own length (2 s) before it.
    expect(t.cues.map((c) => [c.id, c.startMs, c.text])).toEqual([['', 500, 'first'], ['', 2500, 'second']]);
  });

  test('segments saved out of order: cues put in time order, with a warning', () => {
    const text = [
      segment('MPEGTS:450000,LOCAL:00:00:00.000', '00:00:00.000 --> 00:00:01.000\nlater'),
      segment('MPEGTS:0,LOCAL:00:00:00.000', '00:00:00.000 --> 00:00:01.000\nearlier'),
    ].join('\n\n');
    const t = read(`${text}\n`);
    expect(times(t)).toEqual([[0, 1000, 'earlier'], [5000, 6000, 'later']]);
    expect(t.diagnostics.map((d) => d.message)).toContain('the segments\' times go back and forth: cues put in time order');
  });

  test('a "WEBVTT" line over a timing line is a cue identifier, not a segment header', () => {
    const t = read('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello\n\nWEBVTT\n00:00:03.000 --> 00:00:04.000\nagain\n');
    expect(t.cues.map((c) => [c.id, c.startMs, c.text])).toEqual([['', 1000, 'hello'], ['WEBVTT', 3000, 'again']]);
  });

  test('the strict reading is the specification\'s: a later header is a block it skips, and cue times are as written', () => {
    const text = [
      segment('MPEGTS:900000,LOCAL:00:00:00.000', '00:00:00.500 --> 00:00:02.000\nfirst'),
      segment('MPEGTS:1350000,LOCAL:00:00:00.000', '00:00:01.000 --> 00:00:03.000\nsecond'),
    ].join('\n\n');
    expect(times(read(`${text}\n`, true))).toEqual([[500, 2000, 'first'], [1000, 3000, 'second']]);
  });
});

describe('inline timestamps outside their cue', () => {
  // Segments joined by moving each cue to its segment's place but not the timestamps in its text.
  const joined = [
    'WEBVTT', '',
    '00:00:05.100 --> 00:00:07.000', 'hello<00:00:00.500><c> there</c><00:00:01.000><c> friends</c>', '',
    '00:00:07.000 --> 00:00:10.000', 'how<00:00:02.400><c> are</c><00:00:02.900><c> you</c>', '',
    '00:00:10.000 --> 00:00:12.000', 'all<00:00:00.300><c> doing</c>', '',
    '00:00:12.000 --> 00:00:14.000', 'today<00:00:02.300><c> then</c>', '',
  ].join('\n');

  test('are moved into their cue, keeping their spacing, by the shift the cues of a segment share; with a warning', () => {
    const t = read(joined);
    expect(t.cues.map((c) => c.words)).toEqual([
      [{ text: 'hello', startMs: 5100 }, { text: 'there', startMs: 5100 }, { text: 'friends', startMs: 5600 }],
      [{ text: 'how', startMs: 7000 }, { text: 'are', startMs: 7000 }, { text: 'you', startMs: 7500 }],
      [{ text: 'all', startMs: 10000 }, { text: 'doing', startMs: 10000 }],
      [{ text: 'today', startMs: 12000 }, { text: 'then', startMs: 12000 }],
    ]);
    expect(t.diagnostics).toContainEqual({ severity: 'warning', line: 3, message: 'inline timestamps outside their cue (counted from a segment\'s start?): moved into 4 cues, left out of 0 cues' });
  });

  test('that cannot all fit in their cue are left out; timestamps inside their cue, and the strict reading, are untouched', () => {
    const t = read('WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nlong<00:00:00.100><c> spread</c><00:00:03.000><c> here</c>\n\n00:00:07.000 --> 00:00:09.000\nfine<00:00:08.000><c> words</c>\n');
    // With no timestamp left, the cue has no word times: its words are at its start.
    expect(t.cues.map((c) => [c.text, c.words])).toEqual([
      ['long spread here', undefined],
      ['fine words', [{ text: 'fine', startMs: 7000 }, { text: 'words', startMs: 8000 }]],
    ]);
    expect(t.diagnostics.map((d) => d.message)).toContain('inline timestamps outside their cue (counted from a segment\'s start?): moved into 0 cues, left out of 1 cues');
    expect(read(joined, true).cues[1]!.words).toEqual([{ text: 'how', startMs: 7000 }, { text: 'are', startMs: 2400 }, { text: 'you', startMs: 2900 }]);
  });
});

describe('detecting WebVTT that lost its WEBVTT line', () => {
  test('segment headers or a timestamp map: WebVTT', () => {
    expect(detectFormat(`00:00:00.000 --> 00:00:01.000\nhi\n\n${segment('MPEGTS:1,LOCAL:00:00:00.000', '00:00:00.000 --> 00:00:01.000\nthere')}\n`)?.id).toBe('webvtt');
  });

  test('WebVTT markup: WebVTT; plain cues with WebVTT times are left to SRT, as are numbered cues', () => {
    expect(detectFormat('00:00:01.000 --> 00:00:02.000\nwell<00:00:01.500><c> then</c>\n')?.id).toBe('webvtt');
    expect(detectFormat('00:00:01.000 --> 00:00:02.000\nHello\n')?.id).toBe('srt');
    expect(detectFormat('1\n00:00:01,000 --> 00:00:02,000\n<i>Hello</i>\n')?.id).toBe('srt');
  });
});
