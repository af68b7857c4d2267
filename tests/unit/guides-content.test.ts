import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countWords } from '../../src/lib/guides/reading-time';
import { guideSchema } from '../../src/lib/guides/schema';

const dir = join(process.cwd(), 'src/content/guides');
const guides = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    return { name, slug: name.replace(/\.mdx$/, ''), data: guideSchema.parse(parse(frontMatter)), body };
  });

describe('the published guides', () => {
  it('are at least five', () => {
    expect(guides.filter((guide) => !guide.data.draft).length).toBeGreaterThanOrEqual(5);
  });

  it('have distinct reading orders and titles', () => {
    expect(new Set(guides.map((g) => g.data.order)).size).toBe(guides.length);
    expect(new Set(guides.map((g) => g.data.title)).size).toBe(guides.length);
  });

  describe.each(guides)('$slug', ({ data, body }) => {
    it('runs 900 to 1,600 words', () => {
      const words = countWords(body);
      expect(words).toBeGreaterThanOrEqual(900);
      expect(words).toBeLessThanOrEqual(1600);
    });

    it('cites only sources in its list, and cites every one of them', () => {
      const cited = new Set([...body.matchAll(/\]\(#source-(\d+)\)/g)].map((match) => Number(match[1])));
      const listed = data.sources.map((_, index) => index + 1);
      expect([...cited].sort((a, b) => a - b)).toEqual(listed);
    });

    it('links only to guides that exist', () => {
      const linked = [...body.matchAll(/\]\(\/guides\/([^/)]+)\/?[^)]*\)/g)].map((match) => match[1]);
      for (const slug of linked) expect(guides.map((g) => g.slug)).toContain(slug);
    });

    it('starts sections at level two, since the page title is the only h1', () => {
      expect(body).not.toMatch(/^# /m);
      expect(body).toMatch(/^## /m);
    });
  });
});
