import { LANGUAGE_TAGS, languageOf } from '../../../src/text/language/registry';

/** Every language with an entry is read as fully as English: none is left with empty word lists. */
describe.each(LANGUAGE_TAGS.filter((t) => t !== 'en'))('the %s entry', (tag) => {
  const lang = languageOf(tag);

  test('has fillers and meeting words', () => {
    expect(lang.fillers.length).toBeGreaterThan(0);
    expect(lang.meeting.handOver.length).toBeGreaterThan(0);
    for (const re of [lang.meeting.preRoll, lang.meeting.startToCome, lang.meeting.opening]) expect(re).toBeInstanceOf(RegExp);
    expect(Object.keys(lang.meeting.agendaVocabulary).length).toBeGreaterThan(0);
    expect(lang.meeting.spokenItems?.patterns.every((re) => re.global)).toBe(true);
  });

  test('keys its agenda vocabulary as the aligner looks title words up (folded, one word each)', () => {
    for (const key of Object.keys(lang.meeting.agendaVocabulary)) expect(lang.words(key).map(lang.fold)).toEqual([key]);
  });

  test('lists no filler that its stop-word test keeps', () => {
    expect(lang.fillers.filter((w) => !/['’]/.test(w) && !lang.isListedStopWord(lang.fold(w.toLowerCase())))).toEqual([]);
  });
});

/** Words that also mean "soon" in the middle of a session are no sign of the waiting room by themselves. */
test.each([
  ['es', 'En breve presentaremos el informe final.'],
  ['ja', 'まもなく報告書が公表される予定です。'],
  ['ar', 'سنعود إلى هذه النقطة بعد قليل.'],
  ['ko', '암호화폐 규제에 대해 말씀드리겠습니다.'],
])('%s: "%s" is no pre-roll', (tag, text) => expect(languageOf(tag).meeting.preRoll?.test(text.toLowerCase())).toBe(false));
