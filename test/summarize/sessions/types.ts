/**
 * A session written for the per-language summary tests: what was said in order, the sentences of
 * it that only run the meeting (greetings, thanks, votes, handing the floor on), and words of its
 * topic, one of which a keyphrase must hold.
 */
export interface LanguageSession {
  tag: string;
  sentences: readonly string[];
  procedure: readonly string[];
  topic: readonly string[];
}
