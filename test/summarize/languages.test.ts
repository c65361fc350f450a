import { isFiller } from '../../src/summarize/fillers';
import { keyphrases } from '../../src/summarize/keyphrases';
import { isProcedure } from '../../src/summarize/procedure';
import { hasContent } from '../../src/summarize/session-content';
import { summarize } from '../../src/summarize/summarize';
import { wordsSaid } from '../../src/text/words';
import { languageOf } from '../../src/text/language/registry';
import { ARABIC_SESSION } from './sessions/ar';
import { GERMAN_SESSION } from './sessions/de';
import { SPANISH_SESSION } from './sessions/es';
import { FRENCH_SESSION } from './sessions/fr';
import { JAPANESE_SESSION } from './sessions/ja';
import { RUSSIAN_SESSION } from './sessions/ru';
import { CHINESE_SESSION } from './sessions/zh';
import type { LanguageSession } from './sessions/types';

const SESSIONS: readonly LanguageSession[] = [FRENCH_SESSION, SPANISH_SESSION, RUSSIAN_SESSION, ARABIC_SESSION, CHINESE_SESSION, JAPANESE_SESSION, GERMAN_SESSION];

describe.each(SESSIONS.map((s) => [s.tag, s] as const))('a session in %s', (tag, session) => {
  const lang = languageOf(tag);
  const sentences = session.sentences.map((text, i) => ({ text, recording: 'main', startMs: i * 5000 }));

  test('its keyphrases hold no stop word or filler of the language, and name the topic', () => {
    const phrases = keyphrases(session.sentences, 10, lang);
    expect(phrases.length).toBeGreaterThan(2);
    for (const phrase of phrases) {
      for (const word of lang.words(phrase)) expect([phrase, word, lang.isStopWord(lang.fold(word))]).toEqual([phrase, word, false]);
    }
    expect(phrases.some((p) => session.topic.some((t) => p.includes(t)))).toBe(true);
  });

  test('greetings, thanks and procedure are known as such, and no summary picks them', () => {
    for (const s of session.procedure) expect([s, isFiller(s, lang) || isProcedure(s, lang)]).toEqual([s, true]);
    const summary = summarize(sentences, { maxWords: 120, language: lang });
    expect(summary.sentences.length).toBeGreaterThan(1);
    for (const s of summary.sentences) expect(session.procedure).not.toContain(s.text);
  });

  test('the session has content, its words counted as the language has them (a sentence of Chinese is not one word)', () => {
    expect(hasContent(session.sentences, lang)).toBe(true);
    const words = session.sentences.reduce((n, s) => n + wordsSaid(s, lang), 0);
    expect(words).toBeGreaterThan(5 * session.sentences.length);
  });
});

describe('meeting procedure in the other languages of the issue', () => {
  const said: Record<string, string[]> = {
    it: ['Buonasera a tutti e benvenuti.', 'Mi sentite bene?', 'Chi è favorevole?', 'La mozione è approvata all’unanimità.', 'Do la parola al consigliere Bianchi.', 'Grazie a tutti.'],
    pt: ['Boa tarde a todos.', 'Vocês me ouvem bem?', 'Em votação.', 'A proposta foi aprovada por unanimidade.', 'Passo a palavra ao vereador Costa.', 'Muito obrigado.'],
    nl: ['Goedenavond en welkom allemaal.', 'Kunt u mij horen?', 'Wie is voor?', 'Het voorstel is met algemene stemmen aangenomen.', 'Ik geef het woord aan wethouder De Vries.', 'Dank u wel.'],
    ko: ['여러분, 안녕하십니까.', '제 목소리 잘 들리십니까?', '찬성하시는 의원께서는 거수해 주시기 바랍니다.', '원안대로 가결되었음을 선포합니다.', '다음 안건으로 넘어가겠습니다.', '감사합니다.'],
  };
  test.each(Object.entries(said))('%s: greetings, thanks, votes and handing the floor on are known as such', (tag, sentences) => {
    const lang = languageOf(tag);
    for (const s of sentences) expect([s, isFiller(s, lang) || isProcedure(s, lang)]).toEqual([s, true]);
  });

  test('a topic sentence is neither', () => {
    const lang = languageOf('it');
    expect(isProcedure('Il consiglio ha discusso il piano per la manutenzione delle strade e delle scuole del quartiere.', lang)).toBe(false);
  });
});

describe('keyphrases as the language writes them', () => {
  test('an elided article is no part of the word (French, Italian)', () => {
    const fr = ['La qualité de l’eau potable inquiète les habitants.', 'Les analyses de l’eau potable seront publiées.', 'Le prix de l’eau potable augmentera peu.'];
    expect(keyphrases(fr, 5, languageOf('fr'))).toContain('eau potable');
    const it = ['Il consumo dell’acqua potabile è cresciuto.', 'La rete dell’acqua potabile perde molto.', 'Il prezzo dell’acqua potabile resta basso.'];
    expect(keyphrases(it, 5, languageOf('it'))).toContain('acqua potabile');
  });

  test('German nouns keep their capital, also where a sentence opens with them', () => {
    const de = ['Trinkwasser wird knapp.', 'Trinkwasser kostet mehr.', 'Abwasser fließt ab.', 'Die Stadt reinigt Abwasser.', 'Abwasser wird gereinigt.'];
    expect(keyphrases(de, 5, languageOf('de'))).toEqual(expect.arrayContaining(['Trinkwasser', 'Abwasser']));
  });

  test('Korean keyphrases show the word without its particles', () => {
    const ko = ['공공 도서관은 주말에도 문을 엽니다.', '공공 도서관의 예산이 늘었습니다.', '시민들은 공공 도서관을 자주 이용합니다.'];
    expect(keyphrases(ko, 5, languageOf('ko'))).toContain('공공 도서관');
  });

  test('Chinese and Japanese phrases are written without spaces', () => {
    const zh = ['老旧小区改造明年开始。', '老旧小区改造需要资金。', '居民支持老旧小区改造。'];
    const phrases = keyphrases(zh, 5, languageOf('zh'));
    expect(phrases.some((p) => p.startsWith('老旧小区'))).toBe(true);
    for (const p of phrases) expect(p).not.toMatch(/\s/);
  });

  test('Latin words inside a Chinese phrase keep their space', () => {
    const zh = ['我们今天讨论 Smart City 标准的问题。', 'Smart City 标准对城市很重要。', '各国都在制定 Smart City 标准。'];
    expect(keyphrases(zh, 5, languageOf('zh'))).toContain('Smart City 标准');
  });
});
