import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { CliConfig } from '../../src/cli/cli-config';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { Alignment } from '../../src/model/alignment';
import { CATALOGUE_STAMP_KEY } from '../../src/model/event-layout';
import { parseManifest } from '../../src/model/manifest-parse';
import { ResolvedManifest } from '../../src/model/manifest-resolved';
import { Track } from '../../src/model/track';

const FIXTURES = path.resolve(__dirname, '../../fixtures/captions');

const MANIFEST = `# a small event: two recordings of one forum opening
id: forum-opening
title: Forum opening
timezone: Europe/Zurich
date: 2021-04-23
sessions:
  - id: welcome
    title: Welcome
    start: "13:30"
    people:
      - { name: Bilel Jamoussi, role: moderator }
  - id: opening-remarks
    title: Opening Remarks
    start: "13:32"
  - id: keynote
    title: Keynote
    start: "13:35"
    end: "13:40"
recordings:
  - id: main
    captions: captions/main.vtt
    startsAt: "2021-04-23T13:29:56+02:00"
  - id: backup
    captions: captions/Backup.SRT
    sessions: [welcome]
`;

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[], options: { isTty?: boolean; config?: CliConfig } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), isTty: options.isTty ?? false };
  const code = await runCli(argv, io, options.config ?? {});
  return { code, out, err };
}

/** A temp folder holding event.yaml and its two caption files. */
function makeEvent(overrides: { manifest?: string; main?: string | Buffer } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-process-'));
  mkdirSync(path.join(dir, 'event', 'captions'), { recursive: true });
  writeFileSync(path.join(dir, 'event', 'event.yaml'), overrides.manifest ?? MANIFEST);
  if (overrides.main !== undefined) writeFileSync(path.join(dir, 'event', 'captions', 'main.vtt'), overrides.main);
  else copyFileSync(path.join(FIXTURES, 'forum-opening.vtt'), path.join(dir, 'event', 'captions', 'main.vtt'));
  copyFileSync(path.join(FIXTURES, 'forum-opening.srt'), path.join(dir, 'event', 'captions', 'Backup.SRT'));
  return dir;
}

