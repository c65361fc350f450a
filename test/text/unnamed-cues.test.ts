import { srtTrack as srt, turnsOf as turns, zoomTrack as zoom } from '../helpers/line-tracks';

/** Eleven cues named and one not (92%): Zoom leaves the name off a voice it cannot tell. */
const ZOOM = [
  'Priya Raman: Thanks for joining the board meeting. We',
  'Priya Raman: start with the budget. Tomasz?',
  'Tomasz Wierz: Sure. We came in four percent under budget this',
  'Tomasz Wierz: year, mostly thanks to the heating contract.',
  'Great, thanks.',
  'Tomasz Wierz: And the roof repair is paid for.',
  'Priya Raman: Good. Lucía, go ahead.',
  'iPad de Lucía: The book sale raised eleven hundred dollars.',
  'Priya Raman: Wonderful.',
  'Tomasz Wierz: I will add it to the slide.',
  'Priya Raman: Next item.',
  'Priya Raman: The east wing.',
];

describe('a cue without a name in a track that names the speaker on (nearly) every cue', () => {
  test('Zoom: the unnamed cue is an unnamed turn, and the named speaker after it starts a new one', () => {
    const t = zoom(ZOOM);
    expect(turns(t).slice(0, 4)).toEqual([
      ['Priya Raman', 'Thanks for joining the board meeting. We start with the budget. Tomasz?'],
      ['Tomasz Wierz', 'Sure. We came in four percent under budget this year, mostly thanks to the heating contract.'],
      [null, 'Great, thanks.'],
      ['Tomasz Wierz', 'And the roof repair is paid for.'],
    ]);
    expect(t.cues[4]).toMatchObject({ speaker: null, turnStart: true });
  });

  test('Zoom: even one that starts in lower case after a cue with no sentence end (Zoom never carries a turn over without the name)', () => {
    const lines = [...ZOOM];
    lines[4] = 'and we should thank the contractor';
    const t = zoom(lines);
    expect(t.cues[4]).toMatchObject({ speaker: null, turnStart: true, text: 'and we should thank the contractor' });
  });

  test('a cue of sounds only is nobody\'s turn: the speaker before and after it goes on', () => {
    const lines = [...ZOOM];
    lines[4] = '[APPLAUSE]';
    const t = zoom(lines);
    expect(t.cues[4]!.turnStart).toBeUndefined();
    expect(t.cues[5]!.turnStart).toBeUndefined();
    expect(t.cues[5]!.speaker).toBe('Tomasz Wierz');
  });

  test('SRT with labels on most cues but not nearly all: an unlabelled cue continues the turn', () => {
    // 8 of 10 cues labelled (80%): captioners of such files name the speaker when they can, and
    // carry a sentence over to a cue without the name.
    const t = srt([
      'Ana Ruiz: We start with the budget, which',
      'came in under the estimate this year.',
      'Ana Ruiz: Ben, your view?',
      'Ben Okoro: I agree with the figures, but',
      'the roof needs more money.',
      'Ben Okoro: That is all.',
      'Ana Ruiz: Thank you.',
      'Ana Ruiz: Next item.',
      'Ben Okoro: The east wing.',
      'Ben Okoro: It is done.',
    ]);
    expect(turns(t).slice(0, 2)).toEqual([
      ['Ana Ruiz', 'We start with the budget, which came in under the estimate this year. Ben, your view?'],
      ['Ben Okoro', 'I agree with the figures, but the roof needs more money. That is all.'],
    ]);
  });

  test('a track that names only changes of speaker, however often they come: an unlabelled cue continues the turn', () => {
    // 10 of 11 cues labelled, but never one name on two cues in a row: the captioner (recap's own
    // writers too) labels a cue only where the speaker changes.
    const names = ['Ana Ruiz', 'Ben Okoro'];
    const lines = Array.from({ length: 10 }, (_, i) => `${names[i % 2]!}: point ${i}.`);
    lines.splice(3, 0, 'and one more thing.');
    const t = srt(lines);
    expect(t.cues[3]).toMatchObject({ speaker: 'Ana Ruiz', text: 'and one more thing.' });
    expect(t.cues[3]!.turnStart).toBeUndefined();
  });

  test('CART that repeats ">> NAME:" on every cue: a cue without the mark continues the turn, as CART writes it', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `>> ${i < 5 ? 'MAYOR LEE' : 'CLERK'}: LINE ${i}.`);
    lines.splice(3, 0, 'AND ONE MORE THING.');
    const t = srt(lines);
    expect(t.cues[3]).toMatchObject({ speaker: 'MAYOR LEE', text: 'AND ONE MORE THING.' });
    expect(t.cues[3]!.turnStart).toBeUndefined();
  });

  test('role labels anyone may carry, repeated, do not show that the captioner names every cue', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `Audience member: question ${i}?`);
    lines.splice(3, 0, 'and a follow-up.');
    const t = srt(lines);
    expect(t.cues[3]).toMatchObject({ speaker: 'Audience member', text: 'and a follow-up.' });
    expect(t.cues[3]!.turnStart).toBeUndefined();
  });
});
