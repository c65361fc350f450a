import { existsSync, readdirSync, readFileSync } from 'fs';
import { Settings } from 'luxon';
import path from 'path';
import { ManifestError } from '../../src/model/errors';
import { toAgenda } from '../../src/model/manifest-agenda';
import { parseManifest } from '../../src/model/manifest-parse';
import { ResolvedManifest } from '../../src/model/manifest-resolved';
import { corpusPath, describeCorpus } from '../helpers/shared-corpus';

/** The manifest of CONTRACT.md; the line numbers in the comments are the ones messages name. */
const BASE = [
  'id: itu-forum-2021-04-23', // 1
  'title: Virtual forum', // 2
  'timezone: Europe/Zurich', // 3
  'date: 2021-04-23', // 4
  'sessions:', // 5
  '  - id: opening', // 6
  '    title: Opening Remarks', // 7
  '    start: "13:30"', // 8
  '    end: "13:40"', // 9
  '    people:', // 10
  '      - { name: "Javier García Díaz", role: moderator, affiliation: "UNE" }', // 11
  '  - id: session-1', // 12
  '    title: Session 1', // 13
  '    start: "13:40"', // 14
  'recordings:', // 15
  '  - id: main', // 16
  '    captions: captions/main.vtt', // 17
  '    startsAt: "2021-04-23T13:28:40+02:00"', // 18
  '    sessions: [opening, session-1]', // 19
  '    url: "https://example.org/rec.mp4"', // 20
];

/** BASE with some lines replaced (a string), removed (null) or inserted after (an array). */
function edit(changes: Record<number, string | null | string[]>): string {
  return BASE.flatMap((line, i) => {
    const change = changes[i + 1];
    if (change === undefined) return [line];
    if (change === null) return [];
    return Array.isArray(change) ? [line, ...change] : [change];
  }).join('\n');
}

/** The ManifestError message parsing `text` gives (fails the test when it parses). */
function errorOf(text: string, fileName = 'event.yaml'): string {
  try {
    parseManifest(text, fileName);
  } catch (e) {
    if (e instanceof ManifestError) return e.message;
    throw e;
  }
  throw new Error('the manifest was accepted');
}

describe('parseManifest: a good manifest', () => {
  test('resolves times to ISO-8601 in the event timezone and fills the defaults', () => {
    const manifest = parseManifest(BASE.join('\n'), 'event.yaml');
    expect(manifest.language).toBe('en');
    expect(manifest.sessions[0]).toEqual({
      id: 'opening',
      title: 'Opening Remarks',
      start: '2021-04-23T13:30:00+02:00',
      end: '2021-04-23T13:40:00+02:00',
      people: [{ name: 'Javier García Díaz', role: 'moderator', affiliation: 'UNE' }],
    });
    expect(manifest.sessions[1]).toEqual({ id: 'session-1', title: 'Session 1', start: '2021-04-23T13:40:00+02:00' });
    expect(manifest.recordings[0]!.startsAt).toBe('2021-04-23T13:28:40+02:00');
    expect(ResolvedManifest.parse(manifest)).toEqual(manifest);
  });

  test('JSON is YAML: the same manifest as JSON gives the same result', () => {
    const fromYaml = parseManifest(BASE.join('\n'), 'event.yaml');
    expect(parseManifest(JSON.stringify(fromYaml, null, '\t'), 'event.json')).toEqual(fromYaml);
  });

  test('ISO times are written in the event timezone, or with their own offset when there is none', () => {
    const zoned = parseManifest(edit({ 8: '    start: "2021-04-23T11:30:00Z"' }), 'event.yaml');
    expect(zoned.sessions[0]!.start).toBe('2021-04-23T13:30:00+02:00');
    const unzoned = parseManifest(
      ['id: e', 'title: E', 'sessions:', '  - { id: a, title: A, start: "2021-04-23T11:30:00Z", end: "2021-04-23T13:45+0200" }', 'recordings: [{ id: main, captions: c.vtt }]'].join('\n'),
      'event.yaml',
    );
    expect(unzoned.sessions[0]).toMatchObject({ start: '2021-04-23T11:30:00Z', end: '2021-04-23T13:45:00+02:00' });
  });

  test('a local recording start (extension) is read in the event timezone', () => {
    const manifest = parseManifest(edit({ 18: '    startsAt: "2021-04-23T13:28:40"' }), 'event.yaml');
    expect(manifest.recordings[0]!.startsAt).toBe('2021-04-23T13:28:40+02:00');
  });

  test('toAgenda gives epoch ms, people lists and every session by default, in agenda order', () => {
    const manifest = parseManifest(edit({ 19: '    sessions: [session-1, opening]' }), 'event.yaml');
    const agenda = toAgenda(manifest);
    expect(agenda.sessions[0]).toEqual({
      id: 'opening',
      title: 'Opening Remarks',
      people: [{ name: 'Javier García Díaz', role: 'moderator', affiliation: 'UNE' }],
      startEpochMs: Date.UTC(2021, 3, 23, 11, 30),
      endEpochMs: Date.UTC(2021, 3, 23, 11, 40),
    });
    expect(agenda.sessions[1]).toEqual({ id: 'session-1', title: 'Session 1', people: [], startEpochMs: Date.UTC(2021, 3, 23, 11, 40) });
    expect(agenda.recordings).toEqual([
      { id: 'main', startsAtEpochMs: Date.UTC(2021, 3, 23, 11, 28, 40), sessionIds: ['opening', 'session-1'], url: 'https://example.org/rec.mp4', language: 'en' },
    ]);
    const all = toAgenda(parseManifest(edit({ 19: null }), 'event.yaml'));
    expect(all.recordings[0]!.sessionIds).toEqual(['opening', 'session-1']);
  });
});

