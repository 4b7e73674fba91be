/**
 * npm run audit [-- --no-build]
 * Builds the site, serves dist/ on 127.0.0.1 and runs Lighthouse (mobile
 * settings) with Debian's Chromium on every page kind in every locale, then
 * prints the four category scores and, for anything below 100, the audits
 * that cost points.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { localeKeys } from '~/site.config';
import { serveDir } from '../tests/support/static-server';
import { findChromium } from '../tests/support/chromium';

const root = path.resolve(import.meta.dirname, '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const pages = (locale: string) => ({
  home: `/${locale}/`,
  article: {
    en: '/en/articles/first-contact-resolution/',
    de: '/de/articles/erstloesungsquote/',
    zh: '/zh/articles/first-contact-resolution/',
  }[locale]!,
  'topic hub': `/${locale}/topics/leadership/`,
  keynote: {
    en: '/en/keynotes/early-warning-system/',
    de: '/de/keynotes/early-warning-system/',
    zh: '/zh/keynotes/early-warning-system/',
  }[locale]!,
  'keynote catalogue': `/${locale}/keynotes/`,
  quiz: {
    en: '/en/quizzes/contact-center-metrics/',
    de: '/de/quizzes/kennzahlen-im-kundenservice/',
    zh: '/en/quizzes/quality-and-coaching/',
  }[locale]!,
  search: `/${locale}/search/`,
});

async function main() {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const chromePath = findChromium();
  if (!chromePath) {
    console.error('No Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH.');
    process.exit(1);
  }
  const server = await serveDir(path.join(root, 'dist'));
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const rows: string[][] = [];
  const below: string[] = [];
  try {
    for (const locale of localeKeys) {
      for (const [kind, urlPath] of Object.entries(pages(locale))) {
        const result = await lighthouse(`${server.origin}${urlPath}`, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: [...CATEGORIES],
        });
        const lhr = result!.lhr;
        const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
        rows.push([locale, kind, ...scores.map(String)]);
        for (const category of CATEGORIES) {
          for (const ref of lhr.categories[category]!.auditRefs) {
            const audit = lhr.audits[ref.id]!;
            if (ref.weight > 0 && audit.score !== null && audit.score < 1)
              below.push(
                `${locale} ${kind} [${category}] ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
              );
          }
        }
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  console.log(
    `\n${'locale'.padEnd(7)}${'page'.padEnd(19)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`,
  );
  for (const [locale, kind, ...scores] of rows)
    console.log(
      `${locale!.padEnd(7)}${kind!.padEnd(19)}${scores.map((s) => s.padStart(16)).join('')}`,
    );
  console.log(
    below.length
      ? `\nBelow 100:\n${below.map((b) => `  ${b}`).join('\n')}`
      : '\nEvery page scores 100 in every category.',
  );
}

await main();
