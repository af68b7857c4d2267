// What a page costs a reader on first view, read from the built site in dist/.
// HTML is the whole document; CSS and JS count inline blocks plus every file the page loads before the
// reader does anything: stylesheets, module scripts, island components and renderers, and their static imports.
// Dynamic import() targets are left out on purpose: they load only when a tool asks for them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadedAfterPaint } from '../../src/integrations/island-scripts.mjs';

/** @typedef {{ path: string, kind: 'html' | 'css' | 'js', bytes: number, gzip: number }} WeighedFile */
/** @typedef {{ page: string, html: number, css: number, js: number, files: WeighedFile[] }} PageWeight */

/** @param {string | Buffer} content */
export const gzipBytes = (content) => gzipSync(content, { level: 9 }).length;

const attribute = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The dist/ file that serves a site path: `/guides/` -> `dist/guides/index.html`. */
export function htmlFileFor(dist, pagePath) {
  return pagePath.endsWith('/') ? join(dist, pagePath, 'index.html') : join(dist, pagePath);
}

/** Static imports of a built JS module, as site paths resolved against the module's own path. */
export function staticImports(source, modulePath) {
  const specifiers = [
    ...source.matchAll(/(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["']([^"']+)["']/g),
  ].map((match) => match[1]);
  return specifiers
    .filter((specifier) => specifier.startsWith('.') || specifier.startsWith('/'))
    .map((specifier) => new URL(specifier, `http://site${modulePath}`).pathname);
}

/** Inline <style> and <script> bodies, and the files an HTML document loads on first view. */
export function firstViewAssets(html) {
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  const inlineJs = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes, body]) => body.trim() && !/type="application\/(?:ld\+)?json"/.test(attributes))
    .map((match) => match[2]);
  const cssFiles = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => /\srel="stylesheet"/.test(tag))
    .map((tag) => attribute(tag, 'href'));
  const scriptFiles = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]),
    ...[...html.matchAll(/<link\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => /\srel="modulepreload"/.test(tag))
      .map((tag) => attribute(tag, 'href')),
    ...[...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap((match) =>
      ['component-url', 'renderer-url'].map((name) => attribute(match[0], name)),
    ),
    // Imports inside inline module scripts count too, and the island runtime and page scripts the island
    // loader asks for after the first paint.
    ...inlineJs.flatMap((body) => staticImports(body, '/')),
    ...loadedAfterPaint(html),
  ];
  const local = (paths) => [...new Set(paths.filter((path) => path?.startsWith('/')))];
  return { inlineCss, inlineJs, cssFiles: local(cssFiles), jsFiles: local(scriptFiles) };
}

/** Weighs one page of the built site. Throws if the page or a file it loads is missing. */
export function pageWeight(dist, pagePath) {
  const htmlFile = htmlFileFor(dist, pagePath);
  if (!existsSync(htmlFile)) throw new Error(`No built page for ${pagePath} (looked for ${htmlFile})`);
  const html = readFileSync(htmlFile, 'utf8');
  const assets = firstViewAssets(html);
  /** @type {WeighedFile[]} */
  const files = [{ path: pagePath, kind: 'html', bytes: Buffer.byteLength(html), gzip: gzipBytes(html) }];
  const read = (path) => {
    const file = join(dist, decodeURIComponent(path));
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${path}, which is not in ${dist}`);
    return readFileSync(file);
  };

  for (const path of assets.cssFiles) {
    const content = read(path);
    files.push({ path, kind: 'css', bytes: content.length, gzip: gzipBytes(content) });
  }
  const queue = [...assets.jsFiles];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const path = queue.shift();
    const content = read(path);
    files.push({ path, kind: 'js', bytes: content.length, gzip: gzipBytes(content) });
    for (const imported of staticImports(content.toString('utf8'), path)) {
      if (!seen.has(imported)) {
        seen.add(imported);
        queue.push(imported);
      }
    }
  }

  const inline = (blocks) => (blocks.length ? gzipBytes(blocks.join('\n')) : 0);
  const sum = (kind) =>
    files.filter((file) => file.kind === kind).reduce((total, file) => total + file.gzip, 0);
  return {
    page: pagePath,
    html: files[0].gzip,
    css: inline(assets.inlineCss) + sum('css'),
    js: inline(assets.inlineJs) + sum('js'),
    files,
  };
}
