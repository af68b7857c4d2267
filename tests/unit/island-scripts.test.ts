import { describe, expect, it } from 'vitest';
import { islandScriptsOut, loadedAfterPaint } from '../../src/integrations/island-scripts.mjs';

const runtime = '(()=>{class f extends HTMLElement{};customElements.define("astro-island",f)})();';
const chrome = 'document.querySelector("button")?.addEventListener("click",()=>{});';
const page = (scripts: string) =>
  `<head><script>theme()</script></head><body><p>Text</p>${scripts}<astro-island></astro-island></body>`;

describe('islandScriptsOut', () => {
  it('moves the island runtime and the module scripts to files, asked for after the first contentful paint', () => {
    const { html, files } = islandScriptsOut(
      page(
        `<script>${runtime}</script><script>Astro.painted=1</script><script type="module">${chrome}</script>`,
      ),
      '/rr/',
    );
    expect(files.map((file) => file.content)).toEqual([runtime, chrome]);
    expect(files[0]?.name).toMatch(/^island-runtime\.[\w-]{10}\.js$/);
    expect(files[1]?.name).toMatch(/^page-script\.[\w-]{10}\.js$/);
    // The head script and the directive stay inline: they must run before first paint and before the runtime.
    const loader = /<script>\{let d=0,g=\(\)=>d\|\|\(d=1,(\[.*?\])\.forEach/.exec(html);
    expect(html).toContain('getEntriesByName("first-contentful-paint")');
    expect(JSON.parse(loader?.[1] ?? '[]')).toEqual(files.map((file) => `/rr/_astro/${file.name}`));
    // The page's weight counts them (scripts/lib/page-weight.mjs).
    expect(loadedAfterPaint(html)).toEqual(files.map((file) => `/rr/_astro/${file.name}`));
    expect(html).toContain('<script>Astro.painted=1</script>');
    expect(html).not.toContain(runtime);
    expect(html).not.toContain(chrome);
  });

  it('names the same script the same on every page', () => {
    const a = islandScriptsOut(page(`<script>${runtime}</script>`)).files;
    const b = islandScriptsOut(`<main>other</main><script>${runtime}</script>`).files;
    expect(a[0]?.name).toBe(b[0]?.name);
  });

  it('leaves a page without islands alone, its inline script included', () => {
    const plain = `<body><p>Text</p><script type="module">${chrome}</script></body>`;
    expect(islandScriptsOut(plain)).toEqual({ html: plain, files: [] });
  });
});
