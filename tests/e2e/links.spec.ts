import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtFileFor, builtPages } from './helpers';

const dist = join(process.cwd(), 'dist');

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

test('no internal link, image or anchor in dist/ is broken', () => {
  const site = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').match(/<loc>(https?:\/\/[^/<]+)/)![1]!;
  const files = builtPages(dist);
  expect(files.length).toBeGreaterThanOrEqual(10);
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const pagePath = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    // Links and images, plus the absolute addresses in <meta content> (canonical page, card image).
    const targets = [
      ...html.matchAll(/\s(?:href|src)="([^"]+)"/g),
      ...html.matchAll(/\scontent="(https?:\/\/[^"]+)"/g),
    ].map((match) => match[1]!.replace(/&amp;/g, '&'));
    for (const target of targets) {
      const internal = target.startsWith('/') || target.startsWith('#') || target.startsWith(site);
      if (!internal || target.startsWith('//')) continue;
      const url = new URL(
        target.startsWith(site) ? target.slice(site.length) || '/' : target,
        `http://site${pagePath}`,
      );
      checked++;
      const targetFile = builtFileFor(dist, url.pathname);
      if (!targetFile) {
        broken.push(`${pagePath} -> ${target}`);
        continue;
      }
      if (url.hash && targetFile.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsIn(readFileSync(targetFile, 'utf8')).has(id))
          broken.push(`${pagePath} -> ${target} (no such anchor)`);
      }
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
