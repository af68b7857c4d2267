// Writes public/samples/followers-example.csv, the file behind "Try it with an example file":
// 400 made-up followers in the X (Twitter) API v1.1 shape, plus two broken rows so the example also
// shows how skipped rows are reported. Run with `npm run make:sample` after changing the generator.
import { mkdirSync, writeFileSync } from 'node:fs';
import { syntheticFollowerCsv } from '../tests/fixtures/synthetic-followers.mjs';

const lines = [...syntheticFollowerCsv(400, { seed: 7 })].join('').trimEnd().split('\n');
// Line 4 gets a follower count nobody could have; line 10 loses its last columns.
const broken = (line, index) => {
  if (index === 3) return line.replace(/^([^,]+,[^,]+,)\d+/, '$1lots');
  if (index === 9) return line.split(',').slice(0, 5).join(',');
  return line;
};
const out = new URL('../public/samples/followers-example.csv', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${lines.map(broken).join('\n')}\n`);
console.log(`Wrote ${out.pathname}`);
