import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cspCoversHead,
  cspFirst,
  cspOwnHashes,
  reportEndpoint,
  withReporting,
} from '../../src/integrations/csp-placement.mjs';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
const page = (head: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body><script>1</script></body></html>`;

describe('cspFirst', () => {
  it('moves the policy to just after the charset, before the inline script and the links', () => {
    const html = page(
      `<meta charset="utf-8"><script>theme()</script><link rel="icon" href="/i.svg">${CSP}<style>a{}</style>`,
    );
    expect(cspCoversHead(html)).toBe(false);
    const moved = cspFirst(html);
    expect(moved).toBe(
      page(
        `<meta charset="utf-8">${CSP}<script>theme()</script><link rel="icon" href="/i.svg"><style>a{}</style>`,
      ),
    );
    expect(cspCoversHead(moved)).toBe(true);
    expect(cspFirst(moved)).toBe(moved);
  });

  it('leaves a page without a policy alone, and says it is not covered', () => {
    const html = page('<meta charset="utf-8"><script>1</script>');
    expect(cspFirst(html)).toBe(html);
    expect(cspCoversHead(html)).toBe(false);
  });
});

describe('cspOwnHashes', () => {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const policy = (scripts: string[], styles: string[]) =>
    `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${scripts.join(' ')}; style-src 'self' ${styles.join(' ')}">`;
  const body = `<script>theme()</script><script type="module">island()</script><style>a{}</style><script src="/x.js"></script>`;

  it('keeps the hashes of the inline blocks on the page and drops the others', () => {
    const all = policy([hash('theme()'), hash('elsewhere()'), hash('island()')], [hash('b{}'), hash('a{}')]);
    const own = policy([hash('theme()'), hash('island()')], [hash('a{}')]);
    expect(cspOwnHashes(`<head>${all}</head><body>${body}</body>`)).toBe(
      `<head>${own}</head><body>${body}</body>`,
    );
  });

  it('leaves "self" when no inline block of a kind is left, and a page without a policy alone', () => {
    const html = `<head>${policy([hash('gone()')], [hash('gone{}')])}</head><body><p>text</p></body>`;
    expect(cspOwnHashes(html)).toContain(`script-src 'self'; style-src 'self'"`);
    expect(cspOwnHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
  });

  it('adds the hash of an inline script a build step wrote, but none for JSON data', () => {
    const loader = 'requestAnimationFrame(()=>load())';
    const html = `<head>${policy([], [])}</head><body><script>${loader}</script><script type="application/ld+json">{"a":1}</script></body>`;
    expect(cspOwnHashes(html)).toContain(`script-src 'self' ${hash(loader)}; style-src 'self'"`);
  });
});

describe('reportEndpoint', () => {
  it('is off unless set', () => {
    expect(reportEndpoint(undefined)).toBeUndefined();
    expect(reportEndpoint('  ')).toBeUndefined();
  });

  it('takes an https address, or http on localhost', () => {
    expect(reportEndpoint('https://reports.example.org/csp')).toBe('https://reports.example.org/csp');
    expect(reportEndpoint('http://localhost:8787/r')).toBe('http://localhost:8787/r');
  });

  it.each([
    'reports.example.org',
    'http://reports.example.org/csp',
    'javascript:alert(1)',
    'https://x.example/a;b',
  ])('fails the build on %j with a message', (value) => {
    expect(() => reportEndpoint(value)).toThrow(/CSP_REPORT_URI/);
  });
});

describe('withReporting', () => {
  const headers =
    "/*\n  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'\n  X-Frame-Options: DENY\n";

  it('adds report-uri, report-to and the endpoint to the header policy', () => {
    expect(withReporting(headers, 'https://r.example/csp')).toBe(
      "/*\n  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; report-uri https://r.example/csp; report-to csp\n  Reporting-Endpoints: csp=\"https://r.example/csp\"\n  X-Frame-Options: DENY\n",
    );
  });

  it('changes nothing when reporting is off', () => {
    expect(withReporting(headers, undefined)).toBe(headers);
  });
});
