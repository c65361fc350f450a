import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { Alignment } from '../../src/model/alignment';
import { ituEventDir } from '../helpers/fixture-store';

const FIXTURE = path.resolve(__dirname, '../../fixtures/itu-forum-2021-04-23');
const truth = JSON.parse(readFileSync(path.join(FIXTURE, 'truth.json'), 'utf8')) as { sessions: Array<{ id: string; startMs: number; endMs: number }> };
const quiet: CliIo = { out: () => undefined, err: () => undefined, isTty: false };

async function processEvent(manifestDir: string): Promise<Alignment> {
  const out = mkdtempSync(path.join(tmpdir(), 'recap-itu-'));
  expect(await runCli(['process', manifestDir, '--out', out], quiet)).toBe(0);
  return Alignment.parse(JSON.parse(readFileSync(path.join(out, 'events/itu-forum-2021-04-23/alignment.json'), 'utf8')));
}

describe('the ITU forum fixture', () => {
  test('every session is aligned within 60 s of where it really lies, start and end', async () => {
    const a = Alignment.parse(JSON.parse(readFileSync(path.join(await ituEventDir(), 'alignment.json'), 'utf8')));
    expect(a.recordings[0]).toMatchObject({ id: 'main', offsetSource: 'given' });
    for (const want of truth.sessions) {
      const got = a.sessions.find((s) => s.id === want.id)!;
      expect(got.status).toBe('aligned');
      expect({ id: want.id, startErrorS: Math.round(Math.abs(got.startMs! - want.startMs) / 1000) <= 60, endErrorS: Math.round(Math.abs(got.endMs! - want.endMs) / 1000) <= 60 }).toEqual({ id: want.id, startErrorS: true, endErrorS: true });
    }
    // The agenda ran late, and the evidence says so in words.
    const s2 = a.sessions.find((s) => s.id === 'session-2')!;
    expect(s2.evidence).toContain('schedule +7 min');
    expect(s2.evidence.some((e) => /^moderator Bilel Jamoussi named at 01:2\d:\d\d$/.test(e))).toBe(true);
    expect(s2.startsAt).toBe(new Date(Date.parse('2021-04-23T13:26:10+02:00') + s2.startMs!).toISOString());
  });

  test('without startsAt, the recording\'s start is estimated within 60 s', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recap-itu-nostart-'));
    mkdirSync(path.join(dir, 'captions'));
    copyFileSync(path.join(FIXTURE, 'captions/main.vtt'), path.join(dir, 'captions/main.vtt'));
    const yaml = readFileSync(path.join(FIXTURE, 'event.yaml'), 'utf8');
    expect(yaml).toMatch(/^\s*startsAt: .*$/m);
    writeFileSync(path.join(dir, 'event.yaml'), yaml.replace(/^\s*startsAt: .*\n/m, ''));
    const a = await processEvent(dir);
    const rec = a.recordings[0]!;
    expect(rec.offsetSource).toBe('estimated');
    const errorMs = Math.abs(Date.parse(rec.startsAt!) - Date.parse('2021-04-23T13:26:10+02:00'));
    expect(errorMs).toBeLessThanOrEqual(60_000);
  });
});
