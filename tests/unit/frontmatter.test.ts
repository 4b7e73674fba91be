import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '~/lib/frontmatter';

const problemOf = (source: string) => {
  const result = splitFrontmatter(source);
  if (result.ok) throw new Error(`expected a problem for ${JSON.stringify(source)}`);
  return result.problem;
};

describe('splitFrontmatter', () => {
  it('separates the fields from the body and says on which line the body starts', () => {
    const source =
      '---\ntitle: "Queue basics"\ndate: 2025-01-10\n---\n# Why queues form\n\nCalls arrive in bursts.\n';
    const result = splitFrontmatter(source);
    expect(result).toEqual({
      ok: true,
      data: { title: 'Queue basics', date: '2025-01-10' },
      body: '# Why queues form\n\nCalls arrive in bursts.\n',
      bodyStartLine: 5,
    });
    expect(source.split('\n')[4]).toBe('# Why queues form');
  });

  it('counts the body line correctly when the body starts with blank lines', () => {
    const source = '---\ntitle: T\n---\n\n\nText';
    const result = splitFrontmatter(source);
    expect(result.ok && result.body).toBe('\n\nText');
    expect(result.ok && result.bodyStartLine).toBe(4);
  });

  it('reads files saved with Windows line endings and a byte-order mark', () => {
    const result = splitFrontmatter('\uFEFF---\r\ntitle: T\r\ndate: 2025-01-10\r\n---\r\nBody\r\n');
    expect(result).toMatchObject({
      ok: true,
      data: { title: 'T', date: '2025-01-10' },
      body: 'Body\r\n',
      bodyStartLine: 5,
    });
  });

  it('accepts an empty frontmatter block as no fields', () => {
    expect(splitFrontmatter('---\n---\nBody')).toEqual({
      ok: true,
      data: {},
      body: 'Body',
      bodyStartLine: 3,
    });
  });

  it('keeps dates as the text the author typed, so 2024-02-31 is not rolled into March', () => {
    const result = splitFrontmatter('---\ndate: 2024-02-31\nupdated: 2024-02-29\n---\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.date).toBe('2024-02-31');
    expect(result.data.date).not.toBeInstanceOf(Date);
    expect(result.data.updated).toBe('2024-02-29');
  });

  it('keeps "yes" as text instead of turning it into true (YAML 1.2)', () => {
    const result = splitFrontmatter('---\ndraft: yes\n---\n');
    expect(result.ok && result.data.draft).toBe('yes');
  });

  it('says the frontmatter is missing when the file does not start with ---', () => {
    expect(problemOf('title: T\n---\nBody')).toBe(
      'frontmatter is missing: the file must start with a line "---"',
    );
    expect(problemOf('\n---\ntitle: T\n---\n')).toMatch(/frontmatter is missing/);
  });

  it('says the frontmatter is not closed when the closing --- is missing', () => {
    expect(problemOf('---\ntitle: T\n\nBody text')).toBe(
      'frontmatter is not closed: add a line "---" after the last field',
    );
  });

  it('says the frontmatter is not valid YAML, with a line number', () => {
    expect(problemOf('---\ntitle: "unclosed\ndescription: D\n---\n')).toMatch(
      /^frontmatter is not valid YAML \(line \d+\): /,
    );
  });

  it('names a repeated field as invalid YAML', () => {
    expect(problemOf('---\ntitle: A\ntitle: B\n---\n')).toMatch(/not valid YAML .*unique/);
  });

  it('points at the line of the YAML mistake in the file', () => {
    // line 1 "---", 2 title, 3 description, 4 the repeated title
    expect(problemOf('---\ntitle: A\ndescription: D\ntitle: B\n---\nBody')).toMatch(/\(line 4\)/);
  });

  it('points at the line of a nested-mapping mistake in the file', () => {
    // line 1 "---", 2 title, 3 description, 4 "date: a: b"
    expect(problemOf('---\ntitle: A\ndescription: D\ndate: a: b\n---\nBody')).toMatch(/\(line 4\)/);
  });

  it('says the frontmatter must be fields, not a list', () => {
    expect(problemOf('---\n- a\n- b\n---\n')).toBe(
      'frontmatter must be a list of "field: value" lines',
    );
  });
});
