import { isRightToLeft, languageOf, LANGUAGE_TAGS, primaryTag } from '../../../src/text/language/registry';
import { contentTerms, compoundTerms } from '../../../src/text/terms';
import { isPunctuated, sentencesOf } from '../../../src/text/sentence-ends';

describe('languageOf: one entry per language, keyed by the primary subtag', () => {
  test('the issue languages all have entries', () => {
    expect([...LANGUAGE_TAGS].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'zh']);
  });

  test.each([
    ['pt-BR', 'pt'],
    ['zh-Hant-TW', 'zh'],
    ['EN-gb', 'en'],
    ['ar-EG', 'ar'],
    ['sr-Latn', 'sr'],
    ['not a tag', 'und'],
  ])('%s is read as %s', (tag, primary) => {
    expect(primaryTag(tag)).toBe(primary);
    expect(languageOf(tag).tag).toBe(primary);
  });

  test('right-to-left languages, listed or not', () => {
    expect(['ar', 'he', 'fa', 'ur', 'ar-MA'].map(isRightToLeft)).toEqual([true, true, true, true, true]);
    expect(['en', 'zh', 'ru', 'ko'].map(isRightToLeft)).toEqual([false, false, false, false]);
  });

  test('the script a tag names or implies decides the direction, whatever the primary subtag', () => {
    // Azerbaijani, Punjabi and Malay in Arabic script; Kashmiri, Egyptian Arabic and Syriac written in theirs; Arabic in Latin letters
    expect(['az-Arab', 'pa-Arab', 'ms-Arab', 'ks', 'arz', 'syr', 'iw'].map(isRightToLeft)).toEqual([true, true, true, true, true, true, true]);
    expect(['ar-Latn', 'az', 'pa', 'und', 'not a tag'].map(isRightToLeft)).toEqual([false, false, false, false, false]);
  });

  test('elided articles, one rule for terms, search offsets, keyphrases and sentence ends', () => {
    expect(["l'assemblée", "qu'il", "aujourd'hui"].map((w) => languageOf('fr').elidedLength(w))).toEqual([2, 3, 0]);
    expect(languageOf('it').elidedLength("dell'ambiente")).toBe(5);
    expect(languageOf('en').elidedLength("council's")).toBe(0);
    expect(languageOf('fr').baseWord("l'assemblée")).toBe('assemblée');
  });

  test('a language without an entry still finds, folds and drops its stop words, without stemming', () => {
    const sw = languageOf('sw');
    expect(sw.words('Mkutano wa baraza la jiji')).toEqual(['mkutano', 'wa', 'baraza', 'la', 'jiji']);
    expect(contentTerms('Mkutano wa baraza la jiji', sw)).not.toContain('wa');
    const th = languageOf('th');
    expect(th.spaced).toBe(false);
    expect(th.words('การประชุมสภาเมือง').length).toBeGreaterThan(1);
  });
});

describe('words where they are not separated by spaces (Intl.Segmenter)', () => {
  test('Chinese: a word from the middle of a clause is a term of its own', () => {
    const zh = languageOf('zh');
    const terms = contentTerms('我们今天讨论了城市标准和气候变化的关系。', zh);
    expect(terms).toEqual(expect.arrayContaining(['城市', '标准', '气候', '变化']));
    expect(terms).not.toContain('了');
    expect(terms).not.toContain('的');
  });

  test('Japanese: endings and particles in hiragana are no terms, kanji and katakana words are', () => {
    const ja = languageOf('ja');
    const terms = contentTerms('本日の会議では、都市の基準についてスマートシティの観点から議論しました。', ja);
    expect(terms).toEqual(expect.arrayContaining(['会議', '都市', '基準', '議論']));
    expect(terms.some((t) => /^[\p{Script=Hiragana}]{1,2}$/u.test(t))).toBe(false);
  });

  test('offsets of segmented words point at the words in the text', () => {
    const text = 'ＣＯＰ２８について、城市標準を議論';
    for (const w of languageOf('ja').wordSpans(text)) expect(text.slice(w.start, w.end).toLowerCase()).toBe(w.word);
  });

  test('full-width letters and digits meet their ASCII forms', () => {
    const ja = languageOf('ja');
    expect(contentTerms('ＣＯＰ２８', ja)).toEqual(contentTerms('COP28', ja));
  });

  test('no compounds are made of segmented words: the segmenter decides what one word is', () => {
    expect(compoundTerms('城市 标准', languageOf('zh'))).toEqual([]);
  });
});

