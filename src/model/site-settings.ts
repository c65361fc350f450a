import { z } from 'zod';

/** What the archive and search pages are called when site.json says nothing. */
export const DEFAULT_SITE_TITLE = 'Event recaps';

/**
 * site.json at the store's root, written by the organiser: the name of the published site (a
 * council's or a conference's), shown on the archive home page and the search page.
 */
export const SiteSettings = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, { error: 'is empty' })
    .max(200, { error: 'is longer than 200 characters' })
    .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), { error: 'holds a control character (a line break?)' }),
});
export type SiteSettings = z.infer<typeof SiteSettings>;
