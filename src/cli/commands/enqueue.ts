import type { Command } from 'commander';
import { newRunId, enqueueEventFlow } from '../../../pipelines/enqueue-flow';
import { planEventPipeline } from '../../../pipelines/event-pipeline';
import { openQueueSet } from '../../../pipelines/queue-set';
import { watchRun, type JobReport, type RunOutcome } from '../../../pipelines/watch-run';
import { connectRedis, probeRedis, requireRedisUrl } from '../../../workers/redis-connection';
import { CaptionInputError, ServiceUnavailableError } from '../../model/errors';
import { eventPrefix } from '../../stages/event-layout';
import { storeEventInputs } from '../../stages/store-event-inputs';
import { BlobStoreError } from '../../store/blob-store';
import type { CliConfig } from '../cli-config';
import { DEFAULT_STORE, eventLocation, openCliStore } from '../cli-store';
import type { CliIo } from '../io';
import { loadManifestFile } from '../load-manifest';
import { pipelineOptions, resolveProcessOptions } from '../process-options';
import { PREFIX_HELP, queuePrefix } from '../queue-options';
import { readCaptionInputs } from '../read-caption-inputs';

interface EnqueueFlags {
  store?: string;
  summaryWords?: string;
  profile?: string;
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

export function registerEnqueue(program: Command, io: CliIo, config: CliConfig): void {
  program
    .command('enqueue')
    .description('store an event\'s inputs and queue its pipeline for `recap worker`s (needs REDIS_URL)')
    .argument('<manifest>', 'the event manifest (event.yaml or event.json), or a folder holding one')
    .option('--store <target>', `the store the workers use: s3://bucket/prefix or a folder they share (default: $RECAP_STORE, else ${DEFAULT_STORE})`)
    .option('--summary-words <n>', 'cap the event summary at N words (whole sentences)')
    .option('--profile <name>', 'caption profile (as for recap process)')
    .option('--wait', 'show progress until the run ends; exit 1 if it failed')
    .option('--json', 'print the run (event, run id, jobs, and with --wait their outcome) as JSON')
    .option('--prefix <prefix>', PREFIX_HELP)
    .action(async (target: string, flags: EnqueueFlags) => {
      const redisUrl = requireRedisUrl({ REDIS_URL: config.redisUrl }, 'recap enqueue');
      const prefix = queuePrefix(flags.prefix);
      const options = resolveProcessOptions({ store: flags.store, summaryWords: flags.summaryWords, profile: flags.profile }, config);
      const { manifest, file, dir } = loadManifestFile(target);
      const captions = await readCaptionInputs(manifest, dir, file, config);
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
        const outcome = await watchRun(run, set.queues, (job) => io.err(`  ${describeJob(job)}\n`), { onPollError: warn });
        if (flags.json) io.out(`${JSON.stringify({ ...run, ok: outcome.ok, jobs: outcome.jobs }, null, 2)}\n`);
        if (!outcome.ok) throw failure(manifest.id, outcome);
        if (!flags.json) io.out(`${eventLocation(options.store, eventPrefix(manifest.id))}\n`);
      } finally {
        await set.close();
        connection.disconnect();
      }
    });
}
