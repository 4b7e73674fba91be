import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { articleSchema, formatIssues, quizSchema } from '~/lib/schemas';

const valid = { title: 'T', description: 'D.', date: '2025-01-01', topics: ['operations'] };

function problems(schema: z.ZodTypeAny, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return formatIssues(result.error.issues);
}

describe('formatIssues', () => {
  it('accepts a valid article (no problems)', () => {
    expect(problems(articleSchema, valid)).toEqual([]);
  });

  it('names an unrecognized field: unknown field "titel" …', () => {
    const lines = problems(articleSchema, { ...valid, titel: 'Oops' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^unknown field "titel" \(check the spelling/);
  });

  it('names each unrecognized field on its own line', () => {
    expect(
      problems(articleSchema, { ...valid, titel: 'a', tags: ['b'] }).map((l) => l.split(' (')[0]),
    ).toEqual(['unknown field "titel"', 'unknown field "tags"']);
  });

  it('says "title is missing" for a missing title', () => {
    const { title: _, ...withoutTitle } = valid;
    expect(problems(articleSchema, withoutTitle)).toEqual(['title is missing']);
  });

  it('says a title of spaces is empty', () => {
    expect(problems(articleSchema, { ...valid, title: '   ' })).toEqual(['title is empty']);
  });

  it('names a date that is not a real date with the text the author typed', () => {
    expect(problems(articleSchema, { ...valid, date: '2024-02-31' })).toEqual([
      'date "2024-02-31" is not a real date',
    ]);
  });

  it('says the date is missing', () => {
    const { date: _, ...withoutDate } = valid;
    expect(problems(articleSchema, withoutDate)).toEqual([
      'date is missing (write it as YYYY-MM-DD)',
    ]);
  });

  it('accepts a Date object as Astro’s YAML reader gives it', () => {
    expect(problems(articleSchema, { ...valid, date: new Date(Date.UTC(2025, 0, 1)) })).toEqual([]);
  });

  it('names an updated date before the publication date', () => {
    expect(problems(articleSchema, { ...valid, updated: '2024-12-31' })).toEqual([
      'updated "2024-12-31" is before date "2025-01-01"',
    ]);
  });

  it('asks for at least one topic', () => {
    expect(problems(articleSchema, { ...valid, topics: [] })).toEqual([
      'topics must name at least one topic id',
    ]);
  });

  it('says draft must be true or false for draft: "yes"', () => {
    expect(problems(articleSchema, { ...valid, draft: 'yes' })).toEqual([
      'draft must be true or false',
    ]);
  });

  it('reports all problems of one article, not only the first', () => {
    const lines = problems(articleSchema, {
      description: '',
      date: '2024-02-31',
      topics: ['x'],
      titel: 'x',
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        'title is missing',
        'description is empty',
        'date "2024-02-31" is not a real date',
      ]),
    );
    expect(lines.some((l) => l.startsWith('unknown field "titel"'))).toBe(true);
  });

  it('names the question number for a problem inside a quiz question', () => {
    const quiz = {
      ...valid,
      questions: [{ prompt: 'P?', options: { a: 'A', b: 'B' } }, { options: { a: 'A', b: 'B' } }],
    };
    expect(problems(quizSchema, quiz)).toEqual(['question 2: prompt is missing']);
  });
});
