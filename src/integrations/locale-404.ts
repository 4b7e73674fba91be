/**
 * Moves each locale's not-found page from where Astro writes it (`de/404/index.html`) to where
 * hosts look for the nearest 404 page (`de/404.html`). Astro gives only the root `404` route a
 * `.html` file of its own.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeKeys } from '~/site.config';

export function localeNotFoundPages(): AstroIntegration {
  return {
    name: 'locale-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const locale of localeKeys) {
          const folder = path.join(site, locale, '404');
          const built = path.join(folder, 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, path.join(site, locale, '404.html'));
          rmdirSync(folder);
        }
      },
    },
  };
}
