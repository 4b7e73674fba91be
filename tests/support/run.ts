/**
 * Every process a test or the global setup starts (astro build and dev, the tsx CLIs, npm, git)
 * goes through here, so that each runs as it would from a terminal:
 * - on the project's Node: node_modules/.bin comes first on PATH, as in npm scripts, so
 *   `#!/usr/bin/env node` tools get Node 24 from the `node` dev dependency, never the system's;
 * - outside Vitest: the NODE_ENV=test, VITEST* and import.meta.env variables Vitest puts into
 *   process.env are left out (with NODE_ENV=test `astro dev` hangs);
 * - with Astro's telemetry and update check off.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { oneBuildAtATime } from './build-lock';
import { projectRoot } from './paths';

const binDir = path.join(projectRoot, 'node_modules/.bin');
/** The pinned Node 24 (the `node` dev dependency). */
export const nodeBin = path.join(binDir, 'node');
const astroCli = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const tsxLoader = pathToFileURL(path.join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;

/** Put into process.env by Vitest (NODE_ENV=test, TEST, VITEST*) or mirrored from import.meta.env. */
const VITEST_ONLY = new Set([
  'NODE_ENV',
  'TEST',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'BASE_URL',
  'SITE',
  'ASSETS_PREFIX',
  'FORCE_TTY',
]);

/** The environment of a terminal running `npm run …` in the project, plus `extra`. */
export function toolEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !VITEST_ONLY.has(key) && !key.startsWith('VITEST'),
  );
  return {
    ...Object.fromEntries(inherited),
    PATH: [binDir, process.env.PATH].filter(Boolean).join(path.delimiter),
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_DISABLE_UPDATE_CHECK: 'true',
    ...extra,
  };
}

export interface RunOptions {
  cwd?: string;
  /** Variables added to (or overriding) {@link toolEnv}. */
  env?: NodeJS.ProcessEnv;
  /** Text written to standard input. */
  input?: string;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr, for failure messages. */
  output: string;
}

/** Starts a long-running process (a dev server); the caller stops it. */
export function start(command: string, args: string[], options: RunOptions = {}): ChildProcess {
  return spawn(command, args, {
    cwd: options.cwd ?? projectRoot,
    env: toolEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/**
 * Runs a command to the end. Asynchronous, so a slow child never blocks the test worker and
 * Vitest's timeouts still apply.
 */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = start(command, args, options);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout, stderr, output: `${stdout}\n${stderr}` }),
    );
    // A child that exits without reading its input closes the pipe first (EPIPE): not a failure
    // of the test, which judges the child by its exit status and output.
    child.stdin!.on('error', () => {});
    child.stdin!.end(options.input ?? '');
  });
}

/**
 * Runs a TypeScript CLI from scripts/ as `npm run grade` etc. do (tsx, the project's tsconfig for
 * the `~/` alias), from any working directory. tsx's loader is imported into one Node process:
 * the `tsx` command would start a second Node for every run, which doubles the cost of the
 * thirty-odd CLI runs in the unit tests.
 */
export function runTsx(script: string, args: string[], options: RunOptions = {}) {
  return run(nodeBin, ['--import', tsxLoader, path.resolve(projectRoot, script), ...args], {
    ...options,
    env: { TSX_TSCONFIG_PATH: path.join(projectRoot, 'tsconfig.json'), ...options.env },
  });
}

/**
 * `astro <args>` on the pinned Node, e.g. a build of another content folder. Builds wait for
 * each other (see build-lock.ts).
 */
export function runAstro(args: string[], options: RunOptions = {}) {
  const astro = () => run(nodeBin, [astroCli, ...args], options);
  return args[0] === 'build' ? oneBuildAtATime(astro) : astro();
}

/** A long-running `astro <args>` (the dev server). */
export function startAstro(args: string[], options: RunOptions = {}) {
  return start(nodeBin, [astroCli, ...args], options);
}
