import path from 'node:path';

/**
 * Folder the site's content is read from: `content/` in the project, or
 * `CONTENT_DIR` when set (the benchmark and the error-case tests build other
 * content folders with the same build).
 */
export function contentRoot(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

/**
 * Folder served at the site root (Astro's `publicDir`): `public/` in the project, or
 * `PUBLIC_DIR` when set (a test that imports images into a scratch folder builds with it).
 * The content check looks up root-absolute images and file links here.
 */
export function publicRoot(): string {
  return path.resolve(process.env.PUBLIC_DIR ?? 'public');
}

/**
 * Astro's `cacheDir`: `node_modules/.astro`, or `CACHE_DIR` when set. The incremental build
 * keeps its pages there, and the social images their rendered PNGs.
 */
export function cacheRoot(): string {
  return path.resolve(process.env.CACHE_DIR ?? 'node_modules/.astro');
}
