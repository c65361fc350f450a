import type { BreakWords } from './language';

/** French words that decide where captions and over-long sentences are cut (BreakWords). */

// Articles, prepositions, possessives and demonstratives, subject pronouns and titles: bound to the next word.
const BINDERS = [
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux',
  'de', 'à', 'en', 'par', 'pour', 'avec', 'sans', 'dans', 'sur', 'sous', 'chez', 'vers', 'entre', 'contre', 'selon',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs',
  'ce', 'cet', 'cette', 'ces', 'je', 'nous', 'vous', 'il', 'ils', 'elle', 'elles', 'on', 'ne', 'très',
  'm.', 'mme', 'mme.', 'mm.', 'dr', 'dr.', 'pr', 'pr.',
];

export const FRENCH_BREAKS: BreakWords = {
  phraseOpeners: new Set([
    'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'parce', 'puisque', 'lorsque', 'quand', 'si', 'comme', 'tandis', 'afin', 'alors',
    'que', 'qui', 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles',
    'de', 'à', 'en', 'par', 'pour', 'avec', 'sans', 'dans', 'sur', 'sous', 'chez', 'vers', 'entre', 'contre', 'selon', 'pendant', 'depuis', 'avant', 'après', 'malgré',
  ]),
  binders: new Set(BINDERS),
  noEnd: new Set([
    ...BINDERS, 'et', 'ou', 'mais', 'car', 'parce', 'puisque', 'lorsque', 'quand', 'si', 'comme', 'que', 'qui', 'dont',
    'est', 'sont', 'était', 'étaient', 'sera', 'seront', 'a', 'ont', 'avait', 'avaient', 'aura', 'être', 'avoir', 'peut', 'peuvent', 'doit', 'doivent', 'va', 'vont',
  ]),
  sentenceOpeners: new Set([
    'je', 'nous', 'vous', 'il', 'ils', 'on', 'ce', "c'est", 'c’est', 'cette', 'et', 'mais', 'donc', 'alors', 'maintenant', 'merci', 'oui',
    'bon', 'voilà', 'ensuite', 'puis', 'enfin', "aujourd'hui", 'aujourd’hui', 'madame', 'monsieur', 'mesdames',
  ]),
};
