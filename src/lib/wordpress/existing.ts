/**
 * What is already in `<content>/articles/`: per locale, the names (file
 * names) and the URL slugs in use, so the import never overwrites a file and
 * never gives two pages of one language the same address.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localeKeys, type Locale } from '~/site.config';
import { localeFolder } from '~/lib/content-paths';
import { splitFrontmatter } from '~/lib/frontmatter';

export interface ExistingArticles {
  /** Locale → name → file. */
  names: Map<Locale, Map<string, string>>;
  /** Locale → URL slug → file. */
  slugs: Map<Locale, Map<string, string>>;
}

export function existingArticles(contentDir: string): ExistingArticles {
  const names = new Map<Locale, Map<string, string>>();
  const slugs = new Map<Locale, Map<string, string>>();
  for (const locale of localeKeys) {
    const dir = localeFolder(contentDir, 'articles', locale);
    const byName = new Map<string, string>();
    const bySlug = new Map<string, string>();
    for (const entry of existsSync(dir) ? readdirSync(dir).sort() : []) {
      if (!entry.endsWith('.mdx')) continue;
      const file = path.join(dir, entry);
      const name = entry.slice(0, -'.mdx'.length);
      const split = splitFrontmatter(readFileSync(file, 'utf8'));
      const slug = split.ok && typeof split.data.slug === 'string' ? split.data.slug : name;
      byName.set(name, file);
      bySlug.set(slug, file);
    }
    names.set(locale, byName);
    slugs.set(locale, bySlug);
  }
  return { names, slugs };
}
