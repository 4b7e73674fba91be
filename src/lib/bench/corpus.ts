/**
 * Writes a synthetic content folder for the benchmark and the scale test:
 * N articles per locale (~800 words, realistic frontmatter, headings, lists,
 * links between articles; every article exists in every locale, so each
 * page has translations), plus 6 keynotes and 3 quizzes per locale. Never
 * writes into the project's content/.
 */
import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { localeKeys, type Locale } from '~/site.config';

const WORDS = {
  en: 'queue service level agent coaching quality customer effort resolution forecast schedule shrinkage occupancy team leader feedback calibration scorecard journey channel escalation knowledge routing callback backlog survey insight'.split(
    ' ',
  ),
  de: 'Warteschlange Servicelevel Mitarbeitende Coaching Qualität Kundschaft Aufwand Lösung Prognose Dienstplan Ausfallzeit Auslastung Teamleitung Rückmeldung Kalibrierung Bewertungsbogen Kundenreise Kanal Eskalation Wissen Weiterleitung Rückruf Rückstand Umfrage Erkenntnis'.split(
    ' ',
  ),
  zh: '呼叫中心 服务水平 坐席 辅导 质量 客户 体验 解决 预测 排班 损耗 占用率 班组长 反馈 校准 评分表 旅程 渠道 升级 知识 路由 回拨 积压 调查 洞察'.split(
    ' ',
  ),
} as Record<string, string[]>;
const TOPICS = [
  'operations',
  'people-management',
  'leadership',
  'customer-experience',
  'customer-service',
  'quality-assurance',
  'mystery-shopping',
  'workforce-management',
  'technology',
  'ccxp',
  'careers',
  'keynote-speaking',
];

/** Deterministic pseudo-random numbers, so two runs build the same corpus. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function sentence(locale: string, rnd: () => number, words: number): string {
  const vocab = WORDS[locale]!;
  const joiner = locale === 'zh' ? '' : ' ';
  const text = Array.from({ length: words }, () => vocab[Math.floor(rnd() * vocab.length)]).join(
    joiner,
  );
  return locale === 'zh' ? `${text}。` : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function article(locale: string, i: number, perLocale: number, rnd: () => number): string {
  const topics = [TOPICS[i % TOPICS.length], TOPICS[(i * 7 + 3) % TOPICS.length]].filter(
    (t, k, a) => a.indexOf(t) === k,
  );
  const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const sections: string[] = [];
  for (let h = 0; h < 5; h++) {
    sections.push(`## ${sentence(locale, rnd, 4).replace(/[.。]$/, '')}`);
    sections.push(Array.from({ length: 5 }, () => sentence(locale, rnd, 12)).join(' '));
    sections.push(Array.from({ length: 3 }, () => `- ${sentence(locale, rnd, 8)}`).join('\n'));
    sections.push(
      `${sentence(locale, rnd, 10)} [${sentence(locale, rnd, 2).replace(/[.。]$/, '')}](/${locale}/articles/article-${(i * 13 + h) % perLocale}/)`,
    );
  }
  return `---\ntitle: "${sentence(locale, rnd, 6).replace(/[.。]$/, '')} ${i}"\ndescription: "${sentence(locale, rnd, 14)}"\ndate: ${day}\ntopics: [${topics.join(', ')}]\n---\n${sections.join('\n\n')}\n`;
}

/**
 * Writes the corpus into `dir` (created), reusing the project's topics.yaml: `perLocale` articles
 * in each locale, or as `fewer` says for some (each article links only to articles that exist).
 * @example writeCorpus(dir, 72, 'content', { zh: 2 }) // 72 en, 72 de, 2 zh
 */
export function writeCorpus(
  dir: string,
  perLocale: number,
  projectContent = 'content',
  fewer: Partial<Record<Locale, number>> = {},
): { articles: number } {
  const rnd = random(42);
  copyFileSync(
    path.join(projectContent, 'topics.yaml'),
    path.join((mkdirSync(dir, { recursive: true }), dir), 'topics.yaml'),
  );
  let articles = 0;
  for (const locale of localeKeys) {
    const folder = path.join(dir, 'articles', locale);
    mkdirSync(folder, { recursive: true });
    const count = fewer[locale] ?? perLocale;
    for (let i = 0; i < count; i++) {
      writeFileSync(path.join(folder, `article-${i}.mdx`), article(locale, i, count, rnd));
      articles++;
    }
    const keynotes = path.join(dir, 'keynotes', locale);
    mkdirSync(keynotes, { recursive: true });
    for (let k = 0; k < 6; k++) {
      writeFileSync(
        path.join(keynotes, `keynote-${k}.mdx`),
        `---\ntitle: "${sentence(locale, rnd, 5).replace(/[.。]$/, '')}"\nsummary: "${sentence(locale, rnd, 20)}"\ntopics: [${TOPICS[k]}]\nformats: [keynote, workshop]\nlengths: [{ minutes: 30, qa: 10 }, { minutes: ${[45, 60, 90, 180, 240, 360][k]} }]\ndelivery: [in-person, virtual]\nlanguages: [${locale}]\nfeatured: ${k === 0}\ntakeaways:\n  - "${sentence(locale, rnd, 8)}"\n  - "${sentence(locale, rnd, 8)}"\n---\n${Array.from({ length: 4 }, () => sentence(locale, rnd, 30)).join('\n\n')}\n`,
      );
    }
    const quizzes = path.join(dir, 'quizzes', locale);
    mkdirSync(quizzes, { recursive: true });
    for (let q = 0; q < 3; q++) {
      const questions = Array.from(
        { length: 10 },
        () =>
          `  - prompt: "${sentence(locale, rnd, 8)}"\n    options:\n      a: "${sentence(locale, rnd, 3)}"\n      b: "${sentence(locale, rnd, 3)}"\n      c: "${sentence(locale, rnd, 3)}"\n      d: "${sentence(locale, rnd, 3)}"`,
      ).join('\n');
      writeFileSync(
        path.join(quizzes, `quiz-${q}.mdx`),
        `---\ntitle: "${sentence(locale, rnd, 5).replace(/[.。]$/, '')}"\ndescription: "${sentence(locale, rnd, 10)}"\ndate: 2025-0${q + 1}-01\ntopics: [${TOPICS[q]}]\nquestions:\n${questions}\n---\n${sentence(locale, rnd, 20)}\n`,
      );
    }
  }
  mkdirSync(path.join(dir, 'quiz-answers'), { recursive: true });
  for (let q = 0; q < 3; q++)
    writeFileSync(
      path.join(dir, 'quiz-answers', `quiz-${q}.yaml`),
      Array.from({ length: 10 }, (_, i) => `${i + 1}: ${'abcd'[(i + q) % 4]}`).join('\n') + '\n',
    );
  return { articles };
}
