// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// The theme must be set before first paint, so this one script is inlined in <head> as written.
// Its hash lets the Content Security Policy allow it without 'unsafe-inline'.
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://realreach.example',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes('/404') })],
  markdown: { syntaxHighlight: 'prism' },
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        hashes: [/** @type {`sha256-${string}`} */ (themeInitHash)],
      },
    },
  },
});
