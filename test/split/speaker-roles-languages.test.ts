import type { Person } from '../../src/model/agenda';
import { resolveSpeaker } from '../../src/split/speaker-names';
import { LANGUAGE_TAGS, languageOf } from '../../src/text/language/registry';

/** A session with one moderator and one speaker, named as a manifest in that language writes them. */
function session(moderator: string, speaker: string): Person[] {
  return [{ name: moderator, role: 'moderator' }, { name: speaker, role: 'speaker' }];
}

describe('role labels in each language name the session\'s one moderator or host', () => {
  test.each([
    ['fr', 'LE PRÉSIDENT', 'Marie Leroy', 'Jean Dupont'],
    ['fr', 'Mme la présidente', 'Marie Leroy', 'Jean Dupont'],
    ['fr', 'LA MODÉRATRICE', 'Marie Leroy', 'Jean Dupont'],
    ['es', 'La presidenta', 'Lucía Fernández', 'Pablo Ruiz'],
    ['es', 'EL MODERADOR', 'Lucía Fernández', 'Pablo Ruiz'],
    ['de', 'DER VORSITZENDE', 'Stefan Weber', 'Anna Schmidt'],
    ['de', 'Präsidentin', 'Stefan Weber', 'Anna Schmidt'],
    ['it', 'IL PRESIDENTE', 'Giulia Rossi', 'Marco Bianchi'],
    ['pt', 'O SR. PRESIDENTE', 'Ana Souza', 'Pedro Lima'],
    ['pt', 'A MODERADORA', 'Ana Souza', 'Pedro Lima'],
    ['nl', 'DE VOORZITTER', 'Eva de Vries', 'Daan Jansen'],
    ['nl', 'Dagvoorzitter', 'Eva de Vries', 'Daan Jansen'],
    ['ru', 'Председатель', 'Ольга Смирнова', 'Иван Петров'],
    ['ru', 'ВЕДУЩАЯ', 'Ольга Смирнова', 'Иван Петров'],
    ['ru', 'ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ', 'Ольга Смирнова', 'Иван Петров'],
    ['ar', 'الرئيس', 'سلمى حداد', 'كريم منصور'],
    ['ar', 'رئيسة الجلسة', 'سلمى حداد', 'كريم منصور'],
    ['ar', 'السيد الرَّئيس', 'سلمى حداد', 'كريم منصور'],
    ['zh', '主持人', '王伟', '李娜'],
    ['zh', '主席', '王伟', '李娜'],
    ['ja', '司会', '山田 花子', '佐藤 健'],
    ['ja', '議長', '山田 花子', '佐藤 健'],
    ['ko', '사회자', '김민수', '이수진'],
    ['ko', '위원장', '김민수', '이수진'],
  ])('%s: "%s" -> %s', (tag, label, moderator, speaker) => {
    const people = session(moderator, speaker);
    expect(resolveSpeaker(label, people, people, languageOf(tag)).match).toEqual({ caption: label, person: moderator, method: 'role', score: 1 });
  });

  test.each([
    ['fr', "L'HÔTE"],
    ['es', 'LA ANFITRIONA'],
    ['de', 'GASTGEBERIN'],
    ['nl', 'DE GASTVROUW'],
    ['ar', 'المضيفة'],
  ])('%s: "%s" is the host, not the moderator', (tag, label) => {
    const people: Person[] = [{ name: 'Ana Ruiz', role: 'moderator' }, { name: 'Eva Berg', role: 'host' }];
    expect(resolveSpeaker(label, people, people, languageOf(tag)).person).toBe('Eva Berg');
  });

  test('a role with two holders is not guessed, in any language', () => {
    const people: Person[] = [{ name: 'Jean Dupont', role: 'moderator' }, { name: 'Marie Leroy', role: 'moderator' }];
    expect(resolveSpeaker('LE PRÉSIDENT', people, people, languageOf('fr'))).toEqual({ name: 'Le Président' });
  });

  test('a role label of one language is a name in another', () => {
    const people = session('Marie Leroy', 'Jean Dupont');
    expect(resolveSpeaker('LE PRÉSIDENT', people, people, languageOf('en')).person).toBeUndefined();
  });

  test('every language with an entry has role labels, offices and honorifics', () => {
    for (const tag of LANGUAGE_TAGS) {
      const roles = languageOf(tag).speakerRoles;
      expect([tag, Object.values(roles.roleLabels).includes('moderator'), roles.offices.length > 0, roles.honorifics.length > 0]).toEqual([tag, true, true, true]);
    }
  });
});

