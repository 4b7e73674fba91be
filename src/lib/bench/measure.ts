/**
 * The benchmark's measurements: builds a synthetic corpus (corpus.ts) with
 * this project's real build, or with Starlight (starlight.ts), and measures
 * build wall time, time per page, peak memory, dist/ and index size, and the
 * HTML, CSS and JS bytes each page kind loads on first view; for the large
 * corpus also the rebuild after one edited article title, with the cache the
 * cold build left (the time an author waits after a one-line change).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pageOutcomes } from '~/lib/build-log';
import { UserError } from '~/lib/cli';
import { writeCorpus } from './corpus';
import {
  ensureStarlight,
  projectPath,
  starlightArticlePath,
  starlightDocs,
  writeStarlightDocs,
} from './starlight';

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
  return {
    seconds,
    peakMemoryMB: rss ? Math.round(Number(rss) / 1024) : null,
    log: `${result.stdout}\n${result.stderr}`,
  };
}

/** The environment every benchmark build runs in: Astro's telemetry and update check off. */
function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_DISABLE_UPDATE_CHECK: 'true',
    ...extra,
  };
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
    rebuild: undefined as Rebuild | undefined,
    distMB: Number((dirBytes(dist) / 1048576).toFixed(1)),
    indexMB: Number((dirBytes(path.join(dist, 'pagefind')) / 1048576).toFixed(2)),
    kinds: Object.fromEntries(Object.entries(kinds).map(([kind, p]) => [kind, firstView(dist, p)])),
  };
}

export type BenchRun = ReturnType<typeof summarise>;

/** The build after one edited article title, with the cache the cold build left (pages: HTML files). */
export interface Rebuild {
  seconds: number;
  peakMemoryMB: number | null;
  rendered: number;
  reused: number;
}

/** The article whose title the rebuild changes: one in the middle of the English archive. */
const editedArticle = (perLocale: number) => `article-${Math.floor(perLocale / 2)}`;

/**
 * Changes the title in `source`, runs `build` again (with whatever cache the
 * first build left) and checks that `page` shows the new title.
 */
function rebuildAfterEdit(
  source: string,
  page: string,
  build: () => ReturnType<typeof timedBuild>,
): Rebuild {
  const title = `Edited for the benchmark ${Date.now()}`;
  writeFileSync(source, readFileSync(source, 'utf8').replace(/^title: .*$/m, `title: "${title}"`));
  console.log(`Changed the title of ${path.basename(source)}; building again…`);
  const again = build();
  if (!readFileSync(page, 'utf8').includes(title))
    throw new UserError(`the rebuild did not show the new title of ${source}`);
  const pages = pageOutcomes(again.log);
  const html = (files: string[]) => files.filter((f) => f.endsWith('.html')).length;
  return {
    seconds: Number(again.seconds.toFixed(1)),
    peakMemoryMB: again.peakMemoryMB,
    rendered: html(pages.rendered),
    reused: html(pages.reused),
  };
}

/**
 * Builds N articles per locale with this project's real build (content check,
 * Astro, Pagefind); with `images` (default), every article has a cover (one
 * distinct picture per 10 articles) and every page a social image; with `rebuild`, then changes the title of one article in
 * the middle of the English archive and builds again with the cache.
 */
export function runBuild(perLocale: number, { rebuild = false, images = true } = {}): BenchRun {
  const work = mkdtempSync(path.join(os.tmpdir(), `bench-${perLocale}-`));
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  const pictures = images ? Math.max(1, Math.round(perLocale / 10)) : 0;
  const { articles } = writeCorpus(content, perLocale, path.join(root, 'content'), {}, pictures);
  const env = buildEnv({
    ...(!images && { OG_IMAGES: 'off' }),
    CONTENT_DIR: content,
    OUT_DIR: dist,
    CACHE_DIR: path.join(work, 'cache'),
  });
  // `npm run build`, exactly as the author builds (content check, Astro, Pagefind).
  const command = ['npm', 'run', 'build', '--silent'];
  try {
    const build = timedBuild(root, command, env, `${perLocale}/locale`);
    const summary = summarise('this site', perLocale, articles, dist, build, PAGE_KINDS);
    if (rebuild) {
      const name = editedArticle(perLocale);
      summary.rebuild = rebuildAfterEdit(
        path.join(content, 'articles/en', `${name}.mdx`),
        path.join(dist, 'en/articles', name, 'index.html'),
        () => timedBuild(root, command, env, `${perLocale}/locale, after one edit`),
      );
    }
    return summary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Builds the same N articles per locale with Starlight (its own sidebar,
 * search and styles), then, like ours, again after one edited title: Starlight
 * gives no cache keys, so that build renders every page again, with Astro's
 * content cache warm.
 */
export function runStarlight(perLocale: number): BenchRun {
  const project = ensureStarlight();
  const work = mkdtempSync(path.join(os.tmpdir(), `bench-starlight-${perLocale}-`));
  writeCorpus(path.join(work, 'content'), perLocale, path.join(root, 'content'));
  const articles = writeStarlightDocs(path.join(work, 'content'));
  rmSync(work, { recursive: true, force: true });
  const command = [
    process.execPath,
    path.join(project, 'node_modules/astro/bin/astro.mjs'),
    'build',
  ];
  const env = buildEnv({ PATH: projectPath() });
  const label = `Starlight ${perLocale}/locale`;
  const build = timedBuild(project, command, env, label);
  const dist = path.join(project, 'dist');
  const summary = summarise('Starlight', perLocale, articles, dist, build, {
    article: starlightArticlePath,
  });
  const name = editedArticle(perLocale);
  summary.rebuild = rebuildAfterEdit(
    path.join(starlightDocs, 'en', `${name}.mdx`),
    path.join(dist, 'en', name, 'index.html'),
    () => timedBuild(project, command, env, `${label}, after one edit`),
  );
  return summary;
}
