/**
 * The one place for site-wide settings: who the author is, where mail goes,
 * which locales exist. Everything else (routes, hreflang, the language switch,
 * RSS, JSON-LD) is derived from this file. Validated once at import time so a
 * typo here stops the build with a readable message.
 */
import { z } from 'astro/zod';

const localeSchema = z.object({
  /** Name of the language in that language, as shown in the switcher. */
  label: z.string().min(1),
  /** BCP 47 tag for `<html lang>`, hreflang and Intl formatting. */
  lang: z.string().min(2),
  /** BCP 47 tag for formatting dates, when it differs from `lang` (e.g. en-GB: "14 March 2025"). */
  dateLocale: z.string().min(2).optional(),
  dir: z.enum(['ltr', 'rtl']),
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: z.string().regex(/^[a-z]{2}_[A-Z]{2}$/),
  /** Reading speed for the reading-time estimate: words (or CJK characters) per minute. */
  readingRate: z.object({
    unit: z.enum(['words', 'characters']),
    perMinute: z.number().positive(),
  }),
});

/** A text in every locale: `{ en: '…', de: '…', zh: '…' }` (checked against `locales` below). */
const perLocale = z.record(z.string(), z.string().min(1, 'write the text, it is empty'));

const siteSchema = z.object({
  /** Absolute origin the site is published at; canonical URLs, sitemap and RSS use it. */
  url: z.url(),
  name: z.string().min(1),
  author: z.object({
    name: z.string().min(1),
    /** Job title per locale, as shown under the name (about page, author box, print sheets, JSON-LD). */
    jobTitle: perLocale,
    /** One sentence per locale: who the speaker is for, shown on the home page and in social images. */
    tagline: perLocale,
    /** Short bio per locale; a locale without one falls back to the default locale's. */
    bio: z.record(z.string(), z.string().min(1)),
    /** The speaker's picture: a file in content/images/ and its description per locale. */
    portrait: z.object({
      image: z
        .string()
        .regex(
          /\.(jpe?g|png|webp|avif)$/i,
          'name a .jpg, .png, .webp or .avif file in content/images/',
        ),
      alt: perLocale,
    }),
    /** Profiles elsewhere, shown as plain links (nothing is loaded from them). */
    profiles: z.array(
      z.object({
        /** The site's name as the link text, e.g. "LinkedIn". */
        label: z.string().min(1),
        url: z.url({ protocol: /^https$/, error: 'use the https:// address of the profile' }),
        /** rel="me": the profile is the speaker's own and links back (Mastodon verifies this). */
        me: z.boolean().default(true),
      }),
    ),
  }),
  email: z.object({
    /** Where "reply by email" on articles goes. */
    articles: z.email(),
    /** Where quiz takers send their answers. */
    quizzes: z.email(),
    /** Where keynote enquiries go. */
    bookings: z.email(),
  }),
  /** The budget question of the keynote enquiry: ranges between these steps, in this currency. */
  fees: z.object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'),
    budgetSteps: z.array(z.number().positive()).min(1),
  }),
  defaultLocale: z.string(),
  locales: z.record(
    z.string().regex(/^[a-z]{2,3}$/, 'locale keys are two- or three-letter folder names'),
    localeSchema,
  ),
  /** Articles per page on the article list. */
  pageSize: z.number().int().positive(),
  /**
   * What the speaker needs in the room (microphone, screen, stage), one line per need, per
   * locale; the press page lists it for organisers. The same list in every language.
   */
  rider: z.record(
    z.string(),
    z
      .array(z.string().min(1, 'write the need, the line is empty'))
      .min(1, 'list at least one need'),
  ),
});

export type SiteConfig = z.infer<typeof siteSchema>;
export type LocaleConfig = z.infer<typeof localeSchema>;

