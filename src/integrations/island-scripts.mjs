// Astro writes its island runtime (the <astro-island> element, 4.4 KB) inline into every page with a tool, and
// the page's own scripts (theme-toggle.ts; on a guide, guide-links.ts) inline into every page. On a page with a
// tool this build step moves them to files that such pages share: the browser keeps them between pages, and the
// page is about 2 KB of gzip lighter. That keeps a guide with a tool inside TCP's first window of 14.6 KB, so it arrives in one
// round trip (docs/performance.md). They are asked for only after the first paint, as the islands' own code is
// (client:painted). A page without a tool keeps its inline scripts and loads no script file.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePathOf } from './base-links.mjs';
import { htmlFiles } from './html-files.mjs';

const INLINE_CLASSIC = /<script>([\s\S]*?)<\/script>/g;
const DEFINES_ISLAND = 'customElements.define("astro-island"';
const INLINE_MODULE = /<script type="module">([\s\S]*?)<\/script>/g;

const fileFor = (name, content) => ({
  name: `${name}.${createHash('sha256').update(content).digest('base64url').slice(0, 10)}.js`,
  content,
});

/**
 * The page with Astro's inline island runtime and its inline module scripts moved to files under `base`_astro/,
 * and the files to write; a page without islands is left as it is. In the runtime's place, one small inline
 * script asks for them once the first contentful paint is on screen: asked for earlier, even at low priority,
 * Lighthouse counts them as needed for the largest paint (0.94 s against 0.69 s). Run as modules, the runtime
 * defines <astro-island> and every island in the page starts then (client:painted waits for the same paint).
 */
export function islandScriptsOut(html, base = '/') {
  const runtime = [...html.matchAll(INLINE_CLASSIC)].find(([, body]) => body.includes(DEFINES_ISLAND));
  if (!runtime) return { html, files: [] };
  const files = [fileFor('island-runtime', runtime[1])];
  const withoutModules = html.replace(INLINE_MODULE, (_, body) => {
    files.push(fileFor('page-script', body));
    return '';
  });
  const sources = JSON.stringify(files.map((file) => `${base}_astro/${file.name}`));
  // Once the first contentful paint is on screen (or after 3 s, should the browser never say so).
  const loader =
    `<script>{let d=0,g=()=>d||(d=1,${sources}.forEach(src=>document.head.append(Object.assign(document.createElement("script"),{type:"module",src}))));` +
    `try{new PerformanceObserver((l,o)=>{l.getEntriesByName("first-contentful-paint").length&&(o.disconnect(),setTimeout(g))}).observe({type:"paint",buffered:!0})}catch{}setTimeout(g,3e3)}</script>`;
  return { html: withoutModules.replace(runtime[0], () => loader), files };
}

/** The files a page's island loader asks for after the first paint, for the page's weight (page-weight.mjs). */
export function loadedAfterPaint(html) {
  const loader = /<script>\{let d=0,g=\(\)=>d\|\|\(d=1,(\[[^\]]*\])\.forEach/.exec(html);
  return loader ? JSON.parse(loader[1]) : [];
}

export function islandScriptsIntegration() {
  let base = '/';
  return {
    name: 'real-reach-island-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePathOf(config);
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const written = new Set();
        for await (const path of htmlFiles(root)) {
          const { html, files } = islandScriptsOut(await readFile(path, 'utf8'), base);
          if (files.length === 0) continue;
          for (const file of files.filter((each) => !written.has(each.name))) {
            await mkdir(join(root, '_astro'), { recursive: true });
            await writeFile(join(root, '_astro', file.name), file.content);
            written.add(file.name);
          }
          await writeFile(path, html);
        }
      },
    },
  };
}
