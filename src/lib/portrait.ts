/**
 * The speaker's portrait, named in src/site.config.ts (`author.portrait.image`). It is a site
 * setting, not content: the file is always taken from the project's own `content/images/`, so
 * the test and benchmark builds of other content folders show the same speaker.
 */
import type { ImageMetadata } from 'astro';
import { site } from '~/site.config';

const files = import.meta.glob<{ default: ImageMetadata }>(
  '/content/images/*.{png,jpg,jpeg,webp,avif,PNG,JPG,JPEG,WEBP,AVIF}',
  { eager: true },
);

const entry = Object.entries(files).find(([key]) =>
  key.endsWith(`/images/${site.author.portrait.image}`),
);

/** The portrait for `<Picture>`; the site settings check has made sure the file exists. */
export const portrait: ImageMetadata | undefined = entry?.[1].default;
