import { splitSentences, spokenWords } from '../../src/split/sentences';
import type { Language } from '../../src/text/language/language';
import { NO_BREAK_WORDS } from '../../src/text/language/no-break-words';
import { languageOf } from '../../src/text/language/registry';

/**
 * An over-long unpunctuated run is cut where its language allows: each run below, cut with no
 * break words, splits right after a word a sentence hardly ends on (a preposition, an article);
 * cut with its language's words, it does not (and the cut is still one between its words).
 */

const RUNS: Record<string, string> = {
  fr: 'nous avons examiné le rapport annuel de la commission et nous avons pris note des recommandations sur les normes de sécurité des villes et des communes de la région concernée',
  es: 'hemos examinado el informe anual de la comisión y hemos tomado nota de las recomendaciones sobre las normas de seguridad de las ciudades y de los municipios de la región de nuestro país',
  de: 'wir haben den jährlichen Bericht der Kommission geprüft und wir haben die Empfehlungen zu den Sicherheitsnormen der Städte und der Gemeinden in der gesamten Region unseres Landes zur Kenntnis genommen',
  it: 'abbiamo esaminato la relazione annuale della commissione e abbiamo preso atto delle raccomandazioni sulle norme in materia di sicurezza delle grandi città e dei piccoli comuni della nostra regione',
  pt: 'examinámos o relatório anual da comissão e tomámos nota das recomendações sobre as normas de segurança pública das cidades e dos municípios da nossa região',
  nl: 'we hebben het jaarverslag van de commissie besproken en we hebben kennis genomen van de aanbevelingen over de veiligheidsnormen van de steden en de gemeenten in de regio',
  ru: 'мы рассмотрели ежегодный доклад комиссии и приняли к сведению рекомендации о стандартах безопасности в крупных городах и муниципальных образованиях нашего региона и соседних областей за последние два года',
  ar: 'لقد ناقشنا التقرير السنوي للجنة وأخذنا علما بالتوصيات المتعلقة بمعايير السلامة في المدن والبلديات في المنطقة التي شاركت في هذا البرنامج منذ بدايته قبل عامين',
};

/** The last word of every part but the last, lower case. */
function cutEnds(text: string, lang: Language): string[] {
  const tokens = spokenWords([{ text, speaker: null, turnStart: true, startMs: 0, endMs: 20_000, sounds: [] }]);
  const runs = splitSentences(tokens, { pauseMs: 1200, punctuated: false, lang });
  expect(runs.flatMap((r) => r.tokens.map((t) => t.text)).join(' ')).toBe(text);
  return runs.slice(0, -1).map((r) => r.tokens[r.tokens.length - 1]!.text.toLowerCase());
}

describe.each(Object.entries(RUNS))('cutting a long run in %s', (tag, text) => {
  const lang = languageOf(tag);

  test('without the language\'s break words the cut ends a part on a word that cannot end one', () => {
    const ends = cutEnds(text, { ...lang, breaks: NO_BREAK_WORDS });
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.filter((w) => lang.breaks.noEnd.has(w))).not.toEqual([]);
  });

  test('with them it does not', () => {
    const ends = cutEnds(text, lang);
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.filter((w) => lang.breaks.noEnd.has(w))).toEqual([]);
  });
});
