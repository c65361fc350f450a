import type { StopRule } from './language';

/** Dutch words beyond stopwords-iso: what speech adds, and how sentences are cut. */

export const DUTCH_FILLERS = [
  'eh', 'ehm', 'uh', 'uhm', 'nou', 'dus', 'eigenlijk', 'gewoon', 'even', 'ja', 'nee', 'oké', 'okay', 'hè', 'toch', 'natuurlijk', 'echt', 'wel',
  'beetje', 'zeg', 'maar', 'zo', 'goed', 'inderdaad', 'sowieso', 'best',
];

export const DUTCH_ABBREVIATIONS = new Map<string, StopRule>([
  ['dhr', 'title'], ['mevr', 'title'], ['mw', 'title'], ['dr', 'title'], ['prof', 'title'], ['drs', 'title'], ['mr', 'title'], ['ir', 'title'], ['ing', 'title'],
  ['bijv', 'inside'], ['bv', 'inside'], ['b.v', 'inside'], ['d.w.z', 'inside'], ['i.p.v', 'inside'], ['m.b.t', 'inside'], ['t.a.v', 'inside'], ['ca', 'inside'],
  ['vs', 'inside'], ['o.a', 'next'], ['m.n', 'inside'],
  ['nr', 'number'], ['art', 'number'], ['blz', 'number'],
  ['etc', 'next'], ['enz', 'next'],
]);

export const DUTCH_OPENERS = new Set([
  'de', 'het', 'een', 'ik', 'wij', 'we', 'jullie', 'u', 'hij', 'zij', 'ze', 'dit', 'dat', 'deze', 'er', 'en', 'maar', 'dus', 'nu', 'dan', 'dank',
  'bedankt', 'ja', 'nee', 'goed', 'goedemiddag', 'goedemorgen', 'goedenavond', 'welkom', 'wat', 'hoe', 'waarom', 'als', 'in', 'op', 'met',
  'voor', 'mijn', 'ons', 'onze', 'dames', 'voorzitter',
]);
