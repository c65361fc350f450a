import { planEventPipeline } from '../../pipelines/event-pipeline';
import { JobPayloadError } from '../../src/stages/job-payload-error';
import { runStage } from '../../src/stages/run-stage';
import { isStageName, STAGES, type StageName } from '../../src/stages/stage-registry';
import { newStore, removeStores } from './event-fixture';

afterAll(removeStores);

const EVENT_STAGES = ['align-event', 'split-event', 'publish-captions', 'summarize-event', 'index-event', 'render-pages'] as const;
const GOOD_INGEST = { eventId: 'forum', recordingId: 'main', sourceKey: 'events/forum/recordings/main/source.vtt', fileName: 'main.vtt' };

/** The JobPayloadError message a payload gets, or undefined when the stage's schema takes it. */
async function refusal(stage: StageName, payload: unknown): Promise<string | undefined> {
  try {
    STAGES[stage].schema.parse(payload);
  } catch {
    // Refused by the schema: runStage must refuse it the same way, before touching the store.
    const store = newStore();
    const error = await runStage(store, stage, payload).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(JobPayloadError);
    expect((error as JobPayloadError).name).toBe('JobPayloadError');
    expect(await store.list('')).toEqual([]);
    return (error as JobPayloadError).message;
  }
  return undefined;
}

