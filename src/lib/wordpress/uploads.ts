/**
 * Images from the WordPress media library. With a copy of `wp-content/uploads`
 * (`--uploads <folder>`), every URL of an upload — `…/wp-content/uploads/<rest>`
 * on the blog or a CDN in front of it, or `<blog>.files.wordpress.com/<rest>`
 * for a blog hosted on WordPress.com — is served from the site itself. An image
 * is copied to `content/images/uploads/<rest>` and named `uploads/<rest>`, so it
 * goes through Astro's image pipeline like every picture (a 4 MB photo reaches
 * readers as AVIF/WebP in the column's widths); any other file a post links to
 * is copied to `<public>/uploads/<rest>` and linked as `/uploads/<rest>`. A
 * resized copy (`photo-1024x768.jpg`) is replaced by the original when the
 * folder has it. Nothing is downloaded. A file that is missing, or a target
 * that already holds a different file, keeps the old URL and is reported, one
 * line per kind of problem (findings.ts).
 */
import { copyFileSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { counted, reportFindings, type Finding } from './findings';
import type { UrlResolver } from './html-to-mdx';

const UPLOADS = /\/wp-content\/uploads\/([^?#]+)/;
/** WordPress.com keeps a blog's media on `<blog>.files.wordpress.com/2019/03/photo.jpg`, sized with `?w=1024`. */
const WORDPRESS_COM = /\/[a-z0-9-]+\.files\.wordpress\.com\/([^?#]+)/i;
/** The size WordPress appends to a resized copy: `photo-1024x768.jpg`. */
const SIZE_SUFFIX = /-\d+x\d+(\.[a-z0-9]+)$/i;

/**
 * The path of an upload inside the uploads folder, without query or fragment.
 * @example uploadsPath('https://blog.example.com/wp-content/uploads/2021/05/a.png?w=300') // '2021/05/a.png'
 * @example uploadsPath('https://myblog.files.wordpress.com/2019/03/photo.jpg?w=1024') // '2019/03/photo.jpg'
 */
export function uploadsPath(url: string): string | undefined {
  const rest = (UPLOADS.exec(url) ?? WORDPRESS_COM.exec(url))?.[1];
  if (!rest) return undefined;
  const decoded = safeDecode(rest);
  if (decoded.split('/').some((part) => part === '..' || part === '.' || part === ''))
    return undefined;
  return rest;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface AssetCopy {
  from: string;
  to: string;
}

export interface AssetOptions {
  /** A copy of wp-content/uploads, or undefined when none was given. */
  uploadsDir?: string;
  /** The site's public folder; linked files go to `<publicDir>/uploads/`. */
  publicDir: string;
  /** The content's picture folder (content/images/); images go to `<imagesDir>/uploads/`. */
  imagesDir: string;
}

function sameContent(a: string, b: string): boolean {
  return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** The original of a resized upload when the folder has it, else the upload itself (when it is there). */
function fileInUploads(uploadsDir: string, rest: string): string | undefined {
  const original = rest.replace(SIZE_SUFFIX, '$1');
  return [original, rest].find((candidate) => isFile(path.join(uploadsDir, safeDecode(candidate))));
}

const WHAT = {
  image: ['image', 'images'],
  link: ['link to an uploaded file', 'links to uploaded files'],
} as const;

/**
 * A URL resolver for one post. Planned copies and problems are collected per
 * post, so only the posts that are written copy their images.
 */
export function assetResolver(options: AssetOptions): {
  resolve: UrlResolver;
  copies: AssetCopy[];
  /** Images left on another site (each URL once), named in full when the content check refuses the post. */
  remoteImages: string[];
  /** One line per kind of problem. */
  warnings: () => string[];
  conflicts: string[];
} {
  const copies: AssetCopy[] = [];
  const findings: Finding[] = [];
  const remoteImages: string[] = [];
  const conflicts: string[] = [];
  const resolve: UrlResolver = (url, kind) => {
    const rest = uploadsPath(url);
    const [one, many] = WHAT[kind];
    if (rest && options.uploadsDir) {
      const found = fileInUploads(options.uploadsDir, rest);
      if (!found) {
        const where = path.join(options.uploadsDir, safeDecode(rest));
        findings.push({
          kind: `${kind} not in uploads`,
          url,
          message: (count, urls) =>
            count === 1
              ? `${one} not found in the uploads folder, URL kept: ${urls} (looked for ${where})`
              : `${count} ${many} not found in the uploads folder ${options.uploadsDir}, URLs kept: ${urls}`,
        });
        return undefined;
      }
      const relative = safeDecode(found);
      const from = path.join(options.uploadsDir, relative);
      const to = path.join(
        kind === 'image' ? options.imagesDir : options.publicDir,
        'uploads',
        relative,
      );
      if (existsSync(to) && !sameContent(from, to)) {
        conflicts.push(
          `${to} already exists with different content: not overwritten, ${one} URL kept: ${url}`,
        );
        return undefined;
      }
      if (!copies.some((c) => c.to === to)) copies.push({ from, to });
      return kind === 'image' ? `uploads/${found}` : `/uploads/${found}`;
    }
    if (kind === 'image' && !url.startsWith('data:')) {
      const remote = /^(?:https?:)?\/\//i.test(url);
      if (remote && !remoteImages.includes(url)) remoteImages.push(url);
      if (rest)
        findings.push({
          kind: 'remote upload',
          url,
          message: (count, urls) =>
            `${counted(count, 'remote image', 'remote images')} kept: ${urls}; the site must not load from other origins — rerun with --uploads <copy of wp-content/uploads>`,
        });
      else if (remote)
        findings.push({
          kind: 'remote image',
          url,
          message: (count, urls) =>
            count === 1
              ? `remote image kept: ${urls}; the site must not load from other origins — save it under public/ and change the link by hand`
              : `${count} remote images kept: ${urls}; the site must not load from other origins — save them under public/ and change the links by hand`,
        });
      else if (url.startsWith('/'))
        findings.push({
          kind: 'old path',
          url,
          message: (count, urls) =>
            count === 1
              ? `image kept: ${urls} is a path on the old site; copy the file under public/ by hand`
              : `${count} images kept as paths on the old site: ${urls}; copy the files under public/ by hand`,
        });
    } else if (rest) {
      findings.push({
        kind: 'uploaded file link',
        url,
        message: (count, urls) =>
          count === 1
            ? `link to an uploaded file kept: ${urls} — rerun with --uploads to copy the file into the site`
            : `${count} links to uploaded files kept: ${urls} — rerun with --uploads to copy the files into the site`,
      });
    }
    return undefined;
  };
  return { resolve, copies, remoteImages, warnings: () => reportFindings(findings), conflicts };
}

/**
 * Copies one planned file, never overwriting: a target that is already there
 * with the same bytes is fine; with other bytes the conflict is returned.
 */
export function copyAsset(copy: AssetCopy): 'copied' | 'already there' | string {
  if (existsSync(copy.to))
    return sameContent(copy.from, copy.to)
      ? 'already there'
      : `${copy.to} already exists with different content: not overwritten`;
  mkdirSync(path.dirname(copy.to), { recursive: true });
  copyFileSync(copy.from, copy.to, constants.COPYFILE_EXCL);
  return 'copied';
}
