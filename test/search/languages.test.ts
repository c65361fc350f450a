import type { Segment } from '../../src/model/transcript';
import { searchTokens } from '../../src/search/analyze';
import { namedSpeakers } from '../../src/search/boosts';
import { buildIndex } from '../../src/search/inverted-index';
import { parseQuery } from '../../src/search/query';
import { searchIndex, type Hit } from '../../src/search/search';
import { languageOf } from '../../src/text/language/registry';

/**
 * Search in each language: a word from the middle of a sentence is found, an inflected form finds
 * its siblings where the language's stemmer joins them, stop words alone find nothing, and the
 * offsets of what is marked are those of the word in the text as written.
 */

function segments(texts: string[]): Segment[] {
  return texts.map((text, i) => ({ id: `opening-${i + 1}`, eventId: 'forum', sessionId: 'opening', recording: 'main', speaker: null, startMs: i * 60_000, endMs: i * 60_000 + 10_000, text }));
}

/** Which texts (by index) a query finds, in order of their start. */
function found(hits: Hit[]): number[] {
  return hits.map((h) => h.startMs / 60_000).sort((a, b) => a - b);
}

/** The words a hit marks, as written in its text. */
function marked(hit: Hit): string[] {
  return hit.matches.map(([s, e]) => hit.text.slice(s, e));
}

interface Case {
  tag: string;
  texts: string[];
  /** a word from the middle of texts[0] */
  middle: string;
  /** forms that find each other: every one finds exactly the texts listed */
  siblings: { queries: string[]; texts: number[] };
  stopWords: string;
}

const CASES: Case[] = [
  {
    tag: 'fr',
    texts: ["Le conseil municipal a adopté hier de nouvelles normes pour l'accessibilité des bâtiments publics.", "Cette norme s'applique désormais à toutes les écoles."],
    middle: 'accessibilité',
    siblings: { queries: ['normes', 'norme'], texts: [0, 1] },
    stopWords: 'les de la pour',
  },
  {
    tag: 'es',
    texts: ['El ayuntamiento aprobó ayer nuevas normas de accesibilidad para los edificios públicos.', 'Esta norma se aplica ahora a todas las escuelas.'],
    middle: 'accesibilidad',
    siblings: { queries: ['normas', 'norma'], texts: [0, 1] },
    stopWords: 'los de las para',
  },
  {
    tag: 'ru',
    texts: ['Делегаты обсудили развитие малых городов и сельских районов.', 'Население города выросло за последние десять лет.'],
    middle: 'развитие',
    siblings: { queries: ['городов', 'города'], texts: [0, 1] },
    stopWords: 'и в на за',
  },
  {
    tag: 'ar',
    texts: ['ناقش المشاركون معايير التخطيط في المدن الكبرى.', 'تواجه المُدُنُ الساحلية خطر الفيضانات.', 'تحتاج كل مدينة إلى خطة للنقل العام.', 'زار الوفد المدينة القديمة.'],
    middle: 'التخطيط',
    // the vowel-marked form is folded to the bare one; the article is stripped by the stemmer
    siblings: { queries: ['المدن', 'المُدُن'], texts: [0, 1] },
    stopWords: 'في من على إلى',
  },
  {
    tag: 'zh',
    texts: ['我们讨论了城市标准和气候变化。', '新的城市规划将于明年实施。'],
    middle: '标准',
    // Chinese does not inflect: a word is found wherever the segmenter finds it
    siblings: { queries: ['城市'], texts: [0, 1] },
    stopWords: '我们的和了',
  },
  {
    tag: 'ja',
    texts: ['私たちは都市の標準と気候変動について議論しました。', '都市計画は来年から実施されます。'],
    middle: '気候',
    siblings: { queries: ['都市'], texts: [0, 1] },
    stopWords: 'これはその',
  },
  {
    tag: 'ko',
    texts: ['위원회는 도시의 교통 문제를 논의했습니다.', '도시에서는 대중교통 이용이 늘었습니다.'],
    middle: '교통',
    // particles are endings of the spaced word: 도시의 (of the city), 도시에서는 (in the city)
    siblings: { queries: ['도시', '도시의', '도시에서는'], texts: [0, 1] },
    stopWords: '그리고 및',
  },
  {
    tag: 'de',
    texts: ['Der Ausschuss hat neue Normen für barrierefreie Städte beschlossen.', 'Die Stadt plant ein neues Radwegenetz.'],
    middle: 'barrierefreie',
    siblings: { queries: ['Städte', 'Stadt'], texts: [0, 1] },
    stopWords: 'die und der für',
  },
  {
    tag: 'it',
    texts: ["Il consiglio ha discusso dell'ambiente urbano e delle nuove regole.", "L'ambiente è al centro del programma."],
    middle: 'ambiente',
    siblings: { queries: ['regole', 'regola'], texts: [0] },
    stopWords: 'il e delle del',
  },
];

