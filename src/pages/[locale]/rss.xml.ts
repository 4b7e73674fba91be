import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { site, type Locale } from '~/site.config';
import { loadArticles, localeParams } from '~/lib/collections';
import { useTranslations } from '~/lib/i18n';
import { localePath } from '~/lib/urls';

export const getStaticPaths = localeParams satisfies GetStaticPaths;

/** One feed per locale with that locale's articles, newest first. */
export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = useTranslations(locale);
  const articles = (await loadArticles()).filter((a) => a.locale === locale).slice(0, 50);
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
