import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quizPostId, quizPostSchema } from '../../../src/lib/quiz/schema';

export const DECK_DIR = join(process.cwd(), 'src/content/quiz');

/** The deck's YAML files, the way the collection's glob loader finds them. */
export function deckFiles(): string[] {
  return readdirSync(DECK_DIR).filter((name) => name.endsWith('.yaml') && !name.startsWith('_'));
}

/** Every post of the deck, read and checked the way the collection reads and checks them. */
export function readDeck() {
  return deckFiles().map((name) => ({
    id: quizPostId(name),
    ...quizPostSchema.parse(parse(readFileSync(join(DECK_DIR, name), 'utf8'))),
  }));
}
