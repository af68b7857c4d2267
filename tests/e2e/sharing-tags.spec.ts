import { expect, test } from '@playwright/test';
import { sitemapPaths } from './helpers';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every page has its sharing tags and a 1200x630 card image', async ({ page, request }) => {
  // One page after another, with every tool hydrated: longer than the default 30 s on two cores.
  test.setTimeout(120_000);
  const paths = await sitemapPaths(request);
  for (const path of paths) {
    await page.goto(path);
    const head = page.locator('head');
    const content = (selector: string) => head.locator(selector).first().getAttribute('content');
    const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname, path).toBe(path);
    expect((await content('meta[name="description"]'))!.length, path).toBeGreaterThan(40);
    expect(await content('meta[property="og:title"]'), path).toBeTruthy();
    expect(await content('meta[property="og:description"]'), path).toBeTruthy();
    expect(await content('meta[property="og:url"]'), path).toBe(canonical);
    expect(await content('meta[name="twitter:card"]'), path).toBe('summary_large_image');
    const image = await content('meta[property="og:image"]');
    expect(await content('meta[name="twitter:image"]'), path).toBe(image);

    const card = await request.get(new URL(image!).pathname);
    expect(card.status(), image!).toBe(200);
    expect(card.headers()['content-type']).toContain('image/png');
    expect(pngSize(await card.body()), image!).toEqual({ width: 1200, height: 630 });

    const jsonLd = JSON.parse((await head.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@context'], path).toBe('https://schema.org');
    if (/^\/guides\/[^/]+\/$/.test(path)) {
      expect(jsonLd['@type'], path).toBe('Article');
      expect(jsonLd.headline).toBe(await content('meta[property="og:title"]'));
      expect(jsonLd.image).toEqual([image]);
      expect(await content('meta[property="og:type"]'), path).toBe('article');
    }
  }
});

test('the RSS feed lists every guide with its title and link', async ({ page, request }) => {
  await page.goto('/guides/');
  const guides = await page.locator('main article h2 a').evaluateAll((links) =>
    links.map((link) => ({
      title: link.textContent!.trim(),
      path: new URL((link as HTMLAnchorElement).href).pathname,
    })),
  );
  expect(guides.length).toBeGreaterThanOrEqual(5);
  const feed = await request.get('/rss.xml');
  expect(feed.headers()['content-type']).toContain('xml');
  const xml = await feed.text();
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => ({
    title: /<title>([\s\S]*?)<\/title>/
      .exec(match[1]!)![1]!
      .replace(/&amp;/g, '&')
      .replace(/&apos;|&#39;/g, "'"),
    path: new URL(/<link>([\s\S]*?)<\/link>/.exec(match[1]!)![1]!).pathname,
  }));
  expect(items).toEqual(expect.arrayContaining(guides));
  expect(items).toHaveLength(guides.length);
});
