import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  headerDirectives,
  headersFile,
  metaDirectives,
  nginxHeaders,
  policyText,
  scriptSources,
  searchScriptSources,
  securityHeaders,
  styleSources,
} from '~/lib/security-headers';
import { parsePolicy } from '~/lib/page-policy';
import { projectRoot } from '../support/paths';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');

/** A source that names no other origin: a keyword such as 'self' or 'none'. */
const keywordOnly = (source: string) => /^'[a-z-]+'$/.test(source);

describe('security headers', () => {
  it('shows in the README exactly the _headers file and the nginx lines the site sends', () => {
    expect(readme).toContain(`\`\`\`\n${headersFile()}\`\`\``);
    const indented = nginxHeaders()
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
    const nginxBlock = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(nginxBlock).toContain(indented);
    expect(nginxBlock.match(/add_header/g)).toHaveLength(Object.keys(securityHeaders).length);
  });

  it('writes _headers in the Netlify and Cloudflare Pages syntax: /*, then one indented header a line', () => {
    const [path, ...lines] = headersFile().trimEnd().split('\n');
    expect(path).toBe('/*');
    expect(lines).toHaveLength(Object.keys(securityHeaders).length);
    for (const line of lines) expect(line).toMatch(/^ {2}[A-Z][A-Za-z-]+: \S[^\n]*$/);
  });

  it('allows nothing from another origin in either policy', () => {
    for (const directives of [metaDirectives, headerDirectives])
      for (const [name, sources] of Object.entries(directives))
        expect(sources.every(keywordOnly), `${name} ${sources.join(' ')}`).toBe(true);
    for (const source of [...scriptSources, ...styleSources, ...searchScriptSources])
      expect(keywordOnly(source), source).toBe(true);
    expect([...scriptSources, ...styleSources, ...searchScriptSources]).not.toContain(
      "'unsafe-inline'",
    );
    expect(searchScriptSources).not.toContain("'unsafe-eval'");
  });

  it('leaves scripts and styles to the page in the header, so it never blocks a hashed inline script', () => {
    const header = parsePolicy(securityHeaders['Content-Security-Policy']!).map(([name]) => name);
    expect(header).not.toContain('default-src');
    expect(header).not.toContain('script-src');
    expect(header).not.toContain('style-src');
    expect(securityHeaders['Content-Security-Policy']).toBe(policyText(headerDirectives));
  });

  it('forbids framing, plugins, a foreign <base> and foreign form targets in the header', () => {
    const header = Object.fromEntries(parsePolicy(securityHeaders['Content-Security-Policy']!));
    expect(header['frame-ancestors']).toEqual(["'none'"]);
    expect(header['object-src']).toEqual(["'none'"]);
    expect(header['base-uri']).toEqual(["'self'"]);
    expect(header['form-action']).toEqual(["'self'"]);
    expect(securityHeaders['X-Frame-Options']).toBe('DENY');
  });

  it('repeats in the page policy every header directive a <meta> can carry', () => {
    for (const [name, sources] of Object.entries(headerDirectives)) {
      if (name === 'frame-ancestors') continue; // ignored in a <meta>
      expect(metaDirectives[name as keyof typeof metaDirectives], name).toEqual(sources);
    }
    expect(metaDirectives['default-src']).toEqual(["'none'"]);
  });

  it('switches browser features off with an empty allow-list, never for some origins', () => {
    const features = securityHeaders['Permissions-Policy']!.split(', ');
    expect(features.length).toBeGreaterThan(10);
    for (const feature of features) expect(feature).toMatch(/^[a-z-]+=\(\)$/);
    expect(features).toContain('camera=()');
    expect(features.some((f) => f.startsWith('clipboard-write'))).toBe(false);
  });
});
