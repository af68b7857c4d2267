const loading = new Map<string, Promise<void>>();

/**
 * Adds a built stylesheet to the page once, and resolves when it has loaded (or failed: the part it styles
 * still works unstyled). For parts of a tool loaded on demand, whose look would otherwise be in every page.
 */
export function loadStylesheet(href: string): Promise<void> {
  let loaded = loading.get(href);
  if (!loaded) {
    loaded = new Promise((resolve) => {
      const done = () => resolve();
      document.head.append(
        Object.assign(document.createElement('link'), {
          rel: 'stylesheet',
          href,
          onload: done,
          onerror: done,
        }),
      );
    });
    loading.set(href, loaded);
  }
  return loaded;
}
