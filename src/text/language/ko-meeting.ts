import type { MeetingWords } from './language';
import { phraseStart, sinoNumbers } from './meeting-patterns';

/**
 * How Korean chairs and moderators run a meeting, as the aligner reads it. Korean writes particles
 * and endings onto words ("안건으로", "넘어가겠습니다"), so most patterns are bounded only before.
 */

const NUMBERS = sinoNumbers(['', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'], '십');
const NUMBER = '([0-9]{1,3}|[일이삼사오육칠팔구십]{1,3})';
const BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}])`;

const HAND_OVER = [
  // "다음으로", "이어서" open a chair's sentence; inside one they only list points ("셋째, 다음으로 예산...")
  new RegExp(String.raw`(?:^|[.?!]\s+)(?:그럼 |그러면 |자,? |그러면 이제 )?(?:다음으로|이어서|이어서는|계속해서)(?=[\s,])`, 'u'),
  phraseStart('다음 (?:안건|순서|발표|발표자|연사|세션|의제|토론자|차례|의사일정|분)'),
  phraseStart('(?:안건|순서|세션|의제|질의응답|토론|표결|의사일정|발표)(?:으로|로) (?:넘어가|들어가|이어가)'),
  phraseStart('발언(?:권)?을 (?:드리겠|드립니다|드리도록|주시기|허가)'),
  phraseStart('모시겠습니다|모시도록 하겠습니다'),
  // a particle, written onto the name before it ("교수님께서")
  /께서 (?:발표|말씀|발언)(?:해|하여) 주시겠습니다/u,
  phraseStart('이상으로 [^.?!]{0,30}?(?:마치겠|마치도록|마칩니다)'),
  new RegExp(`${BEFORE}의사일정 제${NUMBER}항`, 'u'),
];

const PRE_ROLL = phraseStart('잠시만 기다려|기다려 주십시오|기다려 주시기|마이크 테스트|들리(?:시나요|십니까|세요|나요)|회의 id|음소거|(?:회의|입장) 암호|잠시 후(?:에)? 시작');

const START_TO_COME = phraseStart('잠시 후(?:에)? (?:\\S+ ){0,2}?(?:시작|개회|개의|진행|재개)|(?:몇|[0-9]+|오|십) ?분 (?:후|뒤)(?:에)? (?:시작|개회|재개)|곧 (?:시작|개회|재개)');

const OPENING = phraseStart('개회를 (?:선언|선포)|개(?:회|의)하겠습니다|개(?:회|의)합니다|(?:회의|회|총회|포럼|위원회|세미나|본회의)를 (?:시작|개최|개회|개의)하겠습니다');

export const KOREAN_MEETING: MeetingWords = {
  handOver: HAND_OVER,
  preRoll: PRE_ROLL,
  startToCome: START_TO_COME,
  opening: OPENING,
  preRollWords: ['잠시', '기다려', '시작', '마이크', '테스트', '음소거', '들리시나요'],
  postRollWords: ['폐회', '감사합니다', '종료', '방송', '녹화', '안녕히'],
  agendaVocabulary: {
    개회: ['환영', '감사', '개회', '인사'],
    개회식: ['환영', '감사', '개회', '인사'],
    개회사: ['환영', '감사', '개회', '인사'],
    폐회: ['감사', '폐회', '마치겠습니다'],
    폐회식: ['감사', '폐회', '마치겠습니다'],
    질의응답: ['질문', '답변', '질의'],
    휴식: ['휴식', '재개', '커피'],
    인사말: ['감사', '환영', '인사'],
  },
  spokenItems: {
    numberWords: NUMBERS,
    patterns: [new RegExp(`${BEFORE}제${NUMBER}(?:항|호)`, 'gu'), new RegExp(`${BEFORE}안건 ${NUMBER}번`, 'gu'), new RegExp(`${BEFORE}${NUMBER}번 안건`, 'gu')],
    letterItem: null,
  },
  emptyItems: null,
  briefItem: /개회|폐회|개의|산회|인사|의사일정|휴식|정회|출석/u,
};

