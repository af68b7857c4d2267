export interface ArticleInput {
  title: string;
  description: string;
  url: string;
  imageUrl: string;
  published: Date;
  updated: Date;
  siteName: string;
  siteUrl: string;
  keywords: readonly string[];
}

/** schema.org `Article` for a guide. */
export function articleJsonLd(article: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    image: [article.imageUrl],
    datePublished: article.published.toISOString(),
    dateModified: article.updated.toISOString(),
    keywords: article.keywords.join(', '),
    author: { '@type': 'Organization', name: article.siteName, url: article.siteUrl },
    publisher: { '@type': 'Organization', name: article.siteName, url: article.siteUrl },
  };
}

/** schema.org `WebPage` (or `WebSite` for the home page) for any other page. */
export function pageJsonLd(page: {
  title: string;
  description: string;
  url: string;
  siteName: string;
  isHome: boolean;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': page.isHome ? 'WebSite' : 'WebPage',
    name: page.isHome ? page.siteName : page.title,
    description: page.description,
    url: page.url,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. Characters that could end the element
 * or open markup are written as JSON escapes, so no text in the data can break out of the script.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
