import type { Platform } from '../platforms';
import { META_NAMED, type ExemptionId, type FailureId, type Pick as Answer } from './labels';

/**
 * The deck's two parallel forms. A reader plays one, and a week later retests on the other, so the retest
 * measures what she learned rather than what she remembers. Browser-safe: the island imports `QuizForm`.
 */
export const FORMS = ['a', 'b'] as const;
export type QuizForm = (typeof FORMS)[number];

/**
 * How hard a post is to call, by one written rule (also in src/content/quiz/README.md):
 * - subtle: the deciding signal is hidden. A bait post that also carries real, useful detail (a price, a
 *   date, a tip) or asks in a soft voice; a good post that asks readers for action (an exemption: help,
 *   fundraising, recommendations) or looks like a promotion.
 * - plain: the deciding signal is plain in the first lines.
 */
export const DIFFICULTIES = ['plain', 'subtle'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

// This site's own names for habits that fail the test (every failure Meta does not name, labels.ts) are
// matched as one group, two a form: there are too few of each to split them one by one.
export const SITE_HABITS_GROUP = "the site's own habits";

/** What the forms are matched on, as a post of the deck carries it. */
export interface FormPost {
  form: QuizForm;
  answer: Answer;
  platform: Platform;
  difficulty: Difficulty;
  failures: readonly FailureId[];
  exemption?: ExemptionId | undefined;
}

/** One line of the balance table: how many posts of each form have `value` of `measure`. */
export interface FormBalanceRow {
  measure: string;
  value: string;
  count: Record<QuizForm, number>;
}

/** A bait post's type for matching: its first failure, with the site's own habits as one group. */
export function baitType(post: { failures: readonly FailureId[] }): string {
  const first = post.failures[0];
  return first === undefined ? 'none' : META_NAMED.includes(first) ? first : SITE_HABITS_GROUP;
}

const bait = (post: FormPost) => post.answer === 'scroll';
const good = (post: FormPost) => post.answer === 'click';

// Each measure counts the posts it applies to; platform and difficulty are matched within bait and within
// good posts too, so neither form is the one with the subtle bait or the Facebook good posts.
const MEASURES: readonly [string, (post: FormPost) => string | undefined][] = [
  ['posts', () => 'all'],
  ['answer', (post) => post.answer],
  ['bait type', (post) => (bait(post) ? baitType(post) : undefined)],
  ['exemption', (post) => (good(post) ? (post.exemption ?? 'none') : undefined)],
  ['platform', (post) => post.platform],
  ['platform, bait', (post) => (bait(post) ? post.platform : undefined)],
  ['platform, good', (post) => (good(post) ? post.platform : undefined)],
  ['difficulty, bait', (post) => (bait(post) ? post.difficulty : undefined)],
  ['difficulty, good', (post) => (good(post) ? post.difficulty : undefined)],
];

/** The two forms side by side on every measure they are matched on. */
export function formBalance(posts: readonly FormPost[]): FormBalanceRow[] {
  return MEASURES.flatMap(([measure, valueOf]) => {
    const rows = new Map<string, FormBalanceRow>();
    for (const post of posts) {
      const value = valueOf(post);
      if (value === undefined) continue;
      const row = rows.get(value) ?? { measure, value, count: { a: 0, b: 0 } };
      row.count[post.form]++;
      rows.set(value, row);
    }
    return [...rows.values()].sort((x, y) => (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
  });
}

/** The balance table in Markdown, as `npm run bench` prints it and the deck's README shows it. */
export function formatBalanceTable(rows: readonly FormBalanceRow[]): string {
  const lines = [
    ['measure', 'value', 'form A', 'form B'],
    ...rows.map((row) => [row.measure, row.value, String(row.count.a), String(row.count.b)]),
  ];
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const format = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    format(lines[0]!),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...lines.slice(1).map(format),
  ].join('\n');
}

/** The form a retest uses: the one not played last. */
export function otherForm(form: QuizForm): QuizForm {
  return form === 'a' ? 'b' : 'a';
}
