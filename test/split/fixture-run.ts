import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';

export const ITU_FIXTURE = path.resolve(__dirname, '../../fixtures/itu-forum-2021-04-23');

/** Runs `recap process` on the ITU fixture event into a new temp store; returns the event's folder. */
export async function processItuFixture(): Promise<string> {
  const store = mkdtempSync(path.join(tmpdir(), 'recap-split-'));
  let err = '';
  const code = await runCli(['process', ITU_FIXTURE, '--out', store], { out: () => undefined, err: (s) => void (err += s), isTty: false }, {});
  if (code !== 0) throw new Error(`recap process failed (${code}): ${err}`);
  return path.join(store, 'events', 'itu-forum-2021-04-23');
}