describe('stems and folding per language', () => {
  test.each([
    ['fr', 'normes', 'norme'],
    ['fr', 'villes', 'ville'],
    ['es', 'normas', 'norma'],
    ['ru', 'городов', 'города'],
    ['de', 'Normen', 'Norm'],
    ['it', 'norme', 'norma'],
    ['pt', 'normas', 'norma'],
    ['nl', 'normen', 'norm'],
    ['ar', 'المعايير', 'بالمعايير'],
    ['ar', 'والمدن', 'المدن'],
    ['ko', '회의에서는', '회의'],
    ['ko', '논의했습니다', '논의'],
  ])('%s: "%s" and "%s" meet', (tag, a, b) => {
    const lang = languageOf(tag);
    expect(contentTerms(a, lang)).toEqual(contentTerms(b, lang));
    expect(contentTerms(a, lang)).toHaveLength(1);
  });

  test('Arabic: vowel marks and alif forms are folded away, a word that merely starts with و keeps it', () => {
    const ar = languageOf('ar');
    expect(contentTerms('المُدُن', ar)).toEqual(contentTerms('المدن', ar));
    expect(contentTerms('أعلن', ar)).toEqual(contentTerms('اعلن', ar));
    expect(contentTerms('وزير', ar)).toEqual(contentTerms('الوزير', ar));
  });

  test('Korean: a noun ending in a syllable that is also a particle keeps it', () => {
    const ko = languageOf('ko');
    expect(contentTerms('국가', ko)).toEqual(['국가']);
    expect(contentTerms('국가가', ko)).toEqual(['국가']);
  });

  test('Russian: ё is read as е', () => {
    const ru = languageOf('ru');
    expect(contentTerms('всё ещё ёлка', ru)).toEqual(contentTerms('все еще елка', ru));
  });

  test('French and Italian: the word after an elided article is the word', () => {
    expect(contentTerms("l'assemblée d'aujourd'hui", languageOf('fr'))).toContain(contentTerms('assemblée', languageOf('fr'))[0]);
    expect(contentTerms("dell'assemblea", languageOf('it'))).toEqual(contentTerms('assemblea', languageOf('it')));
    // in English what follows the apostrophe is the clitic
    expect(contentTerms("the council's budget", languageOf('en'))).toEqual(contentTerms('council budget', languageOf('en')));
  });

  test('stop words are dropped however they are written: accents or none', () => {
    const fr = languageOf('fr');
    expect(contentTerms('été', fr)).toEqual(contentTerms('ETE', fr));
    expect(contentTerms('pour les villes', fr)).toEqual(contentTerms('villes', fr));
  });
});

describe('sentences in every script', () => {
  test('Chinese and Japanese sentences end at 。！？ with no space after them', () => {
    expect(sentencesOf('我们开始吧。今天讨论城市标准！有问题吗？好的', languageOf('zh'))).toEqual(['我们开始吧。', '今天讨论城市标准！', '有问题吗？', '好的']);
    // Latin words inside Chinese text keep the space between them
    expect(sentencesOf('今天讨论 Smart City 标准。好的', languageOf('zh'))).toEqual(['今天讨论 Smart City 标准。', '好的']);
  });

  test('Arabic question mark ends a sentence', () => {
    expect(sentencesOf('هل تسمعونني؟ نعم نسمعك.', languageOf('ar'))).toEqual(['هل تسمعونني؟', 'نعم نسمعك.']);
  });

  test('punctuated captions are recognised by the words of their language', () => {
    const zh = languageOf('zh');
    expect(isPunctuated(['我们今天讨论城市标准。', '气候变化的问题非常重要。'], zh)).toBe(true);
    expect(isPunctuated(['我们今天讨论城市标准', '气候变化的问题非常重要'], zh)).toBe(false);
  });
});

describe('folding keeps the letters of scripts whose marks are letters', () => {
  test('Russian й stays й: "файлы" and "файл" meet, and "мой" is not "мои"', () => {
    const ru = languageOf('ru');
    expect(contentTerms('файлы', ru)).toEqual(contentTerms('файл', ru));
    expect(ru.fold('мой')).toBe('мой');
  });

  test('Latin accents are folded, other marks kept (Hindi vowel signs)', () => {
    const hi = languageOf('hi');
    expect(hi.fold('हिंदी')).toBe('हिंदी');
    expect(languageOf('es').fold('año')).toBe('ano');
  });
});

describe('German umlauts are letters of their own', () => {
  test('"ändern" (change) is a term, "andern" (other) a stop word; Städte and Stadt still meet', () => {
    const de = languageOf('de');
    expect(de.fold('ändern')).toBe('ändern');
    expect(de.fold('café')).toBe('cafe');
    expect(contentTerms('ändern', de)).toHaveLength(1);
    expect(contentTerms('andern', de)).toEqual([]);
    expect(contentTerms('Städte', de)).toEqual(contentTerms('Stadt', de));
  });
});

describe('brief agenda items in every language with meeting words', () => {
  test.each([
    ['en', 'Roll Call', 'Budget hearing'],
    ['fr', 'Ouverture de la séance', 'Plan climat de la commune'],
    ['es', 'Aprobación del acta', 'Plan de movilidad'],
    ['de', 'Eröffnung und Begrüßung', 'Haushalt der Stadt'],
    ['ru', 'Открытие форума', 'Городские стандарты'],
    ['ar', 'افتتاح المنتدى', 'المعايير الدولية والمدن الذكية'],
    ['zh', '开幕致辞', '国际标准如何助力城市数字化转型'],
    ['ja', '開会挨拶', '都市のデジタル化'],
    ['ko', '개회식', '도시 에너지 계획'],
  ])('%s: "%s" is brief, "%s" is not', (tag, brief, other) => {
    const item = languageOf(tag).meeting.briefItem!;
    expect(item.test(brief.toLowerCase())).toBe(true);
    expect(item.test(other.toLowerCase())).toBe(false);
  });
});
