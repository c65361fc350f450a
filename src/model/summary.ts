import { z } from 'zod';

/**
 * summary.json of an event or a session: whole sentences picked from what was said, in time
 * order, each with its recording and start (ms from the recording's 00:00:00) so a reader can
 * jump to it; plus keyphrases.
 */
export const SummaryFile = z
  .object({
    generator: z.string(),
    /** words in the sentences (whitespace words; the segmenter's where the language does not space its words); never more than the budget */
    words: z.number().int().nonnegative(),
    /** the budget the summary was made for */
    maxWords: z.number().int().positive(),
    sentences: z.array(z.object({ text: z.string(), recording: z.string(), startMs: z.number().int() }).strict()),
    keyphrases: z.array(z.string()),
    /**
     * the event summary only: each session of the agenda with a transcript, its words, how many
     * of the sentences are its, and when none, why ("no-content": nothing long enough to say
     * something; "cap": the word cap was spent on longer sessions)
     */
    sessions: z
      .array(
        z
          .object({
            id: z.string(),
            words: z.number().int().nonnegative(),
            sentences: z.number().int().nonnegative(),
            omitted: z.enum(['no-content', 'cap']).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();
export type SummaryFile = z.infer<typeof SummaryFile>;
