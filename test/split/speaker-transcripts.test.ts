import { readFileSync } from 'fs';
import path from 'path';
import { SpeakerTranscript } from '../../src/model/speaker-transcript';
import { Transcript, type TranscriptParagraph } from '../../src/model/transcript';
import { renderSpeakerMarkdown } from '../../src/split/render-speaker';
import { slugify, uniqueSlugs } from '../../src/split/speaker-slug';
import { buildSpeakerTranscripts } from '../../src/split/speaker-transcripts';
import { ituEventDir } from '../helpers/fixture-store';

const paragraph = (speaker: string | null, turn: number, startMs: number, text: string, sessionStartMs: number): TranscriptParagraph => ({
  speaker,
  turn,
  startMs,
  endMs: startMs + 4000,
  relStartMs: startMs - sessionStartMs,
  relEndMs: startMs + 4000 - sessionStartMs,
  sentences: [
    { text, startMs, endMs: startMs + 2000, relStartMs: startMs - sessionStartMs, relEndMs: startMs + 2000 - sessionStartMs },
    { text: 'Thank you.', startMs: startMs + 2000, endMs: startMs + 4000, relStartMs: startMs + 2000 - sessionStartMs, relEndMs: startMs + 4000 - sessionStartMs },
  ],
});

function transcript(sessionId: string, startMs: number, url: string | undefined, paragraphs: TranscriptParagraph[], speakers: Transcript['speakers']): Transcript {
  return { generator: 'split@1', eventId: 'forum', sessionId, title: `Title of ${sessionId}`, recording: 'main', startMs, endMs: startMs + 600_000, ...(url ? { url } : {}), speakers, paragraphs, sounds: [] };
}

const URL = 'https://example.org/forum.mp4';
const opening = transcript(
  'opening',
  0,
  URL,
  [paragraph('Bilel Jamoussi', 0, 1000, 'Welcome to the forum.', 0), paragraph(null, 1, 9000, 'Is this on?', 0), paragraph('José Pérez', 2, 20_000, 'Good morning.', 0), paragraph('Bilel Jamoussi', 3, 61_500, 'Over to *you*.', 0)],
  [{ name: 'Bilel Jamoussi', person: 'Bilel Jamoussi', matches: [{ caption: 'BILAL JAMOUSI', person: 'Bilel Jamoussi', method: 'phonetic', score: 0.8 }] }, { name: 'José Pérez' }],
);
const panel = transcript(
  'panel',
  600_000,
  undefined,
  [paragraph('Jose Perez', 0, 601_000, 'Another Jose.', 600_000), paragraph('Bilel Jamoussi', 1, 3_725_000, 'Closing words.', 600_000), paragraph(null, 2, 3_730_000, 'Bye.', 600_000)],
  [{ name: 'Jose Perez' }, { name: 'Bilel Jamoussi', person: 'Bilel Jamoussi' }],
);
const people = [{ name: 'Bilel Jamoussi', role: 'moderator' as const, affiliation: 'Chief of Study Groups, TSB, ITU' }];
const speakers = buildSpeakerTranscripts('forum', [opening, panel], people);

describe('speaker transcripts', () => {
  test('one per named speaker, in order of first word; unnamed turns are no one', () => {
    expect(speakers.map((s) => [s.name, s.slug])).toEqual([
      ['Bilel Jamoussi', 'bilel-jamoussi'],
      ['José Pérez', 'jose-perez'],
      ['Jose Perez', 'jose-perez-2'],
    ]);
    for (const s of speakers) expect(SpeakerTranscript.parse(s)).toEqual(s);
    expect(speakers.flatMap((s) => s.sessions.flatMap((x) => x.paragraphs.map((p) => p.text)))).not.toContain('Is this on? Thank you.');
  });

  test("gathers a speaker's paragraphs across sessions in the order given, with times, anchors and the person", () => {
    const [bilel] = speakers;
    expect(bilel).toEqual({
      generator: 'speakers@1',
      eventId: 'forum',
      name: 'Bilel Jamoussi',
      person: { name: 'Bilel Jamoussi', role: 'moderator', affiliation: 'Chief of Study Groups, TSB, ITU' },
      slug: 'bilel-jamoussi',
      sessions: [
        {
          sessionId: 'opening',
          title: 'Title of opening',
          recording: 'main',
          url: URL,
          paragraphs: [
            { paragraph: 0, startMs: 1000, endMs: 5000, relStartMs: 1000, text: 'Welcome to the forum. Thank you.' },
            { paragraph: 3, startMs: 61_500, endMs: 65_500, relStartMs: 61_500, text: 'Over to *you*. Thank you.' },
          ],
        },
        { sessionId: 'panel', title: 'Title of panel', recording: 'main', paragraphs: [{ paragraph: 1, startMs: 3_725_000, endMs: 3_729_000, relStartMs: 3_125_000, text: 'Closing words. Thank you.' }] },
      ],
    });
    // an unresolved speaker has no person
    expect(speakers[1]!.person).toBeUndefined();
  });

  test('markdown: the name, the person, a heading per session, [hh:mm:ss] marks linked when the recording has a url', () => {
    expect(renderSpeakerMarkdown(speakers[0]!)).toBe(
      [
        '# Bilel Jamoussi',
        '',
        'moderator, Chief of Study Groups, TSB, ITU',
        '',
        '## Title of opening',
        '',
        `[\\[00:00:01\\]](${URL}#t=1) Welcome to the forum. Thank you.`,
        '',
        `[\\[00:01:01\\]](${URL}#t=61) Over to \\*you\\*. Thank you.`,
        '',
        '## Title of panel',
        '',
        '\\[01:02:05\\] Closing words. Thank you.',
        '',
      ].join('\n'),
    );
    expect(renderSpeakerMarkdown(speakers[1]!).split('\n').slice(0, 3)).toEqual(['# José Pérez', '', '## Title of opening']);
  });
});

