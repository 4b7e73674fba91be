import { describe, expect, it } from 'vitest';
import {
  articleJsonLd,
  jsonLdScript,
  personJsonLd,
  type ArticleFacts,
} from '~/lib/structured-data';
import { localeKeys, site } from '~/site.config';

const facts: ArticleFacts = {
  url: 'https://www.example.com/de/articles/erstloesung/',
  lang: 'de',
  title: 'Erstlösungsquote richtig messen',
  description: 'Was die Quote misst.',
  date: new Date(Date.UTC(2025, 2, 14)),
  author: 'Morgan Reyes',
  keywords: ['Betrieb', 'Qualität'],
  translations: [{ lang: 'en', url: 'https://www.example.com/en/articles/first-contact/' }],
};

describe('articleJsonLd', () => {
  it('describes an article with its language, headline and ISO publication date', () => {
    const ld = articleJsonLd(facts);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Article');
    expect(ld.inLanguage).toBe('de');
    expect(ld.headline).toBe('Erstlösungsquote richtig messen');
    expect(ld.datePublished).toBe('2025-03-14T00:00:00.000Z');
    expect(ld.url).toBe(facts.url);
    expect(ld.mainEntityOfPage).toBe(facts.url);
  });

  it('uses the publication date as modification date until the article is updated', () => {
    expect(articleJsonLd(facts).dateModified).toBe('2025-03-14T00:00:00.000Z');
    expect(articleJsonLd({ ...facts, updated: new Date(Date.UTC(2025, 5, 1)) }).dateModified).toBe(
      '2025-06-01T00:00:00.000Z',
    );
  });

  it('lists the translations and the keywords', () => {
    const ld = articleJsonLd(facts);
    expect(ld.workTranslation).toEqual([
      {
        '@type': 'Article',
        inLanguage: 'en',
        url: 'https://www.example.com/en/articles/first-contact/',
      },
    ]);
    expect(ld.keywords).toBe('Betrieb, Qualität');
    expect(ld.author).toEqual({ '@type': 'Person', name: 'Morgan Reyes' });
  });
});

describe('personJsonLd', () => {
  it('describes the author from the site configuration', () => {
    expect(personJsonLd('en')).toMatchObject({
      '@type': 'Person',
      name: site.author.name,
      description: site.author.bio.en,
      email: `mailto:${site.email.articles}`,
      sameAs: site.author.profiles.map((p) => p.url),
    });
  });

  it('gives the job title and bio in the page’s language, not in English everywhere', () => {
    for (const locale of localeKeys) {
      expect(personJsonLd(locale)).toMatchObject({
        jobTitle: site.author.jobTitle[locale],
        description: site.author.bio[locale],
      });
    }
    expect(personJsonLd('de').jobTitle).not.toBe(personJsonLd('en').jobTitle);
    expect(personJsonLd('zh').jobTitle).toMatch(/\p{Script=Han}/u);
  });
});

describe('jsonLdScript', () => {
  const hostile = {
    ...facts,
    title: 'Evil </script><script>alert(1)</script>',
    description: '<!-- comment --> </SCRIPT >',
  };

  it('cannot close the script element, however the title is written', () => {
    const text = jsonLdScript(articleJsonLd(hostile));
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).not.toContain('<!--');
    expect(text).not.toContain('<');
  });

  it('still parses back to exactly the same data', () => {
    const data = articleJsonLd(hostile);
    expect(JSON.parse(jsonLdScript(data))).toEqual(JSON.parse(JSON.stringify(data)));
    expect(JSON.parse(jsonLdScript(data)).headline).toBe('Evil </script><script>alert(1)</script>');
  });
});
