/** Reading the built site in build-output tests. */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './paths';

/** Every file under dist/ with one of the endings, as paths relative to dist/ with forward slashes. */
export function distFiles(...endings: string[]): string[] {
  return (readdirSync(distDir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => endings.some((e) => f.endsWith(e)) && statSync(path.join(distDir, f)).isFile())
    .sort();
}

export function readDist(relative: string): string {
  return readFileSync(path.join(distDir, relative), 'utf8');
}

/** Parsed page for a URL path like `/de/articles/foo/`. */
export function page(urlPath: string): HTMLElement {
  return parse(readDist(htmlFileFor(urlPath)));
}

export function htmlFileFor(urlPath: string): string {
  const clean = urlPath.replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** Whether a site-relative URL path resolves to a built file (folders to their index.html). */
export function resolvesToFile(urlPath: string): boolean {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const file = path.join(distDir, decoded);
  if (existsSync(file) && statSync(file).isFile()) return true;
  return existsSync(path.join(file, 'index.html'));
}

/** URL path of a built HTML file: `de/about/index.html` → `/de/about/`. */
export function urlPathOf(htmlFile: string): string {
  return `/${htmlFile.replace(/index\.html$/, '')}`;
}

/** Static imports of a built module (`import{…}from"./chunk.js"`, `import"./chunk.js"`). */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'`]([^"'`]+)["'`]/g;

/**
 * Bytes of JavaScript a page runs before any interaction: inline and external module scripts
 * and every chunk they import statically (each counted once); JSON-LD excluded.
 */
export function scriptBytes(urlPath: string): number {
  const seen = new Set<string>();
  const code = (text: string, from: string): number =>
    Buffer.byteLength(text) +
    [...text.matchAll(STATIC_IMPORT)].reduce((sum, [, spec]) => {
      const file = path.posix.join(path.posix.dirname(from), spec!).replace(/^\//, '');
      if (seen.has(file)) return sum;
      seen.add(file);
      return sum + code(readDist(file), `/${file}`);
    }, 0);
  return page(urlPath)
    .querySelectorAll('script')
    .filter((s) => s.getAttribute('type') !== 'application/ld+json')
    .reduce((sum, s) => {
      const src = s.getAttribute('src');
      if (!src) return sum + code(s.textContent, urlPath);
      const file = src.replace(/^\//, '');
      if (seen.has(file)) return sum;
      seen.add(file);
      return sum + code(readDist(file), src);
    }, 0);
}
