/**
 * Frontmatter schemas: the authoring contract in code. Each kind of content
 * names its schema in content-kinds.ts, so the content check and Astro's
 * collections (src/content.config.ts) apply the same one. Every message names
 * the field, so an author reads `date "2024-02-31" is not a real date` rather
 * than a zod dump.
 */
import { z } from 'astro/zod';
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
    duration: z.unknown().transform((value, ctx): number => {
      if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
        ctx.addIssue({
          code: 'custom',
          message:
            value === undefined
              ? 'duration is missing (minutes, e.g. 45)'
              : `duration ${JSON.stringify(value)} is not a positive whole number of minutes`,
        });
        return z.NEVER;
      }
      return value;
    }),
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
    slug: slugField.optional(),
  })
  .strict();

export type KeynoteData = z.output<typeof keynoteSchema>;

/** Topic labels per locale, from content/topics.yaml. */
export const topicsFileSchema = z.record(
  z.string().regex(SEGMENT_PATTERN, 'topic ids must be lowercase words joined by hyphens'),
  z.record(z.string(), z.string().trim().min(1)),
);

/**
 * Turns zod issues into one line per problem, each naming the field.
 * @example formatIssues(error.issues) // ['date "2024-02-31" is not a real date', 'unknown field "titel"']
 */
export function formatIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    const parts = issue.path.map((part, i) =>
      typeof part === 'number' && issue.path[i - 1] === 'questions'
        ? `question ${part + 1}`
        : String(part),
    );
    const named = parts.filter((part) => part !== 'questions' || parts.length === 1);
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
    const prefix = last && issue.message.startsWith(last) ? named.slice(0, -1) : named;
    return [prefix.length ? `${prefix.join(' ')}: ${issue.message}` : issue.message];
  });
}
