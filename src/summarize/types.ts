/** A sentence a summary may pick: its text and where it was said (ms from the recording's start). */
export interface SummarySentence {
  text: string;
  recording: string;
  startMs: number;
  sessionId?: string;
  speaker?: string | null;
}

/**
 * How an event summary covers one session: its words, the summary's sentences from it, and when
 * it has none, why: `no-content` (no sentence that says something: session-content.ts) or `cap`
 * (the word cap was spent on longer sessions).
 */
export interface SessionCoverage {
  id: string;
  words: number;
  sentences: number;
  omitted?: 'no-content' | 'cap';
}

export interface Summary {
  generator: string;
  /** words in the chosen sentences (word-count.ts: the segmenter's where words are not spaced) */
  words: number;
  sentences: Array<{ text: string; recording: string; startMs: number }>;
  keyphrases: string[];
  /** an event summary's coverage of each session, in agenda order */
  sessions?: SessionCoverage[];
}

export const SUMMARIZE_GENERATOR = 'summarize@3';
