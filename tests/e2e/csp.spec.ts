import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cspCoversHead } from '../../src/integrations/csp-placement.mjs';

// Every built page: the Content Security Policy <meta> comes before any script, link or style in <head>,
// since a policy given in a <meta> covers only what follows it.
test('every page’s CSP <meta> is first in <head>, after the charset', () => {
  const pages = (readdirSync('dist', { recursive: true }) as string[]).filter((file) =>
    file.endsWith('.html'),
  );
  expect(pages.length).toBeGreaterThan(10);
  const uncovered = pages.filter((file) => !cspCoversHead(readFileSync(join('dist', file), 'utf8')));
  expect(uncovered).toEqual([]);
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers).not.toContain('interest-cohort');
});
