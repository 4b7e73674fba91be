import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeKeys, site, type Locale } from '~/site.config';
import { loadArticles, loadTopics, type Article } from '~/lib/collections';
import { sharedKey, withCacheKeys } from '~/lib/cache-keys';
import { useTranslations } from '~/lib/i18n';
import { localePath } from '~/lib/urls';

export const getStaticPaths = (async () => {
  const [articles, labels] = await Promise.all([loadArticles(), loadTopics()]);
  const paths = localeKeys.map((locale) => ({
    params: { locale },
    props: { locale, articles: articles.filter((a) => a.locale === locale).slice(0, 50) },
  }));
  return withCacheKeys(paths, sharedKey(labels));
}) satisfies GetStaticPaths;

/** One feed per locale with that locale's 50 newest articles. */
export const GET: APIRoute = async ({ props }) => {
  const { locale, articles } = props as { locale: Locale; articles: Article[] };
  const t = useTranslations(locale);
  return rss({
    title: t('rss.title', { site: site.name }),
    description: t('site.description'),
    site: new URL(localePath(locale), site.url).href,
    customData: `<language>${site.locales[locale].lang}</language>`,
    trailingSlash: true,
    items: articles.map((a) => ({
      title: a.title,
      description: a.description,
      pubDate: a.date,
      link: a.path,
      categories: a.topics,
      author: `${site.email.articles} (${a.author})`,
    })),
  });
};
