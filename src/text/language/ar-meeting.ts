import type { MeetingWords } from './language';
import { itemPattern, oneOf, phrase, phraseStart } from './meeting-patterns';

/**
 * How Arabic-speaking chairs and moderators run a meeting, as the aligner reads it. Captions write
 * Arabic with or without vowel marks, with or without the hamza on alif, with final yaa or alif
 * maqsura, taa marbuta or haa: `arabic` lets every letter of a phrase be written any of those ways.
 */

const VARIANTS: Record<string, string> = { ا: 'اأإآ', أ: 'اأإآ', إ: 'اأإآ', آ: 'اأإآ', ى: 'ىي', ي: 'يى', ة: 'ةه' };
const MARKS = '[\\u064B-\\u0652\\u0670\\u0640]*';

/** A regular expression's text in Arabic with each letter's spellings allowed (no Arabic letters inside [classes] in `source`). */
function arabic(source: string): string {
  return source.replace(/[\u0621-\u064A]/gu, (c) => `${VARIANTS[c] ? `[${VARIANTS[c]}]` : c}${MARKS}`);
}

// a conjunction written onto the phrase ("وننتقل", "فأعطي")
const AND = '(?:و|ف)?';

/** An alternation of phrases in Arabic (`arabic`), each of which may carry the conjunction. */
const withAnd = (source: string): string => `${AND}(?:${arabic(source)})`;

const DIGITS = '٠١٢٣٤٥٦٧٨٩';
const UNIT_WORDS: [string[], number][] = [
  [['واحد', 'الأول', 'الأولى', 'الحادي', 'الحادية'], 1], [['اثنان', 'اثنين', 'الثاني', 'الثانية'], 2], [['ثلاثة', 'الثالث', 'الثالثة'], 3],
  [['أربعة', 'الرابع', 'الرابعة'], 4], [['خمسة', 'الخامس', 'الخامسة'], 5], [['ستة', 'السادس', 'السادسة'], 6], [['سبعة', 'السابع', 'السابعة'], 7],
  [['ثمانية', 'الثامن', 'الثامنة'], 8], [['تسعة', 'التاسع', 'التاسعة'], 9], [['عشرة', 'العاشر', 'العاشرة', 'عشر'], 10],
];
const TENS_WORDS: [string[], number][] = [[['عشرون', 'عشرين', 'العشرون', 'العشرين', 'والعشرون', 'والعشرين', 'وعشرون', 'وعشرين'], 20], [['ثلاثون', 'ثلاثين', 'الثلاثون', 'الثلاثين', 'والثلاثون', 'والثلاثين', 'وثلاثون', 'وثلاثين'], 30]];

/** Number words as captions write them (with and without hamza), and numbers in Arabic-Indic digits. */
const NUMBERS = new Map<string, number>();
for (const [forms, n] of [...UNIT_WORDS, ...TENS_WORDS]) for (const w of forms) for (const v of [w, w.replace(/[أإآ]/g, 'ا')]) NUMBERS.set(v, n);
for (let n = 0; n < 100; n++) NUMBERS.set([...String(n)].map((d) => DIGITS[Number(d)]).join(''), n);
const UNITS = oneOf([...NUMBERS].filter(([w, n]) => n >= 1 && n <= 10 && !/[٠-٩]/.test(w)).map(([w]) => w));
const TENS = oneOf([...NUMBERS].filter(([w, n]) => n >= 10 && n % 10 === 0 && !/[٠-٩]/.test(w)).map(([w]) => w));
const NUMBER = `([0-9${DIGITS}]{1,3}|(?:${UNITS})(?: (?:${TENS}))?|${TENS})`;
const ITEM = '(?:ال|بال|لل|وال|فال)?بند';

