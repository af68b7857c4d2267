// Where the Content Security Policy goes in each built page, and the reporting a deployer can switch on.
// Pure functions, used by the build integration (csp.mjs, wired in astro.config.mjs) and tested in
// tests/unit/csp.test.ts.
import { createHash } from 'node:crypto';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET = /<meta charset="[^"]*">/i;

/**
 * Moves the CSP <meta> to just after <meta charset>, the first thing in <head>. A policy given in a <meta>
 * covers only what comes after it, so the inline theme script and the <link>s before it were not covered.
 * The charset stays first: it must be within the first 1,024 bytes. Moving the tag changes no hash.
 */
export function cspFirst(html) {
  const meta = CSP_META.exec(html);
  const charset = CHARSET.exec(html);
  if (!meta || !charset) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const at = CHARSET.exec(without);
  const end = at.index + at[0].length;
  return without.slice(0, end) + meta[0] + without.slice(end);
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The page with the hashes of its own inline scripts and styles, and no others. Astro writes every hash the site
 * uses into every page's policy: 18 of them, about 0.8 KB of gzip that cannot compress, on pages that use a few.
 * A page's HTML over 14.6 KB gzip costs a whole extra round trip on a new connection (TCP's first window is 10
 * packets of 1,460 bytes), so this keeps pages under it; and a build step that adds an inline script (the island
 * loader, island-scripts.mjs) gets its hash here. JSON data blocks are never run, so they need none.
 */
export function cspOwnHashes(html) {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const hashesOf = (tag) => [
    ...new Set(
      [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))]
        .filter(
          ([, attributes, body]) => !/\ssrc=|application\/(?:ld\+)?json/i.test(attributes) && body.length > 0,
        )
        .map(([, , body]) => sha256(body)),
    ),
  ];
  const policy = meta[0].replace(/(script-src|style-src)([^;"]*)/g, (_, directive, sources) =>
    [
      directive,
      ...sources.split(/\s+/).filter((source) => source && !source.startsWith("'sha256-")),
      ...hashesOf(directive === 'script-src' ? 'script' : 'style'),
    ].join(' '),
  );
  return html.slice(0, meta.index) + policy + html.slice(meta.index + meta[0].length);
}

/**
 * Whether the CSP <meta> of `html` comes before every script, stylesheet, style and preload in <head>.
 */
export function cspCoversHead(html) {
  const head = html.slice(0, html.search(/<\/head>/i));
  const meta = head.search(CSP_META);
  const first = head.search(/<(script|link|style)\b/i);
  return meta >= 0 && (first < 0 || meta < first);
}

/**
 * The address violation reports go to, from CSP_REPORT_URI: none by default. Only https (or http on
 * localhost, for trying it out) is accepted, so a typo fails the build instead of sending reports nowhere.
 */
export function reportEndpoint(value) {
  if (value === undefined || value.trim() === '') return undefined;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`CSP_REPORT_URI is not an address: ${JSON.stringify(value)}`);
  }
  const local = url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !local)
    throw new Error(`CSP_REPORT_URI must be an https:// address (or http://localhost), not ${url.href}`);
  if (/[\s;,"]/.test(url.href)) throw new Error(`CSP_REPORT_URI may not contain spaces, ";", "," or quotes`);
  return url.href;
}

/**
 * The `_headers` file with reporting switched on: report-uri (older browsers) and report-to with a
 * Reporting-Endpoints header (current ones) added to every header Content-Security-Policy. A <meta> policy
 * ignores report-uri but honours report-to, whose endpoint only a header can name: this Reporting-Endpoints
 * header serves the page's <meta> policy too.
 */
export function withReporting(headers, endpoint) {
  if (!endpoint) return headers;
  return headers.replace(/^(\s*)Content-Security-Policy: (.*)$/gm, (_, indent, policy) =>
    [
      `${indent}Content-Security-Policy: ${policy.trim().replace(/;\s*$/, '')}; report-uri ${endpoint}; report-to csp`,
      `${indent}Reporting-Endpoints: csp="${endpoint}"`,
    ].join('\n'),
  );
}
