/**
 * The answer keys never reach a reader: no built page, script, JSON, feed,
 * sitemap, search index or source map contains a key's letter sequence or
 * any of its entries.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '~/lib/content-root';
import { checkContent } from '~/lib/content-check';
import { distDir } from '../support/paths';

const report = checkContent(contentRoot());
const files = (readdirSync(distDir, { recursive: true, encoding: 'utf8' }) as string[])
  .map((f) => path.join(distDir, f))
  .filter((f) => statSync(f).isFile());
// latin1 keeps every byte, so binary files (search index chunks, images) are searched too.
const contents = files.map((f) => ({
  file: path.relative(distDir, f),
  text: readFileSync(f).toString('latin1'),
}));

function findings(needle: string): string[] {
  return contents
    .filter(({ text }) => text.includes(needle))
    .map(({ file }) => `${file} contains ${JSON.stringify(needle)}`);
}

describe('quiz answer keys', () => {
  const keys = Object.entries(report.answerKeys);

  it('exist for the sample quizzes (so the checks below check something)', () => {
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(contents.length).toBeGreaterThan(20);
  });

  it.each(keys)('never appear in dist/ for %s', (name, key) => {
    const letters = Object.keys(key)
      .sort((a, b) => Number(a) - Number(b))
      .map((n) => key[Number(n)]!);
    const needles = [
      letters.join(''),
      letters.join(','),
      letters.join(', '),
      letters.join(' '),
      JSON.stringify(letters),
      JSON.stringify(key),
      ...Object.entries(key).flatMap(([n, l]) => [
        `${n}: ${l}\n`,
        `"${n}":"${l}"`,
        `"${n}": "${l}"`,
      ]),
    ];
    expect(needles.flatMap(findings)).toEqual([]);
    expect(findings('quiz-answers')).toEqual([]);
  });
});