/** Every file under a folder with its bytes, keyed by '/'-separated relative path. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  // The event catalogue's stamp is a change signal with fresh bytes on every write, not an output.
  const keys = files.map((f) => [path.relative(dir, f).split(path.sep).join('/'), f] as const).filter(([key]) => key !== CATALOGUE_STAMP_KEY);
  return new Map(keys.map(([key, f]) => [key, readFileSync(f)]));
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('recap process', () => {
  test('writes the output layout: resolved manifest, byte-identical sources, tracks, alignment', async () => {
    const dir = makeEvent();
    const store = path.join(dir, 'store');
    const r = await run(['process', path.join(dir, 'event', 'event.yaml'), '--out', store]);
    expect(r.err).toMatch(/^forum-opening: 2 recordings, 1[0-9] cues, 3 sessions \(\d aligned(, \d missing)?\)\n$/);
    expect(r.code).toBe(0);
    const eventDir = path.join(store, 'events', 'forum-opening');
    expect(r.out).toBe(`${eventDir}\n`);
    const keys = [...snapshot(store).keys()];
    // The site's root files (an addition to CONTRACT.md's layout): the archive and search pages, their scripts, and the
    // static search bundle, whose index files are named by their content's hash.
    const site = keys.filter((key) => !key.startsWith('events/'));
    expect(site.filter((key) => !/^pagefind\/(?:fragment|index|filter)\/en_[0-9a-f]+\.pf_(?:fragment|index|filter)$|^pagefind\/pagefind\.en_[0-9a-f]+\.pf_meta$/.test(key))).toEqual([
      'index.html',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'pagefind/wasm.unknown.pagefind',
      'search.html',
      'site/search-bundle.js',
      'site/search.js',
    ]);
    // A moment a fragment: one per search segment of the event.
    const segments = readFileSync(path.join(eventDir, 'segments.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    expect(segments.length).toBeGreaterThanOrEqual(4);
    expect(site.filter((key) => key.startsWith('pagefind/fragment/'))).toHaveLength(segments.length);
    expect(keys.filter((key) => key.startsWith('events/'))).toEqual([
      'events/forum-opening/alignment.json',
      // what the server's event list shows (an addition to CONTRACT.md's layout)
      'events/forum-opening/catalogue-entry.json',
      // the event page (an addition to CONTRACT.md's layout)
      'events/forum-opening/index.html',
      // the session pages' script file (an addition to CONTRACT.md's layout)
      'events/forum-opening/interactive-transcript.js',
      'events/forum-opening/manifest.json',
      'events/forum-opening/quality.json',
      'events/forum-opening/recordings/backup/source.caption',
      'events/forum-opening/recordings/backup/track.json',
      // the player's files on the recording's clock (additions to CONTRACT.md's layout); no YouTube list for 2 chapters
      'events/forum-opening/recordings/main/captions.vtt',
      'events/forum-opening/recordings/main/chapters.vtt',
      'events/forum-opening/recordings/main/chapters.youtube.txt',
      'events/forum-opening/recordings/main/source.caption',
      'events/forum-opening/recordings/main/track.json',
      'events/forum-opening/search-index.json',
      'events/forum-opening/segments.jsonl',
      ...['keynote', 'opening-remarks', 'welcome'].flatMap((id) => ['captions.srt', 'captions.vtt', 'index.html', 'summary.json', 'transcript.html', 'transcript.json', 'transcript.md', 'transcript.txt'].map((file) => `events/forum-opening/sessions/${id}/${file}`)),
      // each named speaker's words across the event (an addition to CONTRACT.md's layout)
      ...['bilel-jamoussi', 'javier-garcia-diaz'].flatMap((slug) => ['html', 'json', 'md'].map((ext) => `events/forum-opening/speakers/${slug}.${ext}`)),
      // a stage's stamp: what it read and wrote, for the next run to skip it
      ...['stamps/align-event.json', 'stamps/index-event.json', 'stamps/ingest-recording.backup.json', 'stamps/ingest-recording.main.json', 'stamps/publish-captions.json', 'stamps/render-pages.json', 'stamps/split-event.json', 'stamps/summarize-event.json'].map((file) => `events/forum-opening/${file}`),
      'events/forum-opening/summary.json',
      // implausible input found in each recording (an addition to CONTRACT.md's layout)
      'events/forum-opening/warnings.json',
    ]);
    expect(readFileSync(path.join(eventDir, 'recordings/main/source.caption')).equals(readFileSync(path.join(FIXTURES, 'forum-opening.vtt')))).toBe(true);
    expect(readFileSync(path.join(eventDir, 'recordings/backup/source.caption')).equals(readFileSync(path.join(FIXTURES, 'forum-opening.srt')))).toBe(true);

    const manifest = ResolvedManifest.parse(readJson(path.join(eventDir, 'manifest.json')));
    expect(manifest).toEqual(parseManifest(MANIFEST, 'event.yaml'));
    expect(manifest.sessions[2]).toEqual({ id: 'keynote', title: 'Keynote', start: '2021-04-23T13:35:00+02:00', end: '2021-04-23T13:40:00+02:00' });
    const main = Track.parse(readJson(path.join(eventDir, 'recordings/main/track.json')));
    expect(main).toMatchObject({ format: 'webvtt' });
    expect(main.cues).toHaveLength(10);
    expect(Track.parse(readJson(path.join(eventDir, 'recordings/backup/track.json'))).format).toBe('srt');
    const alignment = Alignment.parse(readJson(path.join(eventDir, 'alignment.json')));
    expect(alignment.eventId).toBe('forum-opening');
    expect(alignment.sessions.map((s) => s.id)).toEqual(['welcome', 'opening-remarks', 'keynote']);
    expect(alignment.recordings.map((rec) => [rec.id, rec.offsetSource])).toEqual([
      ['main', 'given'],
      ['backup', expect.stringMatching(/^(estimated|unknown)$/)],
    ]);

    // A short event (a few hundred words said) gets a summary of a fifth of them, not the 250-word default.
    const summary = JSON.parse(snapshot(store).get('events/forum-opening/summary.json')!.toString('utf8')) as { maxWords: number; words: number };
    expect(summary.maxWords).toBeLessThan(100);
    expect(summary.words).toBeLessThanOrEqual(summary.maxWords);

    // JSON as written: 2-space indent and a final newline; the search index (read by programs
    // only, mostly number arrays) on one line. The search bundle's files are the engine's own.
    for (const [key, bytes] of snapshot(store)) {
      if (!key.endsWith('.json') || key.startsWith('pagefind/')) continue;
      const text = bytes.toString('utf8');
      const indent = key.endsWith('/search-index.json') ? undefined : 2;
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, indent)}\n`);
    }
  });

  test('the same inputs give byte-identical outputs, in a new store and when run again', async () => {
    const dir = makeEvent();
    const first = path.join(dir, 'first');
    const second = path.join(dir, 'second');
    expect((await run(['process', path.join(dir, 'event'), '--out', first])).code).toBe(0);
    const before = snapshot(first);
    expect((await run(['process', path.join(dir, 'event'), '--out', first])).code).toBe(0);
    expect((await run(['process', path.join(dir, 'event'), '--store', second])).code).toBe(0);
    expect(snapshot(first)).toEqual(before);
    expect(snapshot(second)).toEqual(before);
  });

  test('run again on the same event: every stage is up to date, and says so', async () => {
    const dir = makeEvent();
    const store = path.join(dir, 'store');
    const first = await run(['process', path.join(dir, 'event'), '--out', store], { isTty: true });
    const again = await run(['process', path.join(dir, 'event'), '--out', store], { isTty: true });
    expect(again.code).toBe(0);
    const lines = (r: Run) => r.err.trimEnd().split('\n');
    // The progress lines of the stages (between "stored" and prune) come back from the stamps; prune and the
    // site, which keep none, run again: prune finds nothing, the site is rebuilt from the store (the same).
    expect(lines(again).slice(1, -3)).toEqual(lines(first).slice(1, -3).map((line) => `${line} (up to date)`));
    expect(lines(again).at(-3)).toBe('prune: 0 stale blobs removed');
    expect(lines(again).at(-2)).toBe(lines(first).at(-2));
    expect(lines(again).at(-1)).toBe(`${lines(first).at(-1)}; 8 of 10 stages up to date`);
  });

  test('a folder holding event.yaml is accepted; RECAP_STORE is the default store', async () => {
    const dir = makeEvent();
    const store = path.join(dir, 'from-env');
    const r = await run(['process', path.join(dir, 'event')], { config: { store } });
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${path.join(store, 'events', 'forum-opening')}\n`);
    expect(existsSync(path.join(store, 'events', 'forum-opening', 'alignment.json'))).toBe(true);
  });

  test('on a terminal, one progress line per stage on stderr', async () => {
    const dir = makeEvent();
    const r = await run(['process', path.join(dir, 'event'), '--out', path.join(dir, 'store')], { isTty: true });
    expect(r.code).toBe(0);
    const lines = r.err.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['stored forum-opening: manifest.json, 2 caption files', 'ingest main: 10 cues', expect.stringMatching(/^ingest backup: \d+ cues/)]);
    expect(lines[3]).toMatch(/^align: 3 sessions/);
    expect(lines[4]).toMatch(/^split: 3 transcripts, 2 speakers, \d+ segments?$/);
    expect(lines[5]).toMatch(/^captions \(default\): 3 sessions, \d+ cues, \d+ cues? outside a limit; chapters of 1 recording$/);
    // a tiny event: its summary is a fifth of its words, so a session may be left out, and the line says which
    expect(lines[6]).toMatch(/^summaries: event \(\d+ words?\) and 3 sessions(; not in the event summary: [a-z-]+ \(nothing long enough to summarise\)(, [a-z-]+ \(nothing long enough to summarise\))*)?$/);
    expect(lines[7]).toMatch(/^index: \d+ segments?, \d+ terms?$/);
    expect(lines[8]).toBe('pages: event page, 3 transcript pages and 2 speaker pages');
    expect(lines[9]).toBe('prune: 0 stale blobs removed');
    expect(lines[10]).toMatch(/^site: home page, search page and search index of 1 event \(\d+ moments\)$/);
    expect(lines[11]).toMatch(/^forum-opening: 2 recordings, /);
    expect(lines).toHaveLength(12);
  });

  test('captions that cannot be read: exit 1 naming file and line, and the source is still stored', async () => {
    const bad = 'WEBVTT\n\n00:00:0x.000 --> 00:00:02.000\nhello\n';
    const dir = makeEvent({ main: bad });
    const store = path.join(dir, 'store');
    const captions = path.join(dir, 'event', 'captions', 'main.vtt');
    const r = await run(['process', path.join(dir, 'event'), '--out', store]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`recap: ${captions}:3: no cue found in this webvtt file; first problem at line 3: cue not read: malformed timing line "00:00:0x.000 --> 00:00:02.000"\n`);
    expect(r.out).toBe('');
    const eventDir = path.join(store, 'events', 'forum-opening');
    expect(readFileSync(path.join(eventDir, 'recordings/main/source.caption'), 'utf8')).toBe(bad);
    expect(existsSync(path.join(eventDir, 'recordings/main/track.json'))).toBe(false);
    expect(existsSync(path.join(eventDir, 'alignment.json'))).toBe(false);
  });

  test('a missing caption file: exit 1 naming its path, nothing written', async () => {
    const manifest = MANIFEST.replace('captions/main.vtt', 'captions/nope.vtt');
    const dir = makeEvent({ manifest });
    const store = path.join(dir, 'store');
    const manifestFile = path.join(dir, 'event', 'event.yaml');
    const r = await run(['process', manifestFile, '--out', store]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`recap: ${path.join(dir, 'event', 'captions', 'nope.vtt')}: no such file (the captions of recording "main" in ${manifestFile})\n`);
    expect(existsSync(store)).toBe(false);
  });

  test('a bad manifest: exit 1 with one line per problem', async () => {
    const manifest = MANIFEST.replace('title: Forum opening', 'titel: Forum opening').replace('start: "13:32"', 'start: "13:62"');
    const dir = makeEvent({ manifest });
    const file = path.join(dir, 'event', 'event.yaml');
    const r = await run(['process', path.join(dir, 'event'), '--out', path.join(dir, 'store')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      [
        `recap: ${file}:2: missing required field "title"`,
        `recap: ${file}:3: unknown field "titel" (did you mean "title"?)`,
        `recap: ${file}:14: sessions[1].start: "13:62" is not a time (HH:MM, HH:MM:SS or ISO-8601 with offset)`,
        '',
      ].join('\n'),
    );
    const missing = await run(['process', path.join(dir, 'nope.yaml')]);
    expect(missing).toEqual({ code: 1, out: '', err: `recap: ${path.join(dir, 'nope.yaml')}: no such file or folder\n` });
    const empty = mkdtempSync(path.join(tmpdir(), 'recap-empty-'));
    expect((await run(['process', empty])).err).toBe(`recap: ${empty}: no event.yaml, event.yml, event.json in this folder\n`);
  });

  test('usage errors exit 2: bad S3 URLs and settings, bad --summary-words and --profile, disagreeing --out and --store', async () => {
    const dir = makeEvent();
    const event = path.join(dir, 'event');
    expect(await run(['process', event, '--out', 's3://Bucket_1/prefix'])).toEqual({
      code: 2,
      out: '',
      err: 'recap: s3://Bucket_1/prefix: the bucket name "Bucket_1" may hold only lowercase letters, digits, "." and "-"\n',
    });
    expect((await run(['process', event], { config: { store: 's3://bucket/a/../b' } })).err).toMatch(/^recap: s3:\/\/bucket\/a\/\.\.\/b: the prefix "a\/\.\.\/b\/" is not usable/);
    // S3 settings are checked only when an s3:// store is used, and named when wrong.
    const badEndpoint = { store: 's3://bucket/x', s3Env: { S3_ENDPOINT: 'ftp://127.0.0.1:9000' } };
    expect(await run(['process', event], { config: badEndpoint })).toEqual({ code: 2, out: '', err: expect.stringMatching(/^recap: S3_ENDPOINT="ftp:\/\/127\.0\.0\.1:9000": must be an http/) });
    expect((await run(['process', event, '--out', path.join(dir, 'out')], { config: { s3Env: { S3_ENDPOINT: 'ftp://x' } } })).code).toBe(0);
    for (const words of ['0', '-3', 'ten', '2.5']) {
      expect(await run(['process', event, '--summary-words', words])).toEqual({ code: 2, out: '', err: expect.stringMatching(new RegExp(`^error: option '--summary-words <n>' argument '${words.replace('.', '\\.')}' is invalid\\. Expected a whole number from 1 up\\.\n`)) });
    }
    expect(await run(['process', event, '--profile', 'netflix'])).toEqual({ code: 2, out: '', err: 'recap: unknown profile "netflix"; profiles: default, netflix-en, amazon, dcmp, bbc\n' });
    expect((await run(['process', event, '--out', 'a', '--store', 'b'])).code).toBe(2);
    expect((await run(['process'])).code).toBe(2);
  });

  test('--summary-words and --profile are taken: the captions are re-flowed to the profile and quality.json names it', async () => {
    const dir = makeEvent();
    const r = await run(['process', path.join(dir, 'event'), '--out', path.join(dir, 'store'), '--summary-words', '120', '--profile', 'bbc']);
    expect(r.code).toBe(0);
    const eventDir = path.join(dir, 'store', 'events', 'forum-opening');
    expect(readJson(path.join(eventDir, 'quality.json'))).toMatchObject({ profile: 'bbc', outputs: { 'sessions/welcome/captions.vtt': { profile: 'bbc' } } });
    for (const line of readFileSync(path.join(eventDir, 'sessions/welcome/captions.vtt'), 'utf8').split('\n')) {
      // BBC lines hold about 37 characters (the voice tag is markup, not shown)
      expect(line.replace(/^<v [^>]*>/, '').length).toBeLessThanOrEqual(37);
    }
    const help = await run(['process', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: recap process [options] <manifest>');
    const text = help.out.replace(/\s+/g, ' '); // commander wraps lines to the terminal's width
    expect(text).toContain('--summary-words <n> cap the event summary at N words (whole sentences)');
    expect(text).toContain('--profile <name> caption profile of the session caption files: default, netflix-en, amazon, dcmp, bbc (default: default)');
    expect(text).toContain('--caption-case <case> case of the session caption files: sentence');
  });

  test("--caption-case: the profile's sentence case by default, the captioner's capitals with 'source'", async () => {
    const dir = makeEvent();
    const captions = (store: string) => readFileSync(path.join(dir, store, 'events', 'forum-opening', 'sessions/welcome/captions.srt'), 'utf8');
    expect((await run(['process', path.join(dir, 'event'), '--out', path.join(dir, 'sentence')])).code).toBe(0);
    expect(captions('sentence')).not.toMatch(/\b(THE|AND|OF)\b/);
    expect((await run(['process', path.join(dir, 'event'), '--out', path.join(dir, 'source'), '--caption-case', 'source'])).code).toBe(0);
    expect(captions('source')).toMatch(/\b(THE|AND|OF)\b/);
    expect(captions('source').toLowerCase()).toBe(captions('sentence').toLowerCase());
    expect(await run(['process', path.join(dir, 'event'), '--caption-case', 'title'])).toEqual({ code: 2, out: '', err: 'recap: --caption-case "title": use sentence or source\n' });
  });
});
