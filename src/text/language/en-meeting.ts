import { SPOKEN_NUMBER } from './en-items';
import type { EmptyItemWords, MeetingWords } from './language';

/** How English-speaking chairs, moderators and councils run a meeting, as the aligner reads it. */

/**
 * Phrases with which chairs and moderators hand over or move on. Matched in the text of the unit
 * that starts at a candidate boundary (lower case).
 */
const HAND_OVER = [
  /\b(?:move|moving|turn|turning|go|going|get|getting|proceed|proceeding) (?:on |now |right )*(?:on )?(?:to|with|into) (?:the |our )?(?:next|session|item|agenda|question|our|number|public|consent|new|unfinished|old)/,
  /\b(?:move|moving|turn|turning|go|going|proceed|proceeding) (?:on )?now (?:to|with)\b/,
  /\bwe(?:'ll| will| can| shall)? (?:now )?(?:go|move|turn) on (?:now )?(?:to|with)\b/,
  /\bwe(?:'ll| will| can| shall| are going to)? (?:now )?(?:move|turn|proceed|go) (?:now )?(?:to|into)\b/,
  /\bwe(?:'ll| will)? now (?:hear|have|take up|consider)\b/,
  /\bnext (?:session|item|topic|agenda item|speaker|panel|point|order of business|on (?:the|our) agenda|up)\b/,
  /\b(?:give|giving|hand|handing|pass|passing|turn|turning) (?:you |it |things )?(?:the )?(?:floor|over|microphone|mic)\b/,
  /\b(?:welcome|welcoming) (?:you )?(?:back |all )?to (?:the |our |this )?(?:session|panel|forum|meeting|item)/,
  /\blet(?:'s| us) (?:move|turn|start|begin|go|get started|now)\b/,
  /\b(?:that|this|which) (?:concludes|brings us|takes us|closes|moves us)\b/,
  /\b(?:brings|bring) us (?:to|on to|now to)\b/,
  /\b(?:now )?we (?:now )?come to\b/,
  /\bthe floor is yours\b/,
  /\blet(?:'s| us) proceed (?:with|to)\b/,
  /\bup next(?: is| we have)?\b/,
  /\bcall (?:the |this )?(?:meeting |session |hearing )?to order\b/,
  new RegExp(String.raw`\b(?:agenda )?(?:item|docket) (?:number |no\.? )?${SPOKEN_NUMBER}[a-z]?\b`),
  /\bopen (?:the )?(?:floor|session|public hearing|hearing)\b/,
  /\bquestions? (?:and|&) answers?\b/,
  /\b(?:madam|mister|mr\.?|madame) (?:clerk|secretary|chair)\b.{0,30}\b(?:read|call|next)\b/,
  /\b(?:under|on to|onto) (?:item|section|agenda item)\b/,
];

/**
 * Phrases of the minutes before an event starts: waiting, sound checks, a webinar's dial-in
 * details read out (a phone number's digit groups, a meeting id, a passcode).
 */
const PRE_ROLL = /\b(?:start(?:ing)? (?:in|shortly)|(?:begin|get started|start) (?:in (?:a|about|just)|shortly)|few (?:more )?minutes|waiting for|sound check|can you hear (?:me|us)|test(?:ing)?,? (?:one|1)|stream (?:will|is) (?:start|begin)|recording in progress|(?:one|two|a|a few|couple of) (?:or two )?more minutes?|wait (?:for )?(?:one|a|a few|another) (?:more )?minutes?|(?:participants|people|attendees) (?:are )?(?:still )?joining|(?:are you|is everyone|is everybody) connected|(?:webinar|meeting) (?:id|number)|pass ?code|dial(?:ing)? in|press star|\d{3}[ .-]\d{3}[ .-]\d{4})/;

/** An announcement that the event has not started yet: "we will start in a few minutes", "the webinar will begin shortly". */
const START_TO_COME = /\b(?:we(?:'ll| will| are going to|'re going to| shall)|(?:the )?(?:meeting|webinar|event|session|stream|forum|hearing) (?:will|is going to)) (?:start|begin|get started|get going|be starting|be beginning) (?:in (?:a|about|just|another|the next|\d+|one|two|three|five|ten)\b|shortly|momentarily|in a moment)/;

/**
 * Phrases that open the agenda itself: a call to order, a welcome to the meeting by name, a
 * declaration that it is open. (A bare "good afternoon, everyone" is also how a host greets the
 * waiting room, so it is not one.)
 */
const OPENING = /\b(?:call (?:the |this |our )?(?:[\w-]+ ){0,6}?(?:meeting|session|council|hearing|committee|board|commission|assembly|conference|forum)(?: [\w-]+){0,4}? to order|(?:pleasure|honou?r|glad|happy|delighted) to welcome (?:you|everyone|all of you) to|welcome (?:you |everyone |everybody |all )?to (?:the |our |this |today's |tonight's )(?:[\w-]+ ){0,5}?(?:meeting|forum|session|hearing|council|conference|webinar|event|summit|workshop|committee|assembly)|(?:declare|declared) (?:the |this )?(?:[\w-]+ ){0,3}?(?:meeting|session|forum|conference) (?:open|opened))/;

/**
 * What is said before the first session and after the last one, scored like a session's words
 * for the "before" and "after" states (sound checks and waiting; goodbyes once it is closed).
 */
const PRE_ROLL_WORDS = ['minutes', 'shortly', 'wait', 'waiting', 'joining', 'participants', 'connected', 'sound', 'check', 'testing', 'hear', 'microphone', 'mute', 'muted'];
const POST_ROLL_WORDS = ['bye', 'goodbye', 'closed', 'stream', 'later', 'disconnect', 'recording', 'stop'];

/**
 * A chair who reaches an item with nothing under it says so: with the item's own words after a
 * "we have no", "there are no" or a sentence-opening "No" ("we have no proclamations tonight",
 * "there are no zoning appeals", "No reports from staff."), or in general words that end their
 * clause ("we have none", "there is nothing", "no one has signed up", "there are no speakers
 * tonight", "I'll pass"). Such an item
 * took place but has no content: it is reported missing with that evidence, instead of taking
 * minutes of its neighbours. Words that merely contain a "no" ("seeing no objection, the minutes
 * are approved", "it has no fiscal impact", "no other choice than to amend the budget", "I don't
 * see any" after a call for corrections) declare nothing.
 */
const CLAUSE_END = String.raw`(?=\s*(?:[.,;:!?]|$|\s(?:tonight|today|this (?:evening|morning|afternoon|time|week)|at this time)\b))`;
const GENERAL_DECLARATION = new RegExp(
  String.raw`\b(?:(?:we|i) (?:have|got|see|show) (?:none|nothing)${CLAUSE_END}|there (?:are|is|were) (?:none|nothing)${CLAUSE_END}|(?:we|i) (?:don't|do not) have (?:any|anything)${CLAUSE_END}|(?:there are|we have|i have|we've got) no (?:speakers?|speaker cards|cards|one (?:signed up|to speak)|requests? to speak|public speakers|callers)${CLAUSE_END}|(?:there are|we have) no (?:speakers|one) signed up|none (?:tonight|today|this (?:evening|morning|afternoon|time|week))|no ?one (?:has )?signed up|nobody (?:has )?signed up|i(?:'ll| will) pass${CLAUSE_END}|i(?:'ll| will) pass on (?:my|our) (?:comments?|time|turn))`,
);
/**
 * A "no" that heads a declaration, with the words after it up to the end of its clause (a
 * sentence end, a semicolon, "so", "but", "because", "which", "then", or a comma before "and");
 * "No," and "no?" are answers.
 */
const NEGATED_CLAUSE =
  /(?:^|[.?!]\s+|\b(?:we|i) (?:have|see|show|got|do have)\s+|\bwe've got\s+|\bthere (?:are|is|were|will be)\s+)(?:no|not any)\s+(?![,.?!])((?:(?!,\s*and\b|\s(?:so|but|because|which|then)\b)[^.?!;]){1,80})/g;

/**
 * What people say in the generic kinds of agenda item, beyond the item's own title: a person
 * reading "Closing remarks" expects "thank you all", "see you"; "Q&A" expects "question". Keyed
 * by a word of the title (lower case); the values are plain words, stemmed where they are used.
 */
const AGENDA_VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  opening: ['welcome', 'good', 'morning', 'afternoon', 'evening', 'start', 'begin', 'pleasure', 'today', 'introduce'],
  welcome: ['welcome', 'good', 'morning', 'afternoon', 'start', 'begin', 'pleasure', 'today'],
  introduction: ['introduce', 'name', 'role', 'welcome', 'myself', 'hello'],
  closing: ['close', 'thank', 'thanks', 'bye', 'goodbye', 'end', 'conclude', 'wrap', 'next', 'meeting'],
  close: ['thank', 'thanks', 'bye', 'goodbye', 'end', 'conclude', 'wrap'],
  remarks: ['thank', 'thanks'],
  conclusion: ['conclude', 'summary', 'thank', 'next', 'step'],
  questions: ['question', 'answer', 'ask', 'chat', 'floor'],
  answers: ['question', 'answer', 'ask'],
  agenda: ['agenda', 'today', 'plan', 'item'],
  minutes: ['minutes', 'approve', 'objection', 'previous', 'meeting'],
  approval: ['approve', 'objection', 'motion', 'second', 'vote'],
  roll: ['present', 'here', 'clerk', 'call'],
  comment: ['comment', 'public', 'speaker', 'minutes', 'caller'],
  public: ['public', 'comment', 'speaker', 'caller', 'testimony'],
  adjournment: ['adjourn', 'adjourned', 'motion', 'thank'],
  adjourn: ['adjourn', 'adjourned', 'motion'],
  vote: ['vote', 'aye', 'nay', 'motion', 'second', 'favor', 'opposed'],
  budget: ['budget', 'cost', 'price', 'money', 'euro', 'dollar', 'million', 'fund', 'spend'],
  break: ['break', 'coffee', 'lunch', 'resume', 'back'],
  outcome: ['outcome', 'document', 'action', 'summary', 'conclusion'],
  // the procedure of council and committee meetings
  order: ['order', 'call', 'meeting', 'welcome', 'evening', 'morning', 'quorum'],
  call: ['order', 'meeting', 'quorum'],
  invocation: ['pray', 'prayer', 'lord', 'god', 'amen', 'bless', 'father', 'jesus', 'pastor', 'reverend', 'invocation', 'bow'],
  prayer: ['pray', 'prayer', 'lord', 'god', 'amen', 'bless', 'father', 'bow'],
  pledge: ['pledge', 'allegiance', 'flag', 'republic', 'nation', 'indivisible', 'liberty', 'justice', 'stand'],
  allegiance: ['pledge', 'allegiance', 'flag', 'republic', 'nation', 'indivisible', 'liberty', 'justice'],
  hearing: ['hearing', 'public', 'open', 'close', 'closed', 'speak', 'comment', 'oppose', 'favor'],
  hearings: ['hearing', 'public', 'open', 'close', 'closed', 'speak', 'set'],
  comments: ['comment', 'speaker', 'minutes', 'thank', 'address', 'podium'],
  consent: ['consent', 'agenda', 'item', 'motion', 'approve', 'second', 'pull'],
  recognitions: ['recognize', 'recognition', 'honor', 'congratulate', 'proclamation', 'award', 'picture', 'photo'],
  recognition: ['recognize', 'recognition', 'honor', 'congratulate', 'award'],
  proclamation: ['proclaim', 'proclamation', 'whereas', 'declare', 'month', 'day', 'week'],
  nominations: ['nominate', 'nomination', 'appoint', 'board', 'term', 'seat', 'reappoint'],
  appointments: ['appoint', 'appointment', 'board', 'term', 'seat', 'vote'],
  announcements: ['announce', 'announcement', 'event', 'invite', 'encourage'],
  presentations: ['present', 'presentation', 'slide', 'thank'],
  presentation: ['present', 'presentation', 'slide', 'thank'],
  report: ['report', 'committee', 'chair', 'recommend'],
  business: ['motion', 'second', 'vote', 'item', 'resolution', 'ordinance'],
  resolution: ['resolution', 'motion', 'second', 'vote', 'approve'],
  ordinance: ['ordinance', 'introduce', 'introduction', 'read', 'motion', 'vote'],
};

const EMPTY_ITEMS: EmptyItemWords = { general: GENERAL_DECLARATION, negated: NEGATED_CLAUSE, retracted: /^,?\s*but\b/ };

export const ENGLISH_MEETING: Omit<MeetingWords, 'spokenItems'> = {
  handOver: HAND_OVER,
  preRoll: PRE_ROLL,
  startToCome: START_TO_COME,
  opening: OPENING,
  preRollWords: PRE_ROLL_WORDS,
  postRollWords: POST_ROLL_WORDS,
  agendaVocabulary: AGENDA_VOCABULARY,
  emptyItems: EMPTY_ITEMS,
  briefItem: /\b(?:opening|closing|welcome|introductions?|agenda|adjourn(?:ment)?|roll call|minutes|chitchat|break)\b/i,
};
