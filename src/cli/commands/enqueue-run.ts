import { newRunId, enqueueEventFlow } from '../../../pipelines/enqueue-flow';
import { planEventPipeline } from '../../../pipelines/event-pipeline';
import { openQueueSet } from '../../../pipelines/queue-set';
import { RunJobGoneError, watchRun, type JobReport, type RunOutcome } from '../../../pipelines/watch-run';
import { connectRedis, probeRedis, requireRedisUrl } from '../../../workers/redis-connection';
import { CaptionInputError, ServiceUnavailableError } from '../../model/errors';
import { eventPrefix } from '../../model/event-layout';
import { storeEventInputs } from '../../stages/store-event-inputs';
import { BlobStoreError } from '../../store/blob-store';
import type { CliConfig } from '../cli-config';
import { eventLocation, openCliStore } from '../cli-store';
import type { CliIo } from '../io';
import { loadManifestFile } from '../load-manifest';
import { pipelineOptions, resolveProcessOptions } from '../process-options';
import { queuePrefix } from '../queue-options';
import { readCaptionInputs } from '../read-caption-inputs';

/** `recap enqueue`'s work, loaded only when the command runs (BullMQ and ioredis cost some 0.4 s to load). */

export interface EnqueueFlags {
  store?: string;
  summaryWords?: number;
  profile?: string;
  strict?: boolean;
  captionCase?: string;
  wait?: boolean;
  json?: boolean;
  prefix?: string;
}

function describeJob(job: JobReport): string {
  const what = `${job.stage}${job.stepId.includes('.') ? ` ${job.stepId.slice(job.stepId.indexOf('.') + 1)}` : ''}`;
  if (job.fate === 'completed') return `${what}: done${job.summary ? ` (${job.summary})` : ''}`;
  if (job.fate === 'failed') return `${what}: FAILED after ${job.attempts} attempt${job.attempts === 1 ? '' : 's'}: ${job.reason ?? 'no reason given'}`;
  return `${what}: ${job.fate}`;
}

/** A flow that failed: exit 1 with each cause (the parser's message for bad captions). */
function failure(eventId: string, outcome: RunOutcome): CaptionInputError {
  const causes = outcome.causes.map((c) => `${c.stage} (job ${c.jobId}): ${c.reason ?? 'no reason given'}`).join('; ');
  return new CaptionInputError(eventId, `the run failed: ${causes}`);
}

export async function runEnqueue(target: string, flags: EnqueueFlags, io: CliIo, config: CliConfig): Promise<void> {
  const redisUrl = requireRedisUrl({ REDIS_URL: config.redisUrl }, 'recap enqueue');
  const prefix = queuePrefix(flags.prefix);
  const options = resolveProcessOptions({ store: flags.store, summaryWords: flags.summaryWords, profile: flags.profile, strict: flags.strict, captionCase: flags.captionCase }, config);
  const loaded = loadManifestFile(target, config.limits);
  const { manifest } = loaded;
  const captions = await readCaptionInputs(loaded, config, options.store);
  await probeRedis(redisUrl);
  const store = openCliStore(options.store, config);
  let sources;
  try {
    // Inputs first, as recap process does: a caption file the ingest refuses is still kept.
    sources = await storeEventInputs(store, manifest, captions);
  } catch (e) {
    if (e instanceof BlobStoreError) throw new ServiceUnavailableError(`cannot write the inputs to ${store.location}: ${e.message}`);
    throw e;
  } finally {
    await store.close?.();
  }
  const steps = planEventPipeline(manifest.id, sources, pipelineOptions(options));
  const connection = connectRedis(redisUrl);
  const warn = (e: Error) => io.err(`recap: redis: ${e.message} (retrying)\n`);
  connection.on('error', () => undefined);
  const set = openQueueSet(connection, prefix, warn);
  try {
    const run = await enqueueEventFlow(set.producer, manifest.id, steps, prefix, newRunId());
    io.err(`queued ${manifest.id}: run ${run.runId}, ${run.jobs.length} jobs\n`);
    if (!flags.wait) {
      io.out(flags.json ? `${JSON.stringify(run, null, 2)}\n` : `${eventLocation(options.store, eventPrefix(manifest.id))}\n`);
      return;
    }
    const outcome = await watchRun(run, set.queues, (job) => io.err(`  ${describeJob(job)}\n`), { onPollError: warn }).catch((e: unknown) => {
      // The queue lost the run's job: exit 3 with the watch's message rather than an internal error.
      throw e instanceof RunJobGoneError ? new ServiceUnavailableError(e.message) : e;
    });
    if (flags.json) io.out(`${JSON.stringify({ ...run, ok: outcome.ok, jobs: outcome.jobs }, null, 2)}\n`);
    if (!outcome.ok) throw failure(manifest.id, outcome);
    if (!flags.json) io.out(`${eventLocation(options.store, eventPrefix(manifest.id))}\n`);
  } finally {
    await set.close();
    connection.disconnect();
  }
}
