import type { APIContext } from 'astro';

export function GET({ site, url }: APIContext) {
  const sitemap = new URL('/sitemap-index.xml', site ?? url.origin);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
