/** Every built page is valid HTML (html-validate, recommended rules). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate/node';
import { distFiles } from '../support/dist';
import { distDir } from '../support/paths';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<script type="module">` and JSON-LD inline; both are intended.
    'no-inline-style': 'off',
    // Astro emits attributes in its own form (`hidden=""`, `<!DOCTYPE html>` in upper case); not a validity problem.
    'attribute-empty-style': 'off',
    'doctype-style': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'long-title': 'off',
    // HTML5 allows ids that start with a digit; Astro derives heading ids from headings such as "1. Clean the data".
    'valid-id': ['error', { relaxed: true }],
  },
  elements: [
    'html5',
    {
      // The site's own custom elements wrap ordinary flow content.
      'quiz-form': { flow: true, permittedContent: ['@flow'] },
      'site-search': { flow: true, permittedContent: ['@flow'] },
      'keynote-catalogue': { flow: true, permittedContent: ['@flow'] },
      'keynote-shortlist': { flow: true, permittedContent: ['@flow'] },
      'shortlist-toggle': { flow: true, phrasing: true, permittedContent: ['@phrasing'] },
    },
  ],
});

describe('HTML validity', () => {
  const files = distFiles('.html');

  it('checks every built page', () => expect(files.length).toBeGreaterThan(50));

  it('has zero html-validate errors on every page', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(distDir, file));
      for (const result of report.results) {
        for (const m of result.messages)
          if (m.severity === 2)
            problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
