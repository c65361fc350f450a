import type { StopRule } from './language';

/** Italian words beyond stopwords-iso: what speech adds, what the list wrongly drops, and how sentences are cut. */

export const ITALIAN_FILLERS = [
  'ehm', 'eh', 'uhm', 'mah', 'beh', 'boh', 'cioè', 'allora', 'dunque', 'insomma', 'praticamente', 'diciamo', 'ecco', 'comunque', 'tipo', 'sì',
  'ok', 'okay', 'vabbè', 'niente', 'proprio', 'appunto', 'magari', 'fare', 'dire',
];

/**
 * Nouns of stopwords-iso's Italian list that carry a topic: it drops "città" (city), "consiglio"
 * (council), "paese" (country), "gente" (people), "gruppo" (group), which meetings are about.
 */
export const ITALIAN_TOPIC_WORDS = [
  'città', 'citta', 'paese', 'gente', 'gruppo', 'mondo', 'vita', 'uomo', 'consiglio', 'conclusione', 'registrazione', 'persone', 'futuro', 'nome',
  'titolo', 'luogo', 'posto', 'anni', 'anno', 'mesi',
];

export const ITALIAN_ABBREVIATIONS = new Map<string, StopRule>([
  ['sig', 'title'], ['sigg', 'title'], ['sig.ra', 'title'], ['sig.na', 'title'], ['dott', 'title'], ['dott.ssa', 'title'], ['prof', 'title'],
  ['prof.ssa', 'title'], ['ing', 'title'], ['avv', 'title'], ['on', 'title'], ['geom', 'title'], ['arch', 'title'], ['s', 'title'],
  ['p', 'inside'], ['es', 'inside'], ['p. es', 'inside'], ['cfr', 'inside'], ['ca', 'inside'], ['vs', 'inside'],
  ['n', 'number'], ['art', 'number'], ['pag', 'number'], ['cap', 'number'],
  ['ecc', 'next'], ['etc', 'next'], ['s.p.a', 'next'],
]);

export const ITALIAN_OPENERS = new Set([
  'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'io', 'noi', 'voi', 'lei', 'lui', 'loro', 'questo', 'questa', 'e', 'ma', 'allora', 'grazie',
  'sì', 'no', 'ora', 'adesso', 'oggi', 'quindi', 'poi', 'buongiorno', 'buonasera', 'signor', 'signora', 'come', 'perché', 'quando', 'se', 'non',
  'ci', 'è', 'vorrei', 'passiamo', 'cari', 'care', 'gentili',
]);
