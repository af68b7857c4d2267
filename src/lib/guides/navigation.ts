export interface GuideRef {
  id: string;
  data: { order: number; tags: readonly string[]; title: string };
}

/** Guides in reading order: by `order`, then by title so ties are stable. */
export function inReadingOrder<T extends GuideRef>(guides: readonly T[]): T[] {
  return [...guides].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** The guides before and after `id` in reading order. */
export function adjacentGuides<T extends GuideRef>(
  guides: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const ordered = inReadingOrder(guides);
  const index = ordered.findIndex((guide) => guide.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/**
 * Up to `limit` other guides, most shared tags first; ties go to the guide nearest in reading order,
 * so every guide has related reading even when no tag is shared.
 */
export function relatedGuides<T extends GuideRef>(guides: readonly T[], id: string, limit = 3): T[] {
  const current = guides.find((guide) => guide.id === id);
  if (!current) return [];
  const tags = new Set(current.data.tags);
  return guides
    .filter((guide) => guide.id !== id)
    .map((guide) => ({
      guide,
      shared: guide.data.tags.filter((tag) => tags.has(tag)).length,
      distance: Math.abs(guide.data.order - current.data.order),
    }))
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.guide.data.order - b.guide.data.order)
    .slice(0, Math.max(0, limit))
    .map(({ guide }) => guide);
}
