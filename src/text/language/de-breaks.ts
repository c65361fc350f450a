import type { BreakWords } from './language';

/** German words that decide where captions and over-long sentences are cut (BreakWords). */

// Articles, possessives and demonstratives, and prepositions with their contractions: bound to the next word.
const ARTICLES = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner',
  'mein', 'meine', 'meinen', 'meinem', 'meiner', 'dein', 'deine', 'seine', 'seinen', 'seinem', 'seiner', 'ihre', 'ihren', 'ihrem', 'ihrer',
  'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'euer', 'eure', 'euren', 'eurem', 'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jede', 'jeder', 'jedes', 'jeden', 'jedem',
];
// Prepositions that are never separable verb prefixes, so never end a clause ("wir fangen an" ends on "an").
const PREPOSITIONS = ['von', 'vom', 'zum', 'zur', 'im', 'am', 'ins', 'beim', 'für', 'bei', 'gegen', 'ohne', 'in', 'unter', 'zwischen', 'während', 'seit', 'wegen', 'trotz'];

export const GERMAN_BREAKS: BreakWords = {
  phraseOpeners: new Set([
    'und', 'oder', 'aber', 'sondern', 'denn', 'weil', 'obwohl', 'wenn', 'als', 'dass', 'ob', 'während', 'bevor', 'nachdem', 'damit', 'sodass', 'wie', 'wo', 'bis', 'seit',
    'von', 'mit', 'zu', 'in', 'an', 'auf', 'für', 'aus', 'bei', 'nach', 'über', 'unter', 'zwischen', 'durch', 'gegen', 'ohne', 'um', 'vor', 'trotz', 'wegen',
  ]),
  binders: new Set([...ARTICLES, ...PREPOSITIONS, 'zu', 'an', 'auf', 'mit', 'aus', 'nach', 'über', 'durch', 'um', 'vor', 'sehr', 'ich', 'wir', 'herr', 'frau', 'dr.', 'dr']),
  // Auxiliaries, the particles above and subject pronouns are left out: a German clause often ends on
  // its verb, a separable prefix or an inverted subject ("das glaube ich").
  noEnd: new Set([...ARTICLES, ...PREPOSITIONS, 'und', 'oder', 'aber', 'sondern', 'denn', 'weil', 'obwohl', 'wenn', 'dass', 'ob', 'sehr', 'herr', 'frau']),
  sentenceOpeners: new Set(['ich', 'wir', 'also', 'jetzt', 'nun', 'danke', 'vielen', 'ja', 'gut', 'heute', 'und', 'aber', 'bitte', 'dann', 'deshalb', 'meine', 'liebe']),
};
