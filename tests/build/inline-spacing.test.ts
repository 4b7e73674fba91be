/**
 * Astro 7 compresses HTML the JSX way (`compressHTML: 'jsx'`), which drops whitespace between
 * inline elements. Words must still not run together around links, emphasis, strong text and
 * code in articles: every paragraph, list item, quote and heading of the sample articles that
 * holds such markup is read as plain text (Markdown syntax stripped) and must appear exactly so
 * in the text of the built page, with inline tags transparent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-root';
import { splitFrontmatter } from '~/lib/frontmatter';
import { localeKeys } from '~/site.config';
import { page } from '../support/dist';

const INLINE = {
  link: /(?<!!)\[([^\]]+)\]\([^)\s]+\)/g,
  strong: /\*\*([^*]+)\*\*|__([^_]+)__/g,
  emphasis: /(?<![*\w])\*([^*\s][^*]*)\*(?!\*)|(?<![_\w])_([^_\s][^_]*)_(?![_\w])/g,
  code: /`([^`]+)`/g,
};
type Kind = keyof typeof INLINE;

/** The text a reader sees for one line of Markdown: block markers and inline syntax removed. */
function plainText(line: string): string {
  let text = line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '');
  for (const pattern of Object.values(INLINE))
    text = text.replace(pattern, (_match, ...rest: unknown[]) =>
      // rest: the capture groups, then the offset and the whole string
      rest
        .slice(0, -2)
        .filter((group) => typeof group === 'string')
        .join(''),
    );
  return text.replace(/\\([{}<>*_`[\]\\])/g, '$1').replace(/&lt;/g, '<');
}

/**
 * Compares text as a reader would: typographic quotes, dashes and ellipses (Astro's smartypants)
 * count as their ASCII forms and runs of whitespace as one space, but a missing space still counts.
 */
const normalise = (text: string) =>
  text
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/---|--|[–—]/g, '-')
    .replace(/\.\.\.|…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();

interface Sample {
  file: string;
  url: string;
  kinds: Kind[];
  text: string;
}

/** Lines of an MDX body with inline markup, outside code blocks, tables, images and JSX. */
function samples(file: string, url: string): Sample[] {
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!split.ok) throw new Error(`${file}: ${split.problem}`);
  const found: Sample[] = [];
  let inFence = false;
  for (const line of split.body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || /^\s*(\||<|import\s|export\s)/.test(line) || line.includes('![')) continue;
    const kinds = (Object.keys(INLINE) as Kind[]).filter((k) => line.match(INLINE[k]));
    if (kinds.length) found.push({ file, url, kinds, text: plainText(line) });
  }
  return found;
}

const articles = checkContent(contentRoot()).entries.filter(
  (e) => e.kind === 'articles' && !e.draft,
);
const all = articles.flatMap((e) => samples(e.file, `/${e.locale}/articles/${e.slug}/`));

describe('spaces around inline markup in built articles', () => {
  it('finds sentences with a link and with strong or emphasised text in every language', () => {
    const found = (locale: string, kinds: Kind[]) =>
      all.some((s) => s.url.startsWith(`/${locale}/`) && s.kinds.some((k) => kinds.includes(k)));
    const locales = [...new Set(articles.map((e) => e.locale))];
    expect(locales.sort()).toEqual([...localeKeys].sort());
    expect(locales.filter((l) => !found(l, ['link']))).toEqual([]);
    expect(locales.filter((l) => !found(l, ['strong', 'emphasis']))).toEqual([]);
  });

  it('shows every such sentence in the built page exactly as its plain text reads', () => {
    const pageText = new Map<string, string>();
    const missing: string[] = [];
    for (const sample of all) {
      let text = pageText.get(sample.url);
      if (text === undefined) {
        text = normalise(page(sample.url).querySelector('article')!.textContent);
        pageText.set(sample.url, text);
      }
      if (!text.includes(normalise(sample.text)))
        missing.push(`${sample.url} (${sample.kinds.join(', ')}): ${sample.text}`);
    }
    expect(missing, 'not found in the page text, words probably run together').toEqual([]);
  });
});
