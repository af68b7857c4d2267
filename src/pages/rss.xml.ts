import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { getPublishedGuides, guidePath } from '../data/guides';

export async function GET(context: APIContext) {
  const guides = await getPublishedGuides();
  return rss({
    title: `${SITE_TITLE} guides`,
    description: SITE_DESCRIPTION,
    site: context.site ?? context.url.origin,
    items: guides.map((guide) => ({
      title: guide.data.title,
      description: guide.data.description,
      pubDate: guide.data.published,
      categories: [...guide.data.tags],
      link: guidePath(guide),
    })),
  });
}
