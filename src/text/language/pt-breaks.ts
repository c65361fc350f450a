import type { BreakWords } from './language';

/** Portuguese words that decide where captions and over-long sentences are cut (BreakWords). */

// Articles, prepositions with their contractions, possessives and demonstratives, and titles: bound to the next word.
const BINDERS = [
  'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas',
  'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'ao', 'aos', 'à', 'às', 'pelo', 'pela', 'pelos', 'pelas', 'num', 'numa',
  'de', 'em', 'com', 'sem', 'para', 'por', 'sobre', 'entre', 'desde', 'até', 'contra', 'perante',
  'meu', 'minha', 'meus', 'minhas', 'teu', 'tua', 'seu', 'sua', 'seus', 'suas', 'nosso', 'nossa', 'nossos', 'nossas', 'vosso', 'vossa',
  'este', 'esta', 'estes', 'estas', 'esse', 'essa', 'esses', 'essas', 'aquele', 'aquela', 'aqueles', 'aquelas',
  'muito', 'eu', 'sr.', 'sra.', 'sr', 'sra', 'dr.', 'dra.', 'dr', 'dra',
];

export const PORTUGUESE_BREAKS: BreakWords = {
  phraseOpeners: new Set([
    'e', 'ou', 'mas', 'porque', 'pois', 'embora', 'se', 'quando', 'enquanto', 'que', 'onde', 'como', 'qual', 'quais', 'porém', 'contudo',
    'de', 'a', 'em', 'com', 'sem', 'para', 'por', 'sobre', 'entre', 'desde', 'até', 'durante', 'contra', 'após', 'perante', 'segundo',
  ]),
  // "não" binds to its verb, but a sentence may end on it ("acho que não"): a binder, not in noEnd.
  binders: new Set([...BINDERS, 'não']),
  noEnd: new Set([
    ...BINDERS, 'e', 'ou', 'mas', 'porque', 'se', 'quando', 'que', 'como',
    'é', 'são', 'era', 'eram', 'foi', 'será', 'serão', 'está', 'estão', 'ser', 'estar', 'tem', 'têm', 'há', 'vai', 'vão', 'vamos', 'pode', 'podem', 'deve', 'devem',
  ]),
  sentenceOpeners: new Set(['eu', 'nós', 'então', 'bem', 'bom', 'agora', 'obrigado', 'obrigada', 'sim', 'hoje', 'e', 'mas', 'gostaria', 'queria', 'vamos', 'também', 'assim', 'senhor', 'senhora']),
};