const config = {
  url: 'https://www.example.com',
  name: 'Contact Centre Compass',
  author: {
    name: 'Morgan Reyes',
    jobTitle: {
      en: 'Contact-centre and customer-experience consultant, keynote speaker',
      de: 'Berater für Contact Center und Kundenerlebnis, Keynote-Speaker',
      zh: '呼叫中心与客户体验顾问、主旨演讲嘉宾',
    },
    tagline: {
      en: 'Twenty years of contact-centre practice, turned into keynotes, workshops and plain advice for the people who run service.',
      de: 'Zwanzig Jahre Contact-Center-Praxis – als Keynotes, Workshops und klare Ratschläge für alle, die Service verantworten.',
      zh: '二十年呼叫中心实践经验，化为主旨演讲、工作坊和给服务管理者的实用建议。',
    },
    portrait: {
      image: 'morgan-reyes-portrait.jpg',
      alt: {
        en: 'Illustrated portrait of Morgan Reyes',
        de: 'Illustriertes Porträt von Morgan Reyes',
        zh: 'Morgan Reyes 的插画肖像',
      },
    },
    profiles: [
      { label: 'LinkedIn', url: 'https://www.linkedin.com/in/example-morgan-reyes/', me: true },
      { label: 'Mastodon', url: 'https://mastodon.social/@example_morgan', me: true },
      { label: 'YouTube', url: 'https://www.youtube.com/@example-morgan-reyes', me: true },
    ],
    bio: {
      en: 'Morgan Reyes has spent twenty years in and around contact centres: as an agent, a team leader, an operations manager and, for the last decade, as a consultant helping service organisations measure what matters and coach the people who do the work. Morgan speaks at industry conferences in English and German and writes short quizzes for professionals who like to test what they know.',
      de: 'Morgan Reyes arbeitet seit zwanzig Jahren in und mit Contact Centern: als Agent, Teamleitung, Betriebsleitung und seit zehn Jahren als Berater, der Serviceorganisationen hilft, das Richtige zu messen und die Menschen zu coachen, die die Arbeit machen. Morgan spricht auf Fachkonferenzen auf Deutsch und Englisch und schreibt kurze Quizze für Profis, die ihr Wissen prüfen möchten.',
      zh: 'Morgan Reyes 在呼叫中心行业工作了二十年：做过一线客服、班组长、运营经理，近十年担任顾问，帮助服务型组织衡量真正重要的指标，并辅导一线团队。Morgan 经常在行业大会上用英语和德语演讲，并为从业者编写简短的测验题。',
    },
  },
  email: {
    articles: 'hello@example.com',
    quizzes: 'quiz@example.com',
    bookings: 'bookings@example.com',
  },
  fees: { currency: 'EUR', budgetSteps: [2500, 5000, 10000, 20000] },
  defaultLocale: 'en',
  locales: {
    en: {
      label: 'English',
      lang: 'en',
      dateLocale: 'en-GB',
      dir: 'ltr',
      ogLocale: 'en_GB',
      readingRate: { unit: 'words', perMinute: 230 },
    },
    de: {
      label: 'Deutsch',
      lang: 'de',
      dir: 'ltr',
      ogLocale: 'de_DE',
      readingRate: { unit: 'words', perMinute: 200 },
    },
    zh: {
      label: '中文',
      lang: 'zh-CN',
      dir: 'ltr',
      ogLocale: 'zh_CN',
      readingRate: { unit: 'characters', perMinute: 400 },
    },
  },
  pageSize: 10,
  rider: {
    en: [
      'A hands-free microphone (lapel or headset), and a handheld one for questions from the audience',
      'A projector or screen with an HDMI input in 16:9; the slides run from my own laptop',
      'Sound from the laptop into the room system, for two short video clips',
      'A view of the slides from the stage: a confidence monitor, or the screen in sight',
      'A small table on stage for the laptop and water; no lectern needed',
      'Twenty minutes in the room for a technical check before the doors open',
      'Recording is welcome for your attendees; please ask before publishing it',
    ],
    de: [
      'Ein Mikrofon für freie Hände (Lavalier oder Headset) und ein Handmikrofon für Fragen aus dem Publikum',
      'Beamer oder Bildschirm mit HDMI-Eingang im Format 16:9; die Folien laufen auf meinem eigenen Laptop',
      'Ton vom Laptop auf die Saalanlage, für zwei kurze Videoclips',
      'Blick auf die Folien von der Bühne: ein Vorschaumonitor oder die Leinwand in Sichtweite',
      'Ein kleiner Tisch auf der Bühne für Laptop und Wasser; ein Rednerpult ist nicht nötig',
      'Zwanzig Minuten im Saal für einen Technik-Check, bevor das Publikum kommt',
      'Aufzeichnungen für Ihre Teilnehmenden sind willkommen; vor einer Veröffentlichung bitte fragen',
    ],
    zh: [
      '一支免手持麦克风（领夹式或头戴式），另备一支手持麦克风用于观众提问',
      '带 HDMI 输入的 16:9 投影仪或屏幕；演示文稿在我自己的笔记本电脑上播放',
      '笔记本电脑的声音接入会场音响，用于播放两段短视频',
      '在台上能看到幻灯片：提词监视器，或视线内的大屏幕',
      '台上一张小桌，放电脑和饮用水；不需要演讲台',
      '开场前二十分钟在会场进行技术检查',
      '欢迎为参会者录制；公开发布前请先征得同意',
    ],
  },
} satisfies SiteConfig;

