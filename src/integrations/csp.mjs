import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';
import { cspCoversHead, cspFirst, cspOwnHashes, reportEndpoint, withReporting } from './csp-placement.mjs';

/**
 * After the build: puts each page's CSP <meta> first in <head> with only the hashes that page uses, and, when CSP_REPORT_URI is set, switches
 * on violation reports in the headers file. The address is checked when the config loads, so a bad one
 * fails before anything is built.
 */
export function cspIntegration() {
  const endpoint = reportEndpoint(process.env['CSP_REPORT_URI']);
  return {
    name: 'real-reach-csp',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const moved = cspOwnHashes(cspFirst(html));
          if (!cspCoversHead(moved))
            throw new Error(`${file}: no Content Security Policy <meta> to put first`);
          if (moved !== html) await writeFile(file, moved);
        }
        if (endpoint) {
          const headers = join(root, '_headers');
          await writeFile(headers, withReporting(await readFile(headers, 'utf8'), endpoint));
        }
      },
    },
  };
}
