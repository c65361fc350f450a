import { readFileSync } from 'fs';
import { planEventPipeline } from '../../pipelines/event-pipeline';
import { CaptionInputError } from '../../src/model/errors';
import { InputWarningsFile, PLAUSIBILITY_GENERATOR } from '../../src/model/input-warning';
import { QualityFile } from '../../src/publish/quality-file';
import { AlignEventJob } from '../../src/stages/align-event-stage';
import { JobPayloadError } from '../../src/stages/job-payload-error';
import { runStage } from '../../src/stages/run-stage';
import { loadEvent, newStore, processedItuStore, processEvent, removeStores, withCaptions } from './event-fixture';

const EVENT = 'itu-forum-2021-04-23';
const key = (rest: string) => `events/${EVENT}/${rest}`;

afterAll(removeStores);

describe('input warnings on the fixture event', () => {
  test('clean input gives no warning: an empty list in warnings.json and quality.json, no section on the event page', async () => {
    const store = await processedItuStore();
    expect(InputWarningsFile.parse(JSON.parse((await store.get(key('warnings.json'))).toString('utf8')))).toEqual({ generator: PLAUSIBILITY_GENERATOR, recordings: { main: [] } });
    expect(QualityFile.parse(JSON.parse((await store.get(key('quality.json'))).toString('utf8'))).warnings).toEqual({ main: [] });
    expect((await store.get(key('index.html'))).toString('utf8')).not.toContain('input-warnings');
  });
});

describe('strict runs (the align job\'s `strict` field, as `recap process --strict` and `recap enqueue --strict` plan it)', () => {
  test('the plan sets strict on the align job only when asked, so earlier jobs and stamps stay as they were', () => {
    const align = (strict?: boolean) => planEventPipeline(EVENT, [], strict === undefined ? {} : { strict }).find((s) => s.stage === 'align-event')!.job;
    expect(align(true)).toEqual({ eventId: EVENT, strict: true });
    expect(align()).toEqual({ eventId: EVENT });
    expect(align(false)).toEqual({ eventId: EVENT });
  });

  test('the field is validated like every payload field', async () => {
    expect(AlignEventJob.safeParse({ eventId: EVENT, strict: false }).success).toBe(true);
    await expect(runStage(newStore(), 'align-event', { eventId: EVENT, strict: 'yes' })).rejects.toThrow(JobPayloadError);
    await expect(runStage(newStore(), 'align-event', { eventId: EVENT, strict: 'yes' })).rejects.toThrow(/strict/);
  });

  test('implausible captions: the run stops at align with the file, line and problem; nothing is published', async () => {
    const event = await loadEvent();
    const vtt = readFileSync(require.resolve('../../fixtures/itu-forum-2021-04-23/captions/main.vtt'), 'utf8').replace('&gt;&gt; GOOD AFTERNOON', '{\\an8}&gt;&gt; GOOD AFTERNOON');
    const store = newStore();
    const run = processEvent(store, withCaptions(event, 'main', vtt), { strict: true });
    await expect(run).rejects.toThrow(CaptionInputError);
    await expect(run).rejects.toThrow(/^captions\/main\.vtt:9: 1 of \d+ cues hold markup tags or override codes .*"\{\\\\a".* \[markup-in-text\] \(--strict refuses implausible input\)$/);
    const written = await store.list(`events/${EVENT}/`);
    expect(written.filter((k) => !k.includes('/recordings/') && !k.includes('/stamps/ingest-recording.') && !k.endsWith('manifest.json'))).toEqual([]);
  });
});
