import type { SummaryWords } from './types';

/**
 * English. Council, committee and board meetings (the ../shared council captions, QMSum's
 * parliamentary committees) spend many sentences on running the meeting, in the same words
 * whatever the agenda: "is there a motion", "all in favor, please indicate", "motion carries",
 * "the roll". Each class below is a kind of meeting business, not words of one meeting.
 */
export const ENGLISH_SUMMARY_WORDS: SummaryWords = {
  procedure: [
    // motions and votes (Robert's Rules and its local variants)
    'motion', 'motions', 'move', 'moved', 'moves', 'second', 'seconded', 'seconds', 'favor', 'favour', 'aye', 'ayes',
    'nay', 'nays', 'opposed', 'oppose', 'abstain', 'abstains', 'abstention', 'abstentions', 'vote', 'votes', 'voted',
    'voting', 'carries', 'carried', 'passes', 'approve', 'approves', 'approved', 'approval', 'unanimous', 'unanimously',
    'indicate', 'signify', 'roll', 'quorum', 'consent', 'objection', 'objections',
    // the order of business: items, minutes, opening and closing the meeting
    'agenda', 'item', 'items', 'adjourn', 'adjourned', 'adjournment', 'recess', 'minutes', 'meeting', 'meetings',
    'session', 'sessions', 'floor', 'chair', 'clerk', 'recognize', 'recognized',
    // courtesy and turn-taking
    'thank', 'thanks', 'thanked', 'please', 'welcome', 'welcomed', 'pleasure', 'appreciate', 'morning', 'afternoon',
    'evening', 'microphone', 'mic', 'mute', 'unmute',
  ],
  titles: [
    'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'mister', 'madam', 'madame', 'sir', 'dame', 'lord', 'lady',
    'councilman', 'councilwoman', 'councilmember', 'councillor', 'councilor', 'alderman', 'alderwoman',
    'commissioner', 'chairman', 'chairwoman', 'chairperson', 'chair', 'mayor', 'president', 'senator',
    'representative', 'delegate', 'governor', 'minister', 'secretary', 'judge', 'justice', 'honorable',
    'honourable', 'reverend', 'pastor', 'chaplain', 'professor', 'doctor',
    // relations said before a name the same way ("my colleague Bilel Jamoussi")
    'colleague', 'colleagues', 'friend', 'friends',
  ],
  honorifics: ['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'mister', 'madam', 'madame', 'sir'],
  titlePairs: [
    ['council', 'member'], ['council', 'members'], ['board', 'member'], ['committee', 'member'], ['vice', 'chair'],
    ['vice', 'president'], ['vice', 'mayor'], ['city', 'manager'], ['city', 'attorney'], ['city', 'clerk'],
  ],
  procedurePatterns: [
    /\b(?:all|those) (?:those )?in favou?r\b/,
    /\bplease (?:indicate|signify|say aye|raise)/,
    /\b(?:is there|do i have|i have|we have|i'?ll take|hear) an? (?:motion|second)\b/,
    /\b(?:motion|second(?:ed)?) (?:from|by)\b/,
    /\b(?:the )?motion (?:carries|passes|fails|is (?:approved|carried|adopted))\b/,
    /\bso moved\b|^(?:i )?move (?:to )?approv/,
    /\b(?:any|all) (?:opposed|oppose|abstentions?|nays?)\b/,
    /\b(?:the )?ayes have it\b/,
    /\b(?:roll call|call the roll|quorum)\b/,
    /\b(?:call (?:this|the) (?:meeting|session) to order|(?:meeting|we) (?:is|are|stand) adjourned|motion to adjourn)\b/,
    // greeting the room
    /^(?:(?:and )?good (?:morning|afternoon|evening)|hello|hi|welcome)\b/,
    // handing the floor on: who speaks next, not what is said
    /\b(?:give|pass|hand) (?:you )?(?:the floor|over)\b|\bi(?:'d| would) like to (?:invite|introduce|call (?:on|upon))\b|\b(?:we )?now move (?:on )?to\b/,
  ],
  fillerPatterns: [
    /^(?:thank you|thanks)(?: (?:very|so) much)?(?: (?:all|everyone|everybody|again|for (?:that|this|your \w+)))?[.!]?$/,
    /\bcan you (?:hear|see) (?:me|us)\b/,
    /\byou(?:'re| are) (?:on )?mute/,
    /^(?:okay|ok|yes|yeah|no|right|sure|good|great|alright|all right|mm-?hmm|uh-?huh|um|uh|so)\b[\s\w,]{0,12}[.!?]?$/,
    /^(?:good (?:morning|afternoon|evening))[\s\w,]{0,25}[.!]?$/,
  ],
  generic:
    'thank thanks good great first second third today question questions session work people time year point minute meeting everyone ' +
    'welcome afternoon morning floor start next last new important lot part number fact day week side end case place idea example ' +
    'terms stuff couple opportunity comment answer help look reason sense area areas job story problem issue member members ' +
    // dates say when, not what
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday tonight yesterday tomorrow ' +
    // the body and its instruments, named in every one of its meetings
    'council committee board resolution ordinance department staff team',
  // spoken numbers (they say how many or which, as digits do: "zero zero", "last three months") and
  // modifiers of degree or judgement, which name no kind of thing ("little tool", "whole thing")
  notInPhrases: (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion half ' +
    'little big good great nice bad different various certain other same whole entire own particular several few many ' +
    'much huge important real actual sure quick'
  ).split(' '),
  minKeyLength: 4,
};
