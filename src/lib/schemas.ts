/**
 * Frontmatter schemas: the authoring contract in code. Each kind of content
 * names its schema in content-kinds.ts, so the content check and Astro's
 * collections (src/content.config.ts) apply the same one. Every message names
 * the field, so an author reads `date "2024-02-31" is not a real date` rather
 * than a zod dump.
 */
import { z } from 'astro/zod';
import { buildTime } from './build-time';
import { parseIsoDay, isoDay } from './dates';
import { SEGMENT_PATTERN } from './content-paths';
import { isLocale, localeKeys, type Locale } from '~/site.config';

/**
 * Zod 4 has one `error` callback instead of `required_error`/`invalid_type_error`:
 * this picks the message for a missing value or for a value of the wrong type.
 * @example z.string(typeError('title is missing', 'title must be text'))
 */
export function typeError(missing: string | undefined, wrong: string) {
  return {
    error: (issue: { input?: unknown }) => (issue.input === undefined && missing ? missing : wrong),
  };
}

/** A required or optional `YYYY-MM-DD` field that must be a real calendar day. */
export function dayField(field: string) {
  return z.unknown().transform((value, ctx): Date => {
    if (value === undefined || value === null || value === '') {
      ctx.addIssue({ code: 'custom', message: `${field} is missing (write it as YYYY-MM-DD)` });
      return z.NEVER;
    }
    // Astro's own YAML reader turns dates into Date objects; the content check sees the text.
    const text = value instanceof Date ? isoDay(value) : String(value);
    const parsed = parseIsoDay(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `${field} "${text}" ${parsed.reason}` });
      return z.NEVER;
    }
    return parsed.date;
  });
}

export function textField(field: string) {
  return z
    .string(typeError(`${field} is missing`, `${field} must be text`))
    .trim()
    .min(1, `${field} is empty`);
}

export const slugField = z
  .string(typeError(undefined, 'slug must be text'))
  .regex(
    SEGMENT_PATTERN,
    'slug must be lowercase letters a–z, digits and single hyphens (e.g. "first-contact")',
  );

export const topicsField = z
  .array(
    z.string(typeError(undefined, 'topics must be a list of topic ids')),
    typeError(
      'topics is missing (a list of topic ids from content/topics.yaml)',
      'topics must be a list of topic ids, e.g. [operations, leadership]',
    ),
  )
  .min(1, 'topics must name at least one topic id');

const ALT_HINT =
  'say in a sentence what the picture shows for readers who cannot see it, e.g. alt: "Service level by half-hour, dipping below target at 11:00"';

/**
 * A cover picture: a file in content/images/ named the same in every translation, and the
 * words a screen reader says instead, which each translation writes in its own language. The
 * content check looks the file up (picture-names.ts); pages show it first, loaded at once.
 */
export const coverField = z
  .object(
    {
      image: z
        .string(
          typeError(
            'image is missing (the name of a picture in content/images/, e.g. image: queue-chart.png)',
            'image must be a file name, e.g. image: queue-chart.png',
          ),
        )
        .trim()
        .min(1, 'image is empty (the name of a picture in content/images/)'),
      alt: z
        .string(typeError(`alt is missing: ${ALT_HINT}`, `alt must be text: ${ALT_HINT}`))
        .trim()
        .min(1, `alt is empty: ${ALT_HINT}`),
    },
    typeError(
      undefined,
      'cover must name a picture and its alt text, e.g. cover: { image: queue-chart.png, alt: "…" }',
    ),
  )
  .strict();

export type Cover = z.output<typeof coverField>;

/**
 * What every dated piece opens with (articles, quizzes): its title, the
 * sentence lists and feeds show, and the day it was published; each kind
 * `.extend()`s it. `topics` and `slug` are common too but stay with each kind:
 * zod reports problems in field order, and an article's `updated` comes
 * before them, so a file's lines keep the order authors already know.
 */
export const datedPieceSchema = z
  .object({
    title: textField('title'),
    description: textField('description'),
    date: dayField('date'),
    cover: coverField.optional(),
  })
  .strict();

export const articleSchema = datedPieceSchema
  .extend({
    updated: dayField('updated').optional(),
    topics: topicsField,
    slug: slugField.optional(),
    draft: z.boolean(typeError(undefined, 'draft must be true or false')).default(false),
    author: textField('author').optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.updated && data.updated < data.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `updated "${isoDay(data.updated)}" is before date "${isoDay(data.date)}"`,
      });
    }
  });

export type ArticleData = z.output<typeof articleSchema>;

const OPTION_LETTER = /^[a-z]$/;