describe.each(CASES)('search in $tag', ({ tag, texts, middle, siblings, stopWords }) => {
  const index = buildIndex(segments(texts), tag);

  test('a word from the middle of a sentence is found, and marked as written', () => {
    const hits = searchIndex(index, middle);
    expect(found(hits)).toContain(0);
    expect(marked(hits.find((h) => h.startMs === 0)!)).toEqual([middle]);
    expect(hits.every((h) => h.language === tag)).toBe(true);
  });

  test('inflected forms find each other', () => {
    for (const query of siblings.queries) expect([query, found(searchIndex(index, query))]).toEqual([query, siblings.texts]);
  });

  test('stop words alone find nothing', () => {
    expect(parseQuery(stopWords, languageOf(tag))).toEqual({ terms: [], forms: [], phrases: [] });
    expect(searchIndex(index, stopWords)).toEqual([]);
  });
});

describe('what the language does not join stays apart', () => {
  test('Arabic: a broken plural is another stem ("المدن" cities, "مدينة" city), the article is stripped', () => {
    const index = buildIndex(segments(CASES.find((c) => c.tag === 'ar')!.texts), 'ar');
    expect(found(searchIndex(index, 'مدينة'))).toEqual([2, 3]);
    expect(found(searchIndex(index, 'المدينة'))).toEqual([2, 3]);
  });
});

describe('elided words (French, Italian)', () => {
  test("the word after l', d', qu' is what is indexed and marked; a word not elided stays whole", () => {
    const french = languageOf('fr');
    const text = "Qu'exige l'accessibilité d'aujourd'hui";
    expect(searchTokens(text, french).map((t) => [text.slice(t.start, t.end), t.form])).toEqual([
      ['exige', 'exige'],
      ['accessibilité', 'accessibilite'],
      ["aujourd'hui", null],
    ]);
    const italian = buildIndex(segments(["Il consiglio ha discusso dell'ambiente urbano."]), 'it');
    expect(marked(searchIndex(italian, "l'ambiente")[0]!)).toEqual(['ambiente']);
  });

  test("English keeps the word before an apostrophe: \"council's\" is \"council\"", () => {
    const english = buildIndex(segments(["The council's budget was adopted."]), 'en');
    expect(marked(searchIndex(english, 'councils')[0]!)).toEqual(["council's"]);
  });
});

