import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { CliIo } from '../../src/cli/io';
import { buildProgram, runCli } from '../../src/cli/main';
import { CaptionInputError, NoSearchIndexError } from '../../src/model/errors';
import type { Hit } from '../../src/search/search';
import { copyItuStore } from '../helpers/fixture-store';

const EVENT = 'itu-forum-2021-04-23';

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (s) => void (out += s), err: (s) => void (err += s), isTty: false, stdout: () => out, stderr: () => err };
}

describe('recap search on the ITU fixture event', () => {
  let store: string;

  beforeAll(async () => {
    store = await copyItuStore();
  }, 60_000);

  afterAll(() => rmSync(store, { recursive: true, force: true }));

  it('writes the index into the store', () => {
    expect(existsSync(path.join(store, 'events', EVENT, 'search-index.json'))).toBe(true);
  });

  it('finds "draft outcome document" in session 3 at 02:25:03 (captions/main.vtt)', async () => {
    const io = capture();
    expect(await runCli(['search', '"draft outcome document"', '--store', store, '--json'], io, {})).toBe(0);
    const hits = JSON.parse(io.stdout()) as Hit[];
    expect(hits.length).toBeGreaterThan(0);
    const [top] = hits;
    expect(top!.eventId).toBe(EVENT);
    expect(top!.sessionId).toBe('session-3');
    // The cue "LET ME SHARE THE DRAFT / OUTCOME DOCUMENT ON THE SCREEN." starts at 02:25:03.279.
    expect(top!.startMs).toBeLessThanOrEqual(8_703_279);
    expect(top!.endMs).toBeGreaterThan(8_703_279);
    expect(top!.snippet).toMatch(/\*\*draft\*\* \*\*outcome\*\* \*\*document\*\*/i);
  });

  it('prints rank, score, event/session, speaker, time and snippet as text', async () => {
    const io = capture();
    expect(await runCli(['search', '"draft outcome document"', '--store', store, '--limit', '1'], io, {})).toBe(0);
    expect(io.stdout()).toMatch(new RegExp(`^1\\. \\d+\\.\\d{3}  ${EVENT}/session-3  .+  \\[02:2\\d:\\d\\d\\]\\n   .*\\*\\*draft\\*\\*.*\\n   https://\\S+#t=\\d+\\n`, 'i'));
  });

  it('filters by session and event', async () => {
    const io = capture();
    expect(await runCli(['search', 'outcome document', '--store', store, '--event', EVENT, '--session', 'opening', '--json'], io, {})).toBe(0);
    const hits = JSON.parse(io.stdout()) as Hit[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.sessionId === 'opening')).toBe(true);
  });

  it('a store without an index is a NoSearchIndexError of its own (exit 1), not a caption input error', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'recap-search-empty-'));
    const failure = buildProgram(capture(), {}).parseAsync(['search', 'forum', '--store', empty, '--event', 'council'], { from: 'user' });
    await expect(failure).rejects.toBeInstanceOf(NoSearchIndexError);
    await expect(failure).rejects.not.toBeInstanceOf(CaptionInputError);
    await expect(failure).rejects.toThrow(`${empty}: no search index for event "council" (run recap process into this store first)`);
    rmSync(empty, { recursive: true, force: true });
  });

  it('exits 1 naming the store when it has no index, 2 on a bad --limit', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'recap-search-empty-'));
    const io = capture();
    expect(await runCli(['search', 'forum', '--store', empty], io, {})).toBe(1);
    expect(io.stderr()).toContain(empty);
    expect(io.stderr()).toContain('no search index');
    rmSync(empty, { recursive: true, force: true });
    expect(await runCli(['search', 'forum', '--store', store, '--limit', 'x'], capture(), {})).toBe(2);
  });
});
