/**
 * What organisers read in dist/: each keynote page's takeaways, testimonials and track record,
 * one testimonial at most per catalogue card, quotes in another language marked as such, the
 * about page's engagements newest first, and JSON-LD that parses with the speaker and events.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { checkContent, type CheckedEntry } from '~/lib/content-check';
import { contentRoot } from '~/lib/content-root';
import { isoDay } from '~/lib/dates';
import {
  engagementsFor,
  engagementsNewestFirst,
  organiserData,
  testimonialsFor,
} from '~/lib/organisers';
import type { KeynoteData } from '~/lib/schemas';
import { localeKeys, site } from '~/site.config';
import { page } from '../support/dist';

const report = checkContent(contentRoot());
const keynotes = report.entries.filter(
  (e): e is CheckedEntry<KeynoteData> => e.kind === 'keynotes',
);
const { testimonials, engagements } = organiserData(report);
const pathOf = (k: CheckedEntry) => `/${k.locale}/keynotes/${k.slug}/`;

/** Every JSON-LD object on a page, arrays flattened. */
function jsonLd(html: HTMLElement): Record<string, unknown>[] {
  return html
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((s) => [JSON.parse(s.textContent) as unknown].flat() as Record<string, unknown>[]);
}

describe('the sample content for organisers', () => {
  it('has at least eight testimonials in three languages about several talks, and ten engagements from 2022 on', () => {
    expect(testimonials.length).toBeGreaterThanOrEqual(8);
    expect(new Set(testimonials.map((t) => t.locale))).toEqual(new Set(localeKeys));
    expect(new Set(testimonials.flatMap((t) => t.talks)).size).toBeGreaterThanOrEqual(4);
    expect(engagements.length).toBeGreaterThanOrEqual(10);
    expect(new Set(engagements.map((e) => e.date.getUTCFullYear())).size).toBeGreaterThanOrEqual(4);
  });

  it('offers 30- and 45-minute versions of most keynotes', () => {
    const short = keynotes.filter((k) =>
      [30, 45].every((m) => k.data.lengths.some((l) => l.minutes === m)),
    );
    expect(short.length).toBeGreaterThan(keynotes.length / 2);
  });
});

