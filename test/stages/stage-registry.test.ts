import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { ALIGN_GENERATOR } from '../../src/align/align-event';
import { PLAUSIBILITY_GENERATOR } from '../../src/model/input-warning';
import { INGEST_GENERATOR } from '../../src/model/track';
import { PAGES_GENERATOR } from '../../src/publish/html/page-shell';
import { REFLOW_GENERATOR } from '../../src/publish/reflow';
import { CHAPTERS_GENERATOR } from '../../src/publish/chapters';
import { SPEAKERS_GENERATOR } from '../../src/model/speaker-transcript';
import { SPLIT_GENERATOR } from '../../src/model/transcript';
import { SEARCH_INDEX_FORMAT } from '../../src/search/inverted-index';
import { runStage } from '../../src/stages/run-stage';
import { STAGES } from '../../src/stages/stage-registry';
import { BlobNotFoundError } from '../../src/store/blob-store';
import { FsBlobStore } from '../../src/store/fs-store';
import { SUMMARIZE_GENERATOR } from '../../src/summarize/types';
import { LANGUAGES_GENERATOR } from '../../src/text/language/registry';
import { ituStore } from '../helpers/fixture-store';
import { loadEvent, newStore, processEvent, ranSteps, removeStores, type EventInputs } from './event-fixture';

const FIXTURES = path.resolve(__dirname, '../../fixtures/captions');
const EVENT = 'itu-forum-2021-04-23';
const key = (rest: string) => `events/${EVENT}/${rest}`;

/** Two recordings of one forum opening (the fixture of test/cli/process.test.ts), in a temp folder. */
const TWO_RECORDINGS = `id: forum-opening
title: Forum opening
timezone: Europe/Zurich
date: 2021-04-23
sessions:
  - { id: welcome, title: Welcome, start: "13:30" }
  - { id: keynote, title: Keynote, start: "13:35", end: "13:40" }
recordings:
  - { id: main, captions: captions/main.vtt, startsAt: "2021-04-23T13:29:56+02:00" }
  - { id: backup, captions: captions/backup.srt, sessions: [welcome] }
`;

const folders: string[] = [];
afterAll(() => {
  removeStores();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('stage registry', () => {
  test("each version is the stage's own and folds in the generators of what it writes", () => {
    expect(STAGES['ingest-recording'].version).toBe(`ingest-recording@2+${INGEST_GENERATOR}`);
    expect(STAGES['align-event'].version).toBe(`align-event@2+${ALIGN_GENERATOR}+${PLAUSIBILITY_GENERATOR}+${LANGUAGES_GENERATOR}`);
    expect(STAGES['split-event'].version).toBe(`split-event@2+${SPLIT_GENERATOR}+${SPEAKERS_GENERATOR}+${LANGUAGES_GENERATOR}`);
    // captions are cased and their speakers resolved by split's code: a change there invalidates them
    expect(STAGES['publish-captions'].version).toBe(`publish-captions@4+${REFLOW_GENERATOR}+${SPLIT_GENERATOR}+${CHAPTERS_GENERATOR}+${LANGUAGES_GENERATOR}`);
    expect(STAGES['summarize-event'].version).toBe(`summarize-event@2+${SUMMARIZE_GENERATOR}+${LANGUAGES_GENERATOR}`);
    expect(STAGES['index-event'].version).toBe(`index-event@1+${SEARCH_INDEX_FORMAT}+${LANGUAGES_GENERATOR}`);
    expect(STAGES['render-pages'].version).toBe(`render-pages@4+${PAGES_GENERATOR}`);
  });

  test('inputKeys lists every blob a stage reads, recordings and sessions taken from the stored manifest', async () => {
    // inputKeys only reads: the shared build will do.
    const store = new FsBlobStore(await ituStore());
    const event = await loadEvent();
    const job = { eventId: EVENT };
    const sessions = event.manifest.sessions.map((s) => key(`sessions/${s.id}/transcript.json`));
    expect(sessions.length).toBeGreaterThan(1);
    const sourceKey = key('recordings/main/source.vtt');
    expect(await STAGES['ingest-recording'].inputKeys(store, { eventId: EVENT, recordingId: 'main', sourceKey, fileName: 'main.vtt' })).toEqual([sourceKey]);
    expect(await STAGES['align-event'].inputKeys(store, job)).toEqual([key('manifest.json'), key('recordings/main/track.json')]);
    expect(await STAGES['split-event'].inputKeys(store, job)).toEqual([key('manifest.json'), key('alignment.json'), key('recordings/main/track.json')]);
    expect(await STAGES['summarize-event'].inputKeys(store, job)).toEqual([key('manifest.json'), ...sessions]);
    expect(await STAGES['index-event'].inputKeys(store, job)).toEqual([key('segments.jsonl'), key('manifest.json')]);
    expect(await STAGES['publish-captions'].inputKeys(store, { eventId: EVENT, profile: 'default' })).toEqual([key('manifest.json'), key('alignment.json'), key('recordings/main/track.json'), key('warnings.json')]);
  });

  test('without a stored manifest the input list is the manifest alone, and the stage fails with its own error', async () => {
    const store = newStore();
    expect(await STAGES['align-event'].inputKeys(store, { eventId: EVENT })).toEqual([key('manifest.json')]);
    await expect(runStage(store, 'align-event', { eventId: EVENT })).rejects.toThrow(BlobNotFoundError);
    expect(await store.list('')).toEqual([]);
  });

  test('with two recordings, a changed caption file re-runs its own ingest and what follows; the other ingest skips', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recap-two-recordings-'));
    folders.push(dir);
    mkdirSync(path.join(dir, 'captions'));
    writeFileSync(path.join(dir, 'event.yaml'), TWO_RECORDINGS);
    copyFileSync(path.join(FIXTURES, 'forum-opening.vtt'), path.join(dir, 'captions', 'main.vtt'));
    copyFileSync(path.join(FIXTURES, 'forum-opening.srt'), path.join(dir, 'captions', 'backup.srt'));
    const store = newStore();
    const event: EventInputs = await loadEvent(dir);
    const steps = ['ingest-recording.main', 'ingest-recording.backup', 'align-event', 'split-event', 'publish-captions', 'summarize-event', 'index-event', 'render-pages'];
    expect(ranSteps(await processEvent(store, event))).toEqual(steps);

    const backup = event.captions.find((c) => c.recordingId === 'backup')!;
    const edited = { ...backup, bytes: Buffer.from(`${backup.bytes.toString().trimEnd()}\n\n99\n00:09:00,000 --> 00:09:02,000\nOne more line.\n`) };
    const changed = { ...event, captions: event.captions.map((c) => (c.recordingId === 'backup' ? edited : c)) };
    const outcomes = await processEvent(store, changed);
    expect(outcomes.get('ingest-recording.main')?.skipped).toBe(true);
    expect(ranSteps(outcomes)).toEqual(steps.filter((id) => id !== 'ingest-recording.main'));
  });
});
