/** Adds `client:painted` (src/directives/painted.js): an island that loads after first paint, once in view. */
export function paintedDirective() {
  return {
    name: 'real-reach-painted-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'painted', entrypoint: './src/directives/painted.js' });
      },
    },
  };
}
