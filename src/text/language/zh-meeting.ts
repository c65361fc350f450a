import type { MeetingWords } from './language';
import { sinoNumbers } from './meeting-patterns';

/**
 * How Chinese-speaking chairs and moderators run a meeting, as the aligner reads it. Chinese has no
 * spaces, so patterns have no word bounds: each is written long enough not to occur inside other words.
 */

const NUMBERS = sinoNumbers(['', '一', '二', '三', '四', '五', '六', '七', '八', '九'], '十');
NUMBERS.set('两', 2);
const NUMBER = '([0-9]{1,3}|[一二三四五六七八九十]{1,3})';
const ORDINAL = '第(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})';

const zh = (source: string, flags = 'u') => new RegExp(source, flags);

const HAND_OVER = [
  zh('(?:下面|接下来|现在)(?:有)?请(?!大家|各位|看|注意|允许|问)'),
  zh('有请'),
  zh(`(?:现在|下面|接下来)(?:我们)?(?:将|就)?(?:进入|进行|开始)(?:${ORDINAL}|下一|下个|今天的|本次|本场|会议|大会|讨论|问答|提问|交流|议程|正式)`),
  zh(`进入(?:${ORDINAL}|下一)(?:个)?(?:场|环节|议程|阶段|部分|项|议题|单元|节)`),
  zh('下一(?:个|位|项)?(?:环节|议程|议题|发言人|发言者|嘉宾|讲者|演讲者|单元|场|报告)'),
  zh('把(?:话筒|麦克风|时间|发言权)(?:交给|交还给|留给|递给)'),
  zh('(?:请|有请)[^。！？，,]{0,20}?(?:发言|致辞|演讲|上台|作报告)'),
  zh(`(?:本|这一|${ORDINAL})(?:场|个环节|环节|单元|部分)(?:会议|讨论)?(?:就)?(?:到此结束|圆满结束|结束了)`),
];

const PRE_ROLL = zh('稍等|请(?:大家|各位)?稍候|(?:几|[一二两三五十0-9]+)分钟(?:后|之后|以后)(?:就)?(?:正式|准时)?(?:开始|开会)|(?:声音|麦克风|音频|话筒)测试|测试(?:声音|麦克风|话筒|一下)|(?:能|可以)听(?:到|见|清)(?:我|吗)|听得(?:到|见|清)(?:吗|我)|会议号|入会密码|请(?:大家)?(?:保持)?静音');

const START_TO_COME = zh('(?:会议|活动|直播|论坛|研讨会|我们|大会)(?:将|将会|会)?(?:在)?(?:几分钟|[一二两三五十0-9]+分钟|片刻|稍后|马上|即将|很快)(?:后|之后|以后)?(?:就)?(?:正式|准时)?(?:开始|召开|开幕|恢复)|马上(?:就)?(?:开始|开会)|即将开始|稍后开始');

const OPENING = zh('现在开会|宣布[^。！？]{0,20}?(?:开幕|开始|开会)(?!前|之前|以前|时)|(?:会议|大会|论坛|研讨会|本次会议|今天的会议)(?:现在)?(?:正式)?(?:开始|开幕)(?!前|之前|以前|时|了吗)|欢迎(?:大家|各位[^。！？，,]{0,6}?)?(?:来到|参加|出席)');

export const CHINESE_MEETING: MeetingWords = {
  handOver: HAND_OVER,
  preRoll: PRE_ROLL,
  startToCome: START_TO_COME,
  opening: OPENING,
  preRollWords: ['稍等', '分钟', '测试', '声音', '麦克风', '听到', '静音', '入会', '等待'],
  postRollWords: ['再见', '闭幕', '散会', '结束', '直播', '录像', '下次'],
  // keyed by words as Intl.Segmenter finds them in titles ("开幕式" is 开幕 + 式)
  agendaVocabulary: {
    开幕: ['欢迎', '宣布', '致辞', '感谢', '嘉宾'],
    闭幕: ['感谢', '再见', '结束', '圆满'],
    问答: ['问题', '回答', '提问'],
    提问: ['问题', '回答'],
    休息: ['休息', '茶歇', '回来', '继续'],
    致辞: ['感谢', '欢迎', '荣幸'],
    总结: ['总结', '感谢', '成果'],
  },
  spokenItems: {
    numberWords: NUMBERS,
    patterns: [zh(`第${NUMBER}(?:项|个议题|个议程|号议案)`, 'gu'), zh(`议题${NUMBER}`, 'gu')],
    letterItem: null,
  },
  emptyItems: null,
  briefItem: /开幕|闭幕|致辞|欢迎|议程|茶歇|休息|点名|签到/u,
};
