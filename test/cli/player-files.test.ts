import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';

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
