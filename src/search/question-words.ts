import type { Language } from '../text/language/language';
import { searchTokens } from './analyze';

/**
 * Words that only frame a question about a meeting ("what did the group discuss about ..."), per
 * language by BCP 47 primary subtag. They occur in almost every meeting and say nothing about
 * where the answer is, so a query drops them from its free terms (query.ts). Written as plain
 * words: each is read through its language's analysis, so the forms its stemmer joins meet it
 * (Arabic's stemmer does not strip every article: both forms are listed there). A search table
 * rather than a Language field: they frame questions put to a search box, and say nothing of how
 * the language is spoken in meetings.
 */
const QUESTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'summarize', 'summary', 'discuss', 'discussion', 'discussed', 'talk', 'talked', 'talking', 'mention', 'mentioned',
    'what', 'why', 'how', 'when', 'who', 'whom', 'which', 'opinion', 'opinions', 'idea', 'ideas', 'think', 'thought',
    'thoughts', 'say', 'said', 'group', 'team', 'meeting', 'detail', 'details', 'decision', 'decisions', 'decide',
    'decided', 'agree', 'agreed', 'view', 'views', 'whole',
  ],
  fr: [
    'résumer', 'résumé', 'discuter', 'discuté', 'discussion', 'parler', 'parlé', 'mentionner', 'mentionné', 'évoquer', 'évoqué',
    'quoi', 'pourquoi', 'comment', 'quand', 'qui', 'quel', 'quelle', 'quels', 'quelles', 'opinion', 'avis', 'idée', 'idées',
    'penser', 'pensé', 'dire', 'dit', 'groupe', 'équipe', 'réunion', 'séance', 'détail', 'détails', 'décision', 'décisions',
    'décider', 'décidé', 'convenir', 'convenu', 'accord', 'ensemble',
  ],
  es: [
    'resumir', 'resumen', 'discutir', 'discutió', 'discusión', 'debatir', 'debate', 'hablar', 'habló', 'mencionar', 'mencionó',
    'qué', 'cómo', 'cuándo', 'quién', 'quiénes', 'cuál', 'cuáles', 'opinión', 'opiniones', 'idea', 'ideas', 'pensar', 'pensó',
    'decir', 'dijo', 'grupo', 'equipo', 'reunión', 'sesión', 'detalle', 'detalles', 'decisión', 'decisiones', 'decidir',
    'decidió', 'acordar', 'acordó', 'acuerdo', 'conjunto',
  ],
  pt: [
    'resumir', 'resumo', 'discutir', 'discutiu', 'discussão', 'debater', 'falar', 'falou', 'mencionar', 'mencionou',
    'que', 'porquê', 'como', 'quando', 'quem', 'qual', 'quais', 'opinião', 'opiniões', 'ideia', 'ideias', 'pensar', 'pensou',
    'dizer', 'disse', 'grupo', 'equipe', 'equipa', 'reunião', 'sessão', 'detalhe', 'detalhes', 'decisão', 'decisões',
    'decidir', 'decidiu', 'concordar', 'concordou', 'acordo', 'todo',
  ],
  it: [
    'riassumere', 'riassunto', 'discutere', 'discusso', 'discussione', 'parlare', 'parlato', 'menzionare', 'menzionato',
    'cosa', 'perché', 'come', 'quando', 'chi', 'quale', 'quali', 'opinione', 'opinioni', 'idea', 'idee', 'pensare', 'pensato',
    'dire', 'detto', 'gruppo', 'squadra', 'riunione', 'seduta', 'dettaglio', 'dettagli', 'decisione', 'decisioni', 'decidere',
    'deciso', 'concordare', 'concordato', 'accordo', 'complesso',
  ],
  de: [
    'zusammenfassen', 'Zusammenfassung', 'diskutieren', 'diskutiert', 'Diskussion', 'besprechen', 'besprochen', 'sprechen',
    'gesprochen', 'erwähnen', 'erwähnt', 'was', 'warum', 'wie', 'wann', 'wer', 'welche', 'welcher', 'welches', 'Meinung',
    'Meinungen', 'Idee', 'Ideen', 'denken', 'gedacht', 'sagen', 'gesagt', 'Gruppe', 'Team', 'Sitzung', 'Besprechung',
    'Details', 'Einzelheiten', 'Entscheidung', 'Entscheidungen', 'entscheiden', 'entschieden', 'einigen', 'geeinigt', 'insgesamt',
  ],
  nl: [
    'samenvatten', 'samenvatting', 'bespreken', 'besproken', 'bespreking', 'discussie', 'praten', 'gepraat', 'noemen', 'genoemd',
    'wat', 'waarom', 'hoe', 'wanneer', 'wie', 'welke', 'welk', 'mening', 'meningen', 'idee', 'ideeën', 'denken', 'gedacht',
    'zeggen', 'gezegd', 'groep', 'team', 'vergadering', 'bijeenkomst', 'details', 'besluit', 'besluiten', 'beslissing',
    'beslissingen', 'beslissen', 'besloten', 'akkoord', 'geheel',
  ],
  ru: [
    'резюмировать', 'итог', 'итоги', 'обсуждать', 'обсудили', 'обсуждение', 'говорить', 'говорили', 'упомянуть', 'упомянули',
    'что', 'почему', 'как', 'когда', 'кто', 'какой', 'какая', 'какие', 'мнение', 'мнения', 'идея', 'идеи', 'думать', 'думали',
    'сказать', 'сказали', 'группа', 'команда', 'совещание', 'заседание', 'встреча', 'подробности', 'детали', 'решение',
    'решения', 'решить', 'решили', 'согласиться', 'согласились', 'договорились', 'целом',
  ],
  ar: [
    'لخص', 'ملخص', 'ناقش', 'ناقشوا', 'نقاش', 'مناقشة', 'تحدث', 'تحدثوا', 'ذكر', 'ذكروا', 'ماذا', 'لماذا', 'كيف', 'متى', 'من',
    'أي', 'رأي', 'آراء', 'فكرة', 'أفكار', 'يرى', 'قال', 'قالوا', 'مجموعة', 'المجموعة', 'فريق', 'الفريق', 'اجتماع', 'الاجتماع',
    'جلسة', 'الجلسة', 'تفاصيل', 'قرار', 'القرار', 'قرارات', 'القرارات', 'قرر', 'قرروا', 'اتفق', 'اتفقوا', 'عموما',
  ],
  zh: [
    '总结', '概括', '讨论', '谈论', '谈到', '提到', '什么', '为什么', '怎么', '怎样', '如何', '何时', '谁', '哪个', '意见', '看法',
    '观点', '想法', '认为', '说', '小组', '团队', '会议', '细节', '决定', '决策', '同意', '商定', '整体',
  ],
  ja: [
    '要約', 'まとめ', '議論', '話し合い', '言及', '何', 'なぜ', 'どう', 'いつ', '誰', 'どれ', 'どの', '意見', '考え', '思う', '言う',
    'グループ', 'チーム', '会議', '詳細', '決定', '決める', '合意', '全体',
  ],
  ko: [
    '요약', '논의', '토론', '이야기', '언급', '대해', '대한', '무엇', '뭐', '왜', '어떻게', '언제', '누구', '어느', '어떤', '의견', '생각', '말',
    '그룹', '팀', '회의', '세부', '결정', '합의', '동의', '전체',
  ],
};

const ready = new Map<string, ReadonlySet<string>>();

/**
 * The terms of a language's question words (none for a language without a list). A word its
 * language reads as a stop word is kept as written: no query term can equal it, so it drops nothing.
 */
export function questionTerms(language: Language): ReadonlySet<string> {
  let terms = ready.get(language.tag);
  if (terms === undefined) {
    const words = QUESTION_WORDS[language.tag] ?? [];
    terms = new Set(
      words.flatMap((w) => {
        const found = searchTokens(w, language).flatMap((t) => (t.term === null ? [] : [t.term]));
        return found.length > 0 ? found : [w];
      }),
    );
    ready.set(language.tag, terms);
  }
  return terms;
}
