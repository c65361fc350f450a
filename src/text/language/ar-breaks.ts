import type { BreakWords } from './language';

/**
 * Arabic words that decide where captions and over-long sentences are cut (BreakWords). The
 * conjunctions و and ف and the prepositions ب، ل، ك are written onto the next word, so only
 * free-standing words are listed, with the spellings captions use (إلى and الى, أن and ان).
 */

// Prepositions, demonstratives, relative pronouns, particles before a verb, and titles: bound to the next word.
const BINDERS = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'بين', 'حتى', 'منذ', 'خلال', 'عند', 'لدى', 'نحو', 'حول', 'ضد', 'دون', 'عبر',
  'أن', 'ان', 'إن', 'هذا', 'هذه', 'هؤلاء', 'ذلك', 'تلك', 'التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'كل', 'لا', 'لم', 'لن', 'قد', 'سوف',
  'السيد', 'السيدة', 'الدكتور', 'الدكتورة',
];

export const ARABIC_BREAKS: BreakWords = {
  phraseOpeners: new Set([
    'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'بين', 'حتى', 'منذ', 'خلال', 'بعد', 'قبل', 'حول', 'عبر',
    'أن', 'ان', 'أو', 'ثم', 'لكن', 'لأن', 'حيث', 'كما', 'إذا', 'اذا', 'عندما', 'بينما', 'التي', 'الذي', 'الذين',
  ]),
  binders: new Set(BINDERS),
  noEnd: new Set([...BINDERS, 'أو', 'ثم', 'لكن', 'لأن', 'حيث', 'إذا', 'اذا', 'عندما', 'كان', 'كانت', 'كانوا', 'يكون', 'تكون']),
  sentenceOpeners: new Set(['شكرا', 'شكراً', 'أود', 'نود', 'نحن', 'أنا', 'اليوم', 'الآن', 'ثم', 'لذلك', 'أيضا', 'أيضاً', 'إذن', 'نعم', 'السيد', 'السيدة', 'السيدات']),
};
