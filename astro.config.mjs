// @ts-check
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site } from './src/site.config.ts';
import { contentCheck, contentReport } from './src/integrations/content-check.ts';
import { localeNotFoundPages } from './src/integrations/locale-404.ts';
import { contentPictures } from './src/integrations/content-pictures.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { socialImages } from './src/integrations/social-images.ts';
import { createAlternatesLookup } from './src/lib/alternates.ts';
import { cacheRoot, contentRoot, publicRoot } from './src/lib/content-root.ts';
import {
  directiveList,
  metaDirectives,
  scriptSources,
  styleSources,
} from './src/lib/security-headers.ts';

// OUT_DIR and CACHE_DIR let tests and the benchmark build other content folders side by side.
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');

/** @type {ReturnType<typeof createAlternatesLookup> | undefined} */
let alternates;
const builtPage = (/** @type {string} */ pathname) =>
  existsSync(path.join(outDir, pathname, 'index.html'));

export default defineConfig({
  site: site.url,
  outDir,
  // The content check looks up root-absolute images and file links in the same folder.
  publicDir: publicRoot(),
  cacheDir: cacheRoot(),
  // Pictures named in content (src/lib/images.ts) come from the content folder being built.
  vite: { resolve: { alias: { '~content-images': path.join(contentRoot(), 'images') } } },
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
  prefetch: false,
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/cache-keys.ts) are copied from the
  // last build in cacheDir when neither that key nor their code changed; `astro build --force` renders all.
  experimental: { incrementalBuild: true },
  // Shiki colours code with style attributes, which the Content-Security-Policy blocks.
  markdown: { syntaxHighlight: false },
  // Every page gets a Content-Security-Policy <meta> with the hashes of its inline scripts and
  // styles (narrowed to the page after the build by securityHeaders()).
  security: {
    csp: {
      directives: directiveList(metaDirectives),
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
  integrations: [
    contentCheck(),
    contentPictures(),
    // Before the pages are read for their policy, the search index and the sitemap.
    localeNotFoundPages(),
    mdx({ optimize: true }),
    securityHeaders(),
    searchIndex(),
    socialImages(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      serialize(item) {
        alternates ??= createAlternatesLookup(contentReport().entries, builtPage);
        const links = alternates(new URL(item.url).pathname);
        return links.length > 0 ? { ...item, links } : { ...item, links: undefined };
      },
    }),
  ],
});