const HAND_OVER = [
  phrase(withAnd('(?:أعطي|أعطى|نعطي|أمنح|نمنح|أترك|نترك|أحيل|نحيل) (?:الآن )?الكلمة')),
  phraseStart(arabic('الكلمة (?:الآن )?(?:لسعادة|لمعالي|للسيد|للسيدة|لممثل|للممثل|لممثلة|للدكتور|للدكتورة|للأستاذ|للأستاذة|للزميل|للزميلة|للمتحدث|للمتحدثة|لرئيس|لرئيسة|لمندوب|للمندوب|لوزير|لوزيرة|إلى)')),
  phrase(withAnd('(?:ننتقل|سننتقل|لننتقل|نمضي) الآن (?:إلى|الى)')),
  phraseStart(withAnd('(?:ننتقل|سننتقل|لننتقل|نمضي) (?:بعد ذلك |إذن )?(?:إلى|الى) (?:البند|الجلسة|النقطة|المتحدث|المتكلم|السؤال|الموضوع|الجزء|المحور|الفقرة|فقرة|جلسة|بند|الأسئلة|الكلمة|التصويت|النقاش)')),
  phrase(arabic('(?:البند|الجلسة|المتحدث|المتحدثة|المتكلم|المتكلمة|النقطة|الفقرة|المحور) التالي(?:ة)?')),
  phrase(withAnd('(?:أدعو|ندعو) .{0,40}?(?:لإلقاء|إلى إلقاء|لتقديم|إلى المنصة|للتحدث|لأخذ الكلمة|لتناول الكلمة)')),
  phrase(withAnd('(?:بهذا|بذلك) (?:نختتم|نكون قد اختتمنا|ننهي|نختم|تنتهي|اختتمنا)')),
  phrase(arabic(`(?:إلى|الى) ${ITEM} (?:رقم )?`) + NUMBER),
];

const PRE_ROLL = phrase(withAnd('(?:سنبدأ|سوف نبدأ|نبدأ) (?:بعد|خلال) (?:دقائق|قليل|لحظات|بضع دقائق)|(?:ما زلنا )?ننتظر (?:انضمام|وصول|بقية|المشاركين)|(?:هل )?(?:تسمعونني|تسمعوني|تسمعني|تسمعونا)|(?:اختبار|تجربة) (?:الصوت|الميكروفون)|واحد،? اثنان،? ثلاثة|رقم الاجتماع|رمز الدخول|كلمة المرور'));

const START_TO_COME = phrase(withAnd('(?:سنبدأ|سوف نبدأ|ستبدأ|سوف تبدأ|سيبدأ|سنستأنف|سوف نستأنف|ستستأنف|يبدأ|تبدأ) (?:\\S+ ){0,2}?(?:(?:بعد|خلال|في غضون) (?:دقائق|دقيقتين|لحظات|قليل|بضع|خمس|عشر)|قريبا)') + '|(?:بعد|خلال) [0-9٠-٩]+ ' + arabic('دقائق'));

const OPENING = phraseStart(withAnd('أعلن (?:\\S+ ){0,2}?افتتاح|أفتتح (?:\\S+ ){0,2}?(?:الجلسة|الاجتماع|المؤتمر|الدورة|المنتدى|أعمال)|(?:يسعدني|يسرني|يشرفني|يطيب لي) (?:أن )?(?:أرحب|الترحيب)|(?:مرحبا|أهلا وسهلا|أهلا) بكم (?:جميعا )?في (?:\\S+ ){0,4}?(?:ال)?(?:اجتماع|منتدى|مؤتمر|جلسة|دورة|ندوة|قمة|ورشة|ملتقى)'));

export const ARABIC_MEETING: MeetingWords = {
  handOver: HAND_OVER,
  preRoll: PRE_ROLL,
  startToCome: START_TO_COME,
  opening: OPENING,
  preRollWords: ['دقائق', 'قليل', 'انتظار', 'ننتظر', 'الانضمام', 'المشاركين', 'الصوت', 'اختبار', 'الميكروفون', 'تسمعونني'],
  postRollWords: ['السلامة', 'اللقاء', 'اختتام', 'رفع', 'التسجيل', 'البث', 'قريبا'],
  agendaVocabulary: Object.fromEntries([
    ...['افتتاح', 'الافتتاح', 'الافتتاحية', 'افتتاحية'].map((k) => [k, ['مرحبا', 'أهلا', 'ترحيب', 'أرحب', 'افتتاح', 'أعلن']]),
    ...['اختتام', 'الاختتام', 'ختام', 'الختام', 'الختامية', 'ختامية'].map((k) => [k, ['شكرا', 'أشكر', 'اختتام', 'ختام', 'اللقاء']]),
    ...['أسئلة', 'الأسئلة', 'نقاش', 'النقاش', 'مناقشة', 'المناقشة'].map((k) => [k, ['سؤال', 'جواب', 'إجابة', 'أسأل', 'الرد']]),
    ...['استراحة', 'الاستراحة'].map((k) => [k, ['استراحة', 'قهوة', 'نستأنف', 'دقائق']]),
  ]) as Record<string, readonly string[]>,
  spokenItems: { numberWords: NUMBERS, patterns: [itemPattern(arabic(`${ITEM} (?:رقم )?`) + NUMBER)], letterItem: null },
  emptyItems: null,
  briefItem: phrase('افتتاح|الافتتاح|ختام|الختام|اختتام|ترحيب|الترحيب|جدول الأعمال|استراحة|محضر'),
};
