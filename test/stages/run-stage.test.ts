import { rmSync } from 'fs';
import path from 'path';
import { z } from 'zod';
import { stampKey } from '../../src/model/event-layout';
import { JobPayloadError } from '../../src/stages/job-payload-error';
import { UndeclaredInputError } from '../../src/stages/run-scoped-store';
import { runDefinedStage, runStage, UP_TO_DATE } from '../../src/stages/run-stage';
import { DEFAULT_STAGE_CONTEXT, type StageDefinition } from '../../src/stages/stage-registry';
import { sha256Hex, StageStamp } from '../../src/stages/stage-stamp';
import type { BlobStore } from '../../src/store/blob-store';
import type { FsBlobStore } from '../../src/store/fs-store';
import { newStore, removeStores, snapshot } from './event-fixture';

/**
 * The stamp logic of runStage on two small synthetic stages, so each case runs in milliseconds:
 * "shout" reads in.txt (and extra.txt when present) and writes out.txt; "count" reads out.txt
 * and writes count.txt. What the real stages of the fixture event re-run is in
 * pipeline-reruns.test.ts.
 */

const EVENT = 'demo';
const key = (rest: string) => `events/${EVENT}/${rest}`;
const ShoutJob = z.strictObject({ eventId: z.string(), times: z.number().int().positive().default(1) });
type ShoutJob = z.output<typeof ShoutJob>;
type EventJob = { eventId: string };

/** Names of the stages whose work ran, in order. */
let runs: string[] = [];

function shout(version = 'shout@1'): StageDefinition<ShoutJob> {
  return {
    schema: ShoutJob,
    version,
    inputKeys: async () => [key('in.txt'), key('extra.txt')],
    stampName: () => 'shout',
    run: async (store, job) => {
      runs.push('shout');
      const extra = (await store.exists(key('extra.txt'))) ? (await store.get(key('extra.txt'))).toString() : '';
      const text = `${(await store.get(key('in.txt'))).toString()}${extra}`.toUpperCase().repeat(job.times);
      await store.put(key('out.txt'), text);
      return { outputKeys: [key('out.txt')], summary: `shout: ${text.length} chars`, counts: { chars: text.length } };
    },
  };
}

const count: StageDefinition<EventJob> = {
  schema: z.strictObject({ eventId: z.string() }),
  version: 'count@1',
  inputKeys: async () => [key('out.txt')],
  stampName: () => 'count',
  run: async (store) => {
    runs.push('count');
    const words = (await store.get(key('out.txt'))).toString().split(/\s+/).filter(Boolean).length;
    await store.put(key('count.txt'), `${words}\n`);
    return { outputKeys: [key('count.txt')], summary: `count: ${words} words`, counts: { words } };
  },
};

/** Both stages in order, as a pipeline runs them; the outcomes of each. */
async function runBoth(store: FsBlobStore, job: Partial<ShoutJob> = {}, shoutStage = shout()) {
  return [await runDefinedStage(store, 'shout', shoutStage, { eventId: EVENT, ...job }), await runDefinedStage(store, 'count', count, { eventId: EVENT })];
}

async function storeWithInput(text = 'hello stamped world'): Promise<FsBlobStore> {
  const store = newStore();
  await store.put(key('in.txt'), text);
  return store;
}

const stampOf = async (store: FsBlobStore, name: string) => StageStamp.parse(JSON.parse((await store.get(stampKey(EVENT, name))).toString('utf8')));

beforeEach(() => {
  runs = [];
});
afterAll(removeStores);

