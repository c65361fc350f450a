import type { BreakWords } from './language';

/** Italian words that decide where captions and over-long sentences are cut (BreakWords). */

// Articles, prepositions with their contractions, possessives and demonstratives, and titles: bound to the next word.
const BINDERS = [
  'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una',
  'del', 'dello', 'della', 'dei', 'degli', 'delle', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle',
  'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle',
  'di', 'a', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra',
  'mio', 'mia', 'miei', 'mie', 'tuo', 'tua', 'tuoi', 'tue', 'suo', 'sua', 'suoi', 'sue', 'nostro', 'nostra', 'nostri', 'nostre', 'vostro', 'vostra', 'vostri', 'vostre',
  'questo', 'questa', 'questi', 'queste', 'quel', 'quella', 'quei', 'quelle', 'quello', 'molto', 'non', 'sig.', 'sig', 'dott.', 'dott', 'signor',
];

export const ITALIAN_BREAKS: BreakWords = {
  phraseOpeners: new Set([
    'e', 'ed', 'o', 'oppure', 'ma', 'però', 'perché', 'poiché', 'se', 'quando', 'mentre', 'sebbene', 'benché', 'che', 'cui', 'dove', 'come', 'quindi',
    'di', 'a', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'senza', 'durante', 'verso', 'dopo', 'prima', 'contro', 'presso',
  ]),
  binders: new Set(BINDERS),
  noEnd: new Set([
    ...BINDERS, 'e', 'ed', 'o', 'ma', 'perché', 'se', 'quando', 'che', 'come',
    'è', 'sono', 'era', 'erano', 'sarà', 'saranno', 'ha', 'hanno', 'aveva', 'essere', 'avere', 'può', 'possono', 'deve', 'devono', 'ci', 'si',
  ]),
  sentenceOpeners: new Set(['io', 'noi', 'allora', 'quindi', 'dunque', 'ora', 'adesso', 'grazie', 'sì', 'bene', 'oggi', 'e', 'ma', 'vorrei', 'poi', 'inoltre', 'questo', 'questa']),
};
