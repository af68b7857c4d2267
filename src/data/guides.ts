import { getCollection, type CollectionEntry } from 'astro:content';
import { inReadingOrder } from '../lib/guides/navigation';
import { sitePath } from '../lib/site/path';

export type Guide = CollectionEntry<'guides'>;

/** Every guide a reader may see, in reading order. Drafts show in `astro dev` only. */
export async function getPublishedGuides(): Promise<Guide[]> {
  const guides = await getCollection('guides', ({ data }) => import.meta.env.DEV || !data.draft);
  return inReadingOrder(guides);
}

export function guidePath(guide: Guide): string {
  return sitePath(`/guides/${guide.id}/`);
}
