// The deploy recipes say the same thing: the security headers in public/_headers (Netlify and Cloudflare
// Pages), deploy/nginx.conf and deploy/Caddyfile match, hashed assets are immutable and pages revalidate, the
// headers file keeps within Cloudflare's documented limits, and the GitHub Pages workflow builds with the
// base path Pages gives it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(path, 'utf8');

/** The rules of a _headers file: a path line, then indented `Name: value` lines. */
function headerRules(text: string): { path: string; headers: Map<string, string> }[] {
  const rules: { path: string; headers: Map<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: new Map() });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.set(name!.trim().toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}

const rules = headerRules(read('public/_headers'));
const everywhere = rules.find((rule) => rule.path === '/*')!.headers;
const SECURITY = [...everywhere.keys()].filter((name) => name !== 'cache-control');

function quotedHeaders(text: string, pattern: RegExp): Map<string, string> {
  return new Map([...text.matchAll(pattern)].map((match) => [match[1]!.toLowerCase(), match[2]!]));
}

describe('deploy recipes', () => {
  it('keep public/_headers within Cloudflare Pages’ limits, with no header set twice for one path', () => {
    const text = read('public/_headers');
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
    for (const rule of rules) {
      expect((rule.path.match(/\*/g) ?? []).length, rule.path).toBeLessThanOrEqual(1);
      if (/^[a-z]+:/.test(rule.path)) expect(rule.path).toMatch(/^https:/);
      // Cloudflare joins the values of one header from every matching rule; /* matches every path.
      if (rule.path !== '/*')
        for (const name of rule.headers.keys()) expect(everywhere.has(name), name).toBe(false);
    }
    expect(rules.find((rule) => rule.path === '/_astro/*')?.headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(SECURITY).toEqual(
      expect.arrayContaining(['content-security-policy', 'strict-transport-security', 'x-frame-options']),
    );
  });

  it('send the same security headers from nginx and Caddy', () => {
    const nginx = quotedHeaders(read('deploy/nginx.conf'), /add_header\s+([\w-]+)\s+"([^"]*)"/g);
    const caddy = quotedHeaders(read('deploy/Caddyfile'), /^\s+([\w-]+)\s+"([^"]*)"$/gm);
    for (const name of SECURITY) {
      expect(nginx.get(name), `nginx ${name}`).toBe(everywhere.get(name));
      expect(caddy.get(name), `Caddy ${name}`).toBe(everywhere.get(name));
    }
    for (const server of [read('deploy/nginx.conf'), read('deploy/Caddyfile')]) {
      expect(server).toMatch(/\/_astro\/[\s\S]{0,80}public, max-age=31536000, immutable/);
      expect(server).toContain('public, max-age=0, must-revalidate');
      expect(server).toContain('404.html');
    }
  });

  it('header CSP agrees with the policy every page carries in its <meta>', () => {
    const config = read('astro.config.mjs');
    const header = everywhere.get('content-security-policy')!;
    expect(header).toContain("frame-ancestors 'none'");
    for (const directive of ["base-uri 'self'", "form-action 'self'", "object-src 'none'"]) {
      expect(header).toContain(directive);
      expect(config).toContain(directive);
    }
  });

  it('build GitHub Pages with the official actions and the base path Pages gives', () => {
    const workflow = read('.github/workflows/deploy-pages.yml');
    for (const action of [
      'actions/configure-pages@',
      'actions/upload-pages-artifact@',
      'actions/deploy-pages@',
    ])
      expect(workflow).toContain(action);
    expect(workflow).toMatch(/npm ci/);
    expect(workflow).toMatch(/BASE_PATH: \$\{\{ steps\.pages\.outputs\.base_path \}\}/);
    expect(workflow).toMatch(/SITE_URL: \$\{\{ steps\.pages\.outputs\.origin \}\}/);
    expect(workflow).toMatch(/path: dist/);
    const netlify = read('netlify.toml');
    expect(netlify).toMatch(/command = "npm run build"/);
    expect(netlify).toMatch(/publish = "dist"/);
  });
});
