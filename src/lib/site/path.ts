/*
 * Every address inside the site is built here, so the built site works wherever it is served: at the root of
 * a domain, or under a sub-path such as https://example.github.io/real-reach/ (BASE_PATH, read by
 * astro.config.mjs into Astro's `base`, which Vite hands to every module as import.meta.env.BASE_URL).
 */

/** The base with one trailing slash: "/" or "/real-reach/". */
export function basePath(base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A path inside the site ("/guides/", "/og/x.png", "/") under the base. Other addresses are left alone. */
export function sitePath(path: string, base?: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${basePath(base)}${path.slice(1)}`;
}
