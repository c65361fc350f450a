import { ingestCaptions } from '../../src/formats/ingest';
import type { Track } from '../../src/model/track';
import { srtTrack as srt, turnsOf as turns, zoomTrack as zoom } from '../helpers/line-tracks';

function sbv(lines: string[]): Track {
  const clock = (n: number) => `0:00:${String(Math.floor(n / 1000)).padStart(2, '0')}.${String(n % 1000).padStart(3, '0')}`;
  const body = lines.map((l, i) => `${clock(i * 1000)},${clock(i * 1000 + 900)}\n${l}`).join('\n\n');
  return ingestCaptions(Buffer.from(`${body}\n`), { fileName: 'talk.sbv' });
}

const turnStarts = (t: Track) => t.cues.map((c) => c.turnStart === true);

describe('a label repeating the current speaker continues the turn', () => {
  test('Zoom: the name on every cue gives one turn per change of speaker, whatever the shape of the name', () => {
    const t = zoom([
      "Dr. Ana O'Neil: Welcome to the webinar. Today we look at",
      "Dr. Ana O'Neil: rain gardens in three towns.",
      'jsmith: thanks Ana, so the first',
      'jsmith: town is Brackwell.',
      'iPhone: can you hear me',
      'iPhone: now?',
      '李明: 我们的项目',
      '李明: 从去年开始。',
      'tom.r2: Yes, loud and clear.',
      "Dr. Ana O'Neil: Good.",
      'jsmith: Item 4: the budget.',
    ]);
    expect(turns(t)).toEqual([
      ["Dr. Ana O'Neil", 'Welcome to the webinar. Today we look at rain gardens in three towns.'],
      ['jsmith', 'thanks Ana, so the first town is Brackwell.'],
      ['iPhone', 'can you hear me now?'],
      ['李明', '我们的项目 从去年开始。'],
      ['tom.r2', 'Yes, loud and clear.'],
      ["Dr. Ana O'Neil", 'Good.'],
      ['jsmith', 'Item 4: the budget.'],
    ]);
    expect(turnStarts(t)).toEqual([true, false, true, false, true, false, true, false, true, true, true]);
  });

  test('Zoom display names with a pronoun note or in directory order', () => {
    const t = zoom(['Ana Ruiz (she/her): We start.', 'Ana Ruiz (she/her): Welcome.', 'Okoro, Ben: Thank you.', 'Okoro, Ben: I agree.', 'Ana Ruiz (she/her): Good.']);
    expect(turns(t).map(([speaker]) => speaker)).toEqual(['Ana Ruiz (she/her)', 'Okoro, Ben', 'Ana Ruiz (she/her)']);
  });

  test('Zoom dial-in callers named by their (masked) number', () => {
    const t = zoom(['Ana Ruiz: Who joined by phone?', '+1 555***0100: Hello, it is Ben.', '+1 555***0100: Sorry, I am late.', 'Ana Ruiz: Welcome.']);
    expect(turns(t).map(([speaker]) => speaker)).toEqual(['Ana Ruiz', '+1 555***0100', 'Ana Ruiz']);
  });

  test('SRT and SBV with "Name:" on every cue', () => {
    const lines = ['Ana Ruiz: We start', 'Ana Ruiz: with the budget.', 'Ben Okoro: Thank you.', 'Ben Okoro: I agree.'];
    const expected = [
      ['Ana Ruiz', 'We start with the budget.'],
      ['Ben Okoro', 'Thank you. I agree.'],
    ];
    expect(turns(srt(lines))).toEqual(expected);
    expect(turns(sbv(lines))).toEqual(expected);
  });

  test('CART capitals: "NAME:" and ">> NAME:" repeated on each cue', () => {
    const t = srt(['>> CHAIR LEE: GOOD EVENING', '>> CHAIR LEE: AND WELCOME.', 'CLERK: ROLL CALL.', 'CLERK: MEMBER FIFE?', '>> PRESENT.']);
    expect(turns(t)).toEqual([
      ['CHAIR LEE', 'GOOD EVENING AND WELCOME.'],
      ['CLERK', 'ROLL CALL. MEMBER FIFE?'],
      [null, 'PRESENT.'],
    ]);
  });

  test('an unnamed ">>" is a hand-over even between two cues labelled with one name', () => {
    const t = srt(['>> MAYOR: WE BEGIN.', '>> IS THIS ON?', '>> MAYOR: IT IS NOW.', '>> MAYOR: SO WE BEGIN.']);
    expect(turns(t)).toEqual([
      ['MAYOR', 'WE BEGIN.'],
      [null, 'IS THIS ON?'],
      ['MAYOR', 'IT IS NOW. SO WE BEGIN.'],
    ]);
  });

  test('a change of speaker inside a cue, then the same name again on the next cue', () => {
    // Three cues, each opening with a label: the captioner names the speaker on every cue.
    const t = srt(['>> ANA: YES. >> BEN: NO, I THINK', '>> BEN: WE WAIT.', '>> ANA: FINE.']);
    expect(turns(t)).toEqual([
      ['ANA', 'YES.'],
      ['BEN', 'NO, I THINK WE WAIT.'],
      ['ANA', 'FINE.'],
    ]);
  });
});

