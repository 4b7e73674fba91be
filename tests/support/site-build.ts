/** Builds another content folder with the real `npm run build`, into its own output and cache folders. */
import { spawnSync } from 'node:child_process';
import { pageOutcomes, type PageOutcomes } from '~/lib/build-log';
import { projectRoot } from './paths';

export interface SiteBuild extends PageOutcomes {
  log: string;
}

/**
 * The environment as a terminal would have it: Vitest's NODE_ENV=test and
 * VITEST* variables would make Astro build in test mode.
 */
export function terminalEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST'),
      ),
    ),
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_DISABLE_UPDATE_CHECK: 'true',
    ...extra,
  };
}

/** Runs `npm run build` (content check, Astro, Pagefind, sitemap); throws with the log's end when it fails. */
export function buildSite(
  folders: { content: string; out: string; cache: string },
  args: string[] = [],
): SiteBuild {
  const result = spawnSync('npm', ['run', 'build', '--silent', '--', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: terminalEnv({
      CONTENT_DIR: folders.content,
      OUT_DIR: folders.out,
      CACHE_DIR: folders.cache,
    }),
  });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`The build failed:\n${log.slice(-4000)}`);
  return { log, ...pageOutcomes(log) };
}