const questionSchema = z
  .object({
    prompt: textField('prompt'),
    statements: z
      .array(textField('statement'), typeError(undefined, 'statements must be a list'))
      .min(2, 'statements must list at least two statements')
      .max(10, 'statements can list at most ten statements')
      .optional(),
    options: z.record(
      z.string(),
      textField('option'),
      typeError(
        'options is missing (a: …, b: …)',
        'options must be a list of "letter: text" lines',
      ),
    ),
  })
  .strict()
  .superRefine((question, ctx) => {
    const letters = Object.keys(question.options);
    if (letters.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `has ${letters.length} option${letters.length === 1 ? '' : 's'}, needs at least two`,
      });
    const bad = letters.filter((l) => !OPTION_LETTER.test(l));
    if (bad.length)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `option keys must be single lowercase letters, got ${bad.map((b) => `"${b}"`).join(', ')}`,
      });
    const expected = letters.map((_, i) => String.fromCharCode(97 + i));
    if (!bad.length && letters.join() !== expected.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `options must be lettered ${expected.join(', ')} in order, got ${letters.join(', ')}`,
      });
    }
  });

export const quizSchema = datedPieceSchema
  .extend({
    topics: topicsField,
    slug: slugField.optional(),
    questions: z
      .array(questionSchema, typeError('questions is missing', 'questions must be a list'))
      .min(1, 'questions must list at least one question'),
  })
  .strict();

export type QuizData = z.output<typeof quizSchema>;
export type QuizQuestion = QuizData['questions'][number];

export const KEYNOTE_FORMATS = ['keynote', 'workshop', 'webinar', 'masterclass'] as const;
export type KeynoteFormat = (typeof KEYNOTE_FORMATS)[number];

export const DELIVERY_MODES = ['in-person', 'virtual', 'hybrid'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** A whole number of minutes, with the field's name in the message. */
function minutesField(field: string, what: string) {
  return z.unknown().transform((value, ctx): number => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      ctx.addIssue({
        code: 'custom',
        message:
          value === undefined
            ? `${field} is missing (${what})`
            : `${field} ${JSON.stringify(value)} is not a positive whole number of minutes`,
      });
      return z.NEVER;
    }
    return value;
  });
}

/** One length a talk can be booked at: the talk itself, and the questions after it if any. */
const lengthSchema = z
  .object(
    {
      minutes: minutesField('minutes', 'how long the talk is, e.g. minutes: 45'),
      qa: minutesField('qa', 'minutes of questions after it, e.g. qa: 10').optional(),
    },
    typeError(undefined, 'each length must be "{ minutes: 45 }" or "{ minutes: 30, qa: 10 }"'),
  )
  .strict();

const HTTPS_URL = /^https:\/\/[^\s/]+\.[^\s]+$/;

/**
 * A short video of the speaker: a file in public/ written from the site root, or a page on a
 * video site (linked, never embedded: nothing on this site loads from another). The poster is
 * a picture in content/images/. The content check confirms both files exist.
 */
export const reelSchema = z
  .object(
    {
      file: z
        .string(typeError(undefined, 'file must be a path such as /videos/reel.mp4'))
        .regex(
          /^\/[^\s]+\.(mp4|webm)$/,
          'file must be an .mp4 or .webm file in public/, written from the site root, e.g. /videos/reel.mp4',
        )
        .optional(),
      url: z
        .string(typeError(undefined, 'url must be text'))
        .regex(
          HTTPS_URL,
          'url must be a full https:// address, e.g. https://www.youtube.com/watch?v=…',
        )
        .optional(),
      poster: textField('poster'),
      title: textField('title').optional(),
    },
    typeError(
      undefined,
      'reel must be "{ file: /videos/reel.mp4, poster: reel.jpg }" or "{ url: https://…, poster: reel.jpg, title: … }"',
    ),
  )
  .strict()
  .superRefine((reel, ctx) => {
    if (!reel.file === !reel.url)
      ctx.addIssue({
        code: 'custom',
        message: reel.file
          ? 'reel: give either file or url, not both'
          : 'reel: needs a file (/videos/reel.mp4 in public/) or a url (https://…)',
      });
    if (reel.url && !reel.title)
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'title is missing (the link text for the video on the other site)',
      });
  });

export type KeynoteReel = z.output<typeof reelSchema>;
export type KeynoteLength = z.output<typeof lengthSchema>;

