import type { BreakWords } from './language';

/** Spanish words that decide where captions and over-long sentences are cut (BreakWords). */

// Articles, prepositions, possessives and demonstratives, clitic pronouns before a verb, and titles: bound to the next word.
const BINDERS = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'lo', 'al', 'del',
  'de', 'a', 'en', 'con', 'sin', 'para', 'por', 'sobre', 'entre', 'desde', 'hasta', 'hacia', 'según', 'contra', 'ante', 'bajo', 'tras',
  'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'vuestro', 'vuestra', 'vuestros', 'vuestras',
  'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'aquel', 'aquella', 'aquellos', 'aquellas',
  'se', 'me', 'te', 'le', 'les', 'muy', 'no', 'yo', 'sr.', 'sra.', 'sr', 'sra', 'dr.', 'dra.', 'dr', 'dra',
];

export const SPANISH_BREAKS: BreakWords = {
  phraseOpeners: new Set([
    'y', 'e', 'o', 'u', 'pero', 'sino', 'porque', 'aunque', 'si', 'cuando', 'mientras', 'pues', 'que', 'quien', 'quienes', 'donde', 'como', 'cual', 'cuales',
    'de', 'a', 'en', 'con', 'sin', 'para', 'por', 'sobre', 'entre', 'desde', 'hasta', 'hacia', 'durante', 'según', 'contra', 'ante', 'bajo', 'tras', 'mediante',
  ]),
  binders: new Set(BINDERS),
  // "no" and "yo" end sentences ("creo que no", "lo hago yo"): a poorer line end, not a forbidden cut.
  noEnd: new Set([
    ...BINDERS.filter((w) => w !== 'no' && w !== 'yo'), 'y', 'e', 'o', 'u', 'pero', 'sino', 'porque', 'aunque', 'si', 'cuando', 'que', 'como',
    'es', 'son', 'era', 'eran', 'fue', 'será', 'serán', 'está', 'están', 'ha', 'han', 'había', 'habían', 'ser', 'estar', 'puede', 'pueden', 'debe', 'deben', 'va', 'van', 'vamos',
  ]),
  sentenceOpeners: new Set([
    'yo', 'nosotros', 'nosotras', 'entonces', 'bueno', 'ahora', 'gracias', 'muchas', 'sí', 'hoy', 'pues', 'así', 'también', 'y', 'pero',
    'quiero', 'quisiera', 'vamos', 'señor', 'señora', 'señoras', 'este', 'esta',
  ]),
};