describe('runStage: stamps and skipping', () => {
  test('a second run skips every stage, says so with the first run\'s figures, and leaves every stored byte as it was', async () => {
    const store = await storeWithInput();
    const first = await runBoth(store);
    expect(runs).toEqual(['shout', 'count']);
    expect(first.map((o) => o.skipped)).toEqual([false, false]);
    const before = snapshot(store);
    const again = await runBoth(store);
    expect(runs).toEqual(['shout', 'count']);
    again.forEach((now, i) => expect(now).toEqual({ ...first[i]!, summary: `${first[i]!.summary}${UP_TO_DATE}`, skipped: true }));
    expect(snapshot(store)).toEqual(before);
  });

  test('two fresh stores get byte-identical stamps (no times, run ids or host names), each recording inputs and outputs', async () => {
    const [a, b] = [await storeWithInput(), await storeWithInput()];
    await runBoth(a);
    await runBoth(b);
    expect(snapshot(b)).toEqual(snapshot(a));
    expect([...snapshot(a).keys()].filter((k) => k.includes('/stamps/'))).toEqual([key('stamps/count.json'), key('stamps/shout.json')]);
    const stamp = await stampOf(a, 'shout');
    expect(Object.keys(stamp)).toEqual(['stage', 'version', 'inputsHash', 'inputs', 'outputs', 'summary', 'counts']);
    expect(stamp).toMatchObject({ stage: 'shout', version: 'shout@1', summary: 'shout: 19 chars', counts: { chars: 19 } });
    // in the order inputKeys lists them; the absent one is hashed as absent
    expect(stamp.inputs).toEqual([
      { key: key('in.txt'), sha256: sha256Hex('hello stamped world') },
      { key: key('extra.txt'), sha256: null },
    ]);
    expect(stamp.outputs).toEqual([{ key: key('out.txt'), sha256: sha256Hex('HELLO STAMPED WORLD') }]);
    expect(stamp.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    for (const [k, bytes] of snapshot(a)) if (k.includes('/stamps/')) expect(bytes.toString('utf8')).not.toContain(a.root);
  });

  test('a changed input re-runs its stage and, when its output changes, the stage reading that; the same input again skips', async () => {
    const store = await storeWithInput();
    await runBoth(store);
    runs = [];
    await store.put(key('in.txt'), 'hello again, changed world');
    expect((await runBoth(store)).map((o) => o.skipped)).toEqual([false, false]);
    expect(runs).toEqual(['shout', 'count']);
    expect((await store.get(key('out.txt'))).toString()).toBe('HELLO AGAIN, CHANGED WORLD');
    runs = [];
    expect((await runBoth(store)).map((o) => o.skipped)).toEqual([true, true]);
    expect(runs).toEqual([]);
  });

  test('an input that changes but gives the same output re-runs its stage only: the one after it skips', async () => {
    const store = await storeWithInput('hello world');
    await runBoth(store);
    runs = [];
    await store.put(key('in.txt'), 'HELLO world');
    const outcomes = await runBoth(store);
    expect(outcomes.map((o) => o.skipped)).toEqual([false, true]);
    expect(runs).toEqual(['shout']);
  });

  test('an absent input is stamped as absent; once it exists, the stage re-runs', async () => {
    const store = await storeWithInput();
    await runBoth(store);
    runs = [];
    await store.put(key('extra.txt'), ' and more');
    expect((await runBoth(store)).map((o) => o.skipped)).toEqual([false, false]);
    expect((await stampOf(store, 'shout')).inputs[1]).toEqual({ key: key('extra.txt'), sha256: sha256Hex(' and more') });
  });

  test('a changed job re-runs that stage; the same job with its fields in another order skips', async () => {
    const store = await storeWithInput();
    await runBoth(store);
    const before = snapshot(store);
    runs = [];
    await runBoth(store, { times: 2 });
    expect(runs).toEqual(['shout', 'count']);
    expect((await store.get(key('out.txt'))).toString()).toBe('HELLO STAMPED WORLD'.repeat(2));
    runs = [];
    expect((await runDefinedStage(store, 'shout', shout(), { times: 2, eventId: EVENT })).skipped).toBe(true);
    // back to the first job: its stamp was replaced, so it runs again, and writes the first bytes
    await runBoth(store);
    expect(runs).toEqual(['shout', 'count']);
    expect(snapshot(store)).toEqual(before);
  });

  test('a changed stage version re-runs the stage; unchanged outputs let the stage after it skip', async () => {
    const store = await storeWithInput();
    await runBoth(store);
    const before = snapshot(store);
    runs = [];
    const bumped = shout('shout@2');
    expect((await runBoth(store, {}, bumped)).map((o) => o.skipped)).toEqual([false, true]);
    expect((await stampOf(store, 'shout')).version).toBe('shout@2');
    expect((await runDefinedStage(store, 'shout', bumped, { eventId: EVENT })).skipped).toBe(true);
    // Back to version 1: the stamp no longer matches, so shout runs again.
    expect((await runBoth(store)).map((o) => o.skipped)).toEqual([false, true]);
    expect(runs).toEqual(['shout', 'shout']);
    expect(snapshot(store)).toEqual(before);
  });

  test('a stamp left by another stage under the same name does not count', async () => {
    const store = await storeWithInput();
    await runBoth(store);
    runs = [];
    expect((await runDefinedStage(store, 'other-stage', shout(), { eventId: EVENT })).skipped).toBe(false);
    expect(runs).toEqual(['shout']);
  });

  test('a deleted output re-runs its stage and brings the same bytes back', async () => {
    const store = await storeWithInput();
    await runBoth(store);
    const before = snapshot(store);
    runs = [];
    rmSync(path.join(store.root, ...key('count.txt').split('/')));
    expect((await runBoth(store)).map((o) => o.skipped)).toEqual([true, false]);
    expect(runs).toEqual(['count']);
    expect(snapshot(store)).toEqual(before);
  });

  test('a modified output re-runs its stage and is rewritten', async () => {
    const store = await storeWithInput();
    await runBoth(store);
    const before = snapshot(store);
    runs = [];
    await store.put(key('count.txt'), '42\n');
    expect((await runBoth(store)).map((o) => o.skipped)).toEqual([true, false]);
    expect(snapshot(store)).toEqual(before);
  });

  test('a stamp that is not JSON, or not a stamp, counts as absent: the stage re-runs and rewrites it', async () => {
    const store = await storeWithInput();
    await runBoth(store);
    const before = snapshot(store);
    for (const junk of ['not json {', '{"stage": "shout"}\n']) {
      runs = [];
      await store.put(stampKey(EVENT, 'shout'), junk);
      expect((await runBoth(store)).map((o) => o.skipped)).toEqual([false, true]);
      expect(runs).toEqual(['shout']);
      expect(snapshot(store)).toEqual(before);
    }
  });

  test('a stage that fails leaves no stamp, so the next run tries it again', async () => {
    const store = newStore();
    await expect(runDefinedStage(store, 'shout', shout(), { eventId: EVENT })).rejects.toThrow(/no blob at "events\/demo\/in.txt"/);
    expect(await store.exists(stampKey(EVENT, 'shout'))).toBe(false);
    await store.put(key('in.txt'), 'now here');
    expect((await runDefinedStage(store, 'shout', shout(), { eventId: EVENT })).skipped).toBe(false);
  });

  test('a refused payload throws JobPayloadError and writes nothing', async () => {
    const store = newStore();
    await expect(runDefinedStage(store, 'shout', shout(), { eventId: EVENT, times: 0 })).rejects.toThrow(JobPayloadError);
    await expect(runStage(store, 'align-event', { eventId: 'a/b' })).rejects.toThrow(JobPayloadError);
    await expect(runStage(store, 'align-event', { eventId: 'a/b' })).rejects.toThrow(/^align-event job: eventId: "a\/b" is not a valid id/);
    expect(await store.list('')).toEqual([]);
    expect(runs).toEqual([]);
  });
});

describe('a stage reads only what its inputKeys list', () => {
  const sneaky = (read: (store: BlobStore) => Promise<unknown>): StageDefinition<EventJob> => ({
    ...count,
    run: async (store) => {
      await read(store);
      return count.run(store, { eventId: EVENT }, DEFAULT_STAGE_CONTEXT);
    },
  });

  test.each([
    ['get', (store: BlobStore) => store.get(key('in.txt')), key('in.txt')],
    ['exists', (store: BlobStore) => store.exists(key('secret.txt')), key('secret.txt')],
    ['stat', (store: BlobStore) => store.stat(key('in.txt')), key('in.txt')],
    ['list', (store: BlobStore) => store.list(key('')), `${key('')}* (a listing)`],
  ])('reading an undeclared key (%s) fails the stage, naming it, and leaves no stamp', async (_name, read, named) => {
    const store = await storeWithInput();
    await runDefinedStage(store, 'shout', shout(), { eventId: EVENT });
    const run = runDefinedStage(store, 'count', sneaky(read), { eventId: EVENT });
    await expect(run).rejects.toThrow(UndeclaredInputError);
    await expect(runDefinedStage(store, 'count', sneaky(read), { eventId: EVENT })).rejects.toThrow(`stage count read ${named}, which its inputKeys do not list (they list: ${key('out.txt')})`);
    expect(await store.exists(stampKey(EVENT, 'count'))).toBe(false);
  });

  test('a declared key (present or absent) and a key the stage wrote itself may be read', async () => {
    const store = await storeWithInput();
    const readsBack = sneaky(async () => undefined);
    readsBack.run = async (s) => {
      const result = await count.run(s, { eventId: EVENT }, DEFAULT_STAGE_CONTEXT);
      expect((await s.get(key('count.txt'))).toString()).toBe('3\n');
      return result;
    };
    await runDefinedStage(store, 'shout', shout(), { eventId: EVENT });
    await expect(runDefinedStage(store, 'count', readsBack, { eventId: EVENT })).resolves.toMatchObject({ skipped: false });
    // shout's exists() on its absent extra.txt is allowed: it is listed
    expect(runs).toEqual(['shout', 'count']);
  });
});
