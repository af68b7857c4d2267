// A tiny static server for the sub-path tests: serves a built site (OUT_DIR) under a prefix such as
// /real-reach/, as GitHub Pages serves a project site, and answers 404 for anything outside it, so a link that
// forgot the base fails instead of quietly finding the file at the root.
//   node scripts/serve-prefix.mjs <dir> <prefix> <port>
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist-subpath', prefix = '/real-reach/', port = '4339'] = process.argv.slice(2);
const root = resolve(dir);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

function fileFor(pathname) {
  const inside = normalize(join(root, decodeURIComponent(pathname)));
  if (!inside.startsWith(root)) return undefined;
  for (const candidate of [inside, join(inside, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === prefix.slice(0, -1)) {
    response.writeHead(301, { location: prefix });
    response.end();
    return;
  }
  if (!url.pathname.startsWith(prefix)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`Not found: ${url.pathname} is outside ${prefix}\n`);
    return;
  }
  const file = fileFor(`/${url.pathname.slice(prefix.length)}`);
  if (!file) {
    const missing = join(root, '404.html');
    response.writeHead(404, { 'content-type': TYPES['.html'] });
    response.end(existsSync(missing) ? readFileSync(missing) : 'Not found\n');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1');
