/** Builds another content folder with the real `npm run build`, into its own output and cache folders. */
import { pageOutcomes, type PageOutcomes } from '~/lib/build-log';
import { run } from './run';

export interface SiteBuild extends PageOutcomes {
  log: string;
}

/**
 * Runs `npm run build` (content check, Astro, Pagefind, sitemap) as a terminal would
 * (tests/support/run.ts) and reads from its log which pages were rendered and which
 * reused; rejects with the log's end when the build fails.
 */
export async function buildSite(
  folders: { content: string; out: string; cache: string },
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<SiteBuild> {
  const result = await run('npm', ['run', 'build', '--silent', '--', ...args], {
    env: { CONTENT_DIR: folders.content, OUT_DIR: folders.out, CACHE_DIR: folders.cache, ...env },
  });
  const log = result.output;
  if (result.status !== 0) throw new Error(`The build failed:\n${log.slice(-4000)}`);
  return { log, ...pageOutcomes(log) };
}
