/**
 * Builds of a copy of the sample content start from the pictures the global build already
 * encoded (node_modules/.astro/assets/, keyed by a hash of each source picture and transform),
 * so a test about pages or answer keys does not spend a minute re-encoding the same AVIF files.
 * Only encoded pictures are copied: pages, the data store and the incremental-build manifest
 * still start empty. tests/build/image-cache.test.ts proves the cache itself.
 */
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths';

const encoded = path.join(projectRoot, 'node_modules/.astro/assets');

export function seedPictureCache(cacheDir: string): void {
  if (existsSync(encoded)) cpSync(encoded, path.join(cacheDir, 'assets'), { recursive: true });
}
