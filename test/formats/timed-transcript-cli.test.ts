import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { Track } from '../../src/model/track';
import { Transcript } from '../../src/model/transcript';

const FIXTURES = path.resolve(__dirname, '../../fixtures/formats');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), isTty: false };
  const code = await runCli(argv, io, {});
  return { code, out, err };
}

/** The speakers of the export's paragraphs, in order, read with a pattern of the test's own. */
function speakersOf(file: string, header: RegExp): string[] {
  return readFileSync(file, 'utf8').split('\n').flatMap((line) => header.exec(line)?.[1] ?? []);
}

test('recap parse --json reads an Otter.ai export: a cue per paragraph, its speaker, no error', async () => {
  const file = path.join(FIXTURES, 'otter/library-friends-planning.txt');
  const r = await run(['parse', file, '--json']);
  expect(r.code).toBe(0);
  const track = Track.parse(JSON.parse(r.out));
  expect(track.format).toBe('timed-transcript');
  expect(track.cues.map((c) => c.speaker)).toEqual(speakersOf(file, /^(.+?) {2}\d+:\d\d *$/));
  expect(track.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

test('recap parse refuses a plain .txt with exit 1, naming the file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-timed-'));
  const file = path.join(dir, 'notes.txt');
  writeFileSync(file, 'Notes from Tuesday\n\nThe hall is booked from 10:30 until noon.\nBring the keys.\n');
  const r = await run(['parse', file]);
  expect(r.code).toBe(1);
  expect(r.err).toContain('notes.txt');
  expect(r.err).toContain('not a caption format');
});

/** A clock reading of `seconds`: "m:ss" (Otter), "mm:ss" (Rev) or "hh:mm:ss", from the start or as a time of day. */
function clockText(seconds: number, form: 'm:ss' | 'mm:ss' | 'hh:mm:ss'): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  if (form === 'hh:mm:ss' || h > 0) return `${form === 'm:ss' ? h : two(h)}:${two(m)}:${two(s)}`;
  return `${form === 'm:ss' ? m : two(m)}:${two(s)}`;
}

/** How each service writes one paragraph. */
const WRITERS: Record<string, (name: string, seconds: number, text: string) => string> = {
  otter: (name, t, text) => `${name}  ${clockText(t, 'm:ss')}  \n${text}\n`,
  rev: (name, t, text) => `${name} (${clockText(t, 'mm:ss')}):\n${text}\n`,
  descript: (name, t, text) => `[${clockText(t, 'hh:mm:ss')}] ${name}: ${text}\n`,
  sonix: (name, t, text) => `${name}: [${clockText(t, 'hh:mm:ss')}] ${text}\n`,
  zoom: (name, t, text) => `[${name}] ${clockText(t + 9 * 3600, 'hh:mm:ss')}\n${text}\n`,
};

const NAMES = ['Ana Reyes', 'Bo Lund', 'Cleo Marsh', 'Dev Okoro'];
const WORDS = 'the committee will meet again next week about the water bill the bonfire and the plots by the gate'.split(' ');

/**
 * A meeting's export of 150 paragraphs over about forty minutes; about a third of them are the
 * same speaker again (a new paragraph, not a new turn), as in real exports.
 */
function meetingExport(write: (name: string, seconds: number, text: string) => string): { text: string; speakers: string[]; startsMs: number[] } {
  let seed = 7;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const speakers: string[] = [];
  const paragraphs: string[] = [];
  const startsMs: number[] = [];
  let t = 0;
  for (let i = 0; i < 150; i++) {
    const name = i > 0 && next(3) === 0 ? speakers[i - 1]! : NAMES[next(NAMES.length)]!;
    speakers.push(name);
    const text = Array.from({ length: 5 + next(40) }, () => WORDS[next(WORDS.length)]).join(' ');
    paragraphs.push(write(name, t, `${text}.`));
    startsMs.push(t * 1000);
    t += 5 + next(20);
  }
  return { text: paragraphs.join('\n'), speakers, startsMs };
}

describe.each(Object.keys(WRITERS))("a one-session event with a meeting's export in %s's layout, through recap process", (service) => {
  test('its transcript has a speaker heading at each change of speaker, and only there', async () => {
    const { text, speakers: all, startsMs } = meetingExport(WRITERS[service]!);
    const dir = mkdtempSync(path.join(tmpdir(), 'recap-timed-'));
    mkdirSync(path.join(dir, 'event'));
    writeFileSync(path.join(dir, 'event', 'export.txt'), text);
    writeFileSync(
      path.join(dir, 'event', 'event.yaml'),
      'id: export-event\ntitle: An exported transcript\nsessions:\n  - id: meeting\n    title: Meeting\nrecordings:\n  - id: main\n    captions: export.txt\n',
    );
    const store = path.join(dir, 'store');
    const r = await run(['process', path.join(dir, 'event'), '--out', store]);
    expect(r.code).toBe(0);
    const track = Track.parse(JSON.parse(readFileSync(path.join(store, 'events/export-event/recordings/main/track.json'), 'utf8')));
    expect(track.format).toBe('timed-transcript');
    const session = path.join(store, 'events/export-event/sessions/meeting');
    const transcript = Transcript.parse(JSON.parse(readFileSync(path.join(session, 'transcript.json'), 'utf8')));
    // Nothing is said before or after the agenda, so the one session is the whole export, and
    // every paragraph keeps its speaker and turn.
    expect(transcript.startMs).toBe(track.cues[0]!.startMs);
    expect(transcript.endMs).toBe(track.cues[track.cues.length - 1]!.endMs);
    const speakers = all.filter((_s, i) => startsMs[i]! >= transcript.startMs && startsMs[i]! < transcript.endMs);
    const changes = speakers.filter((s, i) => i === 0 || s !== speakers[i - 1]);
    expect(changes.length).toBeLessThan(speakers.length);
    expect(new Set(transcript.paragraphs.map((p) => p.turn)).size).toBe(changes.length);
    const headings = readFileSync(path.join(session, 'transcript.md'), 'utf8').split('\n').filter((l) => /^\*\*.+\*\*$/.test(l));
    expect(headings.map((h) => h.slice(2, -2))).toEqual(changes);
  });
});

test('recap process --strict takes an Otter.ai export with a tea break: the paragraph before it is no 20-minute cue', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-timed-'));
  mkdirSync(path.join(dir, 'event'));
  writeFileSync(path.join(dir, 'event', 'export.txt'), readFileSync(path.join(FIXTURES, 'otter/library-friends-planning.txt')));
  writeFileSync(
    path.join(dir, 'event', 'event.yaml'),
    'id: break-event\ntitle: A meeting with a break\nsessions:\n  - id: meeting\n    title: Meeting\nrecordings:\n  - id: main\n    captions: export.txt\n',
  );
  const r = await run(['process', path.join(dir, 'event'), '--out', path.join(dir, 'store'), '--strict']);
  expect(r.err).not.toContain('cue-too-long');
  expect(r.code).toBe(0);
});
