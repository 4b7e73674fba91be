/**
 * Lets a Markdown image in an MDX body name a picture the way a cover does: `![…](queue-chart.png)`
 * is the file content/images/queue-chart.png (or $CONTENT_DIR/images/…). @astrojs/mdx imports
 * every local Markdown image, so resolving the bare name to that folder puts the picture through
 * Astro's image pipeline (sizes, AVIF/WebP, width and height) like any imported image. Paths
 * written `./…` or `../…` resolve as usual; the content check has already refused missing names.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '~/lib/content-root';
import { isPictureName } from '~/lib/picture-names';

export function contentPictures(): AstroIntegration {
  const imagesDir = path.join(contentRoot(), 'images');
  return {
    name: 'content-pictures',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-pictures',
                enforce: 'pre',
                resolveId(source, importer) {
                  if (!importer?.endsWith('.mdx') || !isPictureName(source)) return null;
                  const file = path.join(imagesDir, decodeURI(source));
                  return file.startsWith(imagesDir + path.sep) && existsSync(file) ? file : null;
                },
              },
            ],
          },
        });
      },
    },
  };
}
