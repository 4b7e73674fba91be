/**
 * The search index, queried from Node with Pagefind's own API: one index per
 * language, only main content, type/topic filters, Chinese segmented into words.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { contentRoot } from '~/lib/content-root';
import { checkContent, type CheckedEntry } from '~/lib/content-check';
import type { QuizData } from '~/lib/schemas';
import { site } from '~/site.config';
import { distFiles, readDist } from '../support/dist';
import { searchPaths } from '../support/pagefind-node';
import { distDir } from '../support/paths';

const urls = (results: { url: string }[]) => results.map((r) => r.url);

describe('search index', () => {
  it('has one index per configured language', () => {
    const entry = JSON.parse(
      readFileSync(path.join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'),
    );
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en', 'zh-cn']);
    expect(existsSync(path.join(distDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('finds the English article a query is about first or second', async () => {
    expect(urls(await searchPaths('en', 'first contact resolution')).slice(0, 2)).toContain(
      '/en/articles/first-contact-resolution/',
    );
    expect(urls(await searchPaths('en', 'forecasting scheduling')).slice(0, 2)).toContain(
      '/en/articles/forecasting-and-scheduling-basics/',
    );
  });

  it('finds German articles by compound words with umlauts', async () => {
    expect(urls(await searchPaths('de', 'Erstlösungsquote')).slice(0, 2)).toContain(
      '/de/articles/erstloesungsquote/',
    );
    expect(urls(await searchPaths('de', 'Personaleinsatzplanung')).slice(0, 2)).toContain(
      '/de/articles/forecasting-and-scheduling-basics/',
    );
    expect(urls(await searchPaths('de', 'Qualitätssicherung')).slice(0, 2)).toContain(
      '/de/articles/calibrating-qa-scorecards/',
    );
  });

  it('segments Chinese: 呼叫中心, 领导 and the body-only word 排班 find the Chinese articles', async () => {
    for (const query of ['呼叫中心', '领导', '排班', '呼叫中心 领导']) {
      const found = urls(await searchPaths('zh-CN', query));
      expect(found.length, query).toBeGreaterThan(0);
      expect(
        found.every((u) => u.startsWith('/zh/')),
        query,
      ).toBe(true);
    }
    expect(urls(await searchPaths('zh-CN', '排班'))).toContain(
      '/zh/articles/managing-teams-across-time-zones/',
    );
  });

  it('keeps each language to its own index', async () => {
    expect(urls(await searchPaths('en', 'Erstlösungsquote'))).toEqual([]);
    const german = urls(await searchPaths('de', 'first contact resolution'));
    expect(german.length).toBeGreaterThan(0);
    expect(german.filter((u) => !u.startsWith('/de/'))).toEqual([]);
  });

  it('finds a quiz by its title', async () => {
    expect(
      urls(
        await searchPaths('en', 'Quality and coaching: does your QA programme change behaviour?'),
      )[0],
    ).toBe('/en/quizzes/quality-and-coaching/');
    expect(urls(await searchPaths('de', 'Kennzahlen im Kundenservice')).slice(0, 2)).toContain(
      '/de/quizzes/kennzahlen-im-kundenservice/',
    );
  });

  it.each(['en', 'de', 'zh'] as const)(
    'finds a %s quiz by words that appear only in its questions and options',
    async (locale) => {
      const quiz = checkContent(contentRoot()).entries.find(
        (e): e is CheckedEntry<QuizData> => e.kind === 'quizzes' && e.locale === locale,
      )!;
      const quizUrl = `/${locale}/quizzes/${quiz.slug}/`;
      // Text of every other page in this language, and of the quiz page without its questions.
      const elsewhere = distFiles('.html')
        .filter((f) => f.startsWith(`${locale}/`) && f !== `${quizUrl.slice(1)}index.html`)
        .map((f) => parse(readDist(f)).textContent)
        .join(' ');
      const page = parse(readDist(`${quizUrl.slice(1)}index.html`));
      for (const question of page.querySelectorAll('fieldset.question')) question.remove();
      const outside = `${elsewhere} ${page.textContent}`;
      const questionText = quiz.data.questions.flatMap((q) => [
        q.prompt,
        ...Object.values(q.options),
        ...(q.statements ?? []),
      ]);
      // Latin words of 8+ letters, or for Chinese four-character runs, found nowhere else.
      const candidates = questionText
        .flatMap((text) =>
          locale === 'zh'
            ? [...text.matchAll(/\p{Script=Han}{4}/gu)].map((m) => m[0])
            : text.split(/[^\p{L}]+/u).filter((w) => w.length >= 8),
        )
        .filter((word) => !outside.includes(word));
      expect(candidates.length, 'words only in the questions').toBeGreaterThan(0);
      const lang = site.locales[locale].lang;
      for (const word of candidates.slice(0, 3))
        expect(urls(await searchPaths(lang, word)), word).toContain(quizUrl);
    },
  );

  it('indexes only articles, quizzes and keynotes, with their type, topics, title and (articles, quizzes) date', async () => {
    const all = await searchPaths('en', null);
    expect(all.length).toBeGreaterThan(5);
    for (const result of all) {
      expect(result.url).toMatch(/^\/en\/(articles|quizzes|keynotes)\/[^/]+\/$/);
      expect(['article', 'quiz', 'keynote']).toContain(result.meta.type);
      expect(result.meta.title).toBeTruthy();
      if (result.meta.type !== 'keynote') expect(result.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(result.filters.topic?.length).toBeGreaterThan(0);
    }
  });

  it('narrows results by type and topic filters', async () => {
    const quizzes = await searchPaths('en', 'contact', { type: 'quiz' });
    expect(quizzes.length).toBeGreaterThan(0);
    expect(quizzes.every((r) => r.url.startsWith('/en/quizzes/'))).toBe(true);
    const onTopic = await searchPaths('en', 'team', { topic: 'leadership' });
    expect(onTopic.length).toBeGreaterThan(0);
    expect(onTopic.every((r) => r.filters.topic?.includes('leadership'))).toBe(true);
    const unfiltered = await searchPaths('en', 'team');
    expect(unfiltered.length).toBeGreaterThan(onTopic.length);
  });

  it('does not index navigation, footers, language switches or the reply box', async () => {
    for (const [lang, phrases] of [
      ['en', ['Skip to content', 'No cookies, no tracking', 'Reply by email', 'Also available in']],
      ['de', ['Zum Inhalt springen', 'Keine Cookies', 'Per E-Mail antworten']],
    ] as const) {
      const pages = await searchPaths(lang, null);
      expect(pages.length, lang).toBeGreaterThan(3);
      for (const page of pages)
        for (const phrase of phrases)
          expect(page.content, `${page.url}: ${phrase}`).not.toContain(phrase);
    }
    expect(await searchPaths('de', 'springen')).toEqual([]);
  });

  it('finds nothing for a word that is nowhere on the site', async () => {
    expect(await searchPaths('en', 'xylophonequartz')).toEqual([]);
  });
});
