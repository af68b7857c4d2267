import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleJsonLd, serializeJsonLd } from '../../src/lib/seo/json-ld';

describe('serializeJsonLd', () => {
  it('cannot be used to close the script element it sits in', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(json).not.toContain('<');
  });

  it('round-trips any JSON value exactly', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(serializeJsonLd(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('articleJsonLd', () => {
  it('describes a guide as a schema.org Article with its dates, image and publisher', () => {
    const article = articleJsonLd({
      title: 'Measure loyalty, not likes',
      description: 'How to count what matters.',
      url: 'https://site.example/guides/measure/',
      imageUrl: 'https://site.example/og/guides/measure.png',
      published: new Date('2026-11-20'),
      updated: new Date('2026-11-25'),
      siteName: 'Real Reach',
      siteUrl: 'https://site.example/',
      keywords: ['loyalty', 'measurement'],
    });
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Measure loyalty, not likes',
      image: ['https://site.example/og/guides/measure.png'],
      datePublished: '2026-11-20T00:00:00.000Z',
      dateModified: '2026-11-25T00:00:00.000Z',
      keywords: 'loyalty, measurement',
      publisher: { '@type': 'Organization', name: 'Real Reach' },
    });
  });
});
