import { displayNameHead } from '../../src/text/speaker-marks';
import { srtTrack as srt, turnsOf as turns, zoomTrack as zoom } from '../helpers/line-tracks';

describe('Zoom display names with an organisation or role after the name', () => {
  test.each([
    ['a bar', 'Ana Ruiz | Acme Corp', 'João Pedro Alves | Prefeitura de Recife'],
    ['a bar without spaces', 'Ana Ruiz|Acme Corp', 'João Pedro Alves|Recife'],
    ['a spaced hyphen', 'Ana Ruiz - Acme Corp', 'João Pedro Alves - Prefeitura de Recife'],
    ['an en dash', 'Ana Ruiz – Acme Corp', 'João Pedro Alves – Prefeitura de Recife'],
    ['an em dash', 'Ana Ruiz — Acme Corp', 'João Pedro Alves — Prefeitura de Recife'],
    ['square brackets', 'Ana Ruiz [Acme Corp]', 'João Pedro Alves [Recife]'],
    ['brackets and a bar', 'Ana Ruiz (she/her) | Acme Corp', 'João Pedro Alves [Recife] - Moderator'],
  ])('%s: every cue-opening label is read, its note kept in the label', (_how, ana, joao) => {
    const t = zoom([`${ana}: Hello and welcome to the panel.`, `${ana}: Let me introduce our guests.`, `${joao}: Obrigado, thanks Ana.`, `${joao}: Happy to be here.`, `${ana}: Great, first question.`]);
    expect(turns(t)).toEqual([
      [ana, 'Hello and welcome to the panel. Let me introduce our guests.'],
      [joao, 'Obrigado, thanks Ana. Happy to be here.'],
      [ana, 'Great, first question.'],
    ]);
    // The note is a part of the label, never a sound left in the words.
    expect(t.cues.filter((c) => c.sounds !== undefined)).toEqual([]);
  });

  test('a label with a note and one without, in one track', () => {
    const t = zoom(['Ana Ruiz (Acme Corp): Hello.', 'Ana Ruiz (Acme Corp): Welcome.', 'João Pedro Alves [Recife]: Thanks Ana.', 'João Pedro Alves [Recife]: Happy to be here.', 'Kofi: Hi all.']);
    expect(t.cues.map((c) => [c.speaker, c.text])).toEqual([
      ['Ana Ruiz (Acme Corp)', 'Hello.'],
      ['Ana Ruiz (Acme Corp)', 'Welcome.'],
      ['João Pedro Alves [Recife]', 'Thanks Ana.'],
      ['João Pedro Alves [Recife]', 'Happy to be here.'],
      ['Kofi', 'Hi all.'],
    ]);
  });

  test('a hyphen inside a word is part of the name, not a note', () => {
    expect(displayNameHead('Dr. Okonkwo-Baptiste')).toEqual({ head: 'Dr. Okonkwo-Baptiste', notes: [] });
    expect(displayNameHead('João Pedro Alves - Prefeitura de Recife')).toEqual({ head: 'João Pedro Alves', notes: ['Prefeitura de Recife'] });
    expect(displayNameHead('Ana Ruiz (she/her) | Acme [HQ]')).toEqual({ head: 'Ana Ruiz', notes: ['she/her', 'HQ', 'Acme'] });
  });

  test('a repeated label with a note is read in a track where labels open only some cues, whatever the case of its note', () => {
    const t = srt(['Ana Ruiz | Acme: We start.', 'and then we go on', 'Ben Okoro - city council: Thanks.', 'and I agree', 'Ana Ruiz | Acme: Good.', 'Ben Okoro - city council: Fine.', 'Ana Ruiz | Acme: Next.', 'Ben Okoro - city council: Yes.', ...Array.from({ length: 6 }, (_, i) => `so that is point ${i}`)]);
    expect(turns(t).map(([speaker]) => speaker)).toEqual(['Ana Ruiz | Acme', 'Ben Okoro - city council', 'Ana Ruiz | Acme', 'Ben Okoro - city council', 'Ana Ruiz | Acme', 'Ben Okoro - city council']);
  });

  test('a lead-in with a note stays text: only the name before the note is judged', () => {
    const lines = ['For example - quickly: we plant.', 'For example - quickly: we water.', 'For example - quickly: we wait.', 'Fun fact | really: bees dance.', 'Fun fact | really: ants farm.', 'Fun fact | really: owls turn.', ...Array.from({ length: 14 }, (_, i) => `and that is part ${i} of the lesson`)];
    const t = srt(lines);
    expect(t.cues.map((c) => c.text)).toEqual(lines);
    expect(t.cues.every((c) => c.speaker === null)).toBe(true);
  });

  test('a note needs a letter or digit, and the name before it one', () => {
    const lines = ['Ana Ruiz | -: We start.', 'Ana Ruiz | -: Welcome.', '| Acme: Thanks.', '| Acme: Yes.'];
    const t = zoom(lines);
    expect(t.cues.map((c) => c.text)).toEqual(lines);
  });
});