describe('an office before (or in CJK after) a name is no part of the name', () => {
  test.each([
    ['fr', 'MAIRE DUPONT', 'Hélène Dupont'],
    ['fr', 'CONSEILLÈRE MUNICIPALE', null],
    ['fr', 'Madame la députée Dupont', 'Hélène Dupont'],
    ['fr', 'LE MAIRE DUPONT', 'Hélène Dupont'],
    ['fr', "L'ADJOINTE DUPONT", 'Hélène Dupont'],
    // an article alone may begin a name: "LE PEN" is not Hugo Pen
    ['fr', 'LE PEN', null],
    ['fr', 'VICE-PRÉSIDENTE HÉLÈNE DUPONT', 'Hélène Dupont'],
    ['es', 'LA ALCALDESA RUIZ', 'Carmen Ruiz'],
    ['es', 'El señor Gómez', 'Andrés Gómez'],
    ['de', 'Der Bürgermeister Müller', 'Jonas Müller'],
    ['it', 'Il sindaco Rossi', 'Giulia Rossi'],
    ['pt', 'O VEREADOR LIMA', 'Pedro Lima'],
    ['nl', 'DE HEER JANSEN', 'Daan Jansen'],
    ['fr', 'DÉPUTÉE DUPONT', 'Hélène Dupont'],
    ['es', 'ALCALDESA RUIZ', 'Carmen Ruiz'],
    ['es', 'CONCEJAL GÓMEZ', 'Andrés Gómez'],
    ['de', 'BÜRGERMEISTERIN SCHMIDT', 'Anna Schmidt'],
    ['de', 'STADTRAT MÜLLER', 'Jonas Müller'],
    ['it', 'SINDACO ROSSI', 'Giulia Rossi'],
    ['it', 'CONSIGLIERE BIANCHI', 'Marco Bianchi'],
    ['pt', 'PREFEITA SOUZA', 'Ana Souza'],
    ['pt', 'VEREADOR LIMA', 'Pedro Lima'],
    ['nl', 'BURGEMEESTER JANSEN', 'Daan Jansen'],
    ['nl', 'WETHOUDER BAKKER', 'Sanne Bakker'],
    ['ru', 'БУРГОМИСТР ПЕТРОВ', 'Иван Петров'],
    ['ru', 'ДЕПУТАТ СМИРНОВА', 'Ольга Смирнова'],
    ['ru', 'ВИЦЕ-СПИКЕР ИВАН ПЕТРОВ', 'Иван Петров'],
    ['ar', 'العمدة منصور', 'كريم منصور'],
    ['ar', 'النائبة حداد', 'سلمى حداد'],
    ['ar', 'الدكتورة سلمى حداد', 'سلمى حداد'],
    ['zh', '市长王伟', '王伟'],
    ['zh', '王伟市长', '王伟'],
    ['zh', '李娜女士', '李娜'],
    ['ja', '山田議長', '山田 花子'],
    ['ja', '佐藤市長', '佐藤 健'],
    ['ja', '山田さん', '山田 花子'],
    // an honorific follows a name, never opens one: "君島" is a surname, not 君 and Shima Jirō
    ['ja', '君島', null],
    ['ko', '김민수 의원', '김민수'],
    ['ko', '시장 이수진', '이수진'],
  ])('%s: "%s" -> %s', (tag, label, person) => {
    // nobody moderates: the label is read as a name
    const people: Person[] = [
      { name: 'Hélène Dupont' }, { name: 'Carmen Ruiz' }, { name: 'Andrés Gómez' }, { name: 'Anna Schmidt' }, { name: 'Jonas Müller' },
      { name: 'Giulia Rossi' }, { name: 'Marco Bianchi' }, { name: 'Ana Souza' }, { name: 'Pedro Lima' }, { name: 'Daan Jansen' },
      { name: 'Sanne Bakker' }, { name: 'Иван Петров' }, { name: 'Ольга Смирнова' }, { name: 'كريم منصور' }, { name: 'سلمى حداد' },
      { name: '王伟' }, { name: '李娜' }, { name: '山田 花子' }, { name: '佐藤 健' }, { name: '김민수' }, { name: '이수진' },
      { name: 'Hugo Pen' }, { name: '島 次郎' },
    ];
    expect(resolveSpeaker(label, people, people, languageOf(tag)).person).toBe(person ?? undefined);
  });

  test('an office is kept in a label that is nothing but offices', () => {
    const people: Person[] = [{ name: 'Hélène Dupont' }];
    expect(resolveSpeaker('MAIRE ADJOINTE', people, people, languageOf('fr'))).toEqual({ name: 'Maire Adjointe' });
  });
});
