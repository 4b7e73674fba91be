/**
 * The benchmark's printout: one table of every run, the growth between the
 * two corpus sizes, and the issue's targets checked against Starlight.
 */
import { PAGE_KINDS, type BenchRun } from './measure';

function cell(run: BenchRun, kind: string): string {
  const k = run.kinds[kind];
  return k ? `${k.html} / ${k.css} / ${k.js}` : 'n/a';
}

/** One column per run, one row per measure. */
export function formatTable(runs: BenchRun[]): string {
  const rows = [
    ['articles', ...runs.map((r) => String(r.articles))],
    ['pages built', ...runs.map((r) => String(r.pages))],
    ['cold build (s)', ...runs.map((r) => String(r.buildSeconds))],
    ['ms per page', ...runs.map((r) => String(r.msPerPage))],
    ['peak memory (MB)', ...runs.map((r) => String(r.peakMemoryMB ?? 'n/a'))],
    [
      'rebuild after one edited article (s)',
      ...runs.map((r) => (r.rebuild ? String(r.rebuild.seconds) : '–')),
    ],
    [
      '  pages rendered again / reused',
      ...runs.map((r) => (r.rebuild ? `${r.rebuild.rendered} / ${r.rebuild.reused}` : '–')),
    ],
    [
      '  peak memory (MB)',
      ...runs.map((r) => (r.rebuild ? String(r.rebuild.peakMemoryMB ?? 'n/a') : '–')),
    ],
    [
      '  share of the cold build',
      ...runs.map((r) =>
        r.rebuild ? `${Math.round((100 * r.rebuild.seconds) / r.buildSeconds)} %` : '–',
      ),
    ],
    ['dist/ (MB)', ...runs.map((r) => String(r.distMB))],
    ['Pagefind index (MB)', ...runs.map((r) => String(r.indexMB))],
    ...Object.keys(PAGE_KINDS).map((kind) => [
      `${kind}: HTML/CSS/JS bytes`,
      ...runs.map((r) => cell(r, kind)),
    ]),
  ];
  const width = Math.max(...rows.map((r) => r[0]!.length));
  return [
    `${'measure'.padEnd(width)} | ${runs.map((r) => `${r.label}, ${r.articlesPerLocale}/locale`.padStart(26)).join(' | ')}`,
    ...rows.map(
      (row) =>
        `${row[0]!.padEnd(width)} | ${row
          .slice(1)
          .map((c) => c.padStart(26))
          .join(' | ')}`,
    ),
  ].join('\n');
}

/** How pages, build time and dist/ grow from the small corpus to the large one. */
export function growth(small: BenchRun, large: BenchRun) {
  return {
    pages: Number((large.pages / small.pages).toFixed(2)),
    buildTime: Number((large.buildSeconds / small.buildSeconds).toFixed(2)),
    dist: Number((large.distMB / small.distMB).toFixed(2)),
  };
}

export function formatGrowth(small: BenchRun, large: BenchRun): string {
  const g = growth(small, large);
  return `Growth from ${small.articlesPerLocale} to ${large.articlesPerLocale} per locale: pages ×${g.pages}, build time ×${g.buildTime}, dist/ ×${g.dist} (linear would be about ×${g.pages}).`;
}

export interface TargetCheck {
  target: string;
  value: number;
  ok: boolean;
}

/** The issue's targets, checked against a Starlight build of the same corpus. */
export function checkTargets(ours: BenchRun, starlight: BenchRun): TargetCheck[] {
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  const page = (r: BenchRun) =>
    r.kinds.article ? r.kinds.article.html + r.kinds.article.css : NaN;
  return [
    {
      target: 'build time per page ≤ 0.8× Starlight',
      value: ratio(ours.msPerPage, starlight.msPerPage),
      ok: ours.msPerPage <= 0.8 * starlight.msPerPage,
    },
    {
      target: 'peak memory ≤ Starlight',
      value: ratio(ours.peakMemoryMB ?? NaN, starlight.peakMemoryMB ?? NaN),
      ok: (ours.peakMemoryMB ?? Infinity) <= (starlight.peakMemoryMB ?? 0),
    },
    {
      target: 'article HTML + CSS ≤ 0.5× Starlight',
      value: ratio(page(ours), page(starlight)),
      ok: page(ours) <= 0.5 * page(starlight),
    },
  ];
}

export function formatTargets(perLocale: number, checks: TargetCheck[]): string {
  return [
    `Against Starlight at ${perLocale}/locale:`,
    ...checks.map((c) => `  ${c.ok ? 'met    ' : 'NOT met'}  ${c.target}: ×${c.value}`),
  ].join('\n');
}

/** Our rebuild after one edited article next to Starlight's (which renders every page again). */
export function formatRebuilds(ours: BenchRun, starlight: BenchRun): string | undefined {
  if (!ours.rebuild || !starlight.rebuild) return undefined;
  const ratio = (ours.rebuild.seconds / starlight.rebuild.seconds).toFixed(2);
  return `  rebuild after one edited article: ×${ratio} of Starlight's (${ours.rebuild.rendered} pages rendered again here, ${starlight.rebuild.rendered} there)`;
}
