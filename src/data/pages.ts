import { PAGES, SITE_TITLE, type PageKey } from '../consts';
import { pageJsonLd } from '../lib/seo/json-ld';

/** Head props for a page that is not a guide: its title, description, card and JSON-LD, named once in consts. */
export function staticPageHead(key: PageKey, pageUrl: URL) {
  const { title, description } = PAGES[key];
  return {
    title,
    description,
    cardKey: key,
    jsonLd: pageJsonLd({
      title,
      description,
      url: pageUrl.href,
      siteName: SITE_TITLE,
      isHome: key === 'index',
    }),
  };
}