describe('slugs', () => {
  test('fold accents and case, keep ascii letters and digits joined by -', () => {
    expect(slugify('Javier García Díaz')).toBe('javier-garcia-diaz');
    expect(slugify('Seo-yeon Albrecht')).toBe('seo-yeon-albrecht');
    expect(slugify('  Ørsted  Straße Łódź ')).toBe('orsted-strasse-lodz');
    expect(slugify('Eve <script>alert(6)</script>')).toBe('eve-script-alert-6-script');
    expect(slugify('Mallory <img src=x onerror=alert(1)>')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugify('李明')).toBe('speaker');
    expect(slugify('"><')).toBe('speaker');
    expect(slugify('a'.repeat(80)).length).toBe(60);
    expect(slugify(Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ')).length).toBeLessThanOrEqual(60);
  });

  test('a clash gets -2, -3, and never takes a slug already given', () => {
    expect(uniqueSlugs(['Ann Lee', 'ANN LEE', 'Ann  Lée', '李明', '王芳'])).toEqual(['ann-lee', 'ann-lee-2', 'ann-lee-3', 'speaker', 'speaker-2']);
    expect(uniqueSlugs(['Ann Lee 2', 'Ann Lee', 'Ann Lee'])).toEqual(['ann-lee-2', 'ann-lee', 'ann-lee-3']);
  });
});

describe('speaker transcripts of the ITU fixture event', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await ituEventDir();
  });
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

  test('the moderator captioned as BILAL JAMOUSI has one, gathering every turn of his, with the resolved person', () => {
    const bilel = SpeakerTranscript.parse(read('speakers/bilel-jamoussi.json'));
    expect(bilel.person).toEqual({ name: 'Bilel Jamoussi', role: 'moderator', affiliation: 'Chief of Study Groups, TSB, ITU' });
    const sessions = ['opening', 'session-1', 'session-2', 'session-3'].map((id) => Transcript.parse(read(`sessions/${id}/transcript.json`)));
    expect(sessions.find((t) => t.sessionId === 'session-2')!.speakers.find((s) => s.name === 'Bilel Jamoussi')!.matches!.map((m) => m.caption)).toContain('BILAL JAMOUSI');
    const own = sessions.flatMap((t) => t.paragraphs.flatMap((p, i) => (p.speaker === 'Bilel Jamoussi' ? [`${t.sessionId}#${i}@${p.startMs}`] : [])));
    expect(own.length).toBeGreaterThan(10);
    expect(bilel.sessions.flatMap((s) => s.paragraphs.map((p) => `${s.sessionId}#${p.paragraph}@${p.startMs}`))).toEqual(own);
    const md = readFileSync(path.join(dir, 'speakers/bilel-jamoussi.md'), 'utf8');
    expect(md.startsWith('# Bilel Jamoussi\n\nmoderator, Chief of Study Groups, TSB, ITU\n\n## Session 2: ')).toBe(true);
    expect(md).toContain(`(https://example.org/itu-forum-2021-04-23.mp4#t=${Math.floor(bilel.sessions[0]!.paragraphs[0]!.startMs / 1000)})`);
  });

  test('a host who speaks in every session has her sessions in agenda order', () => {
    const mariela = SpeakerTranscript.parse(read('speakers/mariela-vantongeren.json'));
    expect(mariela.sessions.map((s) => s.sessionId)).toEqual(['opening', 'session-1', 'session-2', 'session-3']);
  });
});
