import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guides/schema';
import { quizPostId, quizPostSchema } from './lib/quiz/schema';

const guides = defineCollection({
  loader: glob({ base: './src/content/guides', pattern: '**/[^_]*.mdx' }),
  schema: guideSchema,
});

const quiz = defineCollection({
  loader: glob({
    base: './src/content/quiz',
    pattern: '[^_]*.yaml',
    generateId: ({ entry }) => quizPostId(entry),
  }),
  schema: quizPostSchema,
});

export const collections = { guides, quiz };
