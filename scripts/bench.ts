/**
 * npm run bench [-- --n 1000]
 * Builds a synthetic corpus (N articles per locale, and N/4) with the
 * project's real build (content check, Astro, Pagefind) in a temporary
 * folder, then prints one table and writes bench-results.json: build wall
 * time, time per page, peak memory, dist/ and index size, and the HTML, CSS
 * and JS bytes each page kind loads on first view.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from './bench-corpus';

const root = path.resolve(import.meta.dirname, '..');
const astro = path.join(root, 'node_modules/astro/astro.js');

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
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css += read(m[1]!).length;
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += Buffer.byteLength(m[1]!);
  let js = 0;
  const seen = new Set<string>();
  const addModule = (href: string) => {
    if (seen.has(href)) return;
    seen.add(href);
    const text = read(href).toString();
    js += Buffer.byteLength(text);
    for (const imp of text.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) addModule(path.posix.join(path.posix.dirname(href), imp[1]!));
  };
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/application\/ld\+json/.test(m[1]!)) continue;
    const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
    if (src) addModule(src);
    else {
      js += Buffer.byteLength(m[2]!);
      for (const imp of m[2]!.matchAll(/(?:from|import)\s*["'](\/[^"']+\.js)["']/g)) addModule(imp[1]!);
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

export function runBuild(perLocale: number) {
  const work = mkdtempSync(path.join(os.tmpdir(), `bench-${perLocale}-`));
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  const { articles } = writeCorpus(content, perLocale, path.join(root, 'content'));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: path.join(work, 'cache') };
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = timed
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, astro, 'build'], { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(process.execPath, [astro, 'build'], { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build of ${perLocale}/locale failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '')?.[1];
  const pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).length;
  const kinds = Object.fromEntries(Object.entries(KINDS).map(([kind, p]) => [kind, firstView(dist, p)]));
  const summary = {
    articlesPerLocale: perLocale,
    articles,
    pages,
    buildSeconds: Number(seconds.toFixed(1)),
    msPerPage: Number(((seconds * 1000) / pages).toFixed(2)),
    peakMemoryMB: rss ? Math.round(Number(rss) / 1024) : null,
    distMB: Number((dirBytes(dist) / 1048576).toFixed(1)),
    indexMB: Number((dirBytes(path.join(dist, 'pagefind')) / 1048576).toFixed(2)),
    kinds,
  };
  rmSync(work, { recursive: true, force: true });
  return summary;
}

function main() {
  const flag = process.argv.indexOf('--n');
  const n = flag >= 0 ? Number(process.argv[flag + 1]) : 1000;
  if (!Number.isInteger(n) || n < 4) throw new Error('--n must be a whole number of articles per locale, at least 4');
  const sizes = [Math.floor(n / 4), n];
  const runs = sizes.map((size) => {
    console.log(`Building ${size} articles per locale (${size * 3} articles)…`);
    return runBuild(size);
  });
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
      ...runs.map((r) => {
        const k = r.kinds[kind];
        return k ? `${k.html} / ${k.css} / ${k.js}` : 'n/a';
      }),
    ]),
  ];
  const width = Math.max(...rows.map((r) => r[0]!.length));
  console.log(`\n${'measure'.padEnd(width)} | ${sizes.map((s) => `${s}/locale`.padStart(22)).join(' | ')}`);
  for (const row of rows) console.log(`${row[0]!.padEnd(width)} | ${row.slice(1).map((c) => c.padStart(22)).join(' | ')}`);
  const [small, large] = runs as [(typeof runs)[0], (typeof runs)[0]];
  const growth = {
    pages: Number((large.pages / small.pages).toFixed(2)),
    buildTime: Number((large.buildSeconds / small.buildSeconds).toFixed(2)),
    dist: Number((large.distMB / small.distMB).toFixed(2)),
  };
  console.log(`\nGrowth from ${small.articlesPerLocale} to ${large.articlesPerLocale} per locale: pages ×${growth.pages}, build time ×${growth.buildTime}, dist/ ×${growth.dist} (linear would be about ×${growth.pages}).`);
  const out = path.join(root, 'bench-results.json');
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, runs, growth }, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), out)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
