import type { Cue } from '../../src/model/track';
import { captionProfile } from '../../src/publish/caption-profiles';
import { breakCost } from '../../src/publish/phrase-breaks';
import { reflowCues } from '../../src/publish/reflow';
import type { Language } from '../../src/text/language/language';
import { NO_BREAK_WORDS } from '../../src/text/language/no-break-words';
import { languageOf } from '../../src/text/language/registry';

/**
 * Caption lines end where the captions' language allows: each text below, laid out with no break
 * words, ends a line on one of its language's binders (an article, a preposition, a possessive);
 * laid out with its language's words, no line does.
 */

const DEFAULT = captionProfile('default');

const TEXTS: Record<string, string> = {
  fr: 'nous allons maintenant examiner le rapport annuel de la commission sur les normes de sécurité des villes',
  es: 'vamos a examinar ahora el informe anual de la comisión sobre las normas de seguridad de las ciudades',
  de: 'wir prüfen jetzt den jährlichen Bericht der Kommission über die Sicherheitsnormen der Städte und Gemeinden',
  it: 'passiamo ora alla discussione della relazione annuale del comitato di controllo sulla gestione dei fondi',
  pt: 'vamos agora examinar o relatório anual da comissão sobre as normas de segurança das cidades europeias',
  nl: 'we gaan nu verder met de bespreking van het jaarverslag van het comité voor de controle van de fondsen',
  ru: 'теперь мы переходим к обсуждению ежегодного доклада комитета по контролю за использованием средств',
  // a determiner (이, "this") is a binder in Korean too
  ko: '다음 안건으로 넘어가겠습니다 이 보고서는 각 회원국이 제출한 자료를 바탕으로 작성되었습니다',
  ar: 'ننتقل الآن إلى مناقشة التقرير السنوي للجنة بشأن معايير السلامة في المدن التي شاركت في هذا البرنامج',
};

/** The last word of every line but the text's last, lower case. */
function lineEnds(text: string, lang: Language): string[] {
  const { cues } = reflowCues([{ id: '', startMs: 0, endMs: 8000, text, speaker: null } satisfies Cue], DEFAULT, lang);
  const lines = cues.flatMap((c) => c.text.split('\n'));
  if (process.env.SHOW_LINES) console.log(lang.tag, lines);
  return lines.slice(0, -1).map((line) => line.split(/\s+/).pop()!.toLowerCase());
}

describe.each(Object.entries(TEXTS))('caption lines in %s', (tag, text) => {
  const lang = languageOf(tag);
  const binders = (ends: string[]) => ends.filter((w) => lang.breaks.binders.has(w));

  test('without the language\'s break words a line ends on a binder', () => {
    expect(binders(lineEnds(text, { ...lang, breaks: NO_BREAK_WORDS }))).not.toEqual([]);
  });

  test('with them no line ends on one', () => {
    expect(binders(lineEnds(text, lang))).toEqual([]);
  });
});

test('every break word is written as it is looked up: one lower-case word', () => {
  for (const tag of ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl', 'ru', 'ar', 'ko']) {
    const { breaks } = languageOf(tag);
    for (const list of [breaks.phraseOpeners, breaks.binders, breaks.noEnd, breaks.sentenceOpeners]) {
      expect(list.size).toBeGreaterThan(0);
      for (const word of list) expect(word).toMatch(/^[^\s"“‘(]\S*$/u);
      for (const word of list) expect(word).toBe(word.toLowerCase());
    }
  }
});

test('a word after an opening quote or an inverted question mark is looked up without it', () => {
  const { breaks: es } = languageOf('es');
  const { breaks: fr } = languageOf('fr');
  const { breaks: de } = languageOf('de');
  expect(breakCost('¿el', 'informe', es)).toBe(breakCost('el', 'informe', es));
  expect(breakCost('«la', 'sécurité', fr)).toBe(breakCost('la', 'sécurité', fr));
  expect(breakCost('„die', 'Arbeiten', de)).toBe(breakCost('die', 'Arbeiten', de));
  expect(breakCost('informe', '¿y', es)).toBe(breakCost('informe', 'y', es));
  expect(breakCost('el', 'informe', es)).toBeGreaterThan(breakCost('informe', 'de', es));
});
