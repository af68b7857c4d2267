import type { APIContext } from 'astro';
import { sitePath } from '../lib/site/path';

export function GET({ site, url }: APIContext) {
  const sitemap = new URL(sitePath('/sitemap-index.xml'), site ?? url.origin);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
