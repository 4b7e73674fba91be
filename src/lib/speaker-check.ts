import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Problems with the speaker's portrait setting: the file `author.portrait.image` must exist in
 * `imageDir` (the project's content/images/). Runs with the content check, before the build, so
 * a typo stops it with a line that names the field and the fix instead of a missing picture.
 */
export function portraitProblems(image: string, imageDir: string): string[] {
  if (existsSync(path.join(imageDir, image))) return [];
  const pictures = existsSync(imageDir)
    ? readdirSync(imageDir).filter((f) => /\.(jpe?g|png|webp|avif)$/i.test(f))
    : [];
  const choices = pictures.length > 0 ? ` (pictures there: ${pictures.sort().join(', ')})` : '';
  return [
    `src/site.config.ts: author.portrait.image: "${image}" is not a file in content/images/; put the portrait there or correct the name${choices}`,
  ];
}
