import { EN } from '../helpers/english';
import type { Person } from '../../src/model/agenda';
import { resolveSpeaker, titleCase } from '../../src/split/speaker-names';
import { languageOf } from '../../src/text/language/registry';

const session2: Person[] = [
  { name: 'Bilel Jamoussi', role: 'moderator' },
  { name: 'Hanna Okafor-Reyes', role: 'speaker' },
];
const event: Person[] = [{ name: 'Javier García Díaz', role: 'moderator' }, ...session2, { name: 'Mariela Vantongeren', role: 'host' }];

describe('caption speaker labels resolved to the manifest', () => {
  test.each([
    ['BILAL JAMOUSI', 'Bilel Jamoussi', 'phonetic'],
    ['BILEL JAMOUSI', 'Bilel Jamoussi', 'phonetic'],
    ['BILEL JAMOUSSI', 'Bilel Jamoussi', 'exact'],
    ['JAVIER GARCIA DIAZ', 'Javier García Díaz', 'exact'],
    ['MARIELA VANTONGEREM', 'Mariela Vantongeren', 'edit-distance'], // M for N changes the sound
    ['HANNA OKAFOR REYES', 'Hanna Okafor-Reyes', 'exact'],
    ['THE CHAIR', 'Bilel Jamoussi', 'role'],
    ['MODERATOR', 'Bilel Jamoussi', 'role'],
  ])('%s -> %s (%s)', (caption, person, method) => {
    const r = resolveSpeaker(caption, session2, event, EN);
    expect(r.name).toBe(person);
    expect(r.person).toBe(person);
    expect(r.match).toMatchObject({ caption, person, method });
    expect(r.match!.score).toBeGreaterThan(0.5);
  });

  test('one name word, honorifics aside, when only one person has it', () => {
    expect(resolveSpeaker('MS. OKAFOR-REYES', session2, event, EN).match).toEqual({ caption: 'MS. OKAFOR-REYES', person: 'Hanna Okafor-Reyes', method: 'exact', score: 0.9 });
    expect(resolveSpeaker('JAMOUSI', session2, event, EN).match).toMatchObject({ person: 'Bilel Jamoussi', method: 'phonetic' });
    const twins: Person[] = [{ name: 'Anna Berg' }, { name: 'Anna Lind' }];
    expect(resolveSpeaker('ANNA', twins, twins, EN)).toEqual({ name: 'Anna' });
  });

  test.each([
    ['fr', 'M. DUPONT', 'Jean Dupont'],
    ['fr', 'MME LEROY', 'Marie Leroy'],
    ['es', 'SRA. LEROY', 'Marie Leroy'],
    ['nl', 'DHR. DUPONT', 'Jean Dupont'],
    ['it', 'DOTT. DUPONT', 'Jean Dupont'],
  ])('%s: the language\'s own titles are honorifics too ("%s")', (tag, caption, person) => {
    const people: Person[] = [{ name: 'Jean Dupont', role: 'speaker' }, { name: 'Marie Leroy', role: 'moderator' }];
    expect(resolveSpeaker(caption, people, people, languageOf(tag)).match).toEqual({ caption, person, method: 'exact', score: 0.9 });
  });

  test('edit distance catches a typo that changes the sound', () => {
    expect(resolveSpeaker('HANNA OKAFOR-REYEZ', session2, event, EN).match).toMatchObject({ person: 'Hanna Okafor-Reyes' });
  });

  test('unresolved labels are kept as written, title-cased; a role with two holders is not guessed', () => {
    expect(resolveSpeaker('SPEAKER FROM THE FLOOR', session2, event, EN)).toEqual({ name: 'Speaker From The Floor' });
    expect(resolveSpeaker("MARY O'BRIEN", session2, event, EN)).toEqual({ name: "Mary O'Brien" });
    const twoChairs: Person[] = [{ name: 'A Person', role: 'moderator' }, { name: 'B Person', role: 'moderator' }];
    expect(resolveSpeaker('THE CHAIR', twoChairs, twoChairs, EN)).toEqual({ name: 'The Chair' });
    expect(titleCase('Council Member Mosqueda')).toBe('Council Member Mosqueda');
  });
});

