/**
 * The Content-Security-Policy in every built page: one `<meta>`, first in `<head>`, whose hashes
 * are exactly those of the page's own inline scripts and styles (recomputed here from the HTML),
 * and no source on another origin. Also the `_headers` file the build writes.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import {
  headersFile,
  metaDirectives,
  scriptSources,
  searchScriptSources,
  styleSources,
} from '~/lib/security-headers';
import { distFiles, readDist } from '../support/dist';

const htmlFiles = distFiles('.html');

/** Types of `<script>` a browser runs; JSON-LD and other data blocks are not run or governed. */
const runs = (script: HTMLElement) =>
  !script.hasAttribute('src') &&
  /^(|module|text\/javascript|application\/javascript)$/i.test(
    (script.getAttribute('type') ?? '').trim(),
  );

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

interface Page {
  file: string;
  root: HTMLElement;
  /** Each directive of the page's policy with its sources. */
  policy: Record<string, string[]>;
  metas: number;
}

const pages: Page[] = htmlFiles.map((file) => {
  const root = parse(readDist(file), { comment: false });
  const metas = root.querySelectorAll('meta[http-equiv="content-security-policy"]');
  const text = metas[0]?.getAttribute('content') ?? '';
  const policy = Object.fromEntries(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
  return { file, root, policy, metas: metas.length };
});

const hashes = (sources: string[] = []) => sources.filter((s) => s.startsWith("'sha")).sort();

describe('Content-Security-Policy of the built pages', () => {
  it('checks every built page', () => expect(pages.length).toBeGreaterThan(50));

  it('gives every page exactly one policy <meta>, right after <meta charset>', () => {
    for (const { file, root, metas } of pages) {
      expect(metas, file).toBe(1);
      const [first, second] = root.querySelector('head')!.childNodes as HTMLElement[];
      expect(first?.getAttribute?.('charset'), file).toBe('utf-8');
      expect(second?.getAttribute?.('http-equiv'), file).toBe('content-security-policy');
    }
  });

  it("lists in script-src exactly the hashes of the page's inline scripts", () => {
    let inlineScripts = 0;
    for (const { file, root, policy } of pages) {
      const scripts = root.querySelectorAll('script').filter(runs);
      inlineScripts += scripts.length;
      const expected = [...new Set(scripts.map((s) => sha256(s.rawText)))].sort();
      expect(hashes(policy['script-src']), file).toEqual(expected);
    }
    expect(inlineScripts, 'pages with inline scripts to check').toBeGreaterThan(0);
  });

  it("lists in style-src exactly the hashes of the page's inline styles", () => {
    for (const { file, root, policy } of pages) {
      const expected = root.querySelectorAll('style').map((s) => sha256(s.rawText));
      expect(hashes(policy['style-src']), file).toEqual([...new Set(expected)].sort());
    }
  });

  it('carries the site-wide directives of src/lib/security-headers.ts on every page', () => {
    for (const { file, policy } of pages) {
      const { 'script-src': _script, 'style-src': _style, ...rest } = policy;
      expect(rest, file).toEqual(metaDirectives);
    }
  });

  it('allows scripts and styles only from this site and by hash; WebAssembly only on the search page', () => {
    const search = /^[a-z]+\/search\/index\.html$/;
    expect(pages.filter((p) => search.test(p.file)).length).toBeGreaterThan(0);
    for (const { file, policy } of pages) {
      const extra = search.test(file) ? searchScriptSources : [];
      const script = (policy['script-src'] ?? []).filter((s) => !s.startsWith("'sha256-"));
      const style = (policy['style-src'] ?? []).filter((s) => !s.startsWith("'sha256-"));
      expect(script, file).toEqual([...scriptSources, ...extra]);
      expect(style, file).toEqual(styleSources);
    }
  });

  it('has no inline event handlers, style attributes or javascript: links, which the policy would block', () => {
    for (const { file, root } of pages) {
      for (const el of root.querySelectorAll('*')) {
        const names = Object.keys(el.attributes).map((n) => n.toLowerCase());
        expect(
          names.filter((n) => n.startsWith('on') || n === 'style'),
          `${file} <${el.tagName}>`,
        ).toEqual([]);
        expect(el.getAttribute('href') ?? '', file).not.toMatch(/^\s*javascript:/i);
      }
    }
  });

  it('writes _headers for Netlify and Cloudflare Pages from the one definition', () => {
    expect(readDist('_headers')).toBe(headersFile());
  });
});