describe('parseManifest: daylight-saving time', () => {
  const onDay = (zone: string, date: string, time: string) =>
    parseManifest(['id: e', 'title: E', `timezone: ${zone}`, `date: ${date}`, 'sessions:', `  - { id: a, title: A, start: "${time}" }`, 'recordings: [{ id: main, captions: c.vtt }]'].join('\n'), 'event.yaml')
      .sessions[0]!.start;
  const realNow = Settings.now;
  afterEach(() => {
    Settings.now = realNow;
  });

  test('a time in the spring-forward gap moves forward by the gap (luxon\'s rule)', () => {
    // Europe/Zurich 2021-03-28: 02:00 CET becomes 03:00 CEST, so 02:30 does not exist.
    expect(onDay('Europe/Zurich', '2021-03-28', '02:30')).toBe('2021-03-28T03:30:00+02:00');
    expect(onDay('America/New_York', '2021-03-14', '02:15')).toBe('2021-03-14T03:15:00-04:00');
  });

  test('a time in the fall-back overlap is the EARLIER instant (summer time), whatever today is', () => {
    // Europe/Zurich 2021-10-31: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice.
    for (const today of [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)]) {
      Settings.now = () => today;
      expect(onDay('Europe/Zurich', '2021-10-31', '02:30')).toBe('2021-10-31T02:30:00+02:00');
      expect(onDay('America/New_York', '2021-11-07', '01:30')).toBe('2021-11-07T01:30:00-04:00');
      expect(onDay('Australia/Sydney', '2021-04-04', '02:30')).toBe('2021-04-04T02:30:00+11:00');
    }
  });

  test('times either side of a change keep their own offsets', () => {
    expect(onDay('Europe/Zurich', '2021-03-28', '01:59')).toBe('2021-03-28T01:59:00+01:00');
    expect(onDay('Europe/Zurich', '2021-03-28', '03:00')).toBe('2021-03-28T03:00:00+02:00');
    expect(onDay('Europe/Zurich', '2021-10-31', '03:00')).toBe('2021-10-31T03:00:00+01:00');
  });
});

