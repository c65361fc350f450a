import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import { ingestCaptions } from '../../src/formats/ingest';
import { foldAccents } from '../../src/text/language/fold';

/**
 * What `recap process` publishes for a session page's player, from the short event of
 * fixtures/player-event with its manifest changed: the recording url, the sessions.
 */

const EVENT = 'player-event';
const FIXTURE = path.resolve(__dirname, '../../fixtures/player-event');
const ORIGINAL_URL = 'https://example.org/player-event.webm';
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A copy of the fixture event whose event.yaml is `edit`ed; returns its folder. */
function eventCopy(edit: (yaml: string) => string): string {
  const folder = path.join(temp('recap-player-files-'), EVENT);
  cpSync(FIXTURE, folder, { recursive: true });
  const file = path.join(folder, 'event.yaml');
  const yaml = readFileSync(file, 'utf8');
  expect(yaml).toContain(ORIGINAL_URL);
  writeFileSync(file, edit(yaml));
  return folder;
}

async function processInto(folder: string, out: string): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await runCli(['process', folder, '--out', out], { out: () => undefined, err: (s) => void (err += s), isTty: false }, {});
  return { code, err };
}

const sessionPage = (out: string, session: string): string => readFileSync(path.join(out, 'events', EVENT, 'sessions', session, 'transcript.html'), 'utf8');

describe('recording urls a session page cannot play', () => {
  test.each([
    ['an extension that is no valid percent-encoding', 'https://example.org/v.%E0'],
    ['a cut percent-encoding', 'https://example.org/v.mp%'],
    ['credentials', 'https://u:p@example.org:8443/v.mp4'],
  ])('%s: processed, no player, the plain link kept (%s)', async (_what, url) => {
    const out = temp('recap-player-out-');
    const { code, err } = await processInto(eventCopy((yaml) => yaml.replace(ORIGINAL_URL, url)), out);
    expect([code, err]).toEqual([0, expect.stringMatching(/3 sessions \(3 aligned\)/)]);
    const page = sessionPage(out, 'budget');
    expect(page).not.toMatch(/<video|<iframe|id="player"/);
    // the times stay plain links to the recording
    expect(page).toMatch(/<a class="ts" href="https:\/\/[^"]*example\.org[^"]*#t=\d+"/);
  }, 60_000);
});

/** The manifest with only the session `keep` of its agenda (its block, to the next "  - id:" or "recordings:"). */
function onlySession(keep: string): (yaml: string) => string {
  return (yaml) => {
    const head = yaml.slice(0, yaml.indexOf('sessions:\n') + 'sessions:\n'.length);
    const tail = yaml.slice(yaml.indexOf('recordings:'));
    const blocks = yaml.slice(head.length, yaml.length - tail.length).split(/(?=^ {2}- id: )/m);
    const kept = blocks.filter((b) => b.startsWith(`  - id: ${keep}\n`));
    expect(kept).toHaveLength(1);
    return `${head}${kept.join('')}${tail}`;
  };
}

const recordingFile = (out: string, file: string): string => path.join(out, 'events', EVENT, 'recordings', 'main', file);
/** The words said, whatever their case, accents and punctuation. */
const words = (texts: readonly string[]): string[] => texts.flatMap((t) => foldAccents(t.toLowerCase()).split(/[^\p{L}\p{N}']+/u).filter((w) => w !== ''));

describe('the recording\u2019s files for the player', () => {
  test('a re-run after the agenda lost sessions leaves no chapter list YouTube would refuse, and no page offers one', async () => {
    const out = temp('recap-player-out-');
    const first = await processInto(eventCopy((yaml) => yaml), out);
    expect([first.code, first.err]).toEqual([0, expect.stringMatching(/3 sessions \(3 aligned\)/)]);
    expect(existsSync(recordingFile(out, 'chapters.youtube.txt'))).toBe(true);
    expect(sessionPage(out, 'budget')).toContain('chapters.youtube.txt');
    const second = await processInto(eventCopy(onlySession('budget')), out);
    expect([second.code, second.err]).toEqual([0, expect.stringMatching(/1 session \(1 aligned\)/)]);
    expect(existsSync(recordingFile(out, 'chapters.youtube.txt'))).toBe(false);
    expect(sessionPage(out, 'budget')).not.toContain('chapters.youtube.txt');
    // the files the single session still has stay, and are offered
    expect(existsSync(recordingFile(out, 'chapters.vtt'))).toBe(true);
    expect(sessionPage(out, 'budget')).toContain('chapters.vtt');
  }, 60_000);

  test('the recording\u2019s captions hold every word of the recording, outside the aligned sessions too, in time order', async () => {
    const out = temp('recap-player-out-');
    const run = await processInto(eventCopy(onlySession('budget')), out);
    expect([run.code, run.err]).toEqual([0, expect.stringMatching(/1 session \(1 aligned\)/)]);
    const source = ingestCaptions(readFileSync(path.join(FIXTURE, 'captions', 'main.vtt')), { fileName: 'main.vtt' }).cues;
    const published = ingestCaptions(readFileSync(recordingFile(out, 'captions.vtt')), { fileName: 'captions.vtt' }).cues;
    expect(words(published.map((c) => c.text))).toEqual(words(source.map((c) => c.text)));
    // the first words are at the recording's time, before the one session
    expect(published[0]!.startMs).toBe(source[0]!.startMs);
    expect(published.at(-1)!.endMs).toBeGreaterThanOrEqual(source.at(-1)!.endMs - 1000);
    published.forEach((c, i) => i > 0 && expect(c.startMs).toBeGreaterThanOrEqual(published[i - 1]!.startMs));
  }, 60_000);
});
