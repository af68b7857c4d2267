import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipBytes, pageWeight, staticImports } from '../../scripts/lib/page-weight.mjs';

let dist: string;
const write = (path: string, content: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), content);
};

const island = 'import{h as a}from"./preact.js";import"./shared.js";const lazy=()=>import("./worker.js");';

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  write(
    'guides/plain/index.html',
    '<html><head><style>body{color:red}</style><script type="application/ld+json">{"a":1}</script></head><body><p>Hello</p></body></html>',
  );
  write(
    'tools/quiz/index.html',
    [
      '<html><head><link rel="stylesheet" href="/_astro/page.css"><script type="module">document.body.dataset.x="1"</script></head>',
      '<body><astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island></body></html>',
    ].join(''),
  );
  write('_astro/page.css', 'main{display:grid}');
  write('_astro/Quiz.js', island);
  write('_astro/client.js', 'import{render as r}from"./preact.js";export{r};');
  write('_astro/preact.js', 'export const h=1;');
  write('_astro/shared.js', 'export const s=2;');
  write('_astro/worker.js', 'self.onmessage=()=>{};');
});

describe('pageWeight', () => {
  it('counts no JavaScript for a page that has none, ignoring JSON-LD', () => {
    const weight = pageWeight(dist, '/guides/plain/');
    expect(weight.js).toBe(0);
    expect(weight.css).toBe(gzipBytes('body{color:red}'));
    expect(weight.files.map((file) => file.kind)).toEqual(['html']);
  });

  it('follows islands and their static imports, but not code loaded later by import()', () => {
    const weight = pageWeight(dist, '/tools/quiz/');
    const scripts = weight.files.filter((file) => file.kind === 'js').map((file) => file.path);
    expect(scripts.sort()).toEqual([
      '/_astro/Quiz.js',
      '/_astro/client.js',
      '/_astro/preact.js',
      '/_astro/shared.js',
    ]);
    expect(weight.files.filter((file) => file.kind === 'css').map((file) => file.path)).toEqual([
      '/_astro/page.css',
    ]);
  });

  it('adds inline script to the JS total', () => {
    const weight = pageWeight(dist, '/tools/quiz/');
    const files = weight.files.filter((file) => file.kind === 'js').reduce((sum, file) => sum + file.gzip, 0);
    expect(weight.js).toBe(files + gzipBytes('document.body.dataset.x="1"'));
  });

  it('names the page and the file when a loaded file is missing', () => {
    write('broken/index.html', '<script type="module" src="/_astro/gone.js"></script>');
    expect(() => pageWeight(dist, '/broken/')).toThrow('/broken/ loads /_astro/gone.js');
  });
});

describe('staticImports', () => {
  it('resolves relative imports against the importing module', () => {
    expect(staticImports(island, '/_astro/Quiz.js')).toEqual(['/_astro/preact.js', '/_astro/shared.js']);
  });

  it('reads re-exports and ignores bare package names', () => {
    expect(staticImports('export*from"../lib/a.js";import x from"preact";', '/_astro/sub/b.js')).toEqual([
      '/_astro/lib/a.js',
    ]);
  });
});
