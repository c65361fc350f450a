import { ingestCaptions } from '../../src/formats/ingest';
import type { Track } from '../../src/model/track';
import { speakerTurns } from '../../src/text/turns';

function vtt(body: string): Track {
  return ingestCaptions(Buffer.from(`WEBVTT\n\n${body}`), { fileName: 'test.vtt' });
}

function srt(body: string): Track {
  return ingestCaptions(Buffer.from(body), { fileName: 'test.srt' });
}

const turns = (t: Track) => speakerTurns(t).map((x) => [x.speaker, x.text]);

describe('speakers from caption marks', () => {
  test('CART ">>" starts an unnamed turn; "NAME:" after it names the speaker', () => {
    const t = vtt(
      '00:00:01.000 --> 00:00:03.000\n&gt;&gt; MAYOR LEE: GOOD EVENING.\n\n' +
        '00:00:03.000 --> 00:00:05.000\nWE WILL BEGIN.\n\n' +
        '00:00:05.000 --> 00:00:07.000\n&gt;&gt; THANK YOU.\n',
    );
    expect(turns(t)).toEqual([
      ['MAYOR LEE', 'GOOD EVENING. WE WILL BEGIN.'],
      [null, 'THANK YOU.'],
    ]);
    expect(t.cues.map((c) => c.text)).toEqual(['GOOD EVENING.', 'WE WILL BEGIN.', 'THANK YOU.']);
  });

  test('a mark inside a cue splits it into parts with estimated start times', () => {
    const t = vtt('00:00:10.000 --> 00:00:14.000\ncouncilmember fife?\n>> present.\n');
    const cue = t.cues[0]!;
    expect(cue.text).toBe('councilmember fife?\npresent.');
    expect(cue.parts?.map((p) => [p.text, p.turnStart])).toEqual([
      ['councilmember fife?', false],
      ['present.', true],
    ]);
    expect(cue.parts![1]!.startMs).toBeGreaterThan(10000);
    expect(cue.parts![1]!.startMs).toBeLessThan(14000);
  });

  test('<v> voice tags name speakers; the same voice again continues the turn', () => {
    const t = vtt(
      '00:00:01.000 --> 00:00:02.000\n<v Bilel Jamoussi>Welcome.\n\n' +
        '00:00:02.000 --> 00:00:03.000\n<v Bilel Jamoussi>Our first speaker.\n\n' +
        '00:00:03.000 --> 00:00:04.000\n<v.loud Javier García Díaz>Thank you.</v>\n',
    );
    expect(turns(t)).toEqual([
      ['Bilel Jamoussi', 'Welcome. Our first speaker.'],
      ['Javier García Díaz', 'Thank you.'],
    ]);
  });

  test('Zoom-style "First Last:" labels in mixed-case text', () => {
    const t = srt('1\n00:00:01,000 --> 00:00:02,000\nAnna Schmidt: Good afternoon.\n\n2\n00:00:02,000 --> 00:00:04,000\nJuan de la Cruz: Hello everyone.\n');
    expect(turns(t)).toEqual([
      ['Anna Schmidt', 'Good afternoon.'],
      ['Juan de la Cruz', 'Hello everyone.'],
    ]);
  });

  test('in ALL CAPS captions a colon phrase is not taken for a name unless it recurs as a label', () => {
    const lines = [
      'THE RULE IS SIMPLE: WE VOTE.', // once: an ordinary sentence
      'CHAIR: THANK YOU.',
      'WE MOVE ON.',
      'CHAIR: NEXT ITEM.',
    ];
    const t = srt(lines.map((l, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i + 1},000\n${l}`).join('\n\n'));
    expect(t.cues[0]!.text).toBe('THE RULE IS SIMPLE: WE VOTE.');
    expect(t.cues[0]!.speaker).toBeNull();
    expect(t.cues[1]!.speaker).toBe('CHAIR');
    expect(t.cues[2]!.speaker).toBe('CHAIR');
  });

  test('a label alone on a cue names the speaker of the words that follow', () => {
    const t = vtt('00:00:01.000 --> 00:00:02.000\nNARRATOR:\n\n00:00:02.000 --> 00:00:03.000\nThey built it.\n');
    expect(turns(t)).toEqual([['NARRATOR', 'They built it.']]);
  });

  test('subtitle dialogue dashes mark two speakers in one cue', () => {
    const t = srt('1\n00:00:01,000 --> 00:00:03,000\n- Are you coming?\n- Yes.\n');
    expect(t.cues[0]!.parts?.map((p) => [p.text, p.turnStart])).toEqual([
      ['Are you coming?', true],
      ['Yes.', true],
    ]);
  });

  test('ordinary colons are not labels: times, URLs and "Note:"', () => {
    const t = srt('1\n00:00:01,000 --> 00:00:03,000\nWe meet at 10:30 today.\nNote: see https://example.org\n');
    expect(t.cues[0]!.speaker).toBeNull();
    expect(t.cues[0]!.text).toBe('We meet at 10:30 today.\nNote: see https://example.org');
  });
});

describe('non-speech annotations', () => {
  test('are kept in the text and marked', () => {
    const t = vtt('00:00:01.000 --> 00:00:02.000\n[APPLAUSE]\n\n00:00:02.000 --> 00:00:03.000\nTHANK YOU (LAUGHTER) ALL.\n');
    expect(t.cues[0]).toMatchObject({ text: '[APPLAUSE]', sounds: ['[APPLAUSE]'], nonSpeech: true });
    expect(t.cues[1]).toMatchObject({ text: 'THANK YOU (LAUGHTER) ALL.', sounds: ['(LAUGHTER)'] });
    expect(t.cues[1]!.nonSpeech).toBeUndefined();
  });
});

describe('entities and markup', () => {
  test('the full HTML entity table, numeric references, and &amp; (not "&;")', () => {
    const t = vtt('00:00:01.000 --> 00:00:02.000\nR&amp;D &eacute;t&eacute; &#169; &#x266B; &hellip; 5 &lt; 6\n');
    expect(t.cues[0]!.text).toBe('R&D été © ♫ … 5 < 6');
    expect(t.cues[0]!.raw).toBe('R&amp;D &eacute;t&eacute; &#169; &#x266B; &hellip; 5 &lt; 6');
  });

  test('SRT formatting tags and {\\an8} codes are removed, other angle-bracket text kept', () => {
    const t = srt('1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Hello</i> <font color="red">there</font> <LAUGHS>\n');
    expect(t.cues[0]!.text).toBe('Hello there <LAUGHS>');
  });
});

describe('rolling captions (YouTube auto-captions)', () => {
  const rolling = [
    '00:00:01.000 --> 00:00:02.000 align:start position:0%\nwelcome<00:00:01.500><c> everyone</c>',
    '00:00:02.000 --> 00:00:02.010 align:start position:0%\nwelcome everyone\n ',
    '00:00:02.010 --> 00:00:04.000 align:start position:0%\nwelcome everyone\ntoday<00:00:02.600><c> we</c><00:00:03.100><c> discuss</c>',
    '00:00:04.000 --> 00:00:04.010 align:start position:0%\ntoday we discuss\n ',
    '00:00:04.010 --> 00:00:06.000 align:start position:0%\ntoday we discuss\nsmart<00:00:04.500><c> cities</c>',
    '00:00:06.000 --> 00:00:06.010 align:start position:0%\nsmart cities\n ',
  ].join('\n\n');

  test('each spoken word appears once, with its time', () => {
    const t = vtt(`${rolling}\n`);
    expect(t.cues.map((c) => c.text)).toEqual(['welcome everyone', 'today we discuss', 'smart cities']);
    expect(t.cues[1]!.words).toEqual([
      { text: 'today', startMs: 2010 },
      { text: 'we', startMs: 2600 },
      { text: 'discuss', startMs: 3100 },
    ]);
    expect(t.diagnostics.some((d) => d.message.startsWith('rolling captions'))).toBe(true);
  });

  test('a line said twice in ordinary captions is kept twice', () => {
    const t = vtt('00:00:01.000 --> 00:00:02.000\nCouncilmember Kalb?\n\n00:00:03.000 --> 00:00:04.000\nCouncilmember Kalb?\n\n00:00:05.000 --> 00:00:06.000\nHere.\n\n00:00:07.000 --> 00:00:08.000\nThank you.\n');
    expect(t.cues).toHaveLength(4);
  });
});
