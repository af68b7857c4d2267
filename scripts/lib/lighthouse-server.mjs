// A static server of a built site for Lighthouse, behaving as a plain static host does: content types,
// `dir/` -> `dir/index.html`, `dir` -> 301 to `dir/`, a missing file -> 404.html with status 404, gzip for text.
// Of public/_headers it applies only the Cache-Control rules, so that hashed /_astro/* files are not
// reported as badly cached; the security headers there are left out, as most hosts would not send them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
// Pagefind's index files (.pf_meta, .pf_index, .pf_fragment) are already gzip inside: served as they are.
const OCTET_STREAM = 'application/octet-stream';
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg\+xml)/;

/** @param {string} path */
export function contentType(path) {
  const extension = extname(path).toLowerCase();
  return CONTENT_TYPES[extension] ?? OCTET_STREAM;
}

/**
 * Reads the Cache-Control rules of a Netlify/Cloudflare-style `_headers` file: a path pattern on its own line
 * (`*` matches anything), then indented `Name: value` lines.
 * @param {string} headersText
 * @returns {{ pattern: RegExp, value: string }[]}
 */
export function cacheRules(headersText) {
  const rules = [];
  let pattern;
  for (const line of headersText.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      pattern = new RegExp(`^${escaped.replaceAll('*', '.*')}$`);
      continue;
    }
    const value = /^\s+cache-control:\s*(.+)$/i.exec(line)?.[1];
    if (value && pattern) rules.push({ pattern, value: value.trim() });
  }
  return rules;
}

/**
 * Serves the folder `dir` on 127.0.0.1 at a free port.
 * @param {string} dir
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(dir) {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? cacheRules(readFileSync(headersFile, 'utf8')) : [];
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();

  /** @param {string} pathname @returns {{ path: string } | { redirect: string } | undefined} */
  function fileFor(pathname) {
    const path = normalize(join(root, pathname));
    if (path !== root && !path.startsWith(root + sep)) return undefined;
    if (!existsSync(path)) return undefined;
    const stats = statSync(path);
    if (stats.isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      const index = join(path, 'index.html');
      return existsSync(index) ? { path: index } : undefined;
    }
    return stats.isFile() ? { path } : undefined;
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   * @param {string} pathname
   * @param {number} status
   * @param {string} path
   */
  function send(request, response, pathname, status, path) {
    const type = contentType(path);
    /** @type {Record<string, string | number>} */
    const headers = { 'Content-Type': type, Vary: 'Accept-Encoding' };
    const cache = status === 200 && rules.find((rule) => rule.pattern.test(pathname));
    if (cache) headers['Cache-Control'] = cache.value;
    /** @type {Buffer} */
    let body = readFileSync(path);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const compressed = gzipped.get(path) ?? gzipSync(body, { level: 9 });
      gzipped.set(path, compressed);
      body = compressed;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://host');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const found = pathname.split('/').includes('_headers') ? undefined : fileFor(pathname);
    if (found && 'redirect' in found) {
      response.writeHead(301, { Location: `${encodeURI(found.redirect)}${url.search}` }).end();
    } else if (found) {
      send(request, response, pathname, 200, found.path);
    } else if (existsSync(join(root, '404.html'))) {
      send(request, response, pathname, 404, join(root, '404.html'));
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