describe('labels of any shape are taken only when the track shows they are labels', () => {
  test('a lower-case one-word label that opens one line only is text', () => {
    const t = srt(['jsmith: hello', 'we meet at 10:30 today', 'and then we leave']);
    expect(t.cues[0]!.text).toBe('jsmith: hello');
    expect(t.cues[0]!.speaker).toBeNull();
  });

  test('a label that opens many lines is taken, and then even where it opens one line among others', () => {
    const t = srt(['moderator: welcome', 'moderator: to the panel', 'so that was it', 'moderator: next one']);
    expect(t.cues.map((c) => [c.speaker, c.text])).toEqual([
      ['moderator', 'welcome'],
      ['moderator', 'to the panel'],
      ['moderator', 'so that was it'],
      ['moderator', 'next one'],
    ]);
  });

  test('ordinary texts before a colon stay text however often they recur', () => {
    const lines = [
      'Note: the slides are online.',
      'Note: questions go in the chat.',
      'Note: we break at noon.',
      'Item 4: the budget.',
      'Item 4: the budget, again.',
      'Item 4: the budget, once more.',
      'Step 2: plant the beds.',
      'Step 2: water them.',
      'Step 2: wait.',
      'So: what now?',
      'So: where next?',
      'So: who pays?',
      'Well, then: we vote.',
      'Well, then: we count.',
      'Well, then: we go home.',
      'Right, then: we vote.',
      'Right, then: we count.',
      'Right, then: we go home.',
      '2024: a good year.',
      '2024: a good year again.',
      '2024: and so on.',
      'We meet at 10:30 today.',
      'We meet at 10:30 tomorrow.',
      'We meet at 10:30 on Friday.',
    ];
    const t = srt(lines);
    expect(t.cues.map((c) => c.text)).toEqual(lines);
    expect(t.cues.every((c) => c.speaker === null)).toBe(true);
  });

  test('a label needs two characters and words of letters or digits', () => {
    const lines = ['V: Bottom - H: Left', 'V: Bottom - H: Center', 'V: Top - H: Right', '37% 74% - NARRATOR: They built it.'];
    const t = srt(lines);
    expect(t.cues.map((c) => c.text)).toEqual(lines);
    expect(t.cues.every((c) => c.speaker === null)).toBe(true);
  });

  test('capitals labels the capitals rule refuses (a digit, a letter beyond A-Z) are taken once they recur', () => {
    const t = srt(['MAN 2: WHEN WE THINK', 'MÄRTHA: OF EINSTEIN', 'MAN 2: IT IS ALL ABOUT', 'MÄRTHA: AN OLD MAN', 'MAN 2: NO', 'MÄRTHA: YES']);
    expect(t.cues.map((c) => c.speaker)).toEqual(['MAN 2', 'MÄRTHA', 'MAN 2', 'MÄRTHA', 'MAN 2', 'MÄRTHA']);
  });

  test('after a ">>" mark a name of capitalised words is read even once, digits and accents included', () => {
    // Plain cues between them: the track is not one whose cues mostly open with a label.
    const t = srt(['>> MAN 2: E EQUALS M C SQUARED', 'IS NOT ABOUT', 'AN OLD MAN', '>> Carlos Farías Núñez: Gracias.', 'de verdad', '>> we think: not a name', 'and more']);
    expect(turns(t)).toEqual([
      ['MAN 2', 'E EQUALS M C SQUARED IS NOT ABOUT AN OLD MAN'],
      ['Carlos Farías Núñez', 'Gracias. de verdad'],
      [null, 'we think: not a name and more'],
    ]);
  });

  test('a few repeated openings in a long track are not enough (under 2% of its cues)', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `line number ${i} of an ordinary talk`);
    for (const i of [10, 90, 170]) lines[i] = `reminder: item ${i}`;
    const t = srt(lines);
    expect(t.cues[10]!.text).toBe('reminder: item 10');
    expect(t.cues.every((c) => c.speaker === null)).toBe(true);
  });
});
