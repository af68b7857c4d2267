import { z } from 'astro/zod';

const year = new Date().getFullYear();

export const sourceSchema = z.strictObject({
  title: z.string().trim().min(3, 'A source needs its full title'),
  publisher: z.string().trim().min(2, 'A source needs the organisation or journal that published it'),
  year: z
    .number()
    .int('A source year is a whole number, like 2018')
    .min(1900, 'A source year must be 1900 or later')
    .max(year + 1, `A source year cannot be later than ${year + 1}`),
  url: z.url({ protocol: /^https?$/, error: 'A source URL must be a full http(s) address' }),
});

/** Front matter of one guide. Strict: an unknown or misspelled field fails the build. */
export const guideSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(10, 'Title must be at least 10 characters')
      .max(80, 'Title must be 80 characters or fewer'),
    description: z
      .string()
      .trim()
      .min(50, 'Description must be at least 50 characters')
      .max(
        160,
        'Description must be 160 characters or fewer (it is shown in search results and link previews)',
      ),
    cardLine: z
      .string()
      .trim()
      .min(10, 'cardLine must be at least 10 characters')
      .max(90, 'cardLine must be 90 characters or fewer (it is printed on the social card image)'),
    published: z.coerce.date({ error: 'published must be a date like 2026-11-25' }),
    updated: z.coerce.date({ error: 'updated must be a date like 2026-11-25' }).optional(),
    order: z.number().int('order is a whole number').positive('order starts at 1'),
    tags: z
      .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Tags are lowercase words joined by hyphens'))
      .min(1, 'Give at least one tag')
      .max(6, 'Give at most six tags'),
    draft: z.boolean().default(false),
    sources: z.array(sourceSchema).min(1, 'Every guide cites at least one source'),
  })
  .refine((guide) => !guide.updated || guide.updated >= guide.published, {
    message: 'updated cannot be earlier than published',
    path: ['updated'],
  });

export type GuideData = z.output<typeof guideSchema>;
export type Source = z.output<typeof sourceSchema>;
