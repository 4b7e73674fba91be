/**
 * The portrait downloads of the press kit: a web-size and a print-size JPEG of the speaker's
 * portrait and a zip of both, under stable names in `/press/` so a link in an organiser's
 * e-mail keeps working after a new build. Drawn at build time by sharp from the file named in
 * the site settings; the zip's entries carry a fixed date, so the same portrait always gives
 * the same bytes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import sharp from 'sharp';
import { site } from '~/site.config';
import { portraitDownloadPaths, type DownloadKind } from './urls';

export type { DownloadKind };

/** The portrait's absolute path: a site setting, so always the project's own content/images/. */
export function pressPortraitSource(): string {
  return path.resolve('content/images', site.author.portrait.image);
}

/** The long side of the web copy: enough for a website or a slide, small enough for e-mail. */
export const WEB_LONG_SIDE = 800;
/** A print copy needs at least this many pixels on its short side (about 13 cm at 300 dpi). */
export const PRINT_MIN_SHORT_SIDE = 1500;
/** 1 January 2020, 12:00 local: a fixed date for every zip entry (zip dates have no zone). */
const ZIP_DATE = new Date(2020, 0, 1, 12);

export interface Download {
  kind: DownloadKind;
  /** Address from the site root: `/press/morgan-reyes-portrait-web.jpg`. */
  path: string;
  bytes: number;
  /** Pixel size of a picture (none for the zip). */
  width?: number;
  height?: number;
}

const drawn = new Map<string, Promise<Map<string, { body: Uint8Array; download: Download }>>>();

/**
 * Draws the downloads of the portrait at `source` (an absolute path) once per build: the page
 * that lists them and the endpoints that write them share the result.
 */
export function portraitDownloads(
  source: string,
): Promise<Map<string, { body: Uint8Array; download: Download }>> {
  let result = drawn.get(source);
  if (!result) {
    result = draw(source);
    drawn.set(source, result);
  }
  return result;
}

async function draw(source: string) {
  const input = readFileSync(source);
  const paths = portraitDownloadPaths(path.basename(source));
  const { width = 0, height = 0 } = await sharp(input).rotate().metadata();
  if (Math.min(width, height) < PRINT_MIN_SHORT_SIDE)
    throw new Error(
      `${path.basename(source)} is ${width}×${height}; a print copy needs at least ${PRINT_MIN_SHORT_SIDE} px on its short side`,
    );
  const jpeg = async (kind: 'web' | 'print', longSide?: number) => {
    const { data, info } = await sharp(input)
      .rotate()
      .resize(longSide ? { width: longSide, height: longSide, fit: 'inside' } : undefined)
      .jpeg({ quality: kind === 'print' ? 90 : 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const body = new Uint8Array(data);
    return {
      body,
      download: {
        kind,
        path: paths[kind],
        bytes: body.byteLength,
        width: info.width,
        height: info.height,
      },
    };
  };
  const web = await jpeg('web', WEB_LONG_SIDE);
  const print = await jpeg('print');
  const zip = zipSync(
    Object.fromEntries(
      [web, print].map(({ body, download }) => [
        path.posix.basename(download.path),
        [body, { mtime: ZIP_DATE, level: 0 }],
      ]),
    ),
  );
  const all = {
    body: zip,
    download: { kind: 'zip' as const, path: paths.zip, bytes: zip.byteLength },
  };
  return new Map([web, print, all].map((file) => [file.download.path, file]));
}

/**
 * A file size as people read it on a download link: "412 KB", "1.8 MB" (1000-based, as
 * operating systems show them since macOS 10.6), in the page's language.
 * @example fileSize(1_812_000, 'de') // '1,8 MB'
 */
export function fileSize(bytes: number, lang: string): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, bytes / 1000), 'kilobyte'];
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
