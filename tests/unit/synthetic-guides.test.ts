import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { syntheticGuides, writeSyntheticGuides } from '../fixtures/synthetic-guides.mjs';
import { countWords } from '../../src/lib/guides/reading-time';
import { guideSchema } from '../../src/lib/guides/schema';

function split(text: string) {
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { frontMatter, body };
}

const COUNT = 1000;
const guides = syntheticGuides(COUNT).map((guide) => {
  const { frontMatter, body } = split(guide.text);
  return { ...guide, frontMatter, body };
});
const parsed = guides.map((guide) => guideSchema.safeParse(parse(guide.frontMatter)));

describe('synthetic guides', () => {
  it('makes as many guides as asked', () => {
    expect(syntheticGuides(10)).toHaveLength(10);
    expect(guides).toHaveLength(COUNT);
  });

  it('gives every guide front matter that passes the real guide schema', () => {
    const failures = parsed.flatMap((result, index) =>
      result.success ? [] : [`${guides[index]?.slug}: ${result.error.message}`],
    );
    expect(failures).toEqual([]);
  });

  it('makes the same guides every time', () => {
    expect(syntheticGuides(COUNT)).toEqual(syntheticGuides(COUNT));
  });

  it('keeps a guide the same whatever the size of the set, bar the guide it links to', () => {
    const withoutGuideLinks = (text: string) => text.replace(/\]\(\/guides\/[^)]*\)/g, '](/guides/x/)');
    expect(withoutGuideLinks(syntheticGuides(10)[4]!.text)).toBe(withoutGuideLinks(guides[4]!.text));
  });

  it('gives every guide its own slug, file name, title and reading order', () => {
    expect(new Set(guides.map((guide) => guide.slug)).size).toBe(COUNT);
    expect(new Set(guides.map((guide) => guide.fileName)).size).toBe(COUNT);
    const data = parsed.flatMap((result) => (result.success ? [result.data] : []));
    expect(new Set(data.map((guide) => guide.title)).size).toBe(COUNT);
    expect(new Set(data.map((guide) => guide.order)).size).toBe(COUNT);
  });

  it('names every guide as synthetic and files it under its slug', () => {
    for (const guide of guides) {
      expect(guide.slug).toMatch(/^synthetic-guide-\d{4}$/);
      expect(guide.fileName).toBe(`${guide.slug}.mdx`);
      expect(guide.frontMatter).toMatch(/^title: "Synthetic guide \d{4}: /);
    }
  });

  it('writes bodies of 900 to 1,600 words, as the real guides must be', () => {
    const words = guides.map((guide) => countWords(guide.body));
    expect(Math.min(...words)).toBeGreaterThanOrEqual(900);
    expect(Math.max(...words)).toBeLessThanOrEqual(1600);
  });

  it('cites every listed source and no other', () => {
    guides.forEach((guide, index) => {
      const cited = new Set(
        [...guide.body.matchAll(/\]\(#source-(\d+)\)/g)].map((match) => Number(match[1])),
      );
      const listed = parsed[index]?.data?.sources.map((_, k) => k + 1);
      expect([...cited].sort((a, b) => a - b)).toEqual(listed);
    });
  });

  it('links each guide to another guide of the set', () => {
    const slugs = new Set(guides.map((guide) => guide.slug));
    for (const guide of guides) {
      const linked = [...guide.body.matchAll(/\]\(\/guides\/([^/)]+)\/\)/g)].map((match) => match[1]);
      expect(linked).toHaveLength(1);
      expect(linked[0]).not.toBe(guide.slug);
      expect(slugs).toContain(linked[0]);
    }
  });

  it('starts sections at level two and has lists and subsections, like the real guides', () => {
    for (const { body } of guides) {
      expect(body).not.toMatch(/^# /m);
      expect(body.match(/^## /gm)?.length).toBeGreaterThanOrEqual(5);
      expect(body).toMatch(/^### /m);
      expect(body).toMatch(/^- /m);
      expect(body).toMatch(/^1\. /m);
    }
  });

  it('writes one MDX file per guide into the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-guides-'));
    try {
      const written = writeSyntheticGuides(dir, 12);
      expect(readdirSync(dir).sort()).toEqual(written.map((guide) => guide.fileName).sort());
      expect(readFileSync(join(dir, written[0]!.fileName), 'utf8')).toBe(written[0]!.text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