describe('parseManifest: every kind of mistake has its exact message', () => {
  test('unknown fields, with the nearest known one or the list of fields', () => {
    expect(errorOf(edit({ 2: 'titel: Virtual forum' }))).toBe(
      ['event.yaml:1: missing required field "title"', 'event.yaml:2: unknown field "titel" (did you mean "title"?)'].join('\n'),
    );
    expect(errorOf(edit({ 8: '    strat: "13:30"' }))).toBe('event.yaml:8: sessions[0]: unknown field "strat" (did you mean "start"?)');
    expect(errorOf(edit({ 20: ['    colour: red'] }))).toBe('event.yaml:21: recordings[0]: unknown field "colour" (fields here: id, captions, startsAt, sessions, url, language)');
    expect(errorOf(edit({ 11: '      - { name: "Javier García Díaz", rol: moderator }' }))).toBe('event.yaml:11: sessions[0].people[0]: unknown field "rol" (did you mean "role"?)');
  });

  test('missing required fields, at the line of the object that lacks them', () => {
    expect(errorOf(edit({ 13: null }))).toBe('event.yaml:12: sessions[1]: missing required field "title"');
    expect(errorOf(edit({ 17: null }))).toBe('event.yaml:16: recordings[0]: missing required field "captions"');
    expect(errorOf(edit({ 1: null }))).toBe('event.yaml:1: missing required field "id"');
    expect(errorOf(edit({ 15: null, 16: null, 17: null, 18: null, 19: null, 20: null }))).toBe('event.yaml:1: missing required field "recordings"');
  });

  test("ids with '/', '..', ':' or capitals", () => {
    const rule = "(lowercase letters and digits, words joined by single '-', e.g. \"session-1\")";
    expect(errorOf(edit({ 12: '  - id: session/1', 19: null }))).toBe(`event.yaml:12: sessions[1].id: "session/1" is not a valid id ${rule}`);
    expect(errorOf(edit({ 1: 'id: ..' }))).toBe(`event.yaml:1: id: ".." is not a valid id ${rule}`);
    expect(errorOf(edit({ 1: 'id: "../itu"' }))).toBe(`event.yaml:1: id: "../itu" is not a valid id ${rule}`);
    expect(errorOf(edit({ 16: '  - id: "main:1"' }))).toBe(`event.yaml:16: recordings[0].id: "main:1" is not a valid id ${rule}`);
    expect(errorOf(edit({ 6: '  - id: Opening', 19: null }))).toBe(`event.yaml:6: sessions[0].id: "Opening" is not a valid id ${rule}`);
    expect(errorOf(edit({ 6: '  - id: opening--remarks', 19: null }))).toBe(`event.yaml:6: sessions[0].id: "opening--remarks" is not a valid id ${rule}`);
  });

  test('duplicate session and recording ids', () => {
    expect(errorOf(edit({ 12: '  - id: opening', 19: null }))).toBe('event.yaml:12: sessions[1].id: duplicate session id "opening" (also sessions[0])');
    expect(errorOf(edit({ 20: ['  - id: main', '    captions: captions/other.vtt'] }))).toBe('event.yaml:21: recordings[1].id: duplicate recording id "main" (also recordings[0])');
  });

  test('recordings[].sessions naming no session', () => {
    expect(errorOf(edit({ 19: '    sessions: [opening, sesion-1]' }))).toBe(
      'event.yaml:19: recordings[0].sessions[1]: "sesion-1" is not a session of this manifest (did you mean "session-1"?)',
    );
    expect(errorOf(edit({ 19: '    sessions: [closing]' }))).toBe('event.yaml:19: recordings[0].sessions[0]: "closing" is not a session of this manifest (sessions: opening, session-1)');
    expect(errorOf(edit({ 19: '    sessions: []' }))).toBe('event.yaml:19: recordings[0].sessions: lists no session (leave the field out to cover every session)');
  });

  test('times that are not times', () => {
    const forms = '(HH:MM, HH:MM:SS or ISO-8601 with offset)';
    expect(errorOf(edit({ 8: '    start: "25:00"' }))).toBe(`event.yaml:8: sessions[0].start: "25:00" is not a time ${forms}`);
    expect(errorOf(edit({ 9: '    end: "13:4"' }))).toBe(`event.yaml:9: sessions[0].end: "13:4" is not a time ${forms}`);
    expect(errorOf(edit({ 14: '    start: 1:40 pm' }))).toBe(`event.yaml:14: sessions[1].start: "1:40 pm" is not a time ${forms}`);
    expect(errorOf(edit({ 8: '    start: "2021-02-30T13:30:00+01:00"' }))).toBe(`event.yaml:8: sessions[0].start: "2021-02-30T13:30:00+01:00" is not a time ${forms}`);
    expect(errorOf(edit({ 8: '    start: "2021-04-23T13:30"' }))).toBe(
      'event.yaml:8: sessions[0].start: "2021-04-23T13:30" has no UTC offset (write it with one, e.g. "2021-04-23T13:30+02:00", or as a local HH:MM with the event\'s date and timezone)',
    );
    expect(errorOf(edit({ 18: '    startsAt: "13:28:40"' }))).toBe(
      'event.yaml:18: recordings[0].startsAt: "13:28:40" is not a date-time (ISO-8601 with offset, or YYYY-MM-DDTHH:MM[:SS] in the event\'s timezone)',
    );
  });

  test('a time zone that is not an IANA zone', () => {
    expect(errorOf(edit({ 3: 'timezone: Europe/Zurch' }))).toBe('event.yaml:3: timezone: "Europe/Zurch" is not an IANA time zone (did you mean "Europe/Zurich"?)');
    expect(errorOf(edit({ 3: 'timezone: CEST' }))).toBe('event.yaml:3: timezone: "CEST" is not an IANA time zone');
  });

  test('local HH:MM times without the timezone or the date they need', () => {
    expect(errorOf(edit({ 3: null }))).toBe('event.yaml:7: sessions[0].start: "13:30" is a local time, so the manifest needs a "timezone" (an IANA name such as "Europe/Zurich")');
    expect(errorOf(edit({ 4: null }))).toBe('event.yaml:7: sessions[0].start: "13:30" is a local time, so the manifest needs a "date" (YYYY-MM-DD)');
    expect(errorOf(edit({ 3: null, 4: null }))).toBe(
      [
        'event.yaml:6: sessions[0].start: "13:30" is a local time, so the manifest needs a "timezone" (an IANA name such as "Europe/Zurich")',
        'event.yaml:6: sessions[0].start: "13:30" is a local time, so the manifest needs a "date" (YYYY-MM-DD)',
      ].join('\n'),
    );
    // A local recording start needs the timezone but not the date.
    const noZone = edit({ 3: null, 8: '    start: "2021-04-23T13:30:00+02:00"', 9: null, 14: null, 18: '    startsAt: "2021-04-23T13:28:40"' });
    expect(errorOf(noZone)).toBe(
      'event.yaml:15: recordings[0].startsAt: "2021-04-23T13:28:40" is a local time, so the manifest needs a "timezone" (an IANA name such as "Europe/Zurich")',
    );
  });

  test('a session that ends before (or as) it starts', () => {
    expect(errorOf(edit({ 9: '    end: "13:20"' }))).toBe('event.yaml:9: sessions[0].end: "13:20" is not after its start "13:30"');
    expect(errorOf(edit({ 9: '    end: "2021-04-23T11:30:00Z"' }))).toBe('event.yaml:9: sessions[0].end: "2021-04-23T11:30:00Z" is not after its start "13:30"');
  });

  test('YAML and JSON syntax errors name their line', () => {
    expect(errorOf(edit({ 3: 'id: other' }))).toBe('event.yaml:3: YAML syntax error: Map keys must be unique');
    expect(errorOf(edit({ 13: '\ttitle: Session 1' }))).toBe('event.yaml:13: YAML syntax error: Tabs are not allowed as indentation');
    expect(errorOf('{\n  "id": "x",\n  "title": "y"\n  "sessions": []\n}\n', 'event.json')).toBe('event.json:4: YAML syntax error: Missing , between flow map items');
    // Aliases that would expand without bound are refused, not expanded.
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 12; i++) laughs.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    expect(errorOf(laughs.join('\n'))).toBe('event.yaml: YAML cannot be read: Excessive alias count indicates a resource exhaustion attack');
  });

  test('other values: roles, URLs, languages, dates, types, empty lists and files', () => {
    expect(errorOf(edit({ 11: '      - { name: "Javier García Díaz", role: chair }' }))).toBe(
      'event.yaml:11: sessions[0].people[0].role: "chair" is not a role (moderator, speaker, panelist, host, other)',
    );
    expect(errorOf(edit({ 20: '    url: "ftp://example.org/rec.mp4"' }))).toBe('event.yaml:20: recordings[0].url: "ftp://example.org/rec.mp4" is not an http(s) URL');
    expect(errorOf(edit({ 2: ['language: english'] }))).toBe('event.yaml:3: language: "english" is not a BCP 47 language tag (e.g. "en", "pt-BR")');
    expect(errorOf(edit({ 4: 'date: 2021-04-31' }))).toBe('event.yaml:4: date: "2021-04-31" is not a date (YYYY-MM-DD)');
    expect(errorOf(edit({ 13: '    title: 2021' }))).toBe('event.yaml:13: sessions[1].title: expected text, got the number 2021 (quote it: "2021")');
    expect(errorOf(edit({ 13: '    title:' }))).toBe('event.yaml:13: sessions[1].title: has no value (expected text)');
    expect(errorOf(edit({ 5: 'sessions: []', 6: null, 7: null, 8: null, 9: null, 10: null, 11: null, 12: null, 13: null, 14: null, 19: null }))).toBe(
      'event.yaml:5: sessions: needs at least one session',
    );
    expect(errorOf('- id: x\n')).toBe('event.yaml:1: the manifest must be a mapping of fields (id, title, sessions, recordings, ...), got a list');
    expect(errorOf('\n  \n')).toBe('event.yaml: the file is empty');
  });

  test('all problems of a file are reported at once, in line order', () => {
    expect(errorOf(edit({ 3: 'timezone: Europe/Zurch', 8: '    start: "25:00"', 20: '    url: nowhere' }))).toBe(
      [
        'event.yaml:3: timezone: "Europe/Zurch" is not an IANA time zone (did you mean "Europe/Zurich"?)',
        'event.yaml:8: sessions[0].start: "25:00" is not a time (HH:MM, HH:MM:SS or ISO-8601 with offset)',
        'event.yaml:20: recordings[0].url: "nowhere" is not an http(s) URL',
      ].join('\n'),
    );
  });

  test('ManifestError carries the file and the issues', () => {
    try {
      parseManifest(edit({ 8: '    start: "25:00"' }), 'events/forum.yaml');
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(ManifestError);
      const error = e as ManifestError;
      expect(error.file).toBe('events/forum.yaml');
      expect(error.issues).toEqual([{ path: 'sessions[0].start', line: 8, message: '"25:00" is not a time (HH:MM, HH:MM:SS or ISO-8601 with offset)' }]);
    }
  });
});

