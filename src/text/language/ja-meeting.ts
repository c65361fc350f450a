import type { MeetingWords } from './language';
import { sinoNumbers } from './meeting-patterns';

/**
 * How Japanese chairs and moderators run a meeting, as the aligner reads it: the polite set
 * phrases of a chair (議長) or a moderator (司会). Japanese has no spaces, so patterns have no
 * word bounds: each is written long enough not to occur inside other words.
 */

const NUMBERS = sinoNumbers(['', '一', '二', '三', '四', '五', '六', '七', '八', '九'], '十');
const NUMBER = '([0-9]{1,3}|[一二三四五六七八九十]{1,3})';
const PLEASE = '(?:お願いします|お願いいたします|お願い致します|どうぞ)';

const ja = (source: string, flags = 'u') => new RegExp(source, flags);

const HAND_OVER = [
  ja('それでは(?:、)?次に'),
  ja('続きまして'),
  ja(`次に(?:、)?[^。]{0,30}?${PLEASE}`),
  ja('次の(?:議題|議案|案件|発表|講演|セッション|登壇者|演者|発表者|スピーカー|プログラム)'),
  ja('(?:議題|議事|議案|審議|質疑応答|質疑|日程|次第|セッション|討論|採決|本題|第[一二三四五六七八九十0-9]+部)に(?:移り|入り|移らせていただき|入らせていただき)(?:ます|たいと思います)'),
  ja(`(?:さん|様|先生|委員|議員|氏)(?:、)?${PLEASE}`),
  ja('発言を許します'),
  ja('以上で[^。]{0,30}?(?:を)?(?:終わり|終了し|終了いたし|閉じ)'),
  ja(`日程第${NUMBER}`),
  ja('マイクを(?:お渡し|お返し|渡し)'),
];

const PRE_ROLL = ja('(?:しばらく|少々)お待ち|マイク(?:の)?テスト|聞こえ(?:ますか|ていますか)|音声(?:の)?(?:確認|テスト)|(?:まもなく|間もなく)(?:開始|開会|始ま|スタート)|ミーティングID|パスコード|ミュート');

const START_TO_COME = ja('(?:まもなく|間もなく)(?:開始|開会|始ま|スタート|再開)|(?:数|[一二三五十0-9]+)分(?:ほど|後|程)(?:に|で)?(?:開始|始め|始ま|スタート|開会|再開)');

const OPENING = ja('開会(?:いた)?します|開会を宣言|(?:ただいま|只今|これ)(?:から|より)[^。]{0,30}?を?(?:開き|開会し|開会いたし|開催し|開催いたし)ます|(?:会議|会|総会|委員会|フォーラム|シンポジウム|セミナー)を(?:始め|開始し|開始いたし|開催し|開催いたし)(?:ます|たいと思います)');

export const JAPANESE_MEETING: MeetingWords = {
  handOver: HAND_OVER,
  preRoll: PRE_ROLL,
  startToCome: START_TO_COME,
  opening: OPENING,
  preRollWords: ['お待ち', '開始', 'まもなく', 'マイク', 'テスト', '聞こえ', '音声', 'ミュート'],
  postRollWords: ['閉会', '終了', 'お疲れ様', '配信', '録画', '失礼'],
  // keyed by words as Intl.Segmenter finds them in titles ("開会式" is 開会 + 式, "質疑応答" 質疑 + 応答)
  agendaVocabulary: {
    開会: ['挨拶', '歓迎', '皆様', '本日', '開会'],
    閉会: ['閉会', 'ありがとう', '挨拶', '終了'],
    質疑: ['質問', '回答', 'ご質問'],
    休憩: ['休憩', '再開'],
    挨拶: ['挨拶', '感謝', '歓迎'],
    基調: ['講演', 'ご紹介'],
  },
  spokenItems: {
    numberWords: NUMBERS,
    patterns: [ja(`議題${NUMBER}`, 'gu'), ja(`議案第${NUMBER}号`, 'gu'), ja(`日程第${NUMBER}`, 'gu'), ja(`第${NUMBER}(?:号議案|議題|項)`, 'gu')],
    letterItem: null,
  },
  emptyItems: null,
  briefItem: /開会|閉会|挨拶|あいさつ|議事日程|休憩|出欠/u,
};
