import { readLabel } from '../../src/text/speaker-marks';
import { ingestCaptions } from '../../src/formats/ingest';

describe('speaker labels in scripts without case', () => {
  test.each([
    ['نور القاسم: شكرا جزيلا', 'نور القاسم', 'شكرا جزيلا'],
    ['최동욱 의원: 감사합니다', '최동욱 의원', '감사합니다'],
    ['主持人：我们现在开始', '主持人', '我们现在开始'],
    ['議長：ただいまから開会します', '議長', 'ただいまから開会します'],
    ['Ана Петрова: спасибо', 'Ана Петрова', 'спасибо'],
  ])('after a mark, "%s" names %s', (line, name, rest) => {
    expect(readLabel(line, 'after-mark')).toEqual({ name, rest });
  });

  test('a clause before a colon is no label, in a script without case either', () => {
    expect(readLabel('他在会议上明确地告诉我们大家：我们开始', 'after-mark')).toBeNull();
    expect(readLabel('we said this: nothing', 'after-mark')).toBeNull();
  });

  test('a WebVTT file with Arabic and Korean CART labels gets its speakers', () => {
    const vtt = ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', '&gt;&gt; نور القاسم: أهلا وسهلا بكم.', '', '00:00:03.000 --> 00:00:05.000', '&gt;&gt; 최동욱 의원: 회의를 시작하겠습니다.', ''].join('\n');
    const track = ingestCaptions(Buffer.from(vtt), { fileName: 'x.vtt' });
    expect(track.cues.map((c) => c.speaker)).toEqual(['نور القاسم', '최동욱 의원']);
    expect(track.cues.map((c) => c.text)).toEqual(['أهلا وسهلا بكم.', '회의를 시작하겠습니다.']);
  });
});

describe('sentence-cased role labels that open turns after marks', () => {
  // labelled turns among cues that go on without one, as CART captions run (not every cue named)
  const vtt = (labels: (string | null)[]) =>
    ['WEBVTT', '', ...labels.flatMap((label, i) => [`00:00:${String(i * 3).padStart(2, '0')}.000 --> 00:00:${String(i * 3 + 2).padStart(2, '0')}.000`, `${label === null ? '' : `&gt;&gt; ${label}: `}frase número ${i}.`, ''])].join('\n');
  const turns = (a: string) => [a, null, null, 'Alcaldesa', null, a, null, null, 'Alcaldesa', null, a, null];

  test('a role said three times after ">>" is a speaker ("Técnico de sonido", "Clerk\'s office")', () => {
    for (const role of ['Técnico de sonido', "Clerk's office", 'Suporte técnico']) {
      const track = ingestCaptions(Buffer.from(vtt(turns(role))), { fileName: 'x.vtt' });
      expect(track.cues.map((c) => c.speaker)).toEqual([role, role, role, 'Alcaldesa', 'Alcaldesa', role, role, role, 'Alcaldesa', 'Alcaldesa', role, role]);
      expect(track.cues[0]!.text).toBe('frase número 0.');
    }
  });

  test('a lead-in is no label however often it follows a mark ("For example:")', () => {
    const track = ingestCaptions(Buffer.from(vtt(turns('For example'))), { fileName: 'x.vtt' });
    expect(track.cues.map((c) => c.speaker)).not.toContain('For example');
    expect(track.cues[0]!.text).toBe('For example: frase número 0.');
  });
});
