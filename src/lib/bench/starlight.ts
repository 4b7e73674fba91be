/**
 * The comparison side of `npm run bench -- --starlight`: builds the same
 * synthetic articles with Starlight (Astro's documentation framework, on the
 * same Astro 7 and Pagefind) in a throwaway project. Starlight is installed
 * from scripts/bench-starlight/package.json and its lock into
 * node_modules/.cache/bench-starlight — never into the site's dependencies —
 * and built with the same Node as the site (24, from the `node` package).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { localeKeys, site } from '~/site.config';
import { UserError } from '~/lib/cli';

const root = path.resolve(import.meta.dirname, '../../..');
const recipe = path.join(root, 'scripts/bench-starlight');
const project = path.join(root, 'node_modules/.cache/bench-starlight');
const RECIPE_FILES = ['package.json', 'package-lock.json'];
/** Where the articles go, one folder per locale, as Starlight's docs. */
export const starlightDocs = path.join(project, 'src/content/docs');

/**
 * PATH with the project's node_modules/.bin first, so npm, its install
 * scripts and Astro all run on the Node 24 the site builds with.
 */
export function projectPath(): string {
  return [path.join(root, 'node_modules/.bin'), process.env.PATH].join(path.delimiter);
}

/** Installs Starlight once (npm, from its own lock) and returns the project folder. */
export function ensureStarlight(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24)
    throw new Error(`The benchmark needs Node 24 (this is ${process.version}): run npm run bench`);
  mkdirSync(project, { recursive: true });
  const same = (file: string) =>
    existsSync(path.join(project, file)) &&
    readFileSync(path.join(project, file), 'utf8') ===
      readFileSync(path.join(recipe, file), 'utf8');
  if (
    !RECIPE_FILES.every(same) ||
    !existsSync(path.join(project, 'node_modules/@astrojs/starlight'))
  ) {
    console.log(
      'Installing Starlight for the comparison (once, into node_modules/.cache/bench-starlight)…',
    );
    for (const file of RECIPE_FILES)
      copyFileSync(path.join(recipe, file), path.join(project, file));
    // `npm install` from the lock, as .ci/run does: `npm ci` refuses a lock written on Linux,
    // which lacks other platforms' optional native packages.
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
      cwd: project,
      stdio: 'inherit',
      env: { ...process.env, PATH: projectPath() },
    });
    if (npm.status !== 0) throw new UserError('npm install of Starlight failed (see above)');
  }
  return project;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({
    title: ${JSON.stringify(site.name)},
    defaultLocale: 'en',
    locales: ${JSON.stringify(Object.fromEntries(localeKeys.map((l) => [l, { label: l, lang: l === 'zh' ? 'zh-CN' : l }])))},
  })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Copies the corpus's articles into Starlight's docs folder: same bodies,
 * title and description only (Starlight's schema has no topics or dates),
 * links rewritten to Starlight's URLs.
 */
export function writeStarlightDocs(corpus: string): number {
  const docs = starlightDocs;
  rmSync(path.join(project, 'src'), { recursive: true, force: true });
  rmSync(path.join(project, 'dist'), { recursive: true, force: true });
  // A cold build: no content cache left from an earlier run (Astro keeps it in node_modules/.astro).
  for (const cache of ['.astro', 'node_modules/.astro'])
    rmSync(path.join(project, cache), { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(path.join(project, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(project, 'src/content.config.ts'), CONTENT_CONFIG);
  let count = 0;
  for (const locale of localeKeys) {
    const from = path.join(corpus, 'articles', locale);
    mkdirSync(path.join(docs, locale), { recursive: true });
    for (const file of readdirSync(from)) {
      const text = readFileSync(path.join(from, file), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const kept = front
        .split('\n')
        .filter((line) => /^(title|description):/.test(line))
        .join('\n');
      writeFileSync(
        path.join(docs, locale, file),
        `---\n${kept}\n---\n${body.replaceAll(`/${locale}/articles/`, `/${locale}/`)}`,
      );
      count++;
    }
  }
  return count;
}

export const starlightProject = project;
export const starlightArticlePath = '/en/article-0/';
