/**
 * The comparison side of `npm run bench -- --starlight`: builds the same
 * synthetic articles with Starlight (Astro's documentation framework, same
 * Astro 5 and Pagefind) in a throwaway project. Starlight is installed from
 * scripts/bench-starlight/package.json (and its lock) into
 * node_modules/.cache/bench-starlight — never into the site's dependencies.
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

/** Installs Starlight once (npm, from its own lock) and returns the project folder. */
export function ensureStarlight(): string {
  mkdirSync(project, { recursive: true });
  const wanted = readFileSync(path.join(recipe, 'package.json'), 'utf8');
  const installed = existsSync(path.join(project, 'package.json'))
    ? readFileSync(path.join(project, 'package.json'), 'utf8')
    : '';
  if (wanted !== installed || !existsSync(path.join(project, 'node_modules/@astrojs/starlight'))) {
    console.log(
      'Installing Starlight for the comparison (once, into node_modules/.cache/bench-starlight)…',
    );
    copyFileSync(path.join(recipe, 'package.json'), path.join(project, 'package.json'));
    copyFileSync(path.join(recipe, 'package-lock.json'), path.join(project, 'package-lock.json'));
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
      cwd: project,
      stdio: 'inherit',
    });
    if (npm.status !== 0) throw new UserError('npm install of Starlight failed (see above)');
  }
  return project;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  telemetry: false,
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
  const docs = path.join(project, 'src/content/docs');
  rmSync(path.join(project, 'src'), { recursive: true, force: true });
  rmSync(path.join(project, 'dist'), { recursive: true, force: true });
  rmSync(path.join(project, '.astro'), { recursive: true, force: true });
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
