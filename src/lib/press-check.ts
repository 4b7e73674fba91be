/**
 * What the press kit's schema cannot see: its file name (one kit per locale) and whether the
 * reel's video and poster exist. One line per problem, in the content check's words.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { CheckedEntry } from './content-check';
import { PRESS_KIT_NAME, type PressData } from './press';

/**
 * Problems of the checked press kits.
 * @example pressKitProblems(entries, { publicFile, imagesDir, publicName: 'public' })
 */
export function pressKitProblems(
  entries: readonly CheckedEntry[],
  files: {
    /** Whether a root-absolute path (`/videos/reel.mp4`) is a file in public/. */
    publicFile: (pathname: string) => boolean;
    /** The folder posters are read from (content/images). */
    imagesDir: string;
    /** public/ as shown in messages. */
    publicName: string;
  },
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'press') continue;
    if (entry.name !== PRESS_KIT_NAME) {
      problems.push(
        `${entry.file}: a locale has one press kit; name it content/press/${entry.locale}/${PRESS_KIT_NAME}.mdx`,
      );
      continue;
    }
    const { reel } = entry.data as PressData;
    if (reel?.file && !files.publicFile(reel.file))
      problems.push(
        `${entry.file}: reel: file "${reel.file}" does not exist: put the video at ${files.publicName}${reel.file}`,
      );
    if (reel && !existsSync(path.join(files.imagesDir, reel.poster)))
      problems.push(
        `${entry.file}: reel: poster "${reel.poster}" does not exist: put the picture in content/images/`,
      );
  }
  return problems;
}
