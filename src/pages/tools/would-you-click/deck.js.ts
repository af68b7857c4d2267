import type { APIRoute } from 'astro';
import { getQuizDeck } from '../../../components/quiz/deck';

/**
 * The deck's posts as a JavaScript module, which the quiz imports when play starts (load-deck.ts). Kept out
 * of the pages' HTML, they would otherwise cost a first view an extra round trip on a slow connection.
 */
export const GET: APIRoute = async () =>
  new Response(`export default ${JSON.stringify(await getQuizDeck())};\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
