// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { reportEndpoint } from './src/integrations/csp-placement.mjs';
import { cspIntegration } from './src/integrations/csp.mjs';
import { baseLinksIntegration } from './src/integrations/base-links.mjs';
import { islandScriptsIntegration } from './src/integrations/island-scripts.mjs';
import { paintedDirective } from './src/integrations/painted.mjs';

// The theme (and whether scripts run) must be known before first paint, so this one script is inlined in <head> as written.
// Its hash lets the Content Security Policy allow it without 'unsafe-inline'.
const headInit = readFileSync(new URL('./src/scripts/head-init.js', import.meta.url), 'utf8');
const headInitHash = `sha256-${createHash('sha256').update(headInit).digest('base64')}`;

// Off unless a deployer sets CSP_REPORT_URI; a bad address fails here, before anything is built.
const cspReports = reportEndpoint(process.env['CSP_REPORT_URI']);

// Where the site is served: SITE_URL is its origin (for canonical and card addresses), BASE_PATH a sub-path
// such as /real-reach/ when it is not at the root. Every internal address goes through src/lib/site/path.ts.
const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://realreach.example',
  base,
  // OUT_DIR lets the sub-path build (npm run test:subpath) sit beside the ordinary one.
  outDir: process.env['OUT_DIR'] ?? 'dist',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    preact(),
    paintedDirective(),
    sitemap({ filter: (page) => !page.includes('/404') }),
    islandScriptsIntegration(),
    cspIntegration(),
    baseLinksIntegration(),
  ],
  markdown: { syntaxHighlight: 'prism' },
  // Four pages at a time: social cards render off the main thread, so a 2-core machine builds 1,000 guides
  // about a fifth faster (npm run bench:scale).
  build: { inlineStylesheets: 'always', concurrency: 4 },
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
        // report-to works in a <meta> policy (report-uri does not); its endpoint is a header in _headers.
        ...(cspReports ? [/** @type {const} */ ('report-to csp')] : []),
      ],
      scriptDirective: {
        hashes: [/** @type {`sha256-${string}`} */ (headInitHash)],
      },
    },
  },
});
