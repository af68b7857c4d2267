// Every page type's HTML arrives in one round trip: with its response headers, a document over TCP's first
// window (10 packets of 1,460 bytes) costs a whole extra round trip, which Lighthouse's mobile simulation puts
// at about 0.15 s of LCP (issue 21; docs/performance.md). budgets.json holds each page to it, and npm run
// budgets checks the build against budgets.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FIRST_WINDOW = 10 * 1_460;
const HEADERS = 300;
const { pages } = JSON.parse(readFileSync('budgets.json', 'utf8')) as {
  pages: { path: string; html: number }[];
};

describe('the HTML budgets', () => {
  it.each(pages)('let $path arrive in one round trip', ({ html }) => {
    expect(html).toBeLessThanOrEqual(FIRST_WINDOW - HEADERS);
  });
});