export const keynoteSchema = z
  .object({
    title: textField('title'),
    summary: textField('summary'),
    cover: coverField.optional(),
    topics: topicsField,
    formats: z
      .array(
        z.string(),
        typeError(
          `formats is missing (any of ${KEYNOTE_FORMATS.join(', ')})`,
          'formats must be a list, e.g. [keynote, workshop]',
        ),
      )
      .min(1, 'formats must name at least one format')
      .superRefine((formats, ctx) => {
        for (const format of formats) {
          if (!(KEYNOTE_FORMATS as readonly string[]).includes(format)) {
            ctx.addIssue({
              code: 'custom',
              message: `formats: unknown format "${format}" (use ${KEYNOTE_FORMATS.join(', ')})`,
            });
          }
        }
      })
      .transform((formats) => formats as KeynoteFormat[]),
    lengths: z
      .array(
        lengthSchema,
        typeError(
          'lengths is missing (e.g. [{ minutes: 30, qa: 10 }, { minutes: 45 }])',
          'lengths must be a list, e.g. [{ minutes: 30, qa: 10 }, { minutes: 45 }]',
        ),
      )
      .min(1, 'lengths must offer at least one length, e.g. [{ minutes: 45 }]')
      .superRefine((lengths, ctx) => {
        const seen = new Set<string>();
        for (const { minutes, qa } of lengths) {
          const key = `${minutes}+${qa ?? 0}`;
          if (seen.has(key))
            ctx.addIssue({
              code: 'custom',
              message: `lengths: ${minutes} minutes${qa ? ` with ${qa} minutes of Q&A` : ''} is listed twice`,
            });
          seen.add(key);
        }
      }),
    delivery: z
      .array(
        z.string(),
        typeError(
          `delivery is missing (any of ${DELIVERY_MODES.join(', ')})`,
          `delivery must be a list, e.g. [in-person, virtual]`,
        ),
      )
      .min(1, 'delivery must name at least one mode')
      .superRefine((modes, ctx) => {
        for (const mode of modes) {
          if (!(DELIVERY_MODES as readonly string[]).includes(mode))
            ctx.addIssue({
              code: 'custom',
              message: `delivery: unknown mode "${mode}" (use ${DELIVERY_MODES.join(', ')})`,
            });
        }
      })
      .transform((modes) => modes as DeliveryMode[]),
    takeaways: z
      .array(
        textField('takeaway'),
        typeError(
          'takeaways is missing (a list of what the audience leaves with)',
          'takeaways must be a list, one takeaway per "- " line',
        ),
      )
      .min(1, 'takeaways must list at least one takeaway'),
    audience: textField('audience').optional(),
    languages: z
      .array(z.string(), typeError(undefined, 'languages must be a list of locales, e.g. [en, de]'))
      .min(1, 'languages must name at least one locale')
      .superRefine((languages, ctx) => {
        for (const language of languages) {
          if (!isLocale(language))
            ctx.addIssue({
              code: 'custom',
              message: `languages: unknown language "${language}" (configured: ${localeKeys.join(', ')})`,
            });
        }
      })
      .transform((languages) => languages as Locale[])
      .optional(),
    featured: z.boolean(typeError(undefined, 'featured must be true or false')).default(false),
    since: z
      .number(typeError(undefined, 'since must be a year, e.g. 2024'))
      .int('since must be a year, e.g. 2024')
      .min(1980, 'since must be a year, e.g. 2024')
      .max(2100, 'since must be a year, e.g. 2024')
      .optional(),
    reel: reelSchema.optional(),
    customisable: textField('customisable').optional(),
    slug: slugField.optional(),
  })
  .strict();

export type KeynoteData = z.output<typeof keynoteSchema>;

/** A keynote's file name (`early-warning-system`), as testimonials and engagements name talks. */
const talkName = z
  .string(
    typeError(undefined, 'a talk is named by its keynote file name, e.g. early-warning-system'),
  )
  .regex(SEGMENT_PATTERN, 'a talk is named by its keynote file name, e.g. early-warning-system');

/** A year that has already come: a testimonial is given after the talk, never before it. */
function pastYear(field: string) {
  return z.unknown().transform((value, ctx): number => {
    const now = buildTime().getUTCFullYear();
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1980) {
      ctx.addIssue({
        code: 'custom',
        message:
          value === undefined
            ? `${field} is missing (the year it was said, e.g. ${now})`
            : `${field} ${JSON.stringify(value)} must be a year, e.g. ${now}`,
      });
      return z.NEVER;
    }
    if (value > now) {
      ctx.addIssue({
        code: 'custom',
        message: `${field} ${value} is in the future: write the year it was said`,
      });
      return z.NEVER;
    }
    return value;
  });
}

/**
 * A testimonial: what someone who saw a talk said about it, in the language of the locale
 * folder it sits in (`content/testimonials/de/…` is a German quote). `talks` names keynotes by
 * file name; the content check confirms each one exists. The MDX body is not shown.
 */
export const testimonialSchema = z
  .object({
    quote: textField('quote'),
    name: textField('name'),
    role: textField('role'),
    organisation: textField('organisation'),
    event: textField('event').optional(),
    year: pastYear('year'),
    talks: z
      .array(
        talkName,
        typeError(
          'talks is missing (the keynotes it is about, e.g. [early-warning-system])',
          'talks must be a list of keynote names, e.g. [early-warning-system]',
        ),
      )
      .min(1, 'talks must name at least one keynote'),
  })
  .strict();

