/**
 * What organisers weigh besides the abstract: testimonials and past engagements, checked with
 * one line per mistake, and chosen and ordered the same way for every page that shows them.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '~/lib/content-check';
import {
  cardTestimonial,
  countryIn,
  engagementsFor,
  engagementsNewestFirst,
  keynoteLengths,
  lengthLabel,
  organiserData,
  placeIn,
  talkMinutes,
  testimonialsFor,
  type Engagement,
  type Testimonial,
} from '~/lib/organisers';

const quote = (over: Partial<Testimonial>): Testimonial => ({
  id: 'en/x',
  locale: 'en',
  quote: 'Good.',
  name: 'A',
  role: 'R',
  organisation: 'O',
  year: 2024,
  talks: ['early-warning-system'],
  ...over,
});

const engagement = (id: string, day: string, talk = 'early-warning-system'): Engagement => ({
  id,
  event: id,
  date: new Date(`${day}T00:00:00Z`),
  city: 'Leeds',
  country: 'GB',
  talk,
  format: 'keynote',
  delivery: 'in-person',
});

describe('testimonialsFor', () => {
  const all = [
    quote({ id: 'en/old', year: 2022 }),
    quote({ id: 'de/neu', locale: 'de', year: 2025 }),
    quote({ id: 'en/new', year: 2025 }),
    quote({ id: 'zh/other-talk', locale: 'zh', talks: ['beyond-handle-time'] }),
    quote({ id: 'de/alt', locale: 'de', year: 2023 }),
  ];

  it('shows only the quotes about the talk, in the page’s language first, then the newest', () => {
    expect(testimonialsFor(all, 'early-warning-system', 'de').map((t) => t.id)).toEqual([
      'de/neu',
      'de/alt',
      'en/new',
      'en/old',
    ]);
    expect(testimonialsFor(all, 'early-warning-system', 'en').map((t) => t.id)).toEqual([
      'en/new',
      'en/old',
      'de/neu',
      'de/alt',
    ]);
  });

  it('gives a card the first of them, or nothing for a talk nobody has quoted', () => {
    expect(cardTestimonial(all, 'early-warning-system', 'zh')?.id).toBe('de/neu');
    expect(cardTestimonial(all, 'beyond-handle-time', 'en')?.id).toBe('zh/other-talk');
    expect(cardTestimonial(all, 'careers-in-customer-experience', 'en')).toBeUndefined();
  });
});

describe('engagements', () => {
  const all = [
    engagement('b', '2024-05-14'),
    engagement('c', '2025-04-03', 'beyond-handle-time'),
    engagement('a', '2024-05-14'),
    engagement('d', '2022-11-17'),
  ];

  it('lists them newest first, and by id on the same day', () => {
    expect(engagementsNewestFirst(all).map((e) => e.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('gives one talk its own track record, newest first', () => {
    expect(engagementsFor(all, 'early-warning-system').map((e) => e.id)).toEqual(['a', 'b', 'd']);
    expect(engagementsFor(all, 'quality-agents-trust')).toEqual([]);
  });

  it('names cities and countries in the reader’s language', () => {
    const munich = { en: 'Munich', de: 'München' };
    expect(placeIn(munich, 'de')).toBe('München');
    expect(placeIn(munich, 'zh')).toBe('Munich');
    expect(placeIn('Leeds', 'zh')).toBe('Leeds');
    expect(countryIn('DE', 'en')).toBe('Germany');
    expect(countryIn('DE', 'de')).toBe('Deutschland');
    expect(countryIn('DE', 'zh')).toBe('德国');
  });
});

describe('keynote lengths', () => {
  const lengths = [{ minutes: 60 }, { minutes: 30, qa: 10 }, { minutes: 30 }, { minutes: 45 }];

  it('sorts from short to long and gives each talk length once for the filter', () => {
    expect(keynoteLengths({ lengths })).toEqual([
      { minutes: 30 },
      { minutes: 30, qa: 10 },
      { minutes: 45 },
      { minutes: 60 },
    ]);
    expect(talkMinutes({ lengths })).toEqual([30, 45, 60]);
  });

  it('writes a length with its Q&A in the reader’s words', () => {
    const withQa = (talk: string, qa: string) => `${talk} + ${qa} Q&A`;
    expect(lengthLabel({ minutes: 30, qa: 10 }, 'en', withQa)).toBe('30 min + 10 min Q&A');
    expect(lengthLabel({ minutes: 45 }, 'en', withQa)).toBe('45 min');
  });
});

describe('the content check on testimonials and engagements', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The valid fixture plus one keynote, `early-warning-system`, and the given files. */
  function check(files: Record<string, string>) {
    dir = mkdtempSync(path.join(os.tmpdir(), 'organisers-'));
    cpSync(path.resolve(import.meta.dirname, '../fixtures/valid'), dir, { recursive: true });
    const all = {
      'keynotes/en/early-warning-system.mdx':
        '---\ntitle: "Early warning"\nsummary: "S."\ntopics: [operations]\nformats: [keynote]\nlengths: [{ minutes: 30 }]\ndelivery: [in-person]\ntakeaways: [A]\n---\nAbstract.\n',
      ...files,
    };
    for (const [file, text] of Object.entries(all)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    return checkContent(dir);
  }
  const testimonial = (fields: string, body = '') =>
    `---\nquote: "Clear and useful."\nname: "Sam Lee"\nrole: "Head of Service"\norganisation: "Northfield Utilities"\n${fields}\n---\n${body}`;

  it('accepts a testimonial and an engagement about an existing talk, and hands them on', () => {
    const report = check({
      'testimonials/de/northfield.mdx': testimonial('year: 2024\ntalks: [early-warning-system]'),
      'engagements.yaml':
        'leeds-2024:\n  event: Service Day\n  date: 2024-03-09\n  city: Leeds\n  country: GB\n  audience: 90\n  talk: early-warning-system\n  format: keynote\nonline-2025:\n  event: Webinar\n  date: 2025-01-09\n  talk: early-warning-system\n  format: webinar\n  delivery: virtual\n',
    });
    expect(report.errors).toEqual([]);
    const { testimonials, engagements } = organiserData(report);
    expect(testimonials).toEqual([
      expect.objectContaining({ id: 'de/northfield', locale: 'de', name: 'Sam Lee', year: 2024 }),
    ]);
    expect(engagementsNewestFirst(engagements).map((e) => [e.id, e.delivery])).toEqual([
      ['online-2025', 'virtual'],
      ['leeds-2024', 'in-person'],
    ]);
  });

  it('names an unknown talk, a year in the future and a quote written in the body, one line each', () => {
    const { errors } = check({
      'testimonials/en/a.mdx': testimonial('year: 2999\ntalks: [early-warning-sytem]', 'Words.\n'),
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /testimonials\/en\/a\.mdx: year 2999 is in the future: write the year it was said$/,
      ),
      expect.stringMatching(
        /testimonials\/en\/a\.mdx: the body is not shown: put the words in quote: and leave the body empty$/,
      ),
      expect.stringMatching(
        /testimonials\/en\/a\.mdx: talks: unknown keynote "early-warning-sytem": did you mean "early-warning-system"\? \(/,
      ),
    ]);
  });

  it('names every missing field of a testimonial', () => {
    const { errors } = check({ 'testimonials/en/a.mdx': '---\nquote: "Q."\n---\n' });
    expect(errors.map((e) => e.replace(/^.*a\.mdx: /, ''))).toEqual([
      'name is missing',
      'role is missing',
      'organisation is missing',
      'year is missing (the year it was said, e.g. ' + new Date().getUTCFullYear() + ')',
      'talks is missing (the keynotes it is about, e.g. [early-warning-system])',
    ]);
  });

  it('names each mistake in content/engagements.yaml with the engagement’s id', () => {
    const { errors, engagements } = check({
      'engagements.yaml': [
        'no-city:\n  event: E\n  date: 2024-03-09\n  country: DE\n  talk: early-warning-system\n  format: keynote',
        'bad-talk:\n  event: E\n  date: 2024-03-09\n  city: Bonn\n  country: DE\n  talk: handle-time\n  format: keynote',
        'bad-values:\n  event: E\n  date: 2024-02-31\n  city: Bonn\n  country: Germany\n  audience: many\n  talk: early-warning-system\n  format: keynote speech',
        'future:\n  event: E\n  date: 2999-01-01\n  delivery: virtual\n  talk: early-warning-system\n  format: webinar',
      ].join('\n'),
    });
    expect(errors.map((e) => e.replace(/^.*engagements\.yaml: /, ''))).toEqual([
      'engagement "no-city": city is missing (or write delivery: virtual for an online event)',
      expect.stringMatching(/^engagement "bad-talk": talk: unknown keynote "handle-time" \(/),
      'engagement "bad-values": date "2024-02-31" is not a real date',
      'engagement "bad-values": country must be a two-letter ISO code in capitals, such as DE, GB or SG',
      'engagement "bad-values": audience must be the number of people, e.g. 250',
      'engagement "bad-values": format "keynote speech" is not one of keynote, workshop, webinar, masterclass',
      'engagement "future": date "2999-01-01" is in the future: list an engagement once it has taken place',
    ]);
    expect(engagements).toEqual({});
  });

  it('refuses engagements written as a list', () => {
    const { errors } = check({ 'engagements.yaml': '- event: E\n' });
    expect(errors).toEqual([
      expect.stringMatching(/engagements\.yaml: must list each engagement under an id of its own/),
    ]);
  });
});
