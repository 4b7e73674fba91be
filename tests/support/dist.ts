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
