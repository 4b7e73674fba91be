/**
 * `npm run audit`: Lighthouse (mobile settings) on every page kind in every
 * locale of a served build, the four category scores of each, and for
 * anything below 100 the audits that cost points.
 */
import lighthouse from 'lighthouse';
import type { Locale } from '~/site.config';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page of each kind in `locale` (pieces of the sample content that exist in that language). */
export function auditedPages(locale: Locale): Record<string, string> {
  return {
    home: `/${locale}/`,
    article: {
      en: '/en/articles/first-contact-resolution/',
      de: '/de/articles/erstloesungsquote/',
      zh: '/zh/articles/first-contact-resolution/',
    }[locale]!,
    'topic hub': `/${locale}/topics/leadership/`,
    keynote: {
      en: '/en/keynotes/early-warning-system/',
      de: '/de/keynotes/early-warning-system/',
      zh: '/zh/keynotes/early-warning-system/',
    }[locale]!,
    'keynote catalogue': `/${locale}/keynotes/`,
    quiz: {
      en: '/en/quizzes/contact-center-metrics/',
      de: '/de/quizzes/kennzahlen-im-kundenservice/',
      zh: '/en/quizzes/quality-and-coaching/',
    }[locale]!,
    search: `/${locale}/search/`,
  };
}

export interface AuditResult {
  /** locale, page kind, then the four scores (0–100) in CATEGORIES order. */
  rows: { locale: Locale; kind: string; scores: number[] }[];
  /** `de article [performance] Largest Contentful Paint (2.1 s)`: every audit that cost points. */
  below: string[];
}

/** Runs Lighthouse on every page of `locales` under `origin`, in the Chrome listening on `port`. */
export async function auditSite(
  origin: string,
  port: number,
  locales: readonly Locale[],
): Promise<AuditResult> {
  const result: AuditResult = { rows: [], below: [] };
  for (const locale of locales) {
    for (const [kind, urlPath] of Object.entries(auditedPages(locale))) {
      const run = await lighthouse(`${origin}${urlPath}`, {
        port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = run!.lhr;
      result.rows.push({
        locale,
        kind,
        scores: CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
      });
      for (const category of CATEGORIES) {
        for (const ref of lhr.categories[category]!.auditRefs) {
          const audit = lhr.audits[ref.id]!;
          if (ref.weight > 0 && audit.score !== null && audit.score < 1)
            result.below.push(
              `${locale} ${kind} [${category}] ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
            );
        }
      }
    }
  }
  return result;
}

/** The score table, then what costs points (or that every page scores 100). */
export function formatAudit({ rows, below }: AuditResult): string {
  return [
    `${'locale'.padEnd(7)}${'page'.padEnd(19)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`,
    ...rows.map(
      ({ locale, kind, scores }) =>
        `${locale.padEnd(7)}${kind.padEnd(19)}${scores.map((s) => String(s).padStart(16)).join('')}`,
    ),
    below.length
      ? `\nBelow 100:\n${below.map((b) => `  ${b}`).join('\n')}`
      : '\nEvery page scores 100 in every category.',
  ].join('\n');
}
