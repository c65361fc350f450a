import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { ingestCaptions } from '../../src/formats/ingest';
import { CaptionQualityReport, charLength } from '../../src/publish/caption-quality';

const FIXTURE = path.resolve(__dirname, '../../fixtures/captions/forum-opening.vtt');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), isTty: false };
  const code = await runCli(argv, io, {});
  return { code, out, err };
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
const trackWords = (file: string) => ingestCaptions(readFileSync(file), { fileName: file }).cues.flatMap((c) => words(c.text));

describe('recap check', () => {
  test('a file with cues outside the profile: one line per limit, each cue outside with its time and why; exit 1', async () => {
    const r = await run('check', FIXTURE);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe(`${FIXTURE}: 10 cues, profile default (42 chars a line, 2 lines, 1000 ms to 7000 ms, 20 chars/s, gap 83 ms)`);
    expect(lines.slice(1, 8)).toEqual([
      '  line length       100.0% within (10 of 10)',
      '  lines per cue     100.0% within (10 of 10)',
      '  min duration      100.0% within (10 of 10)',
      '  max duration      100.0% within (10 of 10)',
      '  reading rate       90.0% within (9 of 10)',
      '  gap between cues   20.0% within (2 of 10)',
      '  no overlap        100.0% within (10 of 10)',
    ]);
    expect(lines[8]).toBe('8 cues outside the profile:');
    expect(lines).toContain('  cue 8 00:02:59.880 --> 00:03:01.200: reading rate 23.5 chars/s (max 20); gap between cues 0 ms (min 83)');
    expect(r.err).toBe('');
  });

  test('--json prints the report; a file within the profile exits 0', async () => {
    const r = await run('check', FIXTURE, '--json', '--profile', 'dcmp');
    const report = CaptionQualityReport.parse(JSON.parse(r.out));
    expect(report).toMatchObject({ profile: 'dcmp', cues: 10 });
    expect(r.code).toBe(report.cuesOutside > 0 ? 1 : 0);
    const dir = mkdtempSync(path.join(tmpdir(), 'recap-check-'));
    const good = path.join(dir, 'good.srt');
    writeFileSync(good, '1\n00:00:01,000 --> 00:00:03,000\nHello and welcome.\n\n2\n00:00:04,000 --> 00:00:06,000\nThank you.\n');
    const ok = await run('check', good);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('every cue is within the profile');
  });

  test('usage errors exit 2; unreadable captions exit 1 naming the file', async () => {
    expect(await run('check', FIXTURE, '--profile', 'netflix')).toEqual({ code: 2, out: '', err: 'recap: unknown profile "netflix"; profiles: default, netflix-en, amazon, dcmp, bbc\n' });
    expect((await run('check')).code).toBe(2);
    const missing = await run('check', path.join(tmpdir(), 'no-such-file.vtt'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no-such-file.vtt: no such file');
  });
});

describe('recap convert --profile', () => {
  test('re-flows before writing: every word kept in order, lines within the profile, and recap check passes or names what is left', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'recap-convert-'));
    for (const [profile, ext, chars] of [['default', 'srt', 42], ['bbc', 'vtt', 37]] as const) {
      const out = path.join(dir, `out-${profile}.${ext}`);
      const r = await run('convert', FIXTURE, out, '--profile', profile);
      expect(r.code).toBe(0);
      expect(r.err).toMatch(new RegExp(`re-flowed to ${profile} from 10 cues, \\d+ still outside the profile`));
      // the profile's sentence case changes the case of letters, never a word
      expect(trackWords(out).map((w) => w.toLowerCase())).toEqual(trackWords(FIXTURE).map((w) => w.toLowerCase()));
      expect(readFileSync(out, 'utf8')).not.toMatch(/\b(THE|AND|OF)\b/);
      expect(readFileSync(out, 'utf8')).toMatch(profile === 'bbc' ? /^<v Javier Garcia Diaz>JAVIER GARCIA DIAZ: Wonderful\./m : /^>> Javier Garcia Diaz: Wonderful\./m);
      for (const cue of ingestCaptions(readFileSync(out), { fileName: out }).cues) {
        expect(cue.text.split('\n').length).toBeLessThanOrEqual(2);
        for (const line of cue.text.split('\n')) expect(charLength(line)).toBeLessThanOrEqual(chars);
      }
      const check = await run('check', out, '--profile', profile, '--json');
      const report = CaptionQualityReport.parse(JSON.parse(check.out));
      expect(report.limits.overlap.share).toBe(1);
      expect(report.limits.lineLength.share).toBe(1);
      expect(check.code).toBe(report.cuesOutside > 0 ? 1 : 0);
    }
    const plain = await run('convert', FIXTURE, path.join(dir, 'plain.srt'));
    expect(plain.err).not.toContain('re-flowed');
    expect((await run('convert', FIXTURE, path.join(dir, 'x.srt'), '--profile', 'tiny')).code).toBe(2);
  });
});

test('recap convert --profile shows voice names without their display-name notes', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-convert-'));
  const input = path.join(dir, 'teams.vtt');
  writeFileSync(input, 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Okoro, Ben (External)>Can everyone see my screen?</v>\n');
  const out = path.join(dir, 'out.vtt');
  expect((await run('convert', input, out, '--profile', 'default')).code).toBe(0);
  expect(readFileSync(out, 'utf8')).toContain('<v Okoro, Ben>&gt;&gt; Okoro, Ben: Can everyone see');
});
