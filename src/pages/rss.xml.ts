import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { getPublishedGuides, guidePath } from '../data/guides';
import { sitePath } from '../lib/site/path';

export async function GET(context: APIContext) {
  const guides = await getPublishedGuides();
  return rss({
    title: `${SITE_TITLE} guides`,
    description: SITE_DESCRIPTION,
    // The channel's link is the site's home page, under its base; items carry their own base already.
    site: new URL(sitePath('/'), context.site ?? context.url.origin).href,
    items: guides.map((guide) => ({
      title: guide.data.title,
      description: guide.data.description,
      pubDate: guide.data.published,
      categories: [...guide.data.tags],
      link: guidePath(guide),
    })),
  });
}
