/**
 * Builds of other content folders into folders of their own, and reading everything such a build
 * wrote, byte for byte.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { runAstro, type RunResult } from './run';

const keepServerChunks = pathToFileURL(path.join(import.meta.dirname, 'keep-server-chunks.mjs'));

export interface FolderBuild {
  /** CONTENT_DIR */
  content: string;
  /** OUT_DIR */
  out: string;
  /** CACHE_DIR; it should not exist yet, so nothing from an earlier build is reused. */
  cache: string;
  /** Where to copy the server chunks the pages were rendered with (see keep-server-chunks.mjs). */
  serverChunks?: string;
  env?: NodeJS.ProcessEnv;
}

/** `astro build --force` of one content folder, as `npm run build` would do it. */
export function buildFolder(build: FolderBuild): Promise<RunResult> {
  return runAstro(['build', '--force'], {
    env: {
      CONTENT_DIR: build.content,
      OUT_DIR: build.out,
      CACHE_DIR: build.cache,
      ...(build.serverChunks && {
        KEEP_SERVER_CHUNKS: build.serverChunks,
        NODE_OPTIONS: `--import=${keepServerChunks.href}`,
      }),
      ...build.env,
    },
  });
}

/** Every file below `dir`, as sorted paths relative to it with forward slashes ([] when it does not exist). */
export function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/**
 * A file's bytes as text a search can look into: every byte kept (latin1), and for gzip files
 * (Pagefind's `.pf_*` index, fragment and filter files) the unpacked bytes too.
 */
export function searchableText(file: string): string {
  const bytes = readFileSync(file);
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return gzip
    ? `${bytes.toString('latin1')}\n${gunzipSync(bytes).toString('latin1')}`
    : bytes.toString('latin1');
}
