import { InvalidArgumentError, type Command } from 'commander';
import { LanguageTag } from '../../model/manifest-fields';
import { NoSearchIndexError, ServiceUnavailableError } from '../../model/errors';
import { clock } from '../../model/timecode';
import { searchIndexes, type Hit, type SearchOptions } from '../../search/search';
import { loadIndexes } from '../../stages/search-indexes';
import { BlobStoreError } from '../../store/blob-store';
import type { CliConfig } from '../cli-config';
import { DEFAULT_STORE, openCliStore, storeTarget } from '../cli-store';
import type { CliIo } from '../io';
import { positiveInteger, recordingTimeFlag } from '../numeric-flags';

interface SearchFlags {
  store?: string;
  event?: string;
  session?: string;
  speaker?: string;
  from?: number;
  to?: number;
  limit?: number;
  language?: string;
  json?: boolean;
}

/** --language: a BCP 47 tag, checked as the manifest's `language` is. */
function languageFlag(value: string): string {
  const checked = LanguageTag.safeParse(value);
  if (!checked.success) throw new InvalidArgumentError(checked.error.issues[0]!.message);
  return checked.data;
}

function formatHit(hit: Hit, rank: number): string {
  const where = `${hit.eventId}/${hit.sessionId}`;
  const lines = [`${rank}. ${hit.score.toFixed(3)}  ${where}  ${hit.speaker ?? '(no speaker)'}  [${clock(hit.startMs)}]`, `   ${hit.snippet}`];
  if (hit.link) lines.push(`   ${hit.link}`);
  return `${lines.join('\n')}\n`;
}

function searchOptions(flags: SearchFlags): SearchOptions {
  const options: SearchOptions = { limit: flags.limit ?? 10 };
  if (flags.event !== undefined) options.eventId = flags.event;
  if (flags.session !== undefined) options.sessionId = flags.session;
  if (flags.speaker !== undefined) options.speaker = flags.speaker;
  if (flags.from !== undefined) options.fromMs = flags.from;
  if (flags.to !== undefined) options.toMs = flags.to;
  if (flags.language !== undefined) options.language = flags.language;
  return options;
}

export function registerSearch(program: Command, io: CliIo, config: CliConfig): void {
  program
    .command('search')
    .description('search what was said in the events of a store (ranked, stemmed; "quoted phrases" match in order)')
    .argument('<query>', 'words to find; put a phrase in double quotes')
    .option('--store <dir>', `the store recap process wrote (a folder or s3://bucket/prefix; default: $RECAP_STORE, else ${DEFAULT_STORE})`)
    .option('--event <id>', 'only this event')
    .option('--session <id>', 'only this session')
    .option('--speaker <name>', 'only this speaker (case and accents ignored)')
    .option('--from <time>', 'only segments ending after this time in the recording (seconds or hh:mm:ss)', recordingTimeFlag)
    .option('--to <time>', 'only segments starting before this time in the recording', recordingTimeFlag)
    .option('--limit <n>', 'at most N hits (default 10)', positiveInteger)
    .option('--language <tag>', 'the query\'s language (BCP 47, e.g. fr): only what was said in it is searched (default: every language of the store)', languageFlag)
    .option('--json', 'print a JSON array of hits')
    .action(async (query: string, flags: SearchFlags) => {
      const options = searchOptions(flags);
      const target = storeTarget(flags.store, config);
      const store = openCliStore(target, config);
      let hits;
      try {
        // One event asked for: its index alone, without listing the store.
        const indexes = await loadIndexes(store, options.eventId === undefined ? undefined : [options.eventId]);
        if (indexes.length === 0) throw new NoSearchIndexError(store.location, options.eventId);
        hits = searchIndexes(indexes, query, options);
      } catch (e) {
        if (e instanceof BlobStoreError) throw new ServiceUnavailableError(`cannot read the store ${store.location}: ${e.message}`);
        throw e;
      } finally {
        await store.close?.();
      }
      if (flags.json) io.out(`${JSON.stringify(hits, null, 2)}\n`);
      else if (hits.length === 0) io.err(`no hits for ${JSON.stringify(query)}\n`);
      else io.out(hits.map((h, i) => formatHit(h, i + 1)).join(''));
    });
}