export type TestimonialData = z.output<typeof testimonialSchema>;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** A country as its ISO 3166 code (`DE`, `GB`, `SG`), which every locale can name in its own words. */
const countryField = z
  .string(typeError(undefined, 'country must be a two-letter code such as DE, GB or SG'))
  .refine(
    (code) => /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== undefined,
    'country must be a two-letter ISO code in capitals, such as DE, GB or SG',
  );

/** A place name: one text for every language, or one per locale (`{ en: Munich, de: München }`). */
const placeName = (field: string) =>
  z.union([textField(field), z.record(z.string(), textField(field))], {
    error: `${field} must be text, or one text per locale ({ en: Munich, de: München })`,
  });

/**
 * One past engagement in content/engagements.yaml, under an id of its own
 * (`nordic-cx-2025: { event: …, date: … }`). `talk` names a keynote by file name; a virtual
 * engagement has no city or country.
 */
export const engagementSchema = z
  .object({
    event: textField('event'),
    date: dayField('date'),
    city: placeName('city').optional(),
    country: countryField.optional(),
    audience: z
      .number(typeError(undefined, 'audience must be the number of people, e.g. 250'))
      .int('audience must be a whole number of people')
      .positive('audience must be a whole number of people')
      .optional(),
    talk: talkName,
    format: z.enum(KEYNOTE_FORMATS, {
      error: (issue) =>
        issue.input === undefined
          ? `format is missing (one of ${KEYNOTE_FORMATS.join(', ')})`
          : `format "${String(issue.input)}" is not one of ${KEYNOTE_FORMATS.join(', ')}`,
    }),
    delivery: z
      .enum(DELIVERY_MODES, {
        error: (issue) =>
          `delivery "${String(issue.input)}" is not one of ${DELIVERY_MODES.join(', ')}`,
      })
      .default('in-person'),
  })
  .strict()
  .superRefine((engagement, ctx) => {
    const today = isoDay(buildTime());
    if (isoDay(engagement.date) > today)
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `date "${isoDay(engagement.date)}" is in the future: list an engagement once it has taken place`,
      });
    if (engagement.delivery === 'virtual') return;
    if (!engagement.city)
      ctx.addIssue({
        code: 'custom',
        path: ['city'],
        message: 'city is missing (or write delivery: virtual for an online event)',
      });
    if (!engagement.country)
      ctx.addIssue({
        code: 'custom',
        path: ['country'],
        message: 'country is missing (a two-letter code such as DE, or delivery: virtual)',
      });
  });

export type EngagementData = z.output<typeof engagementSchema>;

/** Topic labels per locale, from content/topics.yaml. */
export const topicsFileSchema = z.record(
  z.string().regex(SEGMENT_PATTERN, 'topic ids must be lowercase words joined by hyphens'),
  z.record(z.string(), z.string().trim().min(1)),
);

/** What one item of a list field is called in messages: `question 3`, `length 2`. */
const ITEM_NAMES: Record<string, string> = {
  questions: 'question',
  lengths: 'length',
  takeaways: 'takeaway',
  talks: 'talk',
  delivery: 'delivery mode',
};

/**
 * Turns zod issues into one line per problem, each naming the field; an item of a list is named
 * by its place, counted from one (`question 3: prompt is missing`, `length 2: minutes is missing`).
 * @example formatIssues(error.issues) // ['date "2024-02-31" is not a real date', 'unknown field "titel"']
 */
export function formatIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const named: string[] = [];
    issue.path.forEach((part, i) => {
      const parent = issue.path[i - 1];
      if (typeof part === 'number' && typeof parent === 'string') {
        named.pop();
        named.push(`${ITEM_NAMES[parent] ?? parent} ${part + 1}`);
      } else named.push(String(part));
    });
    if (issue.code === 'unrecognized_keys') {
      const where = named.length ? `${named.join(' ')}: ` : '';
      return issue.keys.map(
        (key) =>
          `${where}unknown field "${key}" (check the spelling; see the authoring contract in README.md)`,
      );
    }
    const last = named.at(-1);
    if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
      return [`${named.join(' ')} is missing`];
    }
    // "takeaway is empty" about takeaway 2 reads "takeaway 2 is empty".
    const item = last?.match(/^(.+) (\d+)$/);
    if (item && issue.message.startsWith(`${item[1]} `))
      return [[...named.slice(0, -1), `${last}${issue.message.slice(item[1]!.length)}`].join(': ')];
    const prefix = last && issue.message.startsWith(last) ? named.slice(0, -1) : named;
    return [prefix.length ? `${prefix.join(' ')}: ${issue.message}` : issue.message];
  });
}
