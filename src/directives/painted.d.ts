declare module 'astro' {
  interface AstroClientDirectives {
    /** Load the island after the page's first paint, once it is in view (src/directives/painted.js). */
    'client:painted'?: boolean;
  }
}
export {};
