/**
 * npm run bench [-- --n 1000]
 * Builds a synthetic corpus (N articles per locale, and N/4) with the
 * project's real build (content check, Astro, Pagefind) in a temporary
 * folder, then prints one table and writes bench-results.json: build wall
 * time, time per page, peak memory, dist/ and index size, and the HTML, CSS
 * and JS bytes each page kind loads on first view.
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
import { writeCorpus } from './bench-corpus';
import { ensureStarlight, starlightArticlePath, writeStarlightDocs } from './bench-starlight';

const root = path.resolve(import.meta.dirname, '..');

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

const KINDS: Record<string, string> = {
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
    throw new Error(`${label} build failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
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
  // `npm run build`, exactly as the author builds (content check, Astro, Pagefind).
  const build = timedBuild(root, ['npm', 'run', 'build', '--silent'], env, `${perLocale}/locale`);
  const summary = summarise('this site', perLocale, articles, dist, build, KINDS);
  rmSync(work, { recursive: true, force: true });
  return summary;
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

function cell(run: BenchRun, kind: string): string {
  const k = run.kinds[kind];
  return k ? `${k.html} / ${k.css} / ${k.js}` : 'n/a';
}

function printTable(runs: BenchRun[]) {
  const rows = [
    ['articles', ...runs.map((r) => String(r.articles))],
    ['pages built', ...runs.map((r) => String(r.pages))],
    ['cold build (s)', ...runs.map((r) => String(r.buildSeconds))],
    ['ms per page', ...runs.map((r) => String(r.msPerPage))],
    ['peak memory (MB)', ...runs.map((r) => String(r.peakMemoryMB ?? 'n/a'))],
    ['dist/ (MB)', ...runs.map((r) => String(r.distMB))],
    ['Pagefind index (MB)', ...runs.map((r) => String(r.indexMB))],
    ...Object.keys(KINDS).map((kind) => [
      `${kind}: HTML/CSS/JS bytes`,
      ...runs.map((r) => cell(r, kind)),
    ]),
  ];
  const width = Math.max(...rows.map((r) => r[0]!.length));
  console.log(
    `\n${'measure'.padEnd(width)} | ${runs.map((r) => `${r.label}, ${r.articlesPerLocale}/locale`.padStart(26)).join(' | ')}`,
  );
  for (const row of rows)
    console.log(
      `${row[0]!.padEnd(width)} | ${row
        .slice(1)
        .map((c) => c.padStart(26))
        .join(' | ')}`,
    );
}

/** The issue's targets, checked against a Starlight build of the same corpus. */
function compare(ours: BenchRun, starlight: BenchRun) {
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  const page = (r: BenchRun) =>
    r.kinds.article ? r.kinds.article.html + r.kinds.article.css : NaN;
  const checks = [
    {
      target: 'build time per page ≤ 0.8× Starlight',
      value: ratio(ours.msPerPage, starlight.msPerPage),
      ok: ours.msPerPage <= 0.8 * starlight.msPerPage,
    },
    {
      target: 'peak memory ≤ Starlight',
      value: ratio(ours.peakMemoryMB ?? NaN, starlight.peakMemoryMB ?? NaN),
      ok: (ours.peakMemoryMB ?? Infinity) <= (starlight.peakMemoryMB ?? 0),
    },
    {
      target: 'article HTML + CSS ≤ 0.5× Starlight',
      value: ratio(page(ours), page(starlight)),
      ok: page(ours) <= 0.5 * page(starlight),
    },
  ];
  console.log(`\nAgainst Starlight at ${ours.articlesPerLocale}/locale:`);
  for (const c of checks)
    console.log(`  ${c.ok ? 'met    ' : 'NOT met'}  ${c.target}: ×${c.value}`);
  return checks;
}

function main() {
  const args = process.argv.slice(2);
  const flag = args.indexOf('--n');
  const n = flag >= 0 ? Number(args[flag + 1]) : 1000;
  if (!Number.isInteger(n) || n < 4) {
    console.error('--n must be a whole number of articles per locale, at least 4');
    process.exit(1);
  }
  const sizes = [Math.floor(n / 4), n];
  const runs = sizes.map((size) => {
    console.log(`Building ${size} articles per locale (${size * 3} articles)…`);
    return runBuild(size);
  });
  let starlight: BenchRun | undefined;
  if (args.includes('--starlight')) {
    console.log(`Building the same ${n} articles per locale with Starlight…`);
    starlight = runStarlight(n);
  }
  printTable(starlight ? [...runs, starlight] : runs);
  const [small, large] = runs as [BenchRun, BenchRun];
  const growth = {
    pages: Number((large.pages / small.pages).toFixed(2)),
    buildTime: Number((large.buildSeconds / small.buildSeconds).toFixed(2)),
    dist: Number((large.distMB / small.distMB).toFixed(2)),
  };
  console.log(
    `\nGrowth from ${small.articlesPerLocale} to ${large.articlesPerLocale} per locale: pages ×${growth.pages}, build time ×${growth.buildTime}, dist/ ×${growth.dist} (linear would be about ×${growth.pages}).`,
  );
  const targets = starlight ? compare(large, starlight) : undefined;
  const out = path.join(root, 'bench-results.json');
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, runs, starlight, growth, targets }, null, 2)}\n`,
  );
  console.log(`Wrote ${path.relative(process.cwd(), out)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