describe('job payloads', () => {
  test('the planned jobs of an event pass their schemas', () => {
    const steps = planEventPipeline('forum', [{ recordingId: 'main', sourceKey: GOOD_INGEST.sourceKey, fileName: '/home/ana/event/captions/Main.VTT' }], { summaryWords: 100 });
    for (const step of steps) expect(STAGES[step.stage].schema.safeParse(step.job).success).toBe(true);
    // --caption-case (process and enqueue) reaches the captions job, which takes it
    const cased = planEventPipeline('forum', [], { profile: 'bbc', captionCase: 'source' }).find((s) => s.stage === 'publish-captions')!;
    expect(cased.job).toEqual({ eventId: 'forum', profile: 'bbc', captionCase: 'source' });
    expect(STAGES['publish-captions'].schema.safeParse(cased.job).success).toBe(true);
    expect(STAGES['publish-captions'].schema.safeParse({ ...cased.job, captionCase: 'title' }).success).toBe(false);
  });

  test('step ids are the stamp names and hold no ":" (BullMQ job ids cannot)', () => {
    const steps = planEventPipeline('forum', [
      { recordingId: 'main', sourceKey: GOOD_INGEST.sourceKey, fileName: 'main.vtt' },
      { recordingId: 'backup', sourceKey: 'events/forum/recordings/backup/source.srt', fileName: 'backup.srt' },
    ]);
    expect(steps.map((s) => s.id)).toEqual(['ingest-recording.main', 'ingest-recording.backup', 'align-event', 'split-event', 'publish-captions', 'summarize-event', 'index-event', 'render-pages', 'prune-event', 'publish-site']);
    for (const step of steps) expect(step.id).toBe((STAGES[step.stage].stampName as (job: unknown) => string)(step.job));
  });

  test('wrong shapes are refused, naming the stage and the field', async () => {
    for (const stage of EVENT_STAGES) {
      expect(await refusal(stage, null)).toBe(`${stage} job: Invalid input: expected object, received null`);
      expect(await refusal(stage, 'forum')).toMatch(new RegExp(`^${stage} job: Invalid input: expected object`));
      expect(await refusal(stage, [])).toMatch(new RegExp(`^${stage} job: Invalid input: expected object`));
      expect(await refusal(stage, {})).toBe(`${stage} job: eventId: Invalid input: expected string, received undefined`);
      expect(await refusal(stage, { eventId: 42 })).toBe(`${stage} job: eventId: Invalid input: expected string, received number`);
      expect(await refusal(stage, { eventId: 'forum', extra: 1 })).toBe(`${stage} job: Unrecognized key: "extra"`);
    }
    expect(await refusal('summarize-event', { eventId: 'forum', summaryWords: 0 })).toMatch(/^summarize-event job: summaryWords: /);
    expect(await refusal('summarize-event', { eventId: 'forum', summaryWords: 2.5 })).toMatch(/^summarize-event job: summaryWords: /);
    expect(await refusal('ingest-recording', { eventId: 'forum' })).toBe(
      'ingest-recording job: recordingId: Invalid input: expected string, received undefined; sourceKey: Invalid input: expected string, received undefined; fileName: Invalid input: expected string, received undefined',
    );
  });

  test('ids with "/", "..", ":" or nothing safe in a key are refused before they reach a key', async () => {
    for (const bad of ['a/b', '..', '../etc', 'a:b', '', 'Forum', 'a--b', '.', 'forum ']) {
      const message = `"${bad}" is not a valid id (lowercase letters and digits, words joined by single '-', e.g. "session-1")`;
      for (const stage of EVENT_STAGES) expect(await refusal(stage, { eventId: bad })).toBe(`${stage} job: eventId: ${message}`);
      expect(await refusal('ingest-recording', { ...GOOD_INGEST, recordingId: bad })).toBe(`ingest-recording job: recordingId: ${message}`);
      expect(await refusal('ingest-recording', { ...GOOD_INGEST, eventId: bad })).toBe(`ingest-recording job: eventId: ${message}`);
    }
  });

  test("ingest's sourceKey: a safe key under its own recording's folder", async () => {
    expect(await refusal('ingest-recording', GOOD_INGEST)).toBeUndefined();
    const outside = (key: string) => `ingest-recording job: sourceKey: "${key}" is not under events/forum/recordings/main/ (a job reads only its own recording's files)`;
    for (const key of ['events/other/recordings/main/source.vtt', 'events/forum/recordings/backup/source.vtt', 'events/forum/manifest.json', 'source.vtt', 'events/forum/recordings/mainx/source.vtt']) {
      expect(await refusal('ingest-recording', { ...GOOD_INGEST, sourceKey: key })).toBe(outside(key));
    }
    const unsafe: [string, string][] = [
      ['events/forum/recordings/main/../../other/secret', 'it has a ".." segment'],
      ['events/forum/recordings/main/./source.vtt', 'it has a "." segment'],
      ['events/forum/recordings/main//source.vtt', 'it has an empty segment'],
      ['/events/forum/recordings/main/source.vtt', "it starts with '/' (keys are relative)"],
      ['events\\forum\\recordings\\main\\source.vtt', "it holds '\\' (the separator is '/')"],
      ['events/forum/recordings/main/', 'it has an empty segment'],
      ['', 'it is empty'],
    ];
    for (const [key, problem] of unsafe) {
      expect(await refusal('ingest-recording', { ...GOOD_INGEST, sourceKey: key })).toBe(`ingest-recording job: sourceKey: "${key}" is not a safe store key: ${problem}`);
    }
    // A bad id is reported as such, not also as a folder the key is outside of.
    expect(await refusal('ingest-recording', { ...GOOD_INGEST, eventId: 'a:b' })).toMatch(/^ingest-recording job: eventId: "a:b" is not a valid id[^;]*$/);
  });

  test("ingest's fileName: not empty, on one line, without NUL", async () => {
    expect(await refusal('ingest-recording', { ...GOOD_INGEST, fileName: '' })).toBe('ingest-recording job: fileName: must not be empty');
    for (const name of ['a\nb.vtt', 'a\rb.vtt', 'a\0.vtt']) {
      expect(await refusal('ingest-recording', { ...GOOD_INGEST, fileName: name })).toBe(`ingest-recording job: fileName: ${JSON.stringify(name)} holds a NUL or line-break character`);
    }
    expect(await refusal('ingest-recording', { ...GOOD_INGEST, fileName: 'C:\\captions\\Main Room.VTT' })).toBeUndefined();
  });

  test('stage names from a queue are checked against the registry', () => {
    expect(Object.keys(STAGES)).toEqual(['ingest-recording', 'align-event', 'split-event', 'publish-captions', 'summarize-event', 'index-event', 'render-pages', 'prune-event', 'publish-site']);
    for (const name of Object.keys(STAGES)) expect(isStageName(name)).toBe(true);
    for (const name of ['ingest', 'toString', '__proto__', '']) expect(isStageName(name)).toBe(false);
  });
});
