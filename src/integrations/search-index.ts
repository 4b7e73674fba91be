/**
 * Builds the Pagefind search index after every build (so `npm run build` and
 * `npm start` always ship a fresh one): one index per language from
 * `<html lang>`, covering only elements marked `data-pagefind-body`.
 * Chinese is segmented into words at index time by Pagefind's extended build.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        await pagefind.close();
        // The site has its own search UI; Pagefind's prebuilt UIs are never loaded, so they are not shipped.
        const bundle = path.join(site, 'pagefind');
        for (const file of readdirSync(bundle)) {
          if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file))
            rmSync(path.join(bundle, file));
        }
        const problems = [...added.errors, ...written.errors];
        if (problems.length) throw new Error(`Search indexing failed: ${problems.join('; ')}`);
        logger.info(
          `Scanned ${added.page_count} pages for the search index in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
