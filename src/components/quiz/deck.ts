import { getCollection } from 'astro:content';
import type { QuizDeckPost } from '../../lib/quiz/schema';

/** Every post of the deck, in id order, as the island and the page of every post use it. Build time only. */
export async function getQuizDeck(): Promise<QuizDeckPost[]> {
  const entries = await getCollection('quiz');
  return entries
    .map((entry) => ({ id: entry.id, ...entry.data }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