describe('display names (Zoom, Teams) carry more than the name', () => {
  test.each([
    ['Dr. Bilel Jamoussi', 'Bilel Jamoussi'],
    ['Hanna Okafor-Reyes (she/her)', 'Hanna Okafor-Reyes'],
    ['Jamoussi, Bilel', 'Bilel Jamoussi'],
    ['Prof. Vantongeren, Mariela (Host)', 'Mariela Vantongeren'],
  ])('%s -> %s, recorded under the label as written', (caption, person) => {
    const r = resolveSpeaker(caption, session2, event, EN);
    expect(r.name).toBe(person);
    expect(r.match).toMatchObject({ caption, person, method: 'exact' });
  });

  test('a name in brackets alone is the label itself, and a label naming no one is kept', () => {
    expect(resolveSpeaker('iPhone (2)', session2, event, EN)).toEqual({ name: 'iPhone (2)' });
    expect(resolveSpeaker('Okoro, Ben', session2, event, EN)).toEqual({ name: 'Okoro, Ben' });
  });
});

describe('offices before a name (council and parliament CART labels)', () => {
  const council: Person[] = [{ name: 'Simone Delacroix-Hayes', role: 'host' }, { name: 'Chidi Okafor', role: 'panelist' }, { name: 'Li Wen Abernathy-Cole', role: 'panelist' }];
  test.each([
    ['MAYOR DELACROIX-HAYES', 'Simone Delacroix-Hayes'],
    ['MAYOR DELACROIX HAYES', 'Simone Delacroix-Hayes'],
    ['COUNCILMEMBER OKAFOR', 'Chidi Okafor'],
    ['COUNCIL MEMBER CHIDI OKAFOR', 'Chidi Okafor'],
    ['VICE CHAIR OKAFOR', 'Chidi Okafor'],
    ['SEN. ABERNATHY-COLE', 'Li Wen Abernathy-Cole'],
  ])('%s -> %s', (caption, person) => {
    expect(resolveSpeaker(caption, council, council, EN).name).toBe(person);
  });

  test('one part of a double-barrelled name, when only one person has it', () => {
    const chamber: Person[] = [...council, { name: 'Astrid Lindgren-Moss' }, { name: 'Erik Moss' }];
    expect(resolveSpeaker('COUNCILMEMBER LINDGREN', chamber, chamber, EN).match).toEqual({ caption: 'COUNCILMEMBER LINDGREN', person: 'Astrid Lindgren-Moss', method: 'exact', score: 0.81 });
    expect(resolveSpeaker('MAYOR HAYES', chamber, chamber, EN).person).toBe('Simone Delacroix-Hayes');
    // a whole name word wins over a part of one
    expect(resolveSpeaker('MR. MOSS', chamber, chamber, EN).person).toBe('Erik Moss');
  });

  test('a diarizer\'s id is shown with a space, a name with "_" in it is not an id', () => {
    expect(resolveSpeaker('SPEAKER_00', council, council, EN)).toEqual({ name: 'Speaker 00' });
    expect(resolveSpeaker('spk_1', council, council, EN)).toEqual({ name: 'spk 1' });
    expect(resolveSpeaker('jo_smith99', council, council, EN).name).toBe('jo_smith99');
  });

  test('an office alone, or with a name nobody has, resolves to no one', () => {
    expect(resolveSpeaker('COUNCILMEMBER PATEL', council, council, EN)).toEqual({ name: 'Councilmember Patel' });
    expect(resolveSpeaker('MAYOR', council, council, EN)).toEqual({ name: 'Mayor' });
  });
});

