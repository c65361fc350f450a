import { EN } from '../helpers/english';
import type { Cue } from '../../src/model/track';
import { captionProfile, PROFILE_NAMES } from '../../src/publish/caption-profiles';
import { captionWordCount, charLength, checkCaptionQuality } from '../../src/publish/caption-quality';
import { joinTokens } from '../../src/publish/caption-tokens';
import { reflowCues } from '../../src/publish/reflow';
import { unspacedTokens } from '../../src/publish/unspaced-tokens';
import { profileForLanguage, SCRIPT_NUMBERS } from '../../src/publish/script-profiles';
import { languageOf } from '../../src/text/language/registry';
import { countWords } from '../../src/text/words';

/**
 * Re-flowing captions of other scripts: Chinese, Japanese and Korean measured in characters with
 * their own numbers, words of unspaced text found by the segmenter and never cut, no space gained;
 * Arabic laid out by the Latin numbers.
 */

function cue(startMs: number, endMs: number, text: string, extra: Partial<Cue> = {}): Cue {
  return { id: '', startMs, endMs, text, speaker: null, ...extra };
}

/** Consecutive cues of about 350 ms a character, as live captions come. */
function track(texts: readonly string[]): Cue[] {
  let at = 0;
  return texts.map((text) => {
    const start = at;
    at += 350 * charLength(text);
    return cue(start, at, text);
  });
}

const TRACKS: Record<string, string[]> = {
  zh: [
    '大家下午好，欢迎参加今天关于数字化转型中标准作用的线上论坛。',
    '首先，我想感谢国际电信联盟和各位合作伙伴的大力支持。',
    '接下来，请允许我介绍今天的第一位发言人，她来自日内瓦。',
    '她将为我们介绍智慧城市的最新标准，以及这些标准在各国的应用情况。',
  ],
  ja: [
    '皆様、こんにちは。本日はデジタル変革における標準の役割についてのオンラインフォーラムにご参加いただき、ありがとうございます。',
    'まず、国際電気通信連合とパートナーの皆様のご支援に感謝申し上げます。',
    'それでは、最初の発表者をご紹介します。',
  ],
  ko: [
    '안녕하십니까, 디지털 전환에서 표준의 역할에 관한 오늘 온라인 포럼에 오신 것을 환영합니다.',
    '먼저 국제전기통신연합과 모든 협력 기관의 지원에 감사드립니다.',
    '이제 첫 번째 발표자를 소개하겠습니다.',
  ],
  ar: [
    'مساء الخير، ومرحبا بكم في هذا المنتدى الافتراضي حول دور المعايير في التحول الرقمي.',
    'أود أولا أن أشكر الاتحاد الدولي للاتصالات وجميع الشركاء على دعمهم.',
    'والآن، أعطي الكلمة للمتحدثة الأولى من جنيف.',
  ],
};

const DEFAULT = captionProfile('default');
const lines = (cues: readonly Cue[]) => cues.flatMap((c) => c.text.split('\n'));
const noSpace = (text: string) => text.replace(/\s+/g, '');

/** Offsets where the segmenter's segments of `text` start: a line may begin only there. */
function segmentStarts(text: string, tag: string): Set<number> {
  return new Set([...new Intl.Segmenter(tag, { granularity: 'word' }).segment(text)].map((s) => s.index));
}

describe('re-flowing Chinese and Japanese: lines in characters, words whole, no space gained', () => {
  test.each(['zh', 'ja'])('%s: every line within the script\'s limit for every profile, the text unchanged', (tag) => {
    const source = track(TRACKS[tag]!);
    const max = SCRIPT_NUMBERS[tag]!.maxCharsPerLine;
    for (const name of PROFILE_NAMES) {
      const { cues, report } = reflowCues(source, captionProfile(name), languageOf(tag));
      for (const line of lines(cues)) expect(charLength(line)).toBeLessThanOrEqual(max);
      expect(report.limits.lineLength.share).toBe(1);
      expect(noSpace(cues.map((c) => c.text).join(''))).toBe(noSpace(source.map((c) => c.text).join('')));
      // the source has no space: none is added between lines or cues joined
      for (const c of cues) expect(c.text).not.toMatch(/ /);
    }
  });

  test.each(['zh', 'ja'])('%s: each line starts where the segmenter starts a word', (tag) => {
    const source = track(TRACKS[tag]!);
    const whole = source.map((c) => c.text).join('');
    const starts = segmentStarts(whole, tag);
    const { cues } = reflowCues(source, DEFAULT, languageOf(tag));
    let at = 0;
    for (const line of lines(cues)) {
      expect(starts.has(at)).toBe(true);
      expect(whole.startsWith(line, at)).toBe(true);
      at += line.length;
    }
    expect(at).toBe(whole.length);
  });

  test('Chinese lines end after its punctuation where one is near: most clause ends become line ends', () => {
    const { cues } = reflowCues(track(TRACKS.zh!), DEFAULT, languageOf('zh'));
    const ends = lines(cues).map((l) => l.slice(-1));
    expect(ends.filter((c) => /[，。、]/.test(c)).length / ends.length).toBeGreaterThanOrEqual(0.5);
  });

  test('the English default profile would have kept 33-character Chinese lines', () => {
    const { cues } = reflowCues(track(TRACKS.zh!), DEFAULT, EN);
    expect(Math.max(...lines(cues).map(charLength))).toBeGreaterThan(16);
  });

  test('words either side of a line break are joined without a space; spaced words across it keep one', () => {
    const tokens = unspacedTokens('我们今天讨论\n标准化工作以及 ITU\nWTSA 的筹备', 16, languageOf('zh'));
    expect(joinTokens(tokens)).toBe('我们今天讨论标准化工作以及 ITU WTSA 的筹备');
    expect(tokens.map((t) => t.text)).toContain('ITU');
  });

  test('cues joined into one: no space between Chinese words, one between Latin ones', () => {
    const lang = languageOf('zh');
    expect(reflowCues([cue(0, 1000, '我们讨论'), cue(1000, 2000, '标准')], DEFAULT, lang).cues.map((c) => c.text)).toEqual(['我们讨论标准']);
    expect(reflowCues([cue(0, 1000, '欢迎ITU'), cue(1000, 2000, 'WTSA代表')], DEFAULT, lang).cues.map((c) => c.text)).toEqual(['欢迎ITU WTSA代表']);
  });

  test('a bracketed sound tag stays whole', () => {
    const { cues } = reflowCues([cue(0, 3000, '谢谢大家。'), cue(3000, 4000, '[热烈掌声]'), cue(4000, 8000, '下面请第二位发言人发言。')], DEFAULT, languageOf('zh'));
    expect(lines(cues)).toContain('[热烈掌声]');
  });
});

