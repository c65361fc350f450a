import type { Command } from 'commander';
import { planEventPipeline } from '../../../pipelines/event-pipeline';
import { runInProcess } from '../../../pipelines/run-in-process';
import { ServiceUnavailableError, UsageError } from '../../model/errors';
import { DEFAULT_LIMITS } from '../../model/limits';
import { processStageContext } from '../../../pipelines/stage-context';
import { eventPrefix, warningsKey } from '../../model/event-layout';
import { describeInputWarning, InputWarningsFile } from '../../model/input-warning';
import { allInputWarnings } from '../../stages/input-warnings';
import { getJson } from '../../stages/json-blob';
import type { BlobStore } from '../../store/blob-store';
import type { StageOutcome } from '../../stages/run-stage';
import { plural } from '../../stages/stage-result';
import { storeEventInputs } from '../../stages/store-event-inputs';
import { BlobStoreError } from '../../store/blob-store';
import { isS3Url } from '../../store/s3-url';
import type { CliConfig } from '../cli-config';
import { DEFAULT_STORE, eventLocation, openCliStore } from '../cli-store';
import type { CliIo } from '../io';
import { loadManifestFile } from '../load-manifest';
import { positiveInteger } from '../numeric-flags';
import { pipelineOptions, PROFILE_NAMES, resolveProcessOptions, STRICT_PROCESS_HELP, type ProcessFlags } from '../process-options';
import { readCaptionInputs } from '../read-caption-inputs';

/**
 * "forum: 2 recordings, 1,234 cues, 4 sessions (3 aligned, 1 missing)", then "; 7 of 7 stages up
 * to date" when stages were skipped (their counts come from their stamps, so the figures stay whole).
 */
function finalSummary(eventId: string, results: StageOutcome[]): string {
  const total = (name: string) => results.reduce((n, r) => n + (r.counts[name] ?? 0), 0);
  const recordings = results.filter((r) => r.counts.cues !== undefined).length;
  const missing = total('missing');
  const sessions = `${plural(total('sessions'), 'session')} (${total('aligned')} aligned${missing ? `, ${missing} missing` : ''})`;
  const skipped = results.filter((r) => r.skipped).length;
  const upToDate = skipped > 0 ? `; ${skipped} of ${plural(results.length, 'stage')} up to date` : '';
  return `${eventId}: ${plural(recordings, 'recording')}, ${plural(total('cues'), 'cue')}, ${sessions}${upToDate}`;
}

/**
 * The run's input warnings, one "warning: file:line: problem [code]" line each, read from
 * warnings.json so that a re-run whose stages were up to date still shows them.
 */
async function warningLines(store: BlobStore, eventId: string): Promise<string[]> {
  const key = warningsKey(eventId);
  if (!(await store.exists(key))) return [];
  return allInputWarnings(await getJson(store, key, InputWarningsFile)).map((w) => `warning: ${describeInputWarning(w)}`);
}

export function registerProcess(program: Command, io: CliIo, config: CliConfig): void {
  program
    .command('process')
    .description('run every stage of an event in this process: store its inputs, read each recording\'s captions, align the transcript to the agenda')
    .argument('<manifest>', 'the event manifest (event.yaml or event.json), or a folder holding one')
    .option('--out <dir>', `store the outputs go to, under events/<id>/: a folder or s3://bucket/prefix (default: $RECAP_STORE, else ${DEFAULT_STORE})`)
    .option('--store <dir>', 'synonym of --out')
    .option('--summary-words <n>', 'cap the event summary at N words (whole sentences)', positiveInteger)
    .option('--profile <name>', `caption profile of the session caption files: ${PROFILE_NAMES.join(', ')} (default: default)`)
    .option('--strict', STRICT_PROCESS_HELP)
    .option('--caption-case <case>', "case of the session caption files: sentence (ALL-CAPS captions in sentence case, names and acronyms kept) or source (as captioned); default: the profile's, sentence for every profile")
    .action(async (target: string, flags: ProcessFlags) => {
      const options = resolveProcessOptions(flags, config);
      const loaded = loadManifestFile(target, config.limits);
      const { manifest } = loaded;
      const captions = await readCaptionInputs(loaded, config, options.store);
      const store = openCliStore(options.store, config);
      // A progress line per stage on a terminal; logs and scripts get only the final summary.
      const progress = (line: string) => {
        if (io.isTty) io.err(`${line}\n`);
      };
      let results: Map<string, StageOutcome>;
      let warnings: string[];
      try {
        const sources = await storeEventInputs(store, manifest, captions);
        progress(`stored ${manifest.id}: manifest.json, ${plural(sources.length, 'caption file')}`);
        results = await runInProcess(store, planEventPipeline(manifest.id, sources, pipelineOptions(options)), (_step, outcome) => progress(outcome.summary), processStageContext(config.limits ?? DEFAULT_LIMITS));
        warnings = await warningLines(store, manifest.id);
      } catch (e) {
        if (e instanceof BlobStoreError) {
          // An S3 store that fails is a service that is down (exit 3), and so is a full disk: the
          // environment's to fix, and the same command then succeeds. Any other folder failure is the user's (exit 2).
          const message = `cannot use the store ${store.location}: ${e.message}`;
          throw isS3Url(options.store) || e.failure === 'full' ? new ServiceUnavailableError(message) : new UsageError(message);
        }
        throw e;
      } finally {
        await store.close?.();
      }
      for (const line of warnings) io.err(`${line}\n`);
      const warned = warnings.length > 0 ? `; ${plural(warnings.length, 'input warning')} (warnings.json, quality.json, the event page)` : '';
      io.err(`${finalSummary(manifest.id, [...results.values()])}${warned}\n`);
      io.out(`${eventLocation(options.store, eventPrefix(manifest.id))}\n`);
    });
}