describe('display-name notes are not part of the name, resolved or not', () => {
  test.each([
    ['Priyanka R (Host)', 'Priyanka R'],
    ['Nguyễn, Thị Hương (External)', 'Nguyễn, Thị Hương'], // directory order kept: it may put the family name first
    ['Ana Ruiz (she/her) (Co-host)', 'Ana Ruiz'],
    ['Ana Ruiz (Guest)', 'Ana Ruiz'],
    ['Ana Ruiz (Organizer)', 'Ana Ruiz'],
    ['Ana Ruiz [Recife]', 'Ana Ruiz'],
    ['[EXT] Ana Ruiz', 'Ana Ruiz'],
    ['Ana Ruiz | Acme Corp', 'Ana Ruiz'],
    ['João Pedro Alves - Prefeitura de Recife', 'João Pedro Alves'],
    ['JOÃO PEDRO ALVES – PREFEITURA DE RECIFE', 'João Pedro Alves'],
    ['iPhone (2)', 'iPhone (2)'],
    ['Galaxy S21 (2) (Guest)', 'Galaxy S21 (2)'],
    ['Jean-Baptiste Nkemelu', 'Jean-Baptiste Nkemelu'],
    ['(Host)', '(Host)'],
  ])('%s, resolving to no one, is shown as %s', (caption, shown) => {
    expect(resolveSpeaker(caption, [], [], EN)).toEqual({ name: shown });
  });

  test('a label with notes still resolves to the person they annotate', () => {
    const people: Person[] = [{ name: 'Ana Ruiz' }, { name: 'João Pedro Alves' }, { name: 'Nguyễn Thị Hương' }];
    expect(resolveSpeaker('Ana Ruiz | Acme Corp', people, people, EN).person).toBe('Ana Ruiz');
    expect(resolveSpeaker('João Pedro Alves - Prefeitura de Recife', people, people, EN).person).toBe('João Pedro Alves');
    // a directory's "Family, Given" against a manifest that writes the family name first
    expect(resolveSpeaker('Nguyễn, Thị Hương (External)', people, people, EN).person).toBe('Nguyễn Thị Hương');
  });
});

describe('a first name and an initial', () => {
  const board: Person[] = [{ name: 'Priyanka Ramaswamy', role: 'moderator' }, { name: 'Tomasz Wierzbicki' }, { name: 'Adaeze Okonkwo-Baptiste' }];
  test.each(['Priyanka R (Host)', 'Priyanka R.', 'PRIYANKA R', 'Dr. Priyanka R'])('%s -> Priyanka Ramaswamy', (caption) => {
    expect(resolveSpeaker(caption, board, board, EN)).toEqual({ name: 'Priyanka Ramaswamy', person: 'Priyanka Ramaswamy', match: { caption, person: 'Priyanka Ramaswamy', method: 'initial', score: 0.9 } });
  });

  test('any later name word may give the initial, a hyphenated one included', () => {
    expect(resolveSpeaker('Adaeze B', board, board, EN).person).toBe('Adaeze Okonkwo-Baptiste');
    expect(resolveSpeaker('Javier D.', [], [{ name: 'Javier García Díaz' }], EN).person).toBe('Javier García Díaz');
  });

  test('a login handle of a first name and initials, several letters being a hyphenated surname\'s', () => {
    expect(resolveSpeaker('adaeze.ob', board, board, EN).person).toBe('Adaeze Okonkwo-Baptiste');
    expect(resolveSpeaker('priyanka_r', board, board, EN).person).toBe('Priyanka Ramaswamy');
    // written apart, several letters are a surname, not initials
    expect(resolveSpeaker('Adaeze Ob', board, board, EN)).toEqual({ name: 'Adaeze Ob' });
    expect(resolveSpeaker('adaeze.bo', board, board, EN)).toEqual({ name: 'adaeze.bo' });
  });

  test('the session is asked before the event; two candidates, or a wrong initial, give no guess', () => {
    const session: Person[] = [{ name: 'Ana Ruiz' }];
    const event: Person[] = [...session, { name: 'Ana Rios' }];
    expect(resolveSpeaker('Ana R', session, event, EN).person).toBe('Ana Ruiz');
    expect(resolveSpeaker('Ana R', [], event, EN)).toEqual({ name: 'Ana R' });
    expect(resolveSpeaker('Priyanka T', board, board, EN)).toEqual({ name: 'Priyanka T' });
  });
});