describe('a keynote page', () => {
  it.each(keynotes.map((k) => [k.file, k] as const))(
    '%s lists its takeaways from the frontmatter, once',
    (_, keynote) => {
      const html = page(pathOf(keynote));
      expect(html.querySelectorAll('.takeaways li').map((li) => li.textContent.trim())).toEqual(
        keynote.data.takeaways,
      );
      const headings = html.querySelectorAll('.prose h2').map((h) => h.textContent);
      expect(new Set(headings).size, 'no second takeaways heading from the body').toBe(
        headings.length,
      );
    },
  );

  it('shows every testimonial about the talk, quotes in the page’s language first', () => {
    for (const keynote of keynotes) {
      const expected = testimonialsFor(testimonials, keynote.name, keynote.locale);
      const shown = page(pathOf(keynote))
        .querySelectorAll('.testimonials blockquote')
        .map((q) => q.textContent.trim());
      expect(shown, keynote.file).toEqual(expected.map((t) => t.quote));
    }
    expect(
      keynotes.filter((k) => testimonialsFor(testimonials, k.name, k.locale).length > 0).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it('marks a quote in another language with lang and a badge naming that language', () => {
    const html = page('/de/keynotes/early-warning-system/');
    const english = testimonials.find(
      (t) => t.locale === 'en' && t.talks.includes('early-warning-system'),
    )!;
    const figure = html
      .querySelectorAll('.testimonials figure')
      .find((f) => f.querySelector('blockquote')!.textContent.includes(english.quote))!;
    expect(figure.querySelector('blockquote')!.getAttribute('lang')).toBe('en');
    const badge = figure.querySelector('.language-badge')!;
    expect(badge.textContent.trim()).toBe('English');
    expect(badge.closest('[lang]')!.getAttribute('lang')).toBe('en');
    const german = html
      .querySelectorAll('.testimonials figure')
      .find((f) => !f.querySelector('.language-badge'))!;
    expect(german.querySelector('blockquote')!.hasAttribute('lang')).toBe(false);
  });

  it('lists where the talk has been given, newest first', () => {
    for (const keynote of keynotes) {
      const expected = engagementsFor(engagements, keynote.name).map((e) => isoDay(e.date));
      const shown = page(pathOf(keynote))
        .querySelectorAll('.track-record time')
        .map((t) => t.getAttribute('datetime'));
      expect(shown, keynote.file).toEqual(expected);
    }
    const record = page('/en/keynotes/early-warning-system/').querySelector('.track-record')!;
    expect(record.querySelector('h2')!.textContent).toBe('Given at');
    expect(record.textContent).toContain('Manchester, United Kingdom');
  });

  it('shows lengths with their Q&A and the delivery modes', () => {
    const facts = page('/en/keynotes/early-warning-system/').querySelector('.facts')!.textContent;
    expect(facts).toContain('30 min + 10 min Q&A, 45 min + 15 min Q&A, 3 hr');
    expect(facts).toContain('In person, Hybrid');
    const zh = page('/zh/keynotes/early-warning-system/').querySelector('.facts')!.textContent;
    expect(zh).toContain('30分钟＋10分钟问答');
  });
});

describe('the catalogue', () => {
  it.each(localeKeys)(
    '%s: shows at most one testimonial per card, the page’s language first',
    (locale) => {
      const cards = page(`/${locale}/keynotes/`).querySelectorAll('.keynote-card');
      let quoted = 0;
      for (const card of cards) {
        const quotes = card.querySelectorAll('blockquote');
        expect(quotes.length).toBeLessThanOrEqual(1);
        const best = testimonialsFor(testimonials, card.getAttribute('data-name')!, locale)[0];
        expect(quotes[0]?.textContent.trim()).toBe(best?.quote);
        if (best) {
          quoted++;
          expect(quotes[0]!.getAttribute('lang') ?? undefined).toBe(
            best.locale === locale ? undefined : site.locales[best.locale].lang,
          );
        }
      }
      expect(quoted).toBeGreaterThanOrEqual(4);
    },
  );
});

describe('the about page', () => {
  it.each(localeKeys)('%s: lists every engagement, newest first', (locale) => {
    const shown = page(`/${locale}/about/`)
      .querySelectorAll('.engagements time')
      .map((t) => t.getAttribute('datetime'));
    expect(shown).toEqual(engagementsNewestFirst(engagements).map((e) => isoDay(e.date)));
  });

  it('names places in the reader’s language and links each talk', () => {
    const de = page('/de/about/').querySelector('.engagements')!;
    expect(de.textContent).toContain('München, Deutschland');
    expect(de.querySelector('a[href="/de/keynotes/early-warning-system/"]')).not.toBeNull();
    expect(page('/zh/about/').querySelector('.engagements')!.textContent).toContain('慕尼黑，德国');
  });
});

describe('JSON-LD for organisers', () => {
  it.each(localeKeys)(
    '%s: the about page describes the speaker with languages and every engagement as an Event',
    (locale) => {
      const person = jsonLd(page(`/${locale}/about/`)).find((d) => d['@type'] === 'Person')!;
      expect(person.name).toBe(site.author.name);
      expect(person.knowsLanguage).toEqual(expect.arrayContaining(['en', 'de', 'zh-CN']));
      const events = person.performerIn as {
        '@type': string;
        startDate: string;
        performer: { '@id': string };
        location: {
          '@type': string;
          address?: { addressLocality: string; addressCountry: string };
        };
      }[];
      expect(events).toHaveLength(engagements.length);
      for (const event of events) {
        expect(event['@type']).toBe('Event');
        expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(event.performer['@id']).toBe(person['@id']);
        expect(['Place', 'VirtualLocation']).toContain(event.location['@type']);
        if (event.location['@type'] === 'Place') {
          expect(event.location.address!.addressLocality).toBeTruthy();
          expect(event.location.address!.addressCountry).toMatch(/^[A-Z]{2}$/);
        }
      }
    },
  );

  it('every keynote page’s JSON-LD parses and names the events the talk was given at', () => {
    for (const keynote of keynotes) {
      const person = jsonLd(page(pathOf(keynote))).find((d) => d['@type'] === 'Person')!;
      const events = (person.performerIn ?? []) as { startDate: string }[];
      expect(
        events.map((e) => e.startDate),
        keynote.file,
      ).toEqual(engagementsFor(engagements, keynote.name).map((e) => isoDay(e.date)));
    }
  });
});
