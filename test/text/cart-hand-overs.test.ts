import { ingestCaptions } from '../../src/formats/ingest';
import type { Track } from '../../src/model/track';
import { isGenericLabel } from '../../src/text/generic-labels';
import { speakerTurns } from '../../src/text/turns';

const clock = (n: number) => `00:${String(Math.floor(n / 60_000)).padStart(2, '0')}:${String(Math.floor(n / 1000) % 60).padStart(2, '0')},${String(n % 1000).padStart(3, '0')}`;

/** An SRT file of one cue a line, two seconds each. */
function srt(lines: string[]): Track {
  const body = lines.map((l, i) => `${i + 1}\n${clock(i * 2000)} --> ${clock(i * 2000 + 1900)}\n${l}`).join('\n\n');
  return ingestCaptions(Buffer.from(`${body}\n`), { fileName: 'council.srt' });
}

const turns = (t: Track) => speakerTurns(t).map((x) => [x.speaker, x.text]);

describe('a ">>" mark hands over, even to a label equal to the current one', () => {
  test('each public commenter under ">> SPEAKER:" is a turn of their own', () => {
    const t = srt([
      '>> CHAIR: WE NOW TAKE PUBLIC COMMENT.',
      'YOU HAVE TWO MINUTES EACH.',
      '>> SPEAKER: MY NAME IS JO SMITH',
      'AND I LIVE ON ELM STREET.',
      '>> SPEAKER: HI, I AM SAM LEE,',
      'I SUPPORT THE PARK.',
      '>> AUDIENCE MEMBER: ME TOO.',
      '>> AUDIENCE MEMBER: I OPPOSE IT.',
      '>> CHAIR: THANK YOU ALL.',
    ]);
    expect(turns(t)).toEqual([
      ['CHAIR', 'WE NOW TAKE PUBLIC COMMENT. YOU HAVE TWO MINUTES EACH.'],
      ['SPEAKER', 'MY NAME IS JO SMITH AND I LIVE ON ELM STREET.'],
      ['SPEAKER', 'HI, I AM SAM LEE, I SUPPORT THE PARK.'],
      ['AUDIENCE MEMBER', 'ME TOO.'],
      ['AUDIENCE MEMBER', 'I OPPOSE IT.'],
      ['CHAIR', 'THANK YOU ALL.'],
    ]);
  });

  test('two cues alone, each ">> SPEAKER:", are two turns', () => {
    expect(turns(srt(['>> SPEAKER: MY NAME IS JO SMITH.', '>> SPEAKER: HI, I AM SAM LEE.'])).map(([s]) => s)).toEqual(['SPEAKER', 'SPEAKER']);
  });

  test('a named label after ">>" twice is two turns where the captioner names only changes', () => {
    const t = srt(['>> MAYOR: WE BEGIN.', 'THE FIRST ITEM IS THE BUDGET.', 'IT IS LONG.', '>> MAYOR: SO, ANY QUESTIONS?', 'NONE.', 'GOOD.']);
    expect(t.cues.map((c) => c.turnStart === true)).toEqual([true, false, false, true, false, false]);
  });

  test('a role label on every cue of a Zoom-like track still starts a turn each time, a name does not', () => {
    const t = srt(['Ana Ruiz: We open the floor.', 'Ana Ruiz: Who is first?', 'Audience member: I am.', 'Audience member: I am next.', 'Ana Ruiz: Thank you both.']);
    expect(turns(t).map(([s]) => s)).toEqual(['Ana Ruiz', 'Audience member', 'Audience member', 'Ana Ruiz']);
  });

  test('role labels are generic in any case; numbered roles, names and a chair are not', () => {
    for (const label of ['SPEAKER', 'Audience member', 'MALE SPEAKER', 'FEMALE CALLER', 'PUBLIC COMMENT', 'INTERPRETER', 'UNIDENTIFIED SPEAKER', 'MEMBER OF THE PUBLIC', 'SPEAKER FROM THE FLOOR']) {
      expect([label, isGenericLabel(label)]).toEqual([label, true]);
    }
    for (const label of ['SPEAKER 2', 'Speaker 1', 'ANA RUIZ', 'THE CHAIR', 'THE SPEAKER', 'The interpreter', 'MAYOR', 'COUNCILMEMBER LEE', 'Public Works Director']) {
      expect([label, isGenericLabel(label)]).toEqual([label, false]);
    }
  });
});
