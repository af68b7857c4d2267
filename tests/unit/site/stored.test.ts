import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORED_IN_BROWSER } from '../../../src/lib/site/stored';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|js|astro)$/.test(name) ? [path] : [];
  });
}

const sources = sourceFiles('src').filter((path) => !path.endsWith(join('site', 'stored.ts')));
const code = sources.map((path) => readFileSync(path, 'utf8')).join('\n');

describe('what the site keeps in the browser', () => {
  it('names every storage key a tool writes, so the privacy statement leaves nothing out', () => {
    const used = new Set([...code.matchAll(/['"](real-reach:[a-z-]+)['"]/g)].map((match) => match[1]!));
    // The theme is stored by the inline head script and the theme button, under a key of its own.
    expect(code).toMatch(/localStorage\.(get|set)Item\((THEME_KEY|'theme')/);
    used.add('theme');
    expect([...used].sort()).toEqual(STORED_IN_BROWSER.map((thing) => thing.key).sort());
  });

  it('says how to remove each thing with a button the page really has', () => {
    for (const { key, removedBy } of STORED_IN_BROWSER) {
      if (key === 'theme') continue;
      for (const [, label] of removedBy.matchAll(/“([^”]+)”/g))
        expect(code, `${key}: no button “${label}”`).toContain(label);
    }
  });
});
