import type { BreakWords } from './language';

/** Dutch words that decide where captions and over-long sentences are cut (BreakWords). */

// Articles, possessives and demonstratives, and prepositions that are never separable verb prefixes
// ("we beginnen op tijd" but "ik bel je op": a clause may end on "op", "aan", "uit", "door", "over", "mee").
const ARTICLES = ['de', 'het', 'een', 'mijn', 'jouw', 'uw', 'onze', 'dit', 'deze', 'elk', 'elke', 'ieder', 'iedere', 'geen'];
const PREPOSITIONS = ['van', 'in', 'met', 'voor', 'naar', 'bij', 'tussen', 'zonder', 'tijdens', 'sinds', 'tot', 'volgens', 'vanwege'];

export const DUTCH_BREAKS: BreakWords = {
  phraseOpeners: new Set([
    'en', 'of', 'maar', 'want', 'dus', 'omdat', 'hoewel', 'als', 'wanneer', 'terwijl', 'dat', 'waar', 'toen', 'voordat', 'nadat', 'zodat', 'zodra',
    'van', 'in', 'op', 'aan', 'met', 'voor', 'naar', 'bij', 'door', 'over', 'uit', 'tot', 'tussen', 'zonder', 'tijdens', 'sinds', 'na', 'om', 'onder', 'volgens',
  ]),
  // "zijn", "haar", "hun", "ons" and "je" are possessives as often as verb or pronoun: a poorer line end, not a forbidden cut.
  binders: new Set([...ARTICLES, ...PREPOSITIONS, 'op', 'aan', 'door', 'over', 'uit', 'om', 'onder', 'zijn', 'haar', 'hun', 'ons', 'je', 'zeer', 'heel', 'ik', 'we', 'wij', 'dhr.', 'mevr.', 'dr.']),
  // Auxiliaries and subject pronouns are left out: a Dutch clause often ends on its verb or an inverted subject ("dat denk ik").
  noEnd: new Set([...ARTICLES, ...PREPOSITIONS, 'en', 'of', 'maar', 'want', 'omdat', 'hoewel', 'als', 'wanneer', 'terwijl', 'zeer', 'heel']),
  sentenceOpeners: new Set(['ik', 'we', 'wij', 'dus', 'nu', 'dank', 'bedankt', 'ja', 'goed', 'vandaag', 'en', 'maar', 'graag', 'dan', 'daarom', 'welkom']),
};
