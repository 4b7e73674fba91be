/**
 * Frontmatter schemas: the authoring contract in code. The content check
 * (see content-check.ts) and Astro's collections (src/content.config.ts) use the
 * same schemas, and every message names the field, so an author reads
 * `date "2024-02-31" is not a real date` rather than a zod dump.
 */
import { z } from 'astro/zod';
import { parseIsoDay, isoDay } from './dates';
import { SEGMENT_PATTERN } from './content-paths';

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
    .string({ required_error: `${field} is missing`, invalid_type_error: `${field} must be text` })
    .trim()
    .min(1, `${field} is empty`);
}

export const slugField = z
  .string({ invalid_type_error: 'slug must be text' })
  .regex(SEGMENT_PATTERN, 'slug must be lowercase letters a–z, digits and single hyphens (e.g. "first-contact")');

export const topicsField = z
  .array(z.string({ invalid_type_error: 'topics must be a list of topic ids' }), {
    required_error: 'topics is missing (a list of topic ids from content/topics.yaml)',
    invalid_type_error: 'topics must be a list of topic ids, e.g. [operations, leadership]',
  })
  .min(1, 'topics must name at least one topic id');

export const articleSchema = z
  .object({
    title: textField('title'),
    description: textField('description'),
    date: dayField('date'),
    updated: dayField('updated').optional(),
    topics: topicsField,
    slug: slugField.optional(),
    draft: z.boolean({ invalid_type_error: 'draft must be true or false' }).default(false),
    author: textField('author').optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.updated && data.updated < data.date) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `updated "${isoDay(data.updated)}" is before date "${isoDay(data.date)}"` });
    }
  });

export type ArticleData = z.output<typeof articleSchema>;

/** Topic labels per locale, from content/topics.yaml. */
export const topicsFileSchema = z.record(
  z.string().regex(SEGMENT_PATTERN, 'topic ids must be lowercase words joined by hyphens'),
  z.record(z.string(), z.string().trim().min(1)),
);

/**
 * Turns zod issues into one line per problem, each naming the field.
 * @example formatIssues(error.issues) // ['date "2024-02-31" is not a real date', 'unknown field "titel"']
 */
export function formatIssues(issues: z.ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `unknown field "${key}" (check the spelling; see the authoring contract in README.md)`);
    }
    const field = issue.path.join('.');
    if (issue.code === 'invalid_type' && issue.received === 'undefined' && issue.message === 'Required') {
      return [`${field} is missing`];
    }
    if (field && !issue.message.startsWith(String(issue.path[0]))) return [`${field}: ${issue.message}`];
    return [issue.message];
  });
}
