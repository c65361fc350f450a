import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { runCli } from '../../src/cli/main';
import { charLength } from '../../src/publish/caption-quality';
import { QualityFile } from '../../src/publish/quality-file';

/**
 * Captions of events and files in other languages, end to end: `recap process` re-flows a Chinese
 * event's captions to the script's 16 characters a line and writes an Arabic event's lines right
 * to left; `recap convert --language` does the same for a file, and `recap check --language`
 * judges a Chinese file by Chinese numbers.
 */

const ZH_CUES = [
  '大家下午好，欢迎参加今天关于数字化转型中标准作用的线上论坛。',
  '首先，我想感谢国际电信联盟和各位合作伙伴的大力支持。',
  '接下来，请允许我介绍今天的第一位发言人，她来自日内瓦。',
  '她将为我们介绍智慧城市的最新标准，以及这些标准在各国的应用情况。',
];
const AR_CUES = ['مساء الخير، ومرحبا بكم في هذا المنتدى الافتراضي حول دور المعايير في التحول الرقمي.', 'أود أولا أن أشكر الاتحاد الدولي للاتصالات وجميع الشركاء على دعمهم.'];

const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23);
const vtt = (texts: readonly string[]) => `WEBVTT\n\n${texts.map((t, i) => `${stamp(i * 8000)} --> ${stamp(i * 8000 + 7500)}\n${t}`).join('\n\n')}\n`;

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'recap-captions-languages-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function recap(argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await runCli(argv, { out: () => undefined, err: (s) => void (err += s), isTty: false }, {});
  return { code, err };
}

function event(id: string, language: string, texts: readonly string[]): string {
  const folder = path.join(root, id);
  mkdirSync(path.join(folder, 'captions'), { recursive: true });
  writeFileSync(path.join(folder, 'captions', 'main.vtt'), vtt(texts));
  writeFileSync(path.join(folder, 'event.yaml'), `id: ${id}\ntitle: Forum\nlanguage: ${language}\nsessions:\n  - id: opening\n    title: Opening\nrecordings:\n  - id: main\n    captions: captions/main.vtt\n`);
  return folder;
}

describe('captions per script, end to end', () => {
  test('recap process: a Chinese event\'s captions have at most 16 characters a line, judged so in quality.json', async () => {
    const out = path.join(root, 'store-zh');
    const { code, err } = await recap(['process', event('forum-zh', 'zh', ZH_CUES), '--out', out]);
    expect([code, err]).toEqual([0, expect.any(String)]);
    const captions = readFileSync(path.join(out, 'events/forum-zh/sessions/opening/captions.vtt'), 'utf8');
    const lines = captions.split('\n\n').slice(1).flatMap((block) => block.split('\n').slice(2));
    expect(lines.length).toBeGreaterThan(ZH_CUES.length);
    for (const line of lines) expect(charLength(line.replace(/^<v [^>]*>/, ''))).toBeLessThanOrEqual(16);
    const quality = QualityFile.parse(JSON.parse(readFileSync(path.join(out, 'events/forum-zh/quality.json'), 'utf8')));
    expect(quality.outputs['sessions/opening/captions.vtt']!.limits.lineLength.share).toBe(1);
    // the source's 30-character lines are outside the Chinese limit
    expect(quality.input.main!.violations).toContainEqual(expect.objectContaining({ limit: 'lineLength', max: 16 }));
  });

  test('recap process: an Arabic event\'s captions are written right to left', async () => {
    const out = path.join(root, 'store-ar');
    const { code } = await recap(['process', event('forum-ar', 'ar', AR_CUES), '--out', out]);
    expect(code).toBe(0);
    for (const ext of ['vtt', 'srt']) {
      const text = readFileSync(path.join(out, `events/forum-ar/sessions/opening/captions.${ext}`), 'utf8');
      const arabicLines = text.split('\n').filter((l) => /\p{Script=Arabic}/u.test(l));
      expect(arabicLines.length).toBeGreaterThan(0);
      for (const line of arabicLines) expect(line).toMatch(/^(?:<v [^>]*>)?\u200F\u202B.*\u202C$/u);
    }
  });

  test("recap process: a recording the manifest says is Arabic is written right to left though its file declares English (YouTube's default)", async () => {
    const folder = path.join(root, 'forum-channel');
    mkdirSync(path.join(folder, 'captions'), { recursive: true });
    writeFileSync(path.join(folder, 'captions', 'main.vtt'), vtt(AR_CUES).replace('WEBVTT\n', 'WEBVTT\nKind: captions\nLanguage: en\n'));
    writeFileSync(path.join(folder, 'event.yaml'), 'id: forum-channel\ntitle: Forum\nlanguage: en\nsessions:\n  - id: opening\n    title: Opening\nrecordings:\n  - id: main\n    captions: captions/main.vtt\n    language: ar\n');
    const out = path.join(root, 'store-channel');
    expect((await recap(['process', folder, '--out', out])).code).toBe(0);
    const text = readFileSync(path.join(out, 'events/forum-channel/sessions/opening/captions.vtt'), 'utf8');
    const arabicLines = text.split('\n').filter((l) => /\p{Script=Arabic}/u.test(l));
    expect(arabicLines.length).toBeGreaterThanOrEqual(AR_CUES.length);
    for (const line of arabicLines) expect(line).toMatch(/^(?:<v [^>]*>)?\u200F\u202B.*\u202C$/u);
  });

  test('recap convert --language zh re-flows to the Chinese limit; --language ar writes TTML right to left', async () => {
    const input = path.join(root, 'zh.vtt');
    writeFileSync(input, vtt(ZH_CUES));
    const srt = path.join(root, 'zh.srt');
    expect((await recap(['convert', input, srt, '--profile', 'default', '--language', 'zh'])).code).toBe(0);
    const lines = readFileSync(srt, 'utf8').split('\n').filter((l) => /\p{Script=Han}/u.test(l));
    for (const line of lines) expect(charLength(line)).toBeLessThanOrEqual(16);
    expect(lines.join('')).toBe(ZH_CUES.join(''));

    const arabic = path.join(root, 'ar.vtt');
    writeFileSync(arabic, vtt(AR_CUES));
    const ttml = path.join(root, 'ar.ttml');
    expect((await recap(['convert', arabic, ttml, '--language', 'ar'])).code).toBe(0);
    const written = readFileSync(ttml, 'utf8');
    expect(written).toContain('xml:lang="ar"');
    expect(written.match(/tts:direction="rtl"/g)).toHaveLength(AR_CUES.length);
  });

  test('recap check --language zh judges lines by 16 characters', async () => {
    const input = path.join(root, 'check-zh.vtt');
    writeFileSync(input, vtt(ZH_CUES));
    let out = '';
    const code = await runCli(['check', input, '--language', 'zh', '--json'], { out: (s) => void (out += s), err: () => undefined, isTty: false }, {});
    expect(code).toBe(1);
    const report = JSON.parse(out) as { violations: Array<{ limit: string; max?: number }> };
    expect(report.violations.filter((v) => v.limit === 'lineLength').map((v) => v.max)).toEqual(ZH_CUES.map(() => 16));
  });
});
