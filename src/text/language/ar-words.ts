import type { StopRule } from './language';

/** Arabic words beyond stopwords-iso: what speech adds, what the list wrongly drops, and how sentences are cut. */

// Discourse words of spoken Arabic, in Modern Standard Arabic and the common dialects.
export const ARABIC_FILLERS = [
  'يعني', 'طيب', 'اه', 'آه', 'ام', 'امم', 'إذن', 'اذن', 'بس', 'خلاص', 'ماشي', 'يلا', 'هيك', 'كده', 'طبعا', 'فعلا', 'والله', 'شو', 'ايش',
  'حسنا', 'تمام', 'أيضا', 'شكرا',
];

// Nouns of the list that carry a topic ("زيارة" a visit, "للامم" of the Nations, "لوكالة" of the agency, "اطار" a framework).
export const ARABIC_TOPIC_WORDS = ['زيارة', 'للامم', 'لوكالة', 'اطار'];

/** Arabic has no capitals: a stop after a title ("د." doctor, "أ." professor) never ends, other abbreviations end where they look like it. */
export const ARABIC_ABBREVIATIONS = new Map<string, StopRule>([
  ['د', 'title'], ['أ', 'title'], ['ا', 'title'], ['م', 'next'], ['هـ', 'next'], ['ص', 'number'], ['ج', 'number'],
]);