/** Settings whose text must exist in every locale, by their path in the config. */
const PER_LOCALE_FIELDS = ['author.jobTitle', 'author.tagline', 'author.portrait.alt'] as const;

/**
 * Every problem in a site configuration, one readable line each naming the field and the fix;
 * empty when it is valid. Pure (no file access), so the messages are unit-tested.
 */
export function siteConfigProblems(input: unknown): string[] {
  const result = siteSchema.safeParse(input);
  if (!result.success) {
    return result.error.issues.map((i) => `src/site.config.ts: ${i.path.join('.')}: ${i.message}`);
  }
  const settings = result.data;
  const problems: string[] = [];
  const locales = Object.keys(settings.locales);
  if (!locales.includes(settings.defaultLocale)) {
    problems.push(
      `src/site.config.ts: defaultLocale "${settings.defaultLocale}" is not one of the configured locales`,
    );
  }
  for (const field of PER_LOCALE_FIELDS) {
    const texts = field
      .split('.')
      .reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], settings) as Record<
      string,
      string
    >;
    for (const locale of locales.filter((l) => !(l in texts))) {
      problems.push(
        `src/site.config.ts: ${field}.${locale}: missing; add the text in ${settings.locales[locale]!.label} (every locale shows its own)`,
      );
    }
  }
  for (const locale of locales) {
    const lines = settings.rider[locale];
    if (!lines)
      problems.push(
        `src/site.config.ts: rider.${locale}: missing; list the room and AV needs in ${settings.locales[locale]!.label}`,
      );
    else if (settings.defaultLocale !== locale) {
      const reference = settings.rider[settings.defaultLocale];
      if (reference && reference.length !== lines.length)
        problems.push(
          `src/site.config.ts: rider.${locale}: has ${lines.length} lines but rider.${settings.defaultLocale} has ${reference.length}; translate the same needs`,
        );
    }
  }
  return problems;
}

function validate(input: typeof config): typeof config {
  const problems = siteConfigProblems(input);
  if (problems.length > 0) {
    throw new Error(`The site configuration is not valid:\n  ${problems.join('\n  ')}`);
  }
  return input;
}

export const site = validate(config);

/** Locale keys in configured order; the default locale comes first. */
export type Locale = keyof typeof config.locales;
export const localeKeys = Object.keys(site.locales) as Locale[];
export const defaultLocale = site.defaultLocale as Locale;

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(site.locales, value);
}

/** The speaker's texts in one locale: job title, tagline, portrait description and bio. */
export function speakerIn(locale: Locale) {
  const { author } = site;
  const bio = author.bio as Record<string, string>;
  return {
    name: author.name,
    jobTitle: author.jobTitle[locale],
    tagline: author.tagline[locale],
    portraitAlt: author.portrait.alt[locale],
    bio: bio[locale] ?? bio[defaultLocale]!,
  };
}

/** The BCP 47 tag dates are written in for a locale (its `dateLocale`, else its `lang`). */
export function dateLocaleOf(locale: Locale): string {
  const settings: LocaleConfig = site.locales[locale];
  return settings.dateLocale ?? settings.lang;
}
