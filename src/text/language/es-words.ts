import type { StopRule } from './language';

/** Spanish words beyond stopwords-iso: what speech adds, what the list wrongly drops, and how sentences are cut. */

export const SPANISH_FILLERS = [
  'eh', 'em', 'ehm', 'mm', 'bueno', 'pues', 'vale', 'vamos', 'digamos', 'entonces', 'claro', 'sí', 'ok', 'okey', 'oye', 'mira', 'tipo',
  'verdad', 'nada', 'ya', 'cosa', 'cosas', 'hacer', 'decir', 'ir', 'ver', 'creo', 'realmente', 'básicamente', 'simplemente', 'sea',
];

// Nouns of the list that carry a topic ("el país", "los Estados miembros", "la Asamblea General", "el trabajo").
export const SPANISH_TOPIC_WORDS = ['país', 'pais', 'paìs', 'estados', 'general', 'trabajo', 'valor'];

export const SPANISH_ABBREVIATIONS = new Map<string, StopRule>([
  ['sr', 'title'], ['sra', 'title'], ['sres', 'title'], ['sras', 'title'], ['srta', 'title'], ['dr', 'title'], ['dra', 'title'], ['lic', 'title'],
  ['ing', 'title'], ['prof', 'title'], ['dña', 'title'], ['excmo', 'title'], ['excma', 'title'], ['av', 'title'], ['avda', 'title'],
  ['p', 'inside'], ['ej', 'inside'], ['p. ej', 'inside'], ['aprox', 'inside'], ['vs', 'inside'], ['cf', 'inside'], ['ee', 'inside'],
  ['núm', 'number'], ['n.º', 'number'], ['art', 'number'], ['pág', 'number'], ['cap', 'number'],
  ['etc', 'next'], ['ud', 'next'], ['uds', 'next'], ['ee. uu', 'next'], ['ee.uu', 'next'], ['cía', 'next'],
]);

export const SPANISH_OPENERS = new Set([
  'el', 'la', 'los', 'las', 'un', 'una', 'yo', 'nosotros', 'usted', 'ustedes', 'él', 'ella', 'ellos', 'este', 'esta', 'esto', 'eso', 'es', 'y',
  'pero', 'entonces', 'bueno', 'pues', 'gracias', 'sí', 'no', 'ahora', 'así', 'hoy', 'también', 'en', 'por', 'para', 'con', 'qué', 'cómo',
  'cuando', 'si', 'muchas', 'buenos', 'buenas', 'señor', 'señora', 'señoras', 'hay', 'vamos', 'me', 'nos', 'se', 'le', 'les', 'quiero',
]);
