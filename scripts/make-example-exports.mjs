// Writes the example exports behind "Try it with an example" on the estimator: one ZIP per platform and
// format, made up by the seeded generator in tests/fixtures/synthetic-exports.mjs (a steady trickle of
// followers, a giveaway and a bought batch). Run with `npm run make:examples` after changing the generator.
import { mkdirSync } from 'node:fs';
import { exampleExports, writeExampleZip } from '../tests/fixtures/synthetic-exports.mjs';

const folder = new URL('../public/examples/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const example of exampleExports()) {
  const out = new URL(example.file, folder);
  writeExampleZip(out.pathname, example);
  console.log(`Wrote ${out.pathname}`);
}
