import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { Track } from '../../src/model/track';
import { RECAP_VERSION } from '../../src/version';

const FIXTURE = path.resolve(__dirname, '../../fixtures/captions/forum-opening.vtt');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), isTty: false };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('recap parse', () => {
  test('prints a listing with speakers and diagnostics', async () => {
    const r = await run('parse', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('webvtt, utf-8, 10 cues');
    expect(r.out).toContain('speakers: BILEL JAMOUSI, JAVIER GARCIA DIAZ');
    expect(r.out).toContain('00:02:49.310 --> 00:02:52.050  [APPLAUSE]');
  });

  test('--json prints a valid track.json', async () => {
    const r = await run('parse', FIXTURE, '--json');
    expect(r.code).toBe(0);
    const track = Track.parse(JSON.parse(r.out));
    expect(track.language).toBe('en');
    expect(track.cues[2]).toMatchObject({ speaker: 'BILEL JAMOUSI', turnStart: true, text: 'GOOD AFTERNOON.\nIT IS MY PLEASURE TO OPEN' });
    expect(track.cues[9]!.text).toContain('AROUND THE WORLD & THEIR');
  });

  test('unusable input exits 1 with a message naming the file and line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recap-cli-'));
    const bad = path.join(dir, 'bad.vtt');
    writeFileSync(bad, 'WEBVTT\n\n00:00:0x.000 --> 00:00:02.000\nhello\n');
    const r = await run('parse', bad);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`recap: ${bad}:3: no cue found in this webvtt file; first problem at line 3: cue not read: malformed timing line "00:00:0x.000 --> 00:00:02.000"\n`);
    const missing = await run('parse', path.join(dir, 'nope.srt'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.srt: no such file');
  });

  test('usage mistakes exit 2', async () => {
    expect((await run('parse')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('parse', FIXTURE, '--format', 'mp3')).code).toBe(2);
  });

  test('--help on every subcommand, and --version', async () => {
    for (const sub of ['parse', 'convert']) {
      const r = await run(sub, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: recap ${sub}`);
    }
    const v = await run('--version');
    expect(v.out.trim()).toBe(RECAP_VERSION);
    expect(RECAP_VERSION).toBe((JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version);
  });
});

describe('recap convert', () => {
  test('converts by the output extension, keeping cues and speakers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recap-cli-'));
    const srt = path.join(dir, 'out.srt');
    const r = await run('convert', FIXTURE, srt);
    expect(r.code).toBe(0);
    const written = readFileSync(srt, 'utf8');
    expect(written).toMatch(/^1\n00:00:04,120 --> 00:00:07,480\n>> GOOD AFTERNOON, EVERYONE, AND\n/);
    expect(written).toContain('>> BILEL JAMOUSI: GOOD AFTERNOON.');
    const back = path.join(dir, 'back.vtt');
    expect((await run('convert', srt, back)).code).toBe(0);
    expect(readFileSync(back, 'utf8')).toContain('<v BILEL JAMOUSI>&gt;&gt; BILEL JAMOUSI: GOOD AFTERNOON.');
  });

  test.each([
    ['out.ass', 'ass'], ['out.ssa', 'ssa'], ['out.sbv', 'sbv'], ['out.smi', 'sami'], ['out.lrc', 'lrc'], ['out.sub', 'microdvd'],
  ])('writes %s (%s), which parse reads back with the same speakers', async (name, id) => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'recap-cli-')), name);
    const r = await run('convert', FIXTURE, out);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`10 cues (webvtt -> ${id})`);
    const back = await run('parse', out);
    expect(back.out).toContain(`${id}, utf-8, 10 cues`);
    expect(back.out).toContain('speakers: BILEL JAMOUSI, JAVIER GARCIA DIAZ');
  });

  test('an output format recap cannot write is a usage error', async () => {
    const r = await run('convert', FIXTURE, path.join(tmpdir(), 'x.mp4'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot write');
  });
});
