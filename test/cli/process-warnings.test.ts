import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { InputWarningsFile } from '../../src/model/input-warning';
import { QualityFile } from '../../src/publish/quality-file';
import { pipelineOptions, resolveProcessOptions } from '../../src/cli/process-options';
import { runRecap } from '../helpers/recap-child';

/** A three-hour agenda; the captions below span about a minute of it. */
const MANIFEST = `id: garbage-in
title: Garbage in
timezone: Europe/Zurich
date: 2021-04-23
sessions:
  - id: morning
    title: Morning session
    start: "13:30"
    end: "16:30"
recordings:
  - id: main
    captions: captions/main.vtt
`;

const ts = (s: number) => `00:00:${String(s).padStart(2, '0')}.000`;

/** Captions written twice escaped (line 6: "&amp;amp;" reads as "&amp;") and pasted together (line 18 jumps back). */
function implausibleVtt(): string {
  const texts = [
    'Good afternoon and welcome to the morning session of the forum.',
    'Our first item is the Q&amp;amp;A on the draft outcome document.',
    'Thank you all for joining us from so many places today.',
    'We will hear from the rapporteurs of each working group first.',
    'Then the floor is open for questions from the participants.',
    'Please keep your interventions to three minutes at most.',
  ];
  const starts = [2, 8, 14, 20, 26, 5];
  return `WEBVTT\n\n${texts.map((t, i) => `${ts(starts[i]!)} --> ${ts(starts[i]! + 5)}\n${t}\n`).join('\n')}`;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function makeEvent(captions: string): { event: string; store: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-warnings-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'event', 'captions'), { recursive: true });
  writeFileSync(path.join(dir, 'event', 'event.yaml'), MANIFEST);
  writeFileSync(path.join(dir, 'event', 'captions', 'main.vtt'), captions);
  return { event: path.join(dir, 'event'), store: path.join(dir, 'store') };
}

const eventDir = (store: string) => path.join(store, 'events', 'garbage-in');

describe('recap process on implausible input', () => {
  test('publishes, with each warning on stderr, in warnings.json and quality.json, and on the event page', async () => {
    const { event, store } = makeEvent(implausibleVtt());
    const r = await runRecap(['process', event, '--out', store], {});
    expect(r.code).toBe(0);
    const lines = r.err.split('\n').filter((l) => l.startsWith('warning: '));
    expect(lines).toEqual([
      expect.stringMatching(/^warning: captions\/main\.vtt:6: 1 of 6 cues hold undecoded character references .*"&amp;".* \[entity-in-text\]$/),
      expect.stringMatching(/^warning: captions\/main\.vtt:18: 1 cue starts more than 1 s before the cue written above it .* 21 s\) \[time-backwards\]$/),
      expect.stringMatching(/^warning: captions\/main\.vtt: the captions of recording main span 00:00:29, 0% of its 1 scheduled session \(03:00:00\).* \[recording-shorter-than-agenda\]$/),
    ]);
    expect(r.err).toMatch(/garbage-in: 1 recording, 6 cues, .*; 3 input warnings \(warnings\.json, quality\.json, the event page\)\n$/);

    const stored = InputWarningsFile.parse(JSON.parse(readFileSync(path.join(eventDir(store), 'warnings.json'), 'utf8')));
    const quality = QualityFile.parse(JSON.parse(readFileSync(path.join(eventDir(store), 'quality.json'), 'utf8')));
    expect(quality.warnings).toEqual(stored.recordings);
    expect(quality.warnings?.main?.map((w) => w.code)).toEqual(['entity-in-text', 'time-backwards', 'recording-shorter-than-agenda']);

    const page = readFileSync(path.join(eventDir(store), 'index.html'), 'utf8');
    expect(page).toContain('<section id="input-warnings" aria-labelledby="input-warnings-heading"><h2 id="input-warnings-heading">Input warnings</h2>');
    expect(page).toContain('<a href="#input-warnings">Input warnings</a>');
    for (const w of quality.warnings!.main!) expect(page).toContain(`(${w.code})`);
    // The message holds what the captions hold: escaped on the page, never markup.
    expect(page).toContain('&quot;&amp;amp;&quot;');
  });

  test('--strict refuses it: exit 1 naming file, line and problem, and nothing is published', async () => {
    const { event, store } = makeEvent(implausibleVtt());
    const r = await runRecap(['process', event, '--out', store, '--strict'], {});
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^recap: captions\/main\.vtt:6: 1 of 6 cues hold undecoded character references .* \[entity-in-text\] \(--strict refuses implausible input; 2 more warnings: captions\/main\.vtt:18: .*\[time-backwards\]; captions\/main\.vtt: .*\[recording-shorter-than-agenda\]\)\n$/);
    for (const published of ['alignment.json', 'warnings.json', 'quality.json', 'index.html', 'sessions', 'segments.jsonl', 'summary.json']) {
      expect({ published, exists: existsSync(path.join(eventDir(store), published)) }).toEqual({ published, exists: false });
    }
  });

  test('--strict after a run without it still refuses: the align step is not skipped as up to date', async () => {
    const { event, store } = makeEvent(implausibleVtt());
    expect((await runRecap(['process', event, '--out', store], {})).code).toBe(0);
    expect((await runRecap(['process', event, '--out', store, '--strict'], {})).code).toBe(1);
  });

  test('clean input: no warning line, an empty list, no section on the page, and --strict publishes', async () => {
    const clean = implausibleVtt().replace('&amp;amp;', '&amp;').replace(`${ts(5)} --> ${ts(10)}`, `${ts(32)} --> ${ts(37)}`);
    const { event, store } = makeEvent(clean);
    const manifest = MANIFEST.replace('end: "16:30"', 'end: "13:31"');
    writeFileSync(path.join(event, 'event.yaml'), manifest);
    const r = await runRecap(['process', event, '--out', store, '--strict'], {});
    expect(r.err).not.toContain('warning');
    expect(r.code).toBe(0);
    expect(InputWarningsFile.parse(JSON.parse(readFileSync(path.join(eventDir(store), 'warnings.json'), 'utf8'))).recordings).toEqual({ main: [] });
    expect(readFileSync(path.join(eventDir(store), 'index.html'), 'utf8')).not.toContain('input-warnings');
  });
});

test('a quality.json written before the warnings still validates', () => {
  const old = { generator: 'reflow@1', profile: 'default', input: {}, outputs: {} };
  expect(QualityFile.parse(old)).toEqual(old);
});

describe('--strict reaches the stages from both commands that plan a run', () => {
  test('process and enqueue take it; it becomes the pipeline option that sets the align job\'s field', async () => {
    for (const command of ['process', 'enqueue']) {
      const help = await runRecap([command, '--help'], {});
      expect(help.out).toMatch(/--strict +refuse implausible input/);
    }
    expect(pipelineOptions(resolveProcessOptions({ strict: true }, {}))).toEqual({ strict: true });
    expect(pipelineOptions(resolveProcessOptions({}, {}))).toEqual({});
  });
});
