// Astro writes its island runtime (the <astro-island> element, 4.4 KB) inline into every page with a tool, and
// the page chrome's script (BaseLayout's, 1.8 KB) inline into every page. On a page with a tool this build step
// moves both to files that every such page shares: the browser keeps them between pages, and the page is 2.3 KB
// of gzip lighter. That keeps a guide with a tool inside TCP's first window of 14.6 KB, so it arrives in one
// round trip (docs/performance.md). The files are fetched at low priority: nothing waits for them before first
// paint, and the islands start after that paint anyway (client:painted). A page without a tool keeps its
// one inline script and loads no script file.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';

const INLINE_CLASSIC = /<script>([\s\S]*?)<\/script>/g;
const DEFINES_ISLAND = 'customElements.define("astro-island"';
const INLINE_MODULE = /<script type="module">([\s\S]*?)<\/script>/g;

const fileFor = (name, content) => ({
  name: `${name}.${createHash('sha256').update(content).digest('base64url').slice(0, 10)}.js`,
  content,
});

/**
 * The page with Astro's inline island runtime and its inline module scripts replaced by low-priority module
 * scripts under `base`_astro/, and the files to write; a page without islands is left as it is. Run as a module,
 * after the page is parsed, the runtime defines <astro-island> and every island in the page starts then.
 */
export function islandScriptsOut(html, base = '/') {
  const runtime = [...html.matchAll(INLINE_CLASSIC)].find(([, body]) => body.includes(DEFINES_ISLAND));
  if (!runtime) return { html, files: [] };
  const files = [];
  const tag = (file) => {
    files.push(file);
    return `<script type="module" src="${base}_astro/${file.name}" fetchpriority="low"></script>`;
  };
  const withRuntime = html.replace(runtime[0], () => tag(fileFor('island-runtime', runtime[1])));
  return {
    html: withRuntime.replace(INLINE_MODULE, (_, body) => tag(fileFor('page-script', body))),
    files,
  };
}

export function islandScriptsIntegration() {
  let base = '/';
  return {
    name: 'real-reach-island-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = `/${config.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
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
