/**
 * What people say in the generic kinds of agenda item, beyond the item's own title: a person
 * reading "Closing remarks" expects "thank you all", "see you"; "Q&A" expects "question". Keyed
 * by a word of the title (lower case); the values are plain words, stemmed where they are used.
 */
export const AGENDA_VOCABULARY: Readonly<Record<string, readonly string[]>> = {
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
};
