import type { StopRule } from './language';

/** German words beyond stopwords-iso: what speech adds, what the list wrongly drops, and how sentences are cut. */

export const GERMAN_FILLERS = [
  'äh', 'ähm', 'öh', 'hm', 'hmm', 'also', 'halt', 'eben', 'ja', 'ne', 'nee', 'naja', 'genau', 'quasi', 'sozusagen', 'irgendwie', 'eigentlich',
  'mal', 'okay', 'ok', 'gut', 'so', 'doch', 'schon', 'wirklich', 'einfach', 'jetzt', 'sagen', 'gesagt', 'machen', 'gemacht',
];

// Nouns of the list that carry a topic ("die Menschen", "das Jahr", "die Zeit", "die Ordnung", "der Mann").
export const GERMAN_TOPIC_WORDS = ['gott', 'mensch', 'menschen', 'jahr', 'jahre', 'jahren', 'zeit', 'ordnung', 'sache', 'mann', 'teil'];

/**
 * German capitalises every noun, so a capital after a stop proves nothing: abbreviations that are
 * followed by a noun ("ca. Euro", "Mio. Menschen") are read `inside`, not `next`.
 */
export const GERMAN_ABBREVIATIONS = new Map<string, StopRule>([
  ['dr', 'title'], ['prof', 'title'], ['hr', 'title'], ['fr', 'title'], ['st', 'title'], ['dipl', 'title'], ['ing', 'title'],
  ['z', 'inside'], ['z. b', 'inside'], ['z.b', 'inside'], ['d', 'inside'], ['d. h', 'inside'], ['d.h', 'inside'], ['u', 'inside'], ['bzw', 'inside'],
  ['ca', 'inside'], ['vgl', 'inside'], ['ggf', 'inside'], ['evtl', 'inside'], ['inkl', 'inside'], ['zzgl', 'inside'], ['bspw', 'inside'],
  ['mio', 'inside'], ['mrd', 'inside'], ['tsd', 'inside'], ['sog', 'inside'], ['i.d.r', 'inside'],
  ['nr', 'number'], ['abs', 'number'], ['art', 'number'], ['kap', 'number'],
  ['usw', 'next'], ['etc', 'next'], ['u. a', 'next'], ['u.a', 'next'], ['o. ä', 'next'], ['o.ä', 'next'], ['jh', 'next'],
]);

export const GERMAN_OPENERS = new Set([
  'ich', 'wir', 'sie', 'er', 'es', 'das', 'die', 'der', 'den', 'dem', 'ein', 'eine', 'und', 'aber', 'also', 'jetzt', 'nun', 'danke', 'vielen',
  'ja', 'nein', 'so', 'dann', 'heute', 'hier', 'wie', 'was', 'warum', 'wenn', 'meine', 'liebe', 'sehr', 'guten', 'herzlich', 'in', 'im', 'auf',
  'mit', 'für', 'damit', 'dazu', 'deshalb', 'gibt', 'können', 'bitte',
]);
