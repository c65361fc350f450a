import { readFileSync } from 'fs';
import path from 'path';
import { runStage } from '../../src/stages/run-stage';
import { STAGES } from '../../src/stages/stage-registry';
import { stampKey } from '../../src/model/event-layout';
import { sha256Hex, StageStamp } from '../../src/stages/stage-stamp';
import { FsBlobStore } from '../../src/store/fs-store';
import { ituStore } from '../helpers/fixture-store';
import { loadEvent, newStore, processedItuStore, processEvent, PRUNE_STEP, ranSteps, SITE_STEP, removeStores, skippedSteps, snapshot, withCaptions, type EventInputs } from './event-fixture';

/**
 * What the real stages of the fixture event re-run when something changes: which stage reads
 * what (their inputKeys) decides it. The stamp logic itself is tested on small stages in
 * run-stage.test.ts; these start from a copy of the shared processed store (fixture-store.ts).
 */

const EVENT = 'itu-forum-2021-04-23';
const ALL_STEPS = ['ingest-recording.main', 'align-event', 'split-event', 'publish-captions', 'summarize-event', 'index-event', 'render-pages'];
const key = (rest: string) => `events/${EVENT}/${rest}`;

let event: EventInputs;
let shared: Map<string, Buffer>;
beforeAll(async () => {
  event = await loadEvent();
  shared = snapshot(new FsBlobStore(await ituStore()));
});
afterAll(removeStores);

const stampOf = async (store: FsBlobStore, name: string) => StageStamp.parse(JSON.parse((await store.get(stampKey(EVENT, name))).toString('utf8')));

describe('re-running the fixture event', () => {
  // That a fresh store gets the shared build's bytes is tested by process-s3 and queue-identical
  // (integration/), which process the fixture anew and compare with the shared build.
  test('on a copy of the shared build, a run skips every stage, with the figures of its stamp, and changes no byte', async () => {
    const store = await processedItuStore();
    const again = await processEvent(store, event);
    expect(skippedSteps(again)).toEqual(ALL_STEPS);
    expect(again.get(PRUNE_STEP)).toMatchObject({ summary: 'prune: 0 stale blobs removed', skipped: false });
    for (const [id, outcome] of again) {
      if (id === PRUNE_STEP || id === SITE_STEP) continue;
      const stamp = await stampOf(store, id);
      expect(outcome).toEqual({ outputKeys: stamp.outputs.map((o) => o.key), summary: `${stamp.summary} (up to date)`, counts: stamp.counts, skipped: true });
    }
    expect(snapshot(store)).toEqual(shared);
  });

  test('every stage leaves a stamp of its inputs and outputs, none naming the store\'s folder', async () => {
    const root = await ituStore();
    const store = new FsBlobStore(root);
    const stamps = [...shared].filter(([k]) => k.startsWith(key('stamps/')));
    expect(stamps.map(([k]) => k)).toEqual(['align-event', 'index-event', 'ingest-recording.main', 'publish-captions', 'render-pages', 'split-event', 'summarize-event'].map((n) => key(`stamps/${n}.json`)));
    const align = await stampOf(store, 'align-event');
    expect(align.stage).toBe('align-event');
    expect(align.version).toBe(STAGES['align-event'].version);
    expect(align.inputs.map((i) => [i.key, i.sha256])).toEqual([
      [key('manifest.json'), sha256Hex(shared.get(key('manifest.json'))!)],
      [key('recordings/main/track.json'), sha256Hex(shared.get(key('recordings/main/track.json'))!)],
    ]);
    expect(align.outputs).toEqual([
      { key: key('alignment.json'), sha256: sha256Hex(shared.get(key('alignment.json'))!) },
      { key: key('warnings.json'), sha256: sha256Hex(shared.get(key('warnings.json'))!) },
    ]);
    expect(align.summary).toMatch(/^align: \d+ sessions/);
    for (const [, bytes] of stamps) expect(bytes.toString('utf8')).not.toContain(root);
  });

  test('a change before the first session re-runs ingest, align, split, captions and pages only; a change within it re-runs everything; the same again skips', async () => {
    const store = await processedItuStore();
    const text = event.captions[0]!.bytes.toString();
    expect(text).toContain('GOOD AFTERNOON, EVERYONE');
    expect(text).toContain('AGEING POPULATIONS');
    // The sessions' outputs are unchanged, so the stages reading only those skip. The recording's
    // captions (a stamp input of the pages, which offer them) hold the pre-roll, so the pages re-run.
    const morning = text.replace('GOOD AFTERNOON, EVERYONE', 'GOOD MORNING, EVERYONE');
    expect(ranSteps(await processEvent(store, withCaptions(event, 'main', morning)))).toEqual(['ingest-recording.main', 'align-event', 'split-event', 'publish-captions', 'render-pages']);
    const after = snapshot(store);
    expect(after.get(key('recordings/main/track.json'))).not.toEqual(shared.get(key('recordings/main/track.json')));
    expect(after.get(key('segments.jsonl'))).toEqual(shared.get(key('segments.jsonl')));

    const growing = withCaptions(event, 'main', morning.replace('AGEING POPULATIONS', 'GROWING POPULATIONS'));
    expect(ranSteps(await processEvent(store, growing))).toEqual(ALL_STEPS);
    expect((await store.get(key('segments.jsonl'))).toString()).toContain('growing populations');
    expect(skippedSteps(await processEvent(store, growing))).toEqual(ALL_STEPS);
  });

  test('a caption file with other bytes but the same track (CRLF line ends) re-runs the ingest only', async () => {
    const store = await processedItuStore();
    const crlf = withCaptions(event, 'main', event.captions[0]!.bytes.toString().replace(/\n/g, '\r\n'));
    expect(ranSteps(await processEvent(store, crlf))).toEqual(['ingest-recording.main']);
    const after = snapshot(store);
    expect(after.get(key('recordings/main/track.json'))).toEqual(shared.get(key('recordings/main/track.json')));
    expect(after.get(key('alignment.json'))).toEqual(shared.get(key('alignment.json')));
  });

  test('another summary budget re-runs the summaries and the pages that show them, nothing else', async () => {
    const store = await processedItuStore();
    expect(ranSteps(await processEvent(store, event, { summaryWords: 40 }))).toEqual(['summarize-event', 'render-pages']);
    const after = snapshot(store);
    expect(after.get(key('summary.json'))).not.toEqual(shared.get(key('summary.json')));
    expect(after.get(key('search-index.json'))).toEqual(shared.get(key('search-index.json')));
  });

  test('index-event without segments.jsonl: both inputs are stamped as absent; once they exist, the stage re-runs', async () => {
    const store = newStore();
    const job = { eventId: EVENT };
    expect(await runStage(store, 'index-event', job)).toMatchObject({ skipped: false, outputKeys: [] });
    const stamp = await stampOf(store, 'index-event');
    expect(stamp.inputs).toEqual([
      { key: key('segments.jsonl'), sha256: null },
      { key: key('manifest.json'), sha256: null },
    ]);
    expect(stamp.outputs).toEqual([]);
    expect((await runStage(store, 'index-event', job)).skipped).toBe(true);
    const eventDir = path.join(await ituStore(), 'events', EVENT);
    for (const name of ['segments.jsonl', 'manifest.json']) await store.put(key(name), readFileSync(path.join(eventDir, name)));
    expect(await runStage(store, 'index-event', job)).toMatchObject({ skipped: false, outputKeys: [key('search-index.json')] });
    expect((await store.get(key('search-index.json'))).equals(shared.get(key('search-index.json'))!)).toBe(true);
  });
});
