import { rmSync } from 'fs';
import path from 'path';
import { stampKey } from '../../src/model/event-layout';
import { JobPayloadError } from '../../src/stages/job-payload-error';
import { runDefinedStage, runStage } from '../../src/stages/run-stage';
import { STAGES } from '../../src/stages/stage-registry';
import { sha256Hex, StageStamp } from '../../src/stages/stage-stamp';
import { loadEvent, newStore, processEvent, ranSteps, removeStores, skippedSteps, snapshot, withCaptions, type EventInputs } from './event-fixture';

const EVENT = 'itu-forum-2021-04-23';
const ALL_STEPS = ['ingest-recording.main', 'align-event', 'split-event', 'publish-captions', 'summarize-event', 'index-event', 'render-pages'];
const key = (rest: string) => `events/${EVENT}/${rest}`;

let event: EventInputs;
beforeAll(async () => {
  event = await loadEvent();
});
afterAll(removeStores);

const stampOf = async (store: ReturnType<typeof newStore>, name: string) => StageStamp.parse(JSON.parse((await store.get(stampKey(EVENT, name))).toString('utf8')));

describe('runStage: stamps and skipping', () => {
  test('a second run skips every stage, says so, and leaves every stored byte as it was', async () => {
    const store = newStore();
    const first = await processEvent(store, event);
    expect(ranSteps(first)).toEqual(ALL_STEPS);
    const before = snapshot(store);
    const again = await processEvent(store, event);
    expect(skippedSteps(again)).toEqual(ALL_STEPS);
    for (const id of ALL_STEPS) {
      const [was, now] = [first.get(id)!, again.get(id)!];
      expect(now).toEqual({ ...was, summary: `${was.summary} (up to date)`, skipped: true });
    }
    expect(snapshot(store)).toEqual(before);
  });

  test('two fresh stores get byte-identical stamps (no times, run ids or host names), each recording inputs and outputs', async () => {
    const [a, b] = [newStore(), newStore()];
    await processEvent(a, event);
    await processEvent(b, event);
    const stamps = (store: ReturnType<typeof newStore>) => new Map([...snapshot(store)].filter(([k]) => k.startsWith(key('stamps/'))));
    expect([...stamps(a).keys()]).toEqual(['align-event', 'index-event', 'ingest-recording.main', 'publish-captions', 'render-pages', 'split-event', 'summarize-event'].map((n) => key(`stamps/${n}.json`)));
    expect(stamps(b)).toEqual(stamps(a));
    expect(snapshot(b)).toEqual(snapshot(a));

    const align = await stampOf(a, 'align-event');
    expect(Object.keys(align)).toEqual(['stage', 'version', 'inputsHash', 'inputs', 'outputs', 'summary', 'counts']);
    expect(align.stage).toBe('align-event');
    expect(align.version).toBe(STAGES['align-event'].version);
    expect(align.inputs.map((i) => [i.key, i.sha256])).toEqual([
      [key('manifest.json'), sha256Hex(await a.get(key('manifest.json')))],
      [key('recordings/main/track.json'), sha256Hex(await a.get(key('recordings/main/track.json')))],
    ]);
    expect(align.outputs).toEqual([{ key: key('alignment.json'), sha256: sha256Hex(await a.get(key('alignment.json'))) }]);
    expect(align.summary).toMatch(/^align: \d+ sessions/);
    for (const bytes of stamps(a).values()) expect(bytes.toString('utf8')).not.toContain(a.root);
  });

  test('a changed caption file re-runs its ingest and everything downstream; the same change again skips', async () => {
    const store = newStore();
    await processEvent(store, event);
    const text = event.captions[0]!.bytes.toString();
    expect(text).toContain('AGEING POPULATIONS');
    const edited = withCaptions(event, 'main', text.replace('AGEING POPULATIONS', 'GROWING POPULATIONS'));
    expect(ranSteps(await processEvent(store, edited))).toEqual(ALL_STEPS);
    expect((await store.get(key('segments.jsonl'))).toString()).toContain('growing populations');
    expect(skippedSteps(await processEvent(store, edited))).toEqual(ALL_STEPS);
  });

  test('a change before the first session re-runs ingest, align, split and captions (which read the track); their outputs for the sessions are unchanged, so the rest skip', async () => {
    const store = newStore();
    await processEvent(store, event);
    const before = snapshot(store);
    const text = event.captions[0]!.bytes.toString();
    expect(text).toContain('GOOD AFTERNOON, EVERYONE');
    const outcomes = await processEvent(store, withCaptions(event, 'main', text.replace('GOOD AFTERNOON, EVERYONE', 'GOOD MORNING, EVERYONE')));
    expect(ranSteps(outcomes)).toEqual(['ingest-recording.main', 'align-event', 'split-event', 'publish-captions']);
    const after = snapshot(store);
    expect(after.get(key('recordings/main/track.json'))).not.toEqual(before.get(key('recordings/main/track.json')));
    expect(after.get(key('segments.jsonl'))).toEqual(before.get(key('segments.jsonl')));
  });

  test('a caption file with other bytes but the same track (CRLF line ends) re-runs the ingest only', async () => {
    const store = newStore();
    await processEvent(store, event);
    const before = snapshot(store);
    const crlf = withCaptions(event, 'main', event.captions[0]!.bytes.toString().replace(/\n/g, '\r\n'));
    const outcomes = await processEvent(store, crlf);
    expect(ranSteps(outcomes)).toEqual(['ingest-recording.main']);
    const after = snapshot(store);
    expect(after.get(key('recordings/main/track.json'))).toEqual(before.get(key('recordings/main/track.json')));
    expect(after.get(key('alignment.json'))).toEqual(before.get(key('alignment.json')));
  });

  test('a changed job (another summary budget) re-runs that stage only; its outputs are its own, the rest untouched', async () => {
    const store = newStore();
    await processEvent(store, event);
    const before = snapshot(store);
    const outcomes = await processEvent(store, event, { summaryWords: 40 });
    // The pages show the summary, so they follow it.
    expect(ranSteps(outcomes)).toEqual(['summarize-event', 'render-pages']);
    const after = snapshot(store);
    expect(after.get(key('summary.json'))).not.toEqual(before.get(key('summary.json')));
    expect(after.get(key('search-index.json'))).toEqual(before.get(key('search-index.json')));
  });

  test('a changed stage version re-runs the stage; unchanged outputs let the stages after it skip', async () => {
    const store = newStore();
    await processEvent(store, event);
    const before = snapshot(store);
    const bumped = { ...STAGES['align-event'], version: 'align-event@999+align@999' };
    const first = await runDefinedStage(store, 'align-event', bumped, { eventId: EVENT });
    expect(first.skipped).toBe(false);
    expect((await stampOf(store, 'align-event')).version).toBe('align-event@999+align@999');
    expect((await runDefinedStage(store, 'align-event', bumped, { eventId: EVENT })).skipped).toBe(true);
    // Back to the registry's version: the stamp no longer matches, so align runs again.
    const outcomes = await processEvent(store, event);
    expect(ranSteps(outcomes)).toEqual(['align-event']);
    expect(snapshot(store)).toEqual(before);
  });

  test('a deleted output re-runs its stage and brings the same bytes back', async () => {
    const store = newStore();
    await processEvent(store, event);
    const before = snapshot(store);
    const md = key('sessions/opening/transcript.md');
    expect(before.has(md)).toBe(true);
    rmSync(path.join(store.root, ...md.split('/')));
    const outcomes = await processEvent(store, event);
    expect(ranSteps(outcomes)).toEqual(['split-event']);
    expect(snapshot(store)).toEqual(before);
  });

  test('a modified output re-runs its stage and is rewritten', async () => {
    const store = newStore();
    await processEvent(store, event);
    const before = snapshot(store);
    await store.put(key('summary.json'), '{"edited": true}\n');
    const outcomes = await processEvent(store, event);
    expect(ranSteps(outcomes)).toEqual(['summarize-event']);
    expect(snapshot(store)).toEqual(before);
  });

  test('a stamp that is not JSON, or not a stamp, counts as absent: the stage re-runs and rewrites it', async () => {
    const store = newStore();
    await processEvent(store, event);
    const before = snapshot(store);
    for (const junk of ['not json {', '{"stage": "align-event"}\n']) {
      await store.put(stampKey(EVENT, 'align-event'), junk);
      const outcomes = await processEvent(store, event);
      expect(ranSteps(outcomes)).toEqual(['align-event']);
      expect(snapshot(store)).toEqual(before);
    }
  });

  test('index-event without segments.jsonl: the absent input is stamped as absent; once it exists, the stage re-runs', async () => {
    const store = newStore();
    const job = { eventId: EVENT };
    const empty = await runStage(store, 'index-event', job);
    expect(empty).toMatchObject({ skipped: false, outputKeys: [] });
    const stamp = await stampOf(store, 'index-event');
    expect(stamp.inputs).toEqual([
      { key: key('segments.jsonl'), sha256: null },
      { key: key('manifest.json'), sha256: null },
    ]);
    expect(stamp.outputs).toEqual([]);
    expect((await runStage(store, 'index-event', job)).skipped).toBe(true);
    const outcomes = await processEvent(store, event);
    expect(outcomes.get('index-event')).toMatchObject({ skipped: false, outputKeys: [key('search-index.json')] });
  });

  test('a refused payload throws JobPayloadError and writes nothing', async () => {
    const store = newStore();
    await expect(runStage(store, 'align-event', { eventId: 'a/b' })).rejects.toThrow(JobPayloadError);
    await expect(runStage(store, 'align-event', { eventId: 'a/b' })).rejects.toThrow(/^align-event job: eventId: "a\/b" is not a valid id/);
    expect(await store.list('')).toEqual([]);
  });
});
