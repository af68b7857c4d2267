// Guides are written with site paths in their Markdown links ("/guides/x/"). Astro 7's Markdown compiler
// runs no remark plugins, so when the site is built under a sub-path (BASE_PATH), this step puts those links
// under the base in the built pages. Every other internal address is built with the base already, by
// src/lib/site/path.ts, and is left as it is.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';

/** `html` with every href="/..." that is not already under `base` put under it. */
export function linksUnderBase(html, base) {
  if (base === '/') return html;
  return html.replace(/(\shref=")(\/(?!\/)[^"]*)"/g, (whole, start, path) =>
    path.startsWith(base) ? whole : `${start}${base}${path.slice(1)}"`,
  );
}

/** The site's base path from Astro's config, with one slash each side: "/" or "/real-reach/". */
export const basePathOf = (config) => `/${config.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export function baseLinksIntegration() {
  let base = '/';
  return {
    name: 'real-reach-base-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePathOf(config);
      },
      'astro:build:done': async ({ dir }) => {
        if (base === '/') return;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const moved = linksUnderBase(html, base);
          if (moved !== html) await writeFile(file, moved);
        }
      },
    },
  };
}
