/**
 * Reports after a build how many social images (src/pages/og/) were drawn and how many came
 * from the cache, so a rebuild that should reuse every image shows that it did.
 */
import type { AstroIntegration } from 'astro';
import { drawStats } from '~/lib/social-image-render';
import { socialImagesEnabled } from '~/lib/social-image';

export function socialImages(): AstroIntegration {
  return {
    name: 'social-images',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!socialImagesEnabled()) {
          logger.info('Social images are off (OG_IMAGES=off).');
          return;
        }
        const { drawn, cached } = drawStats();
        logger.info(
          `${drawn} social images drawn, ${cached} taken from the image cache; the rest kept from the last build.`,
        );
      },
    },
  };
}
