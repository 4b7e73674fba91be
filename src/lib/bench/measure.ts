/**
 * The benchmark's measurements: builds a synthetic corpus (corpus.ts) with
 * this project's real build, or with Starlight (starlight.ts), and measures
 * build wall time, time per page, peak memory, dist/ and index size, and the
 * HTML, CSS and JS bytes each page kind loads on first view.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '~/lib/cli';
import { writeCorpus } from './corpus';
import { ensureStarlight, starlightArticlePath, writeStarlightDocs } from './starlight';

const root = path.resolve(import.meta.dirname, '../../..');

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).reduce((sum, f) => {
    const s = statSync(path.join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

/** HTML, CSS and JS bytes a first visit to `urlPath` loads (scripts with their static imports). */
export function firstView(dist: string, urlPath: string) {
  const file = path.join(dist, urlPath, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  const read = (href: string) => readFileSync(path.join(dist, href.split('?')[0]!));
  let css = 0;
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g))
    css += read(m[1]!).length;
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
    css += Buffer.byteLength(m[1]!);
  let js = 0;
  const seen = new Set<string>();
  const addModule = (href: string) => {
    if (seen.has(href)) return;
    seen.add(href);
    const text = read(href).toString();
    js += Buffer.byteLength(text);
    for (const imp of text.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g))
      addModule(path.posix.join(path.posix.dirname(href), imp[1]!));
  };
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/application\/ld\+json/.test(m[1]!)) continue;
    const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) addModule(src);
    else {
      js += Buffer.byteLength(m[2]!);
      for (const imp of m[2]!.matchAll(/(?:from|import)\s*["'](\/[^"']+\.js)["']/g))
        addModule(imp[1]!);
    }
  }
  return { html: Buffer.byteLength(html), css, js };
}

/** One page of each kind in the synthetic corpus, measured on first view. */
export const PAGE_KINDS: Record<string, string> = {
  article: '/en/articles/article-0/',
  'article list': '/en/articles/',
  'topic hub': '/en/topics/operations/',
  keynote: '/en/keynotes/keynote-0/',
  'keynote catalogue': '/en/keynotes/',
  quiz: '/en/quizzes/quiz-0/',
  search: '/en/search/',
  home: '/en/',
};

/**
 * Runs a build command in `cwd` under /usr/bin/time (when present) and returns
 * wall seconds and peak memory (the largest process's resident set).
 */
function timedBuild(cwd: string, command: string[], env: NodeJS.ProcessEnv, label: string) {
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const [bin, ...args] = timed ? ['/usr/bin/time', '-v', ...command] : command;
  const result = spawnSync(bin!, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new UserError(
      `the ${label} build failed; the end of its output:`,
      `${result.stdout}\n${result.stderr}`.slice(-4000).split('\n'),
    );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '')?.[1];
  return { seconds, peakMemoryMB: rss ? Math.round(Number(rss) / 1024) : null };
}

function summarise(
  label: string,
  perLocale: number,
  articles: number,
  dist: string,
  build: ReturnType<typeof timedBuild>,
  kinds: Record<string, string>,
) {
  const pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) =>
    f.endsWith('.html'),
  ).length;
  return {
    label,
    articlesPerLocale: perLocale,
    articles,
    pages,
    buildSeconds: Number(build.seconds.toFixed(1)),
    msPerPage: Number(((build.seconds * 1000) / pages).toFixed(2)),
    peakMemoryMB: build.peakMemoryMB,
    distMB: Number((dirBytes(dist) / 1048576).toFixed(1)),
    indexMB: Number((dirBytes(path.join(dist, 'pagefind')) / 1048576).toFixed(2)),
    kinds: Object.fromEntries(Object.entries(kinds).map(([kind, p]) => [kind, firstView(dist, p)])),
  };
}

export type BenchRun = ReturnType<typeof summarise>;

/** Builds N articles per locale with this project's real build (content check, Astro, Pagefind). */
export function runBuild(perLocale: number): BenchRun {
  const work = mkdtempSync(path.join(os.tmpdir(), `bench-${perLocale}-`));
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  const { articles } = writeCorpus(content, perLocale, path.join(root, 'content'));
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: content,
    OUT_DIR: dist,
    CACHE_DIR: path.join(work, 'cache'),
  };
  try {
    // `npm run build`, exactly as the author builds (content check, Astro, Pagefind).
    const build = timedBuild(root, ['npm', 'run', 'build', '--silent'], env, `${perLocale}/locale`);
    return summarise('this site', perLocale, articles, dist, build, PAGE_KINDS);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Builds the same N articles per locale with Starlight (its own sidebar, search and styles). */
export function runStarlight(perLocale: number): BenchRun {
  const project = ensureStarlight();
  const work = mkdtempSync(path.join(os.tmpdir(), `bench-starlight-${perLocale}-`));
  writeCorpus(path.join(work, 'content'), perLocale, path.join(root, 'content'));
  const articles = writeStarlightDocs(path.join(work, 'content'));
  rmSync(work, { recursive: true, force: true });
  const build = timedBuild(
    project,
    [process.execPath, path.join(project, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    `Starlight ${perLocale}/locale`,
  );
  return summarise('Starlight', perLocale, articles, path.join(project, 'dist'), build, {
    article: starlightArticlePath,
  });
}
