import { ManifestError } from '../../src/model/errors';
import { toAgenda } from '../../src/model/manifest-agenda';
import { parseManifest } from '../../src/model/manifest-parse';
import { ResolvedManifest } from '../../src/model/manifest-resolved';
import { parseRecordingTime } from '../../src/model/manifest-times';

/** Three sessions and two recordings; the line numbers in the comments are the ones messages name. */
const BASE = [
  'id: council', // 1
  'title: Council meeting', // 2
  'sessions:', // 3
  '  - id: opening', // 4
  '    title: Call to order', // 5
  '  - id: finance', // 6
  '    title: Finance committee report', // 7
  '  - id: comments', // 8
  '    title: Councilmember comments', // 9
  'recordings:', // 10
  '  - id: main', // 11
  '    captions: main.vtt', // 12
  '  - id: overflow', // 13
  '    captions: overflow.vtt', // 14
  '    sessions: [comments]', // 15
];

/** BASE with lines inserted after the given line numbers. */
function withLines(after: Record<number, string[]>): string {
  return BASE.flatMap((line, i) => [line, ...(after[i + 1] ?? [])]).join('\n');
}

function errorOf(text: string): string {
  try {
    parseManifest(text, 'event.yaml');
  } catch (e) {
    if (e instanceof ManifestError) return e.message;
    throw e;
  }
  throw new Error('the manifest was accepted');
}

describe('recording times of a pin', () => {
  test.each([
    ['00:16:00', 960_000],
    ['0:16:00', 960_000],
    ['16:00', 960_000],
    ['1:02:03.5', 3_723_500],
    ['01:02:03.045', 3_723_045],
    ['59:59', 3_599_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseRecordingTime(text)).toBe(ms);
  });

  test.each(['960', '16', '1:60:00', '00:75', '75:00', '00:16:00.1234', '00:16:00,500', '-00:16:00', '123:00:00', '1:2:03', ''])('%j is refused', (text) => {
    expect(parseRecordingTime(text)).toBeUndefined();
  });
});

describe('parseManifest: pins', () => {
  test('a time alone, in the only recording that can hold the session, is stored with that recording', () => {
    const manifest = parseManifest(withLines({ 7: ['    pin: "00:16:00"'] }), 'event.yaml');
    expect(manifest.sessions[1]).toEqual({ id: 'finance', title: 'Finance committee report', pin: { at: '00:16:00', recording: 'main' } });
    expect(ResolvedManifest.parse(manifest)).toEqual(manifest);
    expect(toAgenda(manifest).sessions[1]!.pin).toEqual({ recordingId: 'main', atMs: 960_000 });
    expect(toAgenda(manifest).sessions[0]!.pin).toBeUndefined();
  });

  test('a session several recordings may hold is pinned with its recording named', () => {
    const manifest = parseManifest(withLines({ 9: ['    pin: { at: "1:02:03.250", recording: overflow }'] }), 'event.yaml');
    expect(manifest.sessions[2]!.pin).toEqual({ at: '1:02:03.250', recording: 'overflow' });
    expect(toAgenda(manifest).sessions[2]!.pin).toEqual({ recordingId: 'overflow', atMs: 3_723_250 });
  });

  test('a bad time names the file, the line and the field', () => {
    expect(errorOf(withLines({ 7: ['    pin: "16h00"'] }))).toBe(
      'event.yaml:8: sessions[1].pin: "16h00" is not a time in the recording (HH:MM:SS, H:MM:SS or MM:SS, optionally with a fraction such as .500, e.g. "00:16:00")',
    );
    expect(errorOf(withLines({ 9: ['    pin: { at: "1:75:00", recording: main }'] }))).toMatch(/^event\.yaml:10: sessions\[2\]\.pin\.at: "1:75:00" is not a time in the recording/);
  });

  test('a pin of neither form, an unknown key and a missing recording are refused by name', () => {
    expect(errorOf(withLines({ 7: ['    pin: 960'] }))).toBe('event.yaml:8: sessions[1].pin: expected text or a mapping of fields, got the number 960');
    expect(errorOf(withLines({ 7: ['    pin: { at: "16:00", recording: main, note: late }'] }))).toBe(
      'event.yaml:8: sessions[1].pin: unknown field "note" (fields here: at, recording)',
    );
    expect(errorOf(withLines({ 7: ['    pin: { at: "16:00" }'] }))).toBe('event.yaml:8: sessions[1].pin: missing required field "recording"');
  });

  test('a pin naming an unknown recording, or one that does not list the session', () => {
    expect(errorOf(withLines({ 9: ['    pin: { at: "16:00", recording: overflw }'] }))).toBe(
      'event.yaml:10: sessions[2].pin.recording: "overflw" is not a recording of this manifest (did you mean "overflow"?)',
    );
    expect(errorOf(withLines({ 7: ['    pin: { at: "16:00", recording: overflow }'] }))).toBe(
      'event.yaml:8: sessions[1].pin.recording: recording "overflow" does not list session "finance" (its sessions: comments)',
    );
  });

  test('a time alone for a session several recordings may hold asks which one', () => {
    expect(errorOf(withLines({ 9: ['    pin: "00:40:00"'] }))).toBe(
      'event.yaml:10: sessions[2].pin: session "comments" may be in recordings main, overflow: say which one "00:40:00" is in, e.g. pin: { at: "00:40:00", recording: main }',
    );
  });

  test('pinned sessions of one recording out of agenda order, or at the same time, are refused', () => {
    const text = withLines({ 5: ['    pin: "00:20:00"'], 7: ['    pin: "00:16:00"'], 9: ['    pin: { at: "00:16:00", recording: main }'] });
    expect(errorOf(text)).toBe(
      [
        'event.yaml:9: sessions[1].pin: session "finance" is pinned at 00:16:00 in recording main, not after "opening" pinned at 00:20:00, which comes before it in the agenda',
        'event.yaml:12: sessions[2].pin.at: session "comments" is pinned at 00:16:00 in recording main, not after "finance" pinned at 00:16:00, which comes before it in the agenda',
      ].join('\n'),
    );
  });

  test('pins in different recordings are not ordered against each other', () => {
    const text = withLines({ 7: ['    pin: "00:50:00"'], 9: ['    pin: { at: "00:02:00", recording: overflow }'] });
    expect(parseManifest(text, 'event.yaml').sessions.map((s) => s.pin)).toEqual([undefined, { at: '00:50:00', recording: 'main' }, { at: '00:02:00', recording: 'overflow' }]);
  });
});
