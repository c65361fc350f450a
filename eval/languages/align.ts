import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignEvent } from '../../src/align/align-event';
import { ingestCaptions } from '../../src/formats/ingest';
import { toAgenda } from '../../src/model/manifest-agenda';
import { parseManifest } from '../../src/model/manifest-parse';

/**
 * `npm run eval:languages`: the aligner on the twelve fixture events of fixtures/languages (one per
 * language, written for recap's tests: their truth is exact). Two tracks per event: with the
 * agenda's times and the recording's start ("scheduled"), and with titles and people only
 * ("titles"), where only the words of the language place the sessions. Prints each session's start
 * error in seconds, and per track the share of starts within 30 s.
 */

const ROOT = join(__dirname, '..', '..', 'fixtures', 'languages');
const WITHIN_MS = 30_000;

interface Truth {
  sessions: { id: string; startMs: number; endMs: number }[];
}

/** The manifest without times: only titles, people and captions are left to place the sessions. */
function titlesOnly(yaml: string): string {
  return yaml
    .split('\n')
    .filter((line) => !/^\s*(?:start|end|startsAt|date|timezone):/.test(line))
    .join('\n');
}

function errorsOf(manifestText: string, dir: string, truth: Truth): (number | null)[] {
  const file = join(dir, 'event.yaml');
  const manifest = parseManifest(manifestText, file);
  const agenda = toAgenda(manifest);
  const recordings = agenda.recordings.map((r) => {
    const captions = join(dir, manifest.recordings.find((m) => m.id === r.id)!.captions);
    return { ...r, track: ingestCaptions(readFileSync(captions), { fileName: captions }) };
  });
  const alignment = alignEvent({ eventId: manifest.id, sessions: agenda.sessions, recordings });
  return truth.sessions.map((t) => {
    const placed = alignment.sessions.find((s) => s.id === t.id);
    return placed?.startMs === null || placed?.startMs === undefined ? null : Math.abs(placed.startMs - t.startMs);
  });
}

const format = (errors: (number | null)[]) => errors.map((e) => (e === null ? 'missing' : `${(e / 1000).toFixed(0)}s`).padStart(8)).join('');

const totals: Record<'scheduled' | 'titles', [number, number]> = { scheduled: [0, 0], titles: [0, 0] };
console.log(`${'lang'.padEnd(6)}${'track'.padEnd(11)}start error per session`);
for (const tag of readdirSync(ROOT).filter((d) => /^[a-z]{2}$/.test(d)).sort()) {
  const dir = join(ROOT, tag);
  const yaml = readFileSync(join(dir, 'event.yaml'), 'utf8');
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  for (const [track, text] of [['scheduled', yaml], ['titles', titlesOnly(yaml)]] as const) {
    const errors = errorsOf(text, dir, truth);
    totals[track][0] += errors.filter((e) => e !== null && e <= WITHIN_MS).length;
    totals[track][1] += errors.length;
    console.log(`${tag.padEnd(6)}${track.padEnd(11)}${format(errors)}`);
  }
}
for (const [track, [hit, all]] of Object.entries(totals)) console.log(`${track}: ${hit}/${all} session starts within ${WITHIN_MS / 1000} s`);
