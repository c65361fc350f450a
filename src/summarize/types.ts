/** A sentence a summary may pick: its text and where it was said (ms from the recording's start). */
export interface SummarySentence {
  text: string;
  recording: string;
  startMs: number;
  sessionId?: string;
  speaker?: string | null;
}

export interface Summary {
  generator: string;
  /** whitespace words in the chosen sentences */
  words: number;
  sentences: Array<{ text: string; recording: string; startMs: number }>;
  keyphrases: string[];
}

export const SUMMARIZE_GENERATOR = 'summarize@1';