describe('offsets are UTF-16 code units of the text as written', () => {
  test('Arabic with vowel marks: the mark-bearing word is marked whole', () => {
    const text = 'تواجه المُدُنُ الساحلية خطر الفيضانات.';
    const hit = searchIndex(buildIndex(segments([text]), 'ar'), 'المدن')[0]!;
    expect(marked(hit)).toEqual(['المُدُنُ']);
    expect(hit.snippet).toBe('تواجه **المُدُنُ** الساحلية خطر الفيضانات.');
  });

  test('characters outside the Basic Multilingual Plane (surrogate pairs) before and inside the words', () => {
    const zh = '😀 我们讨论了城市标准。';
    expect(marked(searchIndex(buildIndex(segments([zh]), 'zh'), '标准')[0]!)).toEqual(['标准']);
    const ja = '𠮷野家で会議を開きました。';
    const tokens = searchTokens(ja, languageOf('ja'));
    expect(tokens.map((t) => ja.slice(t.start, t.end)).join('')).toBe(ja.replace(/[。]/g, ''));
    expect(marked(searchIndex(buildIndex(segments([ja]), 'ja'), '会議')[0]!)).toEqual(['会議']);
  });
});

describe('phrases where words are not spaced', () => {
  const zh = buildIndex(segments(['我们讨论了城市标准和气候变化。', '城市的发展需要统一的标准。']), 'zh');
  const ja = buildIndex(segments(['気候変動への対応を議論しました。', '変動する気候に合わせた計画です。']), 'ja');

  test('a quoted phrase is its segmenter words, adjacent and in order', () => {
    expect(found(searchIndex(zh, '城市标准'))).toEqual([0, 1]);
    expect(found(searchIndex(zh, '"城市标准"'))).toEqual([0]);
    expect(found(searchIndex(zh, '“城市标准”'))).toEqual([0]);
    // touching words are marked as one
    expect(marked(searchIndex(zh, '"城市标准"')[0]!)).toEqual(['城市标准']);
    expect(searchIndex(zh, '城市 标准')[0]!.snippet).toBe('我们讨论了**城市标准**和气候变化。');
  });

  test('Japanese quotes 「」 mark a phrase too', () => {
    expect(found(searchIndex(ja, '気候'))).toEqual([0, 1]);
    expect(found(searchIndex(ja, '「気候変動」'))).toEqual([0]);
  });
});

describe('question words per language', () => {
  test.each([
    ['en', 'what did the team decide about the meeting budget', ['budget']],
    ['fr', "Qu'a dit le groupe sur le budget ?", ['budget']],
    ['es', '¿Qué dijo el equipo sobre el presupuesto?', ['presupuest']],
    ['ru', 'Что группа решила о бюджете?', ['бюджет']],
    ['ar', 'ماذا قال الفريق عن الميزانية؟', ['ميزان']],
    ['zh', '小组对预算讨论了什么', ['预算']],
    ['de', 'Was hat die Gruppe über das Budget gesagt?', ['budget']],
    ['ko', '예산에 대한 의견', ['예산']],
  ])('%s: framing words dropped, the subject kept', (tag, query, terms) => {
    expect(parseQuery(query, languageOf(tag)).terms).toEqual(terms);
  });

  test('a query of framing words alone is the question itself', () => {
    expect(parseQuery('réunion', languageOf('fr')).terms).toHaveLength(1);
  });
});

describe('a query naming a speaker, where words are not spaced', () => {
  const said = (speaker: string, n: number): Segment => ({ ...segments(['我们需要更多的预算。'])[0]!, id: `opening-${n}`, speaker, startMs: n * 60_000, endMs: n * 60_000 + 10_000 });
  const index = buildIndex([said('李娜', 0), said('王伟', 1)], 'zh');

  test("favours the named speaker's segments although no space sets the name apart", () => {
    expect(found(searchIndex(index, '预算')).length).toBe(2);
    expect(searchIndex(index, '预算')[0]!.speaker).toBe('李娜');
    expect(searchIndex(index, '王伟对预算说了什么')[0]!.speaker).toBe('王伟');
  });

  test('a speaker named in Latin letters is named only as a whole word, as in spaced text ("Li" is not in "policies")', () => {
    const latin = buildIndex([said('Li', 0), said('Anna', 1)], 'zh');
    expect([...namedSpeakers(latin, 'policies 预算')]).toEqual([]);
    expect([...namedSpeakers(latin, '预算 Anna')]).toEqual(['Anna']);
  });
});
