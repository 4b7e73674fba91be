import { describe, expect, it } from 'vitest';
import type { Engagement } from '~/lib/organisers';
import {
  articleJsonLd,
  authorProfiles,
  engagementJsonLd,
  jsonLdScript,
  personJsonLd,
  PERSON_ID,
  speakerJsonLd,
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

describe('the speaker and their engagements', () => {
  const zurich: Engagement = {
    id: 'zurich-2024',
    event: 'Service Excellence Tage Zürich',
    date: new Date(Date.UTC(2024, 8, 26)),
    city: { en: 'Zurich', de: 'Zürich' },
    country: 'CH',
    audience: 260,
    talk: 'automation-without-abandonment',
    format: 'keynote',
    delivery: 'hybrid',
  };

  it('describes an engagement as an Event at a Place with locality and country, the speaker performing', () => {
    expect(
      engagementJsonLd(zurich, 'de', { name: 'Automatisierung', url: 'https://x.test/de/k/' }),
    ).toEqual({
      '@type': 'Event',
      name: 'Service Excellence Tage Zürich',
      startDate: '2024-09-26',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Zürich',
        address: { '@type': 'PostalAddress', addressLocality: 'Zürich', addressCountry: 'CH' },
      },
      maximumAttendeeCapacity: 260,
      performer: { '@type': 'Person', '@id': PERSON_ID, name: site.author.name },
      workPerformed: {
        '@type': 'CreativeWork',
        name: 'Automatisierung',
        url: 'https://x.test/de/k/',
      },
    });
  });

  it('places an online engagement at a VirtualLocation', () => {
    const online = { ...zurich, delivery: 'virtual' as const, city: undefined, country: undefined };
    const ld = engagementJsonLd(online, 'en');
    expect(ld.location).toEqual({ '@type': 'VirtualLocation', name: 'Online' });
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(ld).not.toHaveProperty('workPerformed');
  });

  it('gives the speaker the languages of their talks and the events they performed at', () => {
    const ld = speakerJsonLd(
      'de',
      [
        {
          title: 'T',
          summary: 'S',
          path: '/de/keynotes/t/',
          formats: ['keynote'],
          lengths: [{ minutes: 45 }, { minutes: 30 }],
          languages: ['de', 'zh', 'en'],
        },
      ],
      [engagementJsonLd(zurich, 'de')],
    );
    expect(ld['@id']).toBe(PERSON_ID);
    expect(ld.knowsLanguage).toEqual(['de', 'zh-CN', 'en']);
    expect(ld.performerIn).toHaveLength(1);
    expect(ld.makesOffer[0]!.itemOffered.timeRequired).toBe('PT30M');
  });

  it('reads profile links for sameAs in any of the shapes a site config may give them, https only', () => {
    expect(authorProfiles({ name: 'x' })).toEqual([]);
    expect(authorProfiles({ profiles: ['https://a.test/me', 'http://b.test/me'] })).toEqual([
      'https://a.test/me',
    ]);
    expect(
      authorProfiles({ profiles: [{ label: 'LinkedIn', url: 'https://www.linkedin.com/in/x' }] }),
    ).toEqual(['https://www.linkedin.com/in/x']);
    expect(authorProfiles({ profiles: { mastodon: 'https://m.test/@x' } })).toEqual([
      'https://m.test/@x',
    ]);
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
