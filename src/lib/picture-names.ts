/**
 * How content names a picture: by its path inside `content/images/` (`queue-chart.png`,
 * `uploads/2021/06/team-board.jpg`), the same in a cover, a Markdown image and a `<Figure>`,
 * and the same in every translation. Plain Node: the content check looks names up here before
 * Astro runs, so a wrong name is one line naming the file and the field, never a Vite error.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Formats Astro's image pipeline (sharp) reads and turns into AVIF and WebP. */
export const PICTURE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif', 'tiff'] as const;

const EXTENSION = new RegExp(`\\.(?:${PICTURE_EXTENSIONS.join('|')})$`, 'i');

/**
 * Whether a Markdown image address names a picture in content/images/ rather than a file
 * served from public/ (`/…`), a path next to the file (`./…`, `../…`) or another site.
 * @example isPictureName('queue-chart.png') // true
 * @example isPictureName('/uploads/a.png') // false
 */
export function isPictureName(url: string): boolean {
  return !/^(?:[./~@#?]|[a-z][a-z0-9+.-]*:)/i.test(url.trim()) && url.trim() !== '';
}

/**
 * What is wrong with a picture name, or undefined when `imagesDir` holds it. The answer says
 * what to write instead, with the name of a picture that differs only in case or folder.
 * @example pictureProblem('Queue-Chart.png', 'content/images') // 'image "Queue-Chart.png" is not in content/images/ (did you mean "queue-chart.png"?)'
 */
export function pictureProblem(
  name: string,
  imagesDir: string,
  shownDir: string,
): string | undefined {
  const shown = `${shownDir}/`;
  if (!EXTENSION.test(name))
    return `image "${name}" is not a picture Astro can resize: use a .png, .jpg, .webp, .avif or .gif file in ${shown}`;
  if (name.split('/').includes('..') || name.includes('\\'))
    return `image "${name}" must be a path inside ${shown} written with /, e.g. uploads/2021/06/team-board.jpg`;
  if (existsSync(path.join(imagesDir, name)) && exactCase(imagesDir, name)) return undefined;
  const near = nearestName(name, imagesDir);
  return `image "${name}" is not in ${shown}: ${near ? `did you mean "${near}"? ` : ''}save the picture there, or correct the name`;
}

/** existsSync ignores case on some file systems; the build on Linux does not. */
function exactCase(imagesDir: string, name: string): boolean {
  let dir = imagesDir;
  for (const part of name.split('/')) {
    if (!readdirSync(dir).includes(part)) return false;
    dir = path.join(dir, part);
  }
  return true;
}

/** Every picture under `imagesDir`, as names. */
export function pictureNames(imagesDir: string): string[] {
  if (!existsSync(imagesDir)) return [];
  return readdirSync(imagesDir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => EXTENSION.test(name))
    .sort();
}

function nearestName(name: string, imagesDir: string): string | undefined {
  const names = pictureNames(imagesDir);
  const lower = name.toLowerCase();
  const base = path.posix.basename(lower);
  return (
    names.find((candidate) => candidate.toLowerCase() === lower) ??
    names.find((candidate) => path.posix.basename(candidate).toLowerCase() === base)
  );
}
