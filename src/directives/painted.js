// client:painted: load an island once the page has painted and the island is in view. client:visible starts
// loading in the same frame as the first paint, and under load Chromium asks for the island's scripts before
// that paint: Lighthouse then counts them as needed for it (about +0.1 s on LCP). Two animation frames put the
// first request after the first frame is on screen; from there it is client:visible.

/** @type {import('astro').ClientDirective} */
export default function painted(load, _options, island) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const seen = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        seen.disconnect();
        void load().then((hydrate) => hydrate());
      });
      for (const child of island.children) seen.observe(child);
    }),
  );
}
