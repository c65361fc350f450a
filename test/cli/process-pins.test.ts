import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { Alignment } from '../../src/model/alignment';
import { ResolvedManifest } from '../../src/model/manifest-resolved';
import { Transcript } from '../../src/model/transcript';
import { StageStamp } from '../../src/stages/stage-stamp';

/**
 * An organiser's pin added to an event already processed: `recap process` again re-runs the
 * alignment and every stage after it, not the reading of the caption files, and the pinned
 * session starts at the pin in alignment.json, its transcript and its captions.
 */

const FIXTURE = path.resolve(__dirname, '../../fixtures/player-event');
const EVENT = 'player-event';
const BUDGET_TITLE = '    title: Budget for the reading rooms\n';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A temp copy of the fixture event (event/) and a store beside it (store/). */
function copyFixture(): { event: string; store: string; eventDir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-pins-'));
  folders.push(dir);
  cpSync(FIXTURE, path.join(dir, 'event'), { recursive: true });
  const store = path.join(dir, 'store');
  return { event: path.join(dir, 'event'), store, eventDir: path.join(store, 'events', EVENT) };
}

/** Adds `pin` to the budget session of the copy's event.yaml. */
function pinBudget(event: string, pin: string): void {
  const file = path.join(event, 'event.yaml');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(BUDGET_TITLE);
  writeFileSync(file, text.replace(BUDGET_TITLE, `${BUDGET_TITLE}    pin: "${pin}"\n`));
}

async function processEvent(event: string, store: string): Promise<{ code: number; lines: string[] }> {
  let err = '';
  const io: CliIo = { out: () => undefined, err: (s) => void (err += s), isTty: true };
  const code = await runCli(['process', event, '--out', store], io, {});
  return { code, lines: err.trimEnd().split('\n') };
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const stamp = (eventDir: string, name: string) => StageStamp.parse(readJson(path.join(eventDir, 'stamps', `${name}.json`)));
const ALIGNMENT_AND_AFTER = ['align-event', 'split-event', 'publish-captions', 'summarize-event', 'index-event', 'render-pages'];

describe('recap process after a pin is added', () => {
  test('re-runs the alignment and what depends on it, not the parse; the pinned session starts at the pin everywhere', async () => {
    const { event, store, eventDir } = copyFixture();
    const first = await processEvent(event, store);
    expect(first.code).toBe(0);
    const before = Alignment.parse(readJson(path.join(eventDir, 'alignment.json')));
    // The aligner puts the budget at the chair's hand-over (00:00:55); the organiser counts it from the treasurer's first words.
    expect(before.sessions.find((s) => s.id === 'budget')!.startMs).not.toBe(61_000);
    const stampsBefore = new Map(['ingest-recording.main', ...ALIGNMENT_AND_AFTER].map((name) => [name, stamp(eventDir, name)]));

    pinBudget(event, '0:01:01');
    const again = await processEvent(event, store);
    expect(again.code).toBe(0);

    // What re-ran: the progress lines of the stages, and their stamps.
    const progress = again.lines.slice(1, -3);
    expect(progress.filter((line) => line.endsWith(' (up to date)'))).toEqual([expect.stringMatching(/^ingest main: 22 cues/)]);
    expect(progress.map((line) => line.split(/[ :]/)[0])).toEqual(['ingest', 'align', 'split', 'captions', 'summaries', 'index', 'pages']);
    expect(again.lines.at(-1)).toMatch(/; 1 of 9 stages up to date$/);
    expect(stamp(eventDir, 'ingest-recording.main')).toEqual(stampsBefore.get('ingest-recording.main'));
    for (const name of ALIGNMENT_AND_AFTER) expect(stamp(eventDir, name).inputsHash).not.toBe(stampsBefore.get(name)!.inputsHash);

    const manifest = ResolvedManifest.parse(readJson(path.join(eventDir, 'manifest.json')));
    expect(manifest.sessions[1]!.pin).toEqual({ at: '0:01:01', recording: 'main' });
    const alignment = Alignment.parse(readJson(path.join(eventDir, 'alignment.json')));
    const [welcome, budget] = alignment.sessions;
    expect(budget).toMatchObject({ id: 'budget', status: 'aligned', startMs: 61_000, confidence: 1, evidence: ['pinned by the organiser at 00:01:01'] });
    expect(budget!.startsAt).toBe('2026-03-04T09:01:01.000Z');
    expect(welcome).toMatchObject({ id: 'welcome', endMs: 61_000 });

    const transcript = Transcript.parse(readJson(path.join(eventDir, 'sessions', 'budget', 'transcript.json')));
    expect(transcript).toMatchObject({ startMs: 61_000, endMs: budget!.endMs });
    expect(transcript.paragraphs[0]).toMatchObject({ speaker: 'Tomasz Okonkwo', startMs: 61_000, relStartMs: 0 });
    const captions = readFileSync(path.join(eventDir, 'sessions', 'budget', 'captions.vtt'), 'utf8');
    expect(captions).toMatch(/^WEBVTT\n\n1\n00:00:00\.000 --> [^\n]+\n<v Tomasz Okonkwo>[^\n]*Thank you, chair\./);
    // The hand-over is now the end of the welcome.
    const welcomeText = readFileSync(path.join(eventDir, 'sessions', 'welcome', 'transcript.txt'), 'utf8');
    expect(welcomeText.trimEnd()).toMatch(/I will hand over to our treasurer for that item now\.$/);
  });

  test('a pin at or after the end of the recording\'s captions: exit 1, naming the session and both times', async () => {
    const { event, store } = copyFixture();
    pinBudget(event, '05:00');
    const r = await processEvent(event, store);
    expect(r.code).toBe(1);
    expect(r.lines.at(-1)).toBe(`recap: events/${EVENT}/manifest.json: sessions[1].pin: session "budget" is pinned at 00:05:00 in recording main, but its captions end at 00:02:33.000`);
  });

  test('a pin that is not a time: exit 1 naming the manifest file, line and field', async () => {
    const { event, store } = copyFixture();
    pinBudget(event, '1 min');
    const r = await processEvent(event, store);
    expect(r.code).toBe(1);
    const line = readFileSync(path.join(event, 'event.yaml'), 'utf8').split('\n').indexOf('    pin: "1 min"') + 1;
    expect(r.lines).toEqual([`recap: ${path.join(event, 'event.yaml')}:${line}: sessions[1].pin: "1 min" is not a time in the recording (HH:MM:SS, H:MM:SS or MM:SS, optionally with a fraction such as .500, e.g. "00:16:00")`]);
  });
});
