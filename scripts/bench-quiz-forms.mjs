// npm run bench:forms (also part of npm run bench): the quiz deck's two parallel forms side by side.
//   Counts each form's posts by answer, bait type (the site's own four habits as one group), exemption,
//   platform (overall, among bait and among good posts) and difficulty (among bait and among good posts).
//   The same table is in src/content/quiz/README.md, and a unit test checks that the two agree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';
import { parse } from 'yaml';

export async function quizFormFigures(root = process.cwd()) {
  const load = async (path) => (await runnerImport(join(root, path))).module;
  const { quizPostSchema } = await load('src/lib/quiz/schema.ts');
  const { formBalance, formatBalanceTable } = await load('src/lib/quiz/forms.ts');
  const dir = join(root, 'src/content/quiz');
  const deck = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .map((name) => quizPostSchema.parse(parse(readFileSync(join(dir, name), 'utf8'))));
  const rows = formBalance(deck);
  return { posts: deck.length, rows, table: formatBalanceTable(rows) };
}

export function printQuizFormFigures({ posts, table }) {
  console.log(`\nThe quiz's two forms: ${posts} posts, counted by what they are matched on\n`);
  console.log(table);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  printQuizFormFigures(await quizFormFigures());
