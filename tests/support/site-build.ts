/** Builds another content folder with the real `npm run build`, into its own output and cache folders. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pageOutcomes, type PageOutcomes } from '~/lib/build-log';
import { projectRoot } from './paths';

export interface SiteBuild extends PageOutcomes {
  log: string;
}

/** Put into process.env by Vitest (or mirrored from Vite's import.meta.env), never by a terminal. */
const VITEST_ONLY = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'SITE']);

/**
 * The environment of a terminal running `npm run build`: without Vitest's
 * NODE_ENV=test and VITEST* variables (Astro would build in test mode), with
 * node_modules/.bin (Node 24) first on PATH and telemetry off.
 */
export function terminalEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !VITEST_ONLY.has(key) && !key.startsWith('VITEST'),
      ),
    ),
    PATH: [path.join(projectRoot, 'node_modules/.bin'), process.env.PATH].join(path.delimiter),
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_DISABLE_UPDATE_CHECK: 'true',
    ...extra,
  };
}

/**
 * Runs `npm run build` (content check, Astro, Pagefind, sitemap) and reads from
 * its log which pages were rendered and which reused; rejects with the log's
 * end when the build fails. Asynchronous, so Vitest's timeouts still apply.
 */
export function buildSite(
  folders: { content: string; out: string; cache: string },
  args: string[] = [],
): Promise<SiteBuild> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--silent', '--', ...args], {
      cwd: projectRoot,
      env: terminalEnv({
        CONTENT_DIR: folders.content,
        OUT_DIR: folders.out,
        CACHE_DIR: folders.cache,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 0) resolve({ log, ...pageOutcomes(log) });
      else reject(new Error(`The build failed:\n${log.slice(-4000)}`));
    });
  });
}
