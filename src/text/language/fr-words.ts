import type { StopRule } from './language';

/** French words beyond stopwords-iso: what speech adds, what the list wrongly drops, and how sentences are cut. */

// Hesitations and discourse words of spoken French, and the verbs and nouns that fill speech.
export const FRENCH_FILLERS = [
  'euh', 'heu', 'hum', 'hein', 'ben', 'bah', 'bon', 'voilà', 'donc', 'alors', 'enfin', 'quoi', 'bref', 'genre', 'ouais',
  'oui', 'ok', 'okay', "d'accord", 'accord', 'vraiment', 'juste', 'truc', 'trucs', 'chose', 'choses', 'faut', 'va', 'vais',
  'aller', 'faire', 'fait', 'dire', 'dit', 'voir', 'peu', 'là', "c'est", "j'ai", 'effectivement', 'finalement',
  // "aujourd'hui" is one word: its first part is no elided article (LanguageEntry.elisions)
  "aujourd'hui",
];

// Nouns of the list that carry a topic ("l'état des finances", "la valeur", "une pièce du dossier").
export const FRENCH_TOPIC_WORDS = ['état', 'valeur', 'pièce', 'sujet'];

export const FRENCH_ABBREVIATIONS = new Map<string, StopRule>([
  ['m', 'title'], ['mm', 'title'], ['mme', 'title'], ['mmes', 'title'], ['mlle', 'title'], ['mgr', 'title'], ['dr', 'title'], ['pr', 'title'],
  ['st', 'title'], ['ste', 'title'],
  ['p', 'inside'], ['ex', 'inside'], ['p. ex', 'inside'], ['cf', 'inside'], ['env', 'inside'], ['c.-à-d', 'inside'], ['c-à-d', 'inside'], ['resp', 'inside'],
  ['art', 'number'], ['no', 'number'], ['chap', 'number'], ['fig', 'number'],
  ['etc', 'next'], ['j.-c', 'next'], ['av', 'next'], ['apr', 'next'],
]);

export const FRENCH_OPENERS = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'je', 'nous', 'vous', 'il', 'elle', 'ils', 'elles', 'on', 'ce', 'cest', 'jai', 'cette', 'ces', 'et',
  'mais', 'donc', 'alors', 'merci', 'oui', 'non', 'bon', 'bien', 'voilà', 'maintenant', 'puis', 'ensuite', 'enfin', 'aujourdhui', 'quand',
  'pour', 'dans', 'en', 'si', 'comment', 'pourquoi', 'quel', 'quelle', 'madame', 'monsieur', 'mesdames', 'chers', 'bonjour', 'bonsoir',
]);