describe('re-flowing Korean and Arabic: spaced words', () => {
  const spaced = (texts: readonly string[]) => texts.flatMap((t) => t.split(/\s+/).filter((w) => w !== ''));

  test('Korean: lines within 16 characters, every word in order', () => {
    const source = track(TRACKS.ko!);
    const { cues, report } = reflowCues(source, DEFAULT, languageOf('ko'));
    for (const line of lines(cues)) expect(charLength(line)).toBeLessThanOrEqual(16);
    expect(report.limits.lineLength.share).toBe(1);
    expect(spaced(cues.map((c) => c.text))).toEqual(spaced(TRACKS.ko!));
  });

  test('Arabic: a line ends after the Arabic comma where one is near', () => {
    const { cues } = reflowCues([cue(0, 6000, 'في الأسبوع الماضي اجتمعنا في جنيف، واتفق المندوبون على النص الجديد.')], DEFAULT, languageOf('ar'));
    expect(cues.map((c) => c.text)).toEqual(['في الأسبوع الماضي اجتمعنا في جنيف،\nواتفق المندوبون على النص الجديد.']);
  });

  test('Arabic: the Latin numbers apply (42 characters), every word in order', () => {
    const source = track(TRACKS.ar!);
    const { cues } = reflowCues(source, DEFAULT, languageOf('ar'));
    expect(Math.max(...lines(cues).map(charLength))).toBeGreaterThan(16);
    for (const line of lines(cues)) expect(charLength(line)).toBeLessThanOrEqual(42);
    expect(spaced(cues.map((c) => c.text))).toEqual(spaced(TRACKS.ar!));
    expect(profileForLanguage(DEFAULT, languageOf('ar'))).toBe(DEFAULT);
  });
});

describe('the quality report judges each script by its own numbers', () => {
  const zh = languageOf('zh');

  test('a 20-character Chinese line is too long; as English text it would not be', () => {
    const line = '今天我们讨论智慧城市标准的最新进展和未来的方向';
    const report = checkCaptionQuality([cue(0, 6000, line)], DEFAULT, zh);
    expect(report.violations).toContainEqual(expect.objectContaining({ limit: 'lineLength', value: charLength(line), max: 16 }));
    expect(checkCaptionQuality([cue(0, 6000, line)], DEFAULT, EN).violations.filter((v) => v.limit === 'lineLength')).toEqual([]);
  });

  test('reading rate in characters a second, in every profile, with the guide\'s number', () => {
    // 22 characters in 1.5 s: 14.7 a second, over Chinese's 11, under the Latin profiles' 20
    const text = '大家下午好，欢迎参加今天的线上论坛。\n谢谢大家';
    for (const name of PROFILE_NAMES) {
      const report = checkCaptionQuality([cue(0, 1500, text)], captionProfile(name), zh);
      expect(report.violations).toContainEqual(expect.objectContaining({ limit: 'readingRate', max: 11 }));
    }
    expect(checkCaptionQuality([cue(0, 1500, text)], DEFAULT, EN).violations.filter((v) => v.limit === 'readingRate')).toEqual([]);
  });

  test('a Chinese clause counts as its words, not one: BBC\'s time a word applies', () => {
    const clause = '欢迎参加今天关于数字化转型中标准作用的线上论坛';
    expect(countWords(clause)).toBe(1);
    expect(captionWordCount(clause, zh)).toBeGreaterThanOrEqual(8);
    const report = checkCaptionQuality([cue(0, 1000, clause)], captionProfile('bbc'), zh);
    expect(report.violations).toContainEqual(expect.objectContaining({ limit: 'minDuration', min: 300 * captionWordCount(clause, zh) }));
  });
});
