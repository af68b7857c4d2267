// Makes sure a Chromium is there for the browser tests before the build starts.
// Order: Debian's /usr/bin/chromium, then Playwright's own download, then (as root on Debian) apt-get.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, SYSTEM_CHROMIUM } from './lib/chromium.mjs';

if (chromiumPath()) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canApt) {
  console.log("No Chromium found: installing Debian's chromium package for the browser tests…");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync(SYSTEM_CHROMIUM)) process.exit(0);
}

console.error(
  [
    'The browser tests need Chromium and none was found.',
    '  On Debian or Ubuntu:  sudo apt-get install chromium',
    '  Anywhere else:        npx playwright install chromium',
  ].join('\n'),
);
process.exit(1);
