import { describe, expect, it } from 'vitest';
import { basePath, sitePath } from '../../src/lib/site/path';

describe('sitePath', () => {
  it('puts site paths under the base, however the base is written', () => {
    for (const base of ['/real-reach/', '/real-reach', 'real-reach', '//real-reach//'])
      expect(sitePath('/guides/x/', base)).toBe('/real-reach/guides/x/');
    expect(sitePath('/', '/real-reach/')).toBe('/real-reach/');
    expect(sitePath('/og/guides/x.png', '/')).toBe('/og/guides/x.png');
    expect(basePath('/')).toBe('/');
    expect(basePath('')).toBe('/');
  });

  it('leaves other addresses alone', () => {
    for (const other of ['https://example.org/', '//cdn.example/x', '#method', 'mailto:a@b.c', 'relative/x'])
      expect(sitePath(other, '/real-reach/')).toBe(other);
  });
});

describe('linksUnderBase', () => {
  it('puts the site paths of Markdown links under the base, and leaves the rest', async () => {
    const { linksUnderBase } = await import('../../src/integrations/base-links.mjs');
    const html =
      '<a href="/guides/x/">x</a><a href="/real-reach/tools/">t</a><a href="https://e.org/">e</a><a href="#s">s</a><a href="//cdn/x">c</a>';
    expect(linksUnderBase(html, '/real-reach/')).toBe(
      '<a href="/real-reach/guides/x/">x</a><a href="/real-reach/tools/">t</a><a href="https://e.org/">e</a><a href="#s">s</a><a href="//cdn/x">c</a>',
    );
    expect(linksUnderBase(html, '/')).toBe(html);
  });
});
