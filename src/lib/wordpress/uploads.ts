/**
 * Images from the WordPress media library. With a copy of `wp-content/uploads`
 * (`--uploads <folder>`), every URL containing `/wp-content/uploads/<rest>` is
 * served from the site itself as `/uploads/<rest>`: the file is copied to
 * `<public>/uploads/<rest>`. Nothing is downloaded. A file that is missing, or
 * a target that already holds a different file, keeps the old URL and is reported.
 */
import { copyFileSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { UrlResolver } from './html-to-mdx';

const UPLOADS = /\/wp-content\/uploads\/([^?#]+)/;

/**
 * The part of a URL after `/wp-content/uploads/`, without query or fragment.
 * @example uploadsPath('https://blog.example.com/wp-content/uploads/2021/05/a.png?w=300') // '2021/05/a.png'
 */
export function uploadsPath(url: string): string | undefined {
  const rest = UPLOADS.exec(url)?.[1];
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
  /** The site's public folder; files go to `<publicDir>/uploads/`. */
  publicDir: string;
}

function sameContent(a: string, b: string): boolean {
  return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
}

/**
 * A URL resolver for one post. Planned copies and problems are collected per
 * post, so only the posts that are written copy their images.
 */
export function assetResolver(options: AssetOptions): {
  resolve: UrlResolver;
  copies: AssetCopy[];
  warnings: string[];
  conflicts: string[];
} {
  const copies: AssetCopy[] = [];
  const warnings: string[] = [];
  const conflicts: string[] = [];
  const resolve: UrlResolver = (url, kind) => {
    const rest = uploadsPath(url);
    const what = kind === 'image' ? 'image' : 'link to an uploaded file';
    if (rest && options.uploadsDir) {
      const relative = safeDecode(rest);
      const from = path.join(options.uploadsDir, relative);
      const to = path.join(options.publicDir, 'uploads', relative);
      if (!existsSync(from) || !statSync(from).isFile()) {
        warnings.push(
          `${what} not found in the uploads folder, URL kept: ${url} (looked for ${from})`,
        );
        return undefined;
      }
      if (existsSync(to) && !sameContent(from, to)) {
        conflicts.push(
          `${to} already exists with different content: not overwritten, ${what} URL kept: ${url}`,
        );
        return undefined;
      }
      if (!copies.some((c) => c.to === to)) copies.push({ from, to });
      return `/uploads/${rest}`;
    }
    if (kind === 'image' && !url.startsWith('data:')) {
      if (rest)
        warnings.push(
          `remote image kept: ${url}; the site must not load from other origins — rerun with --uploads <copy of wp-content/uploads>`,
        );
      else if (/^(?:https?:)?\/\//i.test(url))
        warnings.push(
          `remote image kept: ${url}; the site must not load from other origins — save it under public/ and change the link by hand`,
        );
      else if (url.startsWith('/'))
        warnings.push(
          `image kept: ${url} is a path on the old site; copy the file under public/ by hand`,
        );
    } else if (rest) {
      warnings.push(
        `link to an uploaded file kept: ${url} — rerun with --uploads to copy the file into the site`,
      );
    }
    return undefined;
  };
  return { resolve, copies, warnings, conflicts };
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