describeCorpus('the evaluation sets\' manifests load', () => {
  // Listed inside the test: a skipped describe still runs its body, and the corpus may be absent.
  const sets = (group: string) => readdirSync(corpusPath('eval', group)).map((name) => path.join(corpusPath('eval', group), name));

  test('every event.json and event-scheduled.json parses, and its captions are there', () => {
    const manifests = [
      ...sets('align').flatMap((dir) => [path.join(dir, 'event.json'), path.join(dir, 'event-scheduled.json')]),
      ...sets('qmsum').map((dir) => path.join(dir, 'event.json')),
    ].filter(existsSync);
    expect(manifests.length).toBeGreaterThanOrEqual(32 * 2 + 56);
    for (const file of manifests) {
      const manifest = parseManifest(readFileSync(file, 'utf8'), file);
      for (const recording of manifest.recordings) expect(existsSync(path.join(path.dirname(file), recording.captions))).toBe(true);
      expect(toAgenda(manifest).sessions.length).toBe(manifest.sessions.length);
    }
  });

  test('scheduled sets resolve their HH:MM starts on their date in Europe/London', () => {
    const file = corpusPath('eval', 'align', 'ami-es2002a', 'event-scheduled.json');
    const manifest = parseManifest(readFileSync(file, 'utf8'), file);
    expect(manifest.sessions[0]!.start).toBe('2005-01-01T10:01:00+00:00');
    expect(manifest.recordings[0]!.startsAt).toBe('2005-01-01T10:00:00+00:00');
  });
});

describe('parseManifest: languages', () => {
  test("a recording's own language overrides the event's for that recording only", () => {
    const text = [...edit({ 2: ['language: fr-CA'], 20: ['    language: ar'] }).split('\n'), '  - id: second', '    captions: captions/second.vtt'].join('\n');
    const agenda = toAgenda(parseManifest(text, 'event.yaml'));
    expect(agenda.recordings.map((r) => [r.id, r.language])).toEqual([
      ['main', 'ar'],
      ['second', 'fr-CA'],
    ]);
  });

  test('a recording language that is no BCP 47 tag is an error naming its line', () => {
    expect(() => parseManifest(edit({ 20: ['    language: "arabic!"'] }), 'event.yaml')).toThrow(/event\.yaml:21: recordings\[0\]\.language/);
  });
});
