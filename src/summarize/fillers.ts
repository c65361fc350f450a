/**
 * Sentences that carry no content however central their words look: greetings, thanks,
 * technical checks, back-channel. Matched on the lower-cased sentence.
 */
const FILLER = [
  /^(?:thank you|thanks)(?: (?:very|so) much)?(?: (?:all|everyone|everybody|again|for (?:that|this|your \w+)))?[.!]?$/,
  /\bcan you (?:hear|see) (?:me|us)\b/,
  /\byou(?:'re| are) (?:on )?mute/,
  /^(?:okay|ok|yes|yeah|no|right|sure|good|great|alright|all right|mm-?hmm|uh-?huh|um|uh|so)\b[\s\w,]{0,12}[.!?]?$/,
  /^(?:good (?:morning|afternoon|evening))[\s\w,]{0,25}[.!]?$/,
];

export function isFiller(sentence: string): boolean {
  const s = sentence.toLowerCase().trim();
  return FILLER.some((re) => re.test(s));
}
