/**
 * Pictures live in one folder, `content/images/` (or `$CONTENT_DIR/images/`), shared by every
 * translation: an article and its German and Chinese versions name the same file, so there is
 * never a copy per language. Frontmatter and the site settings name a picture by its file name
 * (`queue-chart.png`, `2021/06/team-board.jpg`); this module turns that name into the
 * `ImageMetadata` Astro's image pipeline (sharp: sizes, AVIF/WebP, width and height) needs.
 * The folder is reached through the `~content-images` alias set in astro.config.mjs, so the
 * benchmark and test builds with another content folder use their own pictures.
 */
import type { ImageMetadata } from 'astro';

const files = import.meta.glob<{ default: ImageMetadata }>(
  '~content-images/**/*.{png,jpg,jpeg,webp,avif,gif,tiff,PNG,JPG,JPEG,WEBP,AVIF,GIF,TIFF}',
  { eager: true },
);

const byName = new Map(
  Object.entries(files).map(([key, module]) => [key.replace(/^.*?\/images\//, ''), module.default]),
);

/** The picture called `name` in content/images/, or undefined (the content check reports that first). */
export function imageNamed(name: string): ImageMetadata | undefined {
  return byName.get(name.replace(/^\.?\/+/, ''));
}

/** Every picture's name, for messages that list what exists. */
export function imageNames(): string[] {
  return [...byName.keys()].sort();
}
